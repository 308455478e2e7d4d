/** DataFrame jobs named as PySpark names them, and df.cache() in the Storage page's events. */
import { describe, expect, it } from 'vitest';
import { createInterpreter } from '../..';
import { InProcessBackend, SparkContext } from '../../../rdd';
import type { SchedulerEvent } from '../../../rdd';
import { pysparkGlobals } from '..';
import { pysparkSqlGlobals } from '.';
import { createSqlSession } from '../../../catalog';

function notebook() {
  const events: SchedulerEvent[] = [];
  const sc = new SparkContext(new InProcessBackend(2), { master: 'local[2]', appName: 'T', listener: (e) => events.push(e) });
  // As a notebook session: the SQL session runs its queries' stages as jobs on the context.
  const sql = createSqlSession();
  sql.attachContext(sc);
  const it = createInterpreter({ stdout: { write: () => undefined }, globals: { ...pysparkGlobals(sc), ...pysparkSqlGlobals(sc, sql) } });
  const run = (code: string, filename: string) => {
    events.length = 0;
    const r = it.runCell(code, filename);
    if (r.error) throw new Error(r.error.traceback.join('\n'));
    return [...events];
  };
  // Descriptions of the SQL executions and the jobs they ran (small queries may run no job).
  const jobs = (code: string, filename: string) =>
    run(code, filename).filter((e) => e.kind === 'jobStart' || e.kind === 'sqlExecutionStart').map((e) => (e as { description: string }).description);
  return { run, jobs };
}

describe('DataFrame job descriptions', () => {
  it('are the Python call site for collect-like actions and the JVM method for the others, as PySpark 3.5', () => {
    const { jobs } = notebook();
    jobs('df = spark.range(100).selectExpr("id % 3 AS k", "id")', '<cell 1>');
    const names = (code: string, filename: string) => [...new Set(jobs(code, filename))];
    expect(names('\nrows = df.groupBy("k").count().collect()', '<cell 2>')).toEqual(['collect at <cell 2>:2']);
    expect(names('df.take(2)', '<cell 3>')).toEqual(['take at <cell 3>:1']);
    expect(names('def first_row(d):\n    return d.first()\n\nfirst_row(df)', '<cell 4>')).toEqual(['first at <cell 4>:2']);
    expect(names('df.count()', '<cell 5>')).toEqual(['count at NativeMethodAccessorImpl.java:0']);
    expect(names('df.show(2)', '<cell 6>')).toEqual(['showString at NativeMethodAccessorImpl.java:0']);
  });
});

describe('df.cache() on the Storage page', () => {
  it('posts the cached DataFrame with its plan once computed, and drops it on unpersist', () => {
    const { run } = notebook();
    const cached = (es: SchedulerEvent[]) => es.filter((e) => e.kind === 'tableCached') as Extract<SchedulerEvent, { kind: 'tableCached' }>[];
    expect(cached(run('df = spark.range(10).selectExpr("id * 2 AS x").cache()', '<cell 1>'))).toEqual([]);
    const first = cached(run('df.collect()', '<cell 2>'));
    expect(first).toHaveLength(1);
    expect(first[0]!.numRows).toBe(10);
    expect(first[0]!.sizeBytes).toBeGreaterThan(0);
    expect(first[0]!.plan).toMatch(/^\*\(1\) Project \[\(id#\d+L \* 2\) AS x#\d+L\]\n\+- \*\(1\) Range \(0, 10, step=1, splits=\d+\)/);
    expect(cached(run('df.count()', '<cell 3>'))).toEqual([]);
    const gone = run('df.unpersist()', '<cell 4>').filter((e) => e.kind === 'tableUncached');
    expect(gone).toEqual([{ kind: 'tableUncached', name: first[0]!.name }]);
  });
});
