/** portable_hash against CPython (PYTHONHASHSEED=0), recorded by testdata/portable-hash-oracle.py. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createInterpreter } from '..';
import { portableHash } from './portable-hash';

const dir = join(__dirname, 'testdata');
const expected = JSON.parse(readFileSync(join(dir, 'portable-hash.expected.json'), 'utf8')) as { literal: string; hash: string }[];

function python3Available(): boolean {
  try {
    execFileSync('python3', ['-c', 'pass']);
    return true;
  } catch {
    return false;
  }
}

describe('portable_hash', () => {
  it('matches CPython with PYTHONHASHSEED=0 for every recorded literal', () => {
    const it = createInterpreter({ stdout: { write: () => {} } });
    for (const { literal, hash } of expected) {
      const r = it.runCell(literal);
      expect(r.error, literal).toBeNull();
      expect(String(portableHash(r.value === undefined ? null : r.value)), literal).toBe(hash);
    }
  });

  it.runIf(python3Available())('the recorded expectations are current', () => {
    const cases = readFileSync(join(dir, 'portable-hash-cases.txt'), 'utf8').split('\n').filter((l) => l.trim() !== '');
    expect(expected.map((e) => e.literal)).toEqual(cases);
    const fresh = execFileSync('python3', [join(dir, 'portable-hash-oracle.py'), '--stdout'], { env: { ...process.env, PYTHONHASHSEED: '0' } }).toString();
    expect(JSON.parse(fresh)).toEqual(expected);
  });
});
