/**
 * Failures at actions as PySpark 3.5 raises them: a Python UDF's exception is the captured
 * PythonException (its text: "An exception was thrown from the Python worker..." then the
 * UDF's traceback); a failed job is py4j's Py4JJavaError (convert_exception has no class for a
 * plain SparkException); in local mode a task's own failure aborts the job at once.
 */
import { describe, expect, it } from 'vitest';
import { sparkHarness } from './harness';
import { pysparkHarness } from '../test-harness';
import { InProcessBackend, SparkContext } from '../../../rdd';
import { createInterpreter } from '../..';
import { pysparkGlobals } from '..';
import { pysparkSqlGlobals } from '.';

const WORKER = '\n  An exception was thrown from the Python worker. Please see the stack trace below.\n';

describe('captured exceptions at actions', () => {
  const h = sparkHarness();
  const run = (code: string) => {
    const r = h.run(code);
    expect(r.error).toBeNull();
    return r.output;
  };

  it('raises a failing UDF as PythonException, with the UDF\'s traceback in its text', () => {
    const out = run(`from pyspark.sql.functions import udf
from pyspark.errors import PythonException, PySparkException
@udf("int")
def inv(x):
    return 10 // (x - 2)
try:
    spark.range(4).select(inv("id")).collect()
except PythonException as e:
    print(type(e).__name__, type(e).__module__, isinstance(e, PySparkException))
    print(str(e), end="<end>")`);
    const head = out.slice(0, out.indexOf('\n'));
    const msg = out.slice(head.length + 1, out.indexOf('<end>'));
    expect(head).toBe('PythonException pyspark.errors.exceptions.captured True');
    expect(msg.startsWith(`${WORKER}Traceback (most recent call last):\n  File "<stdin>", line 5, in inv\n`)).toBe(true);
    expect(msg.endsWith('\nZeroDivisionError: integer division or modulo by zero\n')).toBe(true);
  });

  it('shows an uncaught UDF failure under the cell\'s own frames, as pyspark prints it', () => {
    const r = h.run(`spark.udf.register("halve", lambda x: 1 // x, "int")
spark.sql("SELECT halve(id) FROM range(2)").show()`);
    const lines = r.error!.split('\n');
    expect(lines[0]).toBe('Traceback (most recent call last):');
    expect(lines[1]).toBe('  File "<stdin>", line 2, in <module>');
    const at = lines.indexOf('pyspark.errors.exceptions.captured.PythonException: ');
    expect(at).toBeGreaterThan(1);
    expect(lines.slice(at + 1, at + 3)).toEqual(['  An exception was thrown from the Python worker. Please see the stack trace below.', 'Traceback (most recent call last):']);
    expect(lines[at + 3]).toMatch(/^ {2}File "<stdin>", line 1, in <lambda>$/);
    // The worker's traceback ends with a newline, so the message does too.
    expect(lines.slice(-2)).toEqual(['ZeroDivisionError: integer division or modulo by zero', '']);
  });

  it('raises a failed job of a DataFrame action as Py4JJavaError with Spark\'s abort text', () => {
    const out = run(`from py4j.protocol import Py4JJavaError
def f(x):
    if x == 3:
        raise ValueError("bad %d" % x)
    return (x, x * 2)
df = sc.parallelize(range(5), 2).map(f).toDF(["a", "b"])
try:
    df.collect()
except Py4JJavaError as e:
    print(type(e).__name__)
    print(str(e))`);
    const lines = out.split('\n');
    expect(lines[0]).toBe('Py4JJavaError');
    expect(lines[1]).toBe('An error occurred while calling o.collectToPython.');
    expect(lines[2]).toMatch(
      /^: org\.apache\.spark\.SparkException: Job aborted due to stage failure: Task 1 in stage \d+\.0 failed 1 times, most recent failure: Lost task 1\.0 in stage \d+\.0 \(TID \d+\) \(localhost executor driver\): org\.apache\.spark\.api\.python\.PythonException: Traceback \(most recent call last\):$/,
    );
    expect(lines).toContain('ValueError: bad 3');
    // py4j's view of the Java exception: its class, and its message (what follows the class).
    expect(run(`try:
    df.collect()
except Py4JJavaError as e:
    j = e.java_exception
    print(j.getClass().getName(), "|", j.getMessage().splitlines()[0][:40], "|", str(j) == j.toString() == str(e).split("\\n: ", 1)[1], "|", e.errmsg)`)).toBe(
      'org.apache.spark.SparkException | Job aborted due to stage failure: Task 1 | True | An error occurred while calling o.collectToPython.\n\n',
    );
    expect(run(`try:
    df.count()
except Py4JJavaError as e:
    print(str(e).splitlines()[0])`)).toBe('An error occurred while calling o.count.\n');
  });

  it('keeps analysis errors AnalysisException (a PySparkException, as in 3.5)', () => {
    expect(run(`from pyspark.errors import AnalysisException, PySparkException
try:
    spark.range(1).select("nope").collect()
except AnalysisException as e:
    print(type(e).__name__, isinstance(e, PySparkException), str(e).split("]")[0])`)).toBe('AnalysisException True [UNRESOLVED_COLUMN.WITH_SUGGESTION\n');
  });
});

describe('task attempts from the master', () => {
  const rddFailure = `def f(x):
    if x == 3:
        raise ValueError("bad %d" % x)
    return x
try:
    sc.parallelize(range(4), 2).map(f).collect()
except Exception as e:
    print(type(e).__name__)
    print(str(e).splitlines()[1])`;

  it('fails an RDD job at the first failure in local mode', () => {
    const h = pysparkHarness(2, 'local[2]');
    const r = h.run(rddFailure);
    expect(r.error).toBeNull();
    expect(r.output.split('\n').slice(0, 2)).toEqual([
      'Py4JJavaError',
      expect.stringMatching(/^: org\.apache\.spark\.SparkException: Job aborted due to stage failure: Task 1 in stage 0\.0 failed 1 times, most recent failure: Lost task 1\.0 in stage 0\.0 \(TID 1\) \(localhost executor driver\): org\.apache\.spark\.api\.python\.PythonException: Traceback \(most recent call last\):$/),
    ]);
  });

  it('gives a task F attempts under local[N,F]', () => {
    const h = pysparkHarness(2, 'local[2,3]');
    const r = h.run(rddFailure);
    expect(r.error).toBeNull();
    expect(r.output.split('\n')[1]).toMatch(/failed 3 times, most recent failure: Lost task 1\.2 in stage 0\.0 \(TID \d+\) \(localhost executor driver\)/);
  });
});

describe('an interrupted action', () => {
  it('raises KeyboardInterrupt, not a captured exception', () => {
    const backend = new InProcessBackend(2);
    const engineSc = new SparkContext(backend, { master: 'local[2]' });
    let out = '';
    const interpreter = createInterpreter({ stdout: { write: (s: string) => void (out += s) }, globals: pysparkGlobals(engineSc) });
    for (const [k, v] of Object.entries(pysparkSqlGlobals(engineSc))) interpreter.globals.set(k, v);
    // A DataFrame over an RDD: its action runs a job, which sees the interrupt.
    expect(interpreter.runCell('df = sc.range(0, 100, numSlices=2).map(lambda x: (x,)).toDF(["v"])', '<stdin>').error).toBeNull();
    backend.interrupt = true;
    const r = interpreter.runCell(`try:
    df.collect()
except BaseException as e:
    print(type(e).__name__)`, '<stdin>');
    expect(r.error).toBeNull();
    expect(out).toBe('KeyboardInterrupt\n');
  });
});
