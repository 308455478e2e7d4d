/**
 * The differential suite: every programs/*.py runs through PyFlint and must print exactly what
 * CPython printed (expected.json, recorded by regen_expected.py), and end in the same exception
 * line when CPython's run ended in one.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runModule, setParser } from '../index';
import { spawnSync } from 'node:child_process';
import { writeFileSync, unlinkSync } from 'node:fs';
import type * as A from '../ast';

const here = path.dirname(fileURLToPath(import.meta.url));
const dir = path.join(here, 'programs');
const expected = JSON.parse(readFileSync(path.join(here, 'expected.json'), 'utf8')) as Record<string, { hash: string; stdout: string; error: string | null }>;
const names = readdirSync(dir).filter((n) => n.endsWith('.py')).sort();
const sources = names.map((n) => readFileSync(path.join(dir, n), 'utf8'));

function sourceHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

// CPython's ast module via scripts/py-ast-json.py parses until dsl/syntax lands; one python3 for all programs.
const script = path.resolve(here, '../../../../scripts/py-ast-json.py');

class ParseFailure {
  constructor(readonly error: Record<string, unknown>) {}
}

function parseMany(srcs: string[]): (A.Module | ParseFailure)[] {
  const tmp = path.join(process.env.TMPDIR ?? '/tmp', `pyflint-${process.pid}-${Date.now()}.jsonl`);
  writeFileSync(tmp, `${srcs.map((s) => JSON.stringify(s)).join('\n')}\n`);
  const r = spawnSync('python3', [script, '--jsonl', tmp], { encoding: 'utf8', maxBuffer: 1 << 30 });
  unlinkSync(tmp);
  if (r.status !== 0) throw new Error(`py-ast-json failed: ${r.stderr}`);
  return r.stdout
    .trim()
    .split('\n')
    .map((line) => {
      const j = JSON.parse(line) as { error?: Record<string, unknown> } & A.Module;
      return j.error ? new ParseFailure(j.error) : j;
    });
}

function cachedParser(cache: Map<string, A.Module | ParseFailure>) {
  return (source: string, filename: string): A.Module => {
    let m = cache.get(source);
    if (!m) {
      m = parseMany([source])[0]!;
      cache.set(source, m);
    }
    if (m instanceof ParseFailure) throw { ...m.error, filename };
    return m;
  };
}

// The in-engine parser by default; PYFLINT_PARSER=cpython parses with python3 instead (to tell
// parser bugs from compiler bugs).
if (process.env.PYFLINT_PARSER === 'cpython') {
  const cache = new Map<string, A.Module | ParseFailure>();
  parseMany(sources).forEach((m, i) => cache.set(sources[i]!, m));
  setParser(cachedParser(cache));
} else {
  setParser(null);
}

describe('PyFlint differential suite', () => {
  names.forEach((name, i) => {
    it(name, () => {
      const exp = expected[name];
      expect(exp, `${name} has no expectation: run python3 src/engine/dsl/tests/regen_expected.py`).toBeDefined();
      expect(exp!.hash, `${name} changed since its expectation was recorded: rerun regen_expected.py`).toBe(sourceHash(sources[i]!));
      let out = '';
      let err = '';
      const r = runModule(sources[i]!, name, { stdout: { write: (s) => (out += s) }, stderr: { write: (s) => (err += s) } });
      // As regen_expected.py records it: the last stderr line of a failing run, else its status.
      if (r.error) err += `${r.error.traceback.join('\n')}\n`;
      const failed = r.error !== null || (r.exitCode ?? 0) !== 0;
      const lines = err.split('\n').filter((l) => l.trim());
      const last = failed ? (lines.length ? lines[lines.length - 1]! : `exit ${r.exitCode}`) : null;
      expect({ stdout: out, error: last }).toEqual({ stdout: exp!.stdout, error: exp!.error });
    });
  });
});
