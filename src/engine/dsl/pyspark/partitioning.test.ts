/**
 * Where records land, against a CPython simulation of PySpark 3.5's placement rules
 * (testdata/partitioning-oracle.py): parallelize's batched slicing, partitionBy with
 * portable_hash, map-side combining order, sortByKey's sampled range bounds, sample(), and
 * textFile's Hadoop splits and line ownership.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pysparkHarness } from './test-harness';
import { createMemoryVfs } from '../../io';

const dir = join(__dirname, 'testdata');
const expected = JSON.parse(readFileSync(join(dir, 'partitioning.expected.json'), 'utf8')) as {
  code: string;
  output: string;
  /** Files to create first, contents as latin-1 strings of their bytes. */
  files?: Record<string, string>;
}[];

function vfsWith(files: Record<string, string>) {
  const vfs = createMemoryVfs();
  for (const [path, text] of Object.entries(files)) {
    vfs.writeFile(path, Uint8Array.from(text, (c) => c.charCodeAt(0)), { createParents: true });
  }
  return vfs;
}

function python3Available(): boolean {
  try {
    execFileSync('python3', ['-c', 'pass']);
    return true;
  } catch {
    return false;
  }
}

describe('partitioning as PySpark places records', () => {
  it.each(expected.map((e) => [e.code, e.output, e.files] as const))('%s', (code, output, files) => {
    const r = pysparkHarness(4, 'local[4]', 'PythonTest', files ? vfsWith(files) : undefined).run(code);
    expect(r.error).toBeNull();
    expect(r.output).toBe(`${output}\n`);
  });

  it.runIf(python3Available())('the recorded expectations are current', () => {
    const fresh = execFileSync('python3', [join(dir, 'partitioning-oracle.py'), '--stdout'], { env: { ...process.env, PYTHONHASHSEED: '0' } }).toString();
    expect(JSON.parse(fresh)).toEqual(expected);
  });
});
