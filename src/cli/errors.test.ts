/**
 * `flint run` on programs whose actions fail, as PySpark 3.5 in local mode reports them: a
 * task's failure aborts the job at once (Py4JJavaError, "failed 1 times ... (localhost executor
 * driver)"), `local[N,F]` gives F attempts, and a failing UDF is the captured PythonException
 * shown under the program's own frames, with the UDF's traceback below Spark's first line.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const bin = join(__dirname, '..', '..', 'bin', 'flint.mjs');
const dir = mkdtempSync(join(tmpdir(), 'flint-errors-'));

function flintRun(name: string, lines: readonly string[], master: string) {
  const prog = join(dir, name);
  writeFileSync(prog, `${lines.join('\n')}\n`);
  const r = spawnSync(process.execPath, [bin, 'run', prog, '--master', master], { encoding: 'utf8', timeout: 120_000 });
  return { prog, ...r };
}

const RDD_JOB = [
  'from py4j.protocol import Py4JJavaError',
  'def f(x):',
  '    if x == 3:',
  '        raise ValueError("bad %d" % x)',
  '    return x',
  'try:',
  '    sc.parallelize(range(4), 2).map(f).collect()',
  'except Py4JJavaError as e:',
  '    print(type(e).__name__)',
  '    print("\\n".join(str(e).splitlines()[:2]))',
];

describe('flint run: failures at actions', () => {
  it('aborts an RDD job at its first task failure in local mode, after F attempts under local[N,F]', () => {
    const once = flintRun('rdd_once.py', RDD_JOB, 'local[2]');
    expect(once.stderr).toBe('');
    expect(once.stdout.split('\n').slice(0, 3)).toEqual([
      'Py4JJavaError',
      'An error occurred while calling z:org.apache.spark.api.python.PythonRDD.collectAndServe.',
      expect.stringMatching(/^: org\.apache\.spark\.SparkException: Job aborted due to stage failure: Task 1 in stage 0\.0 failed 1 times, most recent failure: Lost task 1\.0 in stage 0\.0 \(TID 1\) \(localhost executor driver\): org\.apache\.spark\.api\.python\.PythonException: Traceback \(most recent call last\):$/),
    ]);
    const thrice = flintRun('rdd_thrice.py', RDD_JOB, 'local[2,3]');
    expect(thrice.stdout.split('\n')[2]).toMatch(/failed 3 times, most recent failure: Lost task 1\.2 in stage 0\.0 /);
  });

  it('shows an uncaught UDF failure as pyspark.errors.exceptions.captured.PythonException, under the program\'s frames', () => {
    const r = flintRun('udf.py', [
      'from pyspark.sql.functions import udf',
      '@udf("int")',
      'def g(x):',
      '    return 1 // (x - 3)',
      'spark.range(5).select(g("id")).show()',
    ], 'local[2]');
    expect(r.status).toBe(1);
    const lines = r.stderr.split('\n');
    expect(lines.slice(0, 2)).toEqual(['Traceback (most recent call last):', `  File "${r.prog}", line 5, in <module>`]);
    const at = lines.indexOf('pyspark.errors.exceptions.captured.PythonException: ');
    expect(at).toBeGreaterThan(1);
    expect(lines.slice(at + 1, at + 4)).toEqual([
      '  An exception was thrown from the Python worker. Please see the stack trace below.',
      'Traceback (most recent call last):',
      `  File "${r.prog}", line 4, in g`,
    ]);
    expect(lines.filter((l) => l !== '').at(-1)).toBe('ZeroDivisionError: integer division or modulo by zero');
  });
});
