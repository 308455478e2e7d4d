/**
 * Python's open() and os write to the same VFS the session's SparkContext reads: a program
 * run by `flint run` (driver and executors on Node worker threads) writes a file with open()
 * and reads it back with sc.textFile in the same program.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const bin = join(__dirname, '..', '..', 'bin', 'flint.mjs');
const dir = mkdtempSync(join(tmpdir(), 'flint-pyfiles-'));

describe('flint run: Python files and Spark share the VFS', () => {
  it('open(p, "w") then sc.textFile(p).collect(), and saveAsTextFile seen by os.listdir', () => {
    const prog = join(dir, 'files.py');
    writeFileSync(
      prog,
      [
        'import os, tempfile',
        'd = tempfile.mkdtemp()',
        'p = os.path.join(d, "words.txt")',
        'open(p, "w").write("a b\\nc\\n")',
        'print(sc.textFile(p).collect())',
        'with open(os.path.join(d, "more.txt"), "w") as f:',
        '    f.writelines(["x\\n", "y\\n"])',
        'print(sorted(sc.textFile(d).collect()))',
        'sc.parallelize(range(4), 2).saveAsTextFile(os.path.join(d, "out"))',
        'print(sorted(os.listdir(os.path.join(d, "out"))))',
        'print(open(os.path.join(d, "out", "part-00001")).read().split())',
        '',
      ].join('\n'),
    );
    const r = spawnSync(process.execPath, [bin, 'run', prog, '--master', 'local[2]'], { encoding: 'utf8', timeout: 120_000 });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe("['a b', 'c']\n['a b', 'c', 'x', 'y']\n['_SUCCESS', 'part-00000', 'part-00001']\n['2', '3']\n");
    expect(r.status).toBe(0);
  });
});
