import { describe, expect, it } from 'vitest';
import { createInterpreter } from '..';
import { firstSparkCall, pythonFrames } from './call-site';
import type { PyFrameSite } from './call-site';
import { InProcessBackend, SparkContext } from '../../rdd';
import type { SchedulerEvent } from '../../rdd';
import { pysparkGlobals } from '../pyspark';

function run(code: string, filename: string, globals: Record<string, unknown>): void {
  const it = createInterpreter({ stdout: { write: () => undefined }, globals });
  const r = it.runCell(code, filename);
  if (r.error) throw new Error(r.error.traceback.join('\n'));
}

describe('pythonFrames', () => {
  it('finds each Python frame with its file, statement line and function, innermost first', () => {
    let seen: PyFrameSite[] = [];
    const probe = () => {
      seen = pythonFrames();
      return null;
    };
    run('x = 1\n\ndef inner():\n    y = 2\n    probe()\n\ndef outer():\n    return inner()\n\nif x:\n    outer()\n', '<cell 7>', { probe });
    expect(seen).toEqual([
      { filename: '<cell 7>', lineno: 5, name: 'inner' },
      { filename: '<cell 7>', lineno: 8, name: 'outer' },
      { filename: '<cell 7>', lineno: 11, name: '<module>' },
    ]);
  });

  it('tells apart identical code run under two file names by the instance running', () => {
    const sites: string[] = [];
    const probe = () => {
      const f = pythonFrames()[0];
      sites.push(`${f?.filename}:${f?.lineno}`);
      return null;
    };
    run('a = 0\nprobe()', '<cell 1>', { probe });
    run('a = 0\nprobe()', '<cell 2>', { probe });
    expect(sites).toEqual(['<cell 1>:2', '<cell 2>:2']);
  });

  it('sees no frames outside Python code', () => {
    expect(pythonFrames()).toEqual([]);
  });
});

describe('firstSparkCall (PySpark traceback_utils)', () => {
  const f = (filename: string, lineno: number, name: string): PyFrameSite => ({ filename, lineno, name });

  it('names the outermost pyspark function and the user line that called it', () => {
    const frames = [f('<pyspark.rdd>', 90, 'collect'), f('<pyspark.rdd>', 40, 'fold'), f('<pyspark.rdd>', 12, 'count'), f('<stdin>', 3, 'helper'), f('<stdin>', 9, '<module>')];
    expect(firstSparkCall(frames)).toEqual({ function: 'count', file: '<stdin>', line: 3 });
  });

  it('uses the pyspark frame itself when nothing called it, and null without pyspark frames', () => {
    expect(firstSparkCall([f('<pyspark.rdd>', 5, 'collect')])).toEqual({ function: 'collect', file: '<pyspark.rdd>', line: 5 });
    expect(firstSparkCall([f('<stdin>', 1, '<module>')])).toBeNull();
  });
});

describe('job descriptions', () => {
  function session() {
    const events: SchedulerEvent[] = [];
    const sc = new SparkContext(new InProcessBackend(2), { master: 'local[2]', appName: 'T', listener: (e) => events.push(e) });
    const it = createInterpreter({ stdout: { write: () => undefined }, globals: pysparkGlobals(sc) });
    const jobs = (code: string, filename: string) => {
      events.length = 0;
      const r = it.runCell(code, filename);
      if (r.error) throw new Error(r.error.traceback.join('\n'));
      return events.filter((e) => e.kind === 'jobStart').map((e) => (e as { description: string }).description);
    };
    return { jobs, sc, globals: it.globals };
  }

  it('names RDD actions after the method the user called and its line, as PySpark', () => {
    const { jobs } = session();
    jobs('rdd = sc.parallelize(range(10), 2)', '<cell 1>');
    expect(jobs('rdd.collect()', '<cell 2>')).toEqual(['collect at <cell 2>:1']);
    expect(jobs('x = 1\nn = rdd.count()', '<cell 3>')).toEqual(['count at <cell 3>:2']);
    expect(jobs('rdd.take(3)', '<cell 4>')).toEqual(['take at <cell 4>:1']);
    expect(jobs('def total(r):\n    return r.reduce(lambda a, b: a + b)\n\ntotal(rdd)', '<cell 5>')).toEqual(['reduce at <cell 5>:2']);
    expect(jobs('rdd.map(lambda x: (x % 2, x)).reduceByKey(lambda a, b: a + b).collect()', '<cell 6>')).toEqual(['collect at <cell 6>:1']);
  });

  it('gives the RDDs a shuffle builds the user call site', () => {
    const { jobs, globals } = session();
    jobs('p = sc.parallelize([("a", 1)], 2)\n\nr = p.reduceByKey(lambda a, b: a + b)', '<cell 1>');
    jobs('s = r.toDebugString().decode()', '<cell 2>');
    const text = String(globals.get('s'));
    expect(text).toContain('PairwiseRDD[2] at reduceByKey at <cell 1>:3 []');
    expect(text).toContain('PythonRDD[1] at reduceByKey at <cell 1>:3 []');
  });
});
