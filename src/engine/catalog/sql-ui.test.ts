/**
 * What a SQL session reports to the Spark UI: executions with their plan graph and
 * per-operator row counts (checked against COUNT queries), the jobs between start and end,
 * CACHE TABLE, and the optimizer's rule-by-rule trace.
 */
import { describe, expect, it } from 'vitest';
import { InProcessBackend, SparkContext } from '../rdd';
import type { SchedulerEvent, SqlOperatorMetrics, SqlPlanNode } from '../rdd';
import { createSqlSession } from './session';
import type { SqlSession } from './session';
import { estimateBatchBytes } from './sql-ui';
import { batchesFromRows } from '../columnar';
import { IntegerType, StringType } from '../types';

type Start = Extract<SchedulerEvent, { kind: 'sqlExecutionStart' }>;
type End = Extract<SchedulerEvent, { kind: 'sqlExecutionEnd' }>;

function session(minRows: number): { s: SqlSession; events: SchedulerEvent[] } {
  const events: SchedulerEvent[] = [];
  const sc = new SparkContext(new InProcessBackend(2), { master: 'local[2]', listener: (e) => events.push(e) });
  const s = createSqlSession();
  s.attachContext(sc);
  s.conf.set('spark.flint.sql.distributed.minRows', String(minRows));
  const rows = Array.from({ length: 5000 }, (_, i) => [i, i % 7, `w${i % 13}`]);
  s.registerView('t', 'id INT, k INT, w STRING', rows);
  return { s, events };
}

function flat(n: SqlPlanNode): SqlPlanNode[] {
  return [n, ...n.children.flatMap(flat)];
}

function lastExecution(events: readonly SchedulerEvent[]): { start: Start; end: End; between: SchedulerEvent[] } {
  const startAt = events.map((e) => e.kind).lastIndexOf('sqlExecutionStart');
  const start = events[startAt] as Start;
  const endAt = events.findIndex((e, i) => i > startAt && e.kind === 'sqlExecutionEnd' && e.executionId === start.executionId);
  return { start, end: events[endAt] as End, between: events.slice(startAt + 1, endAt) };
}

function metricOf(start: Start, end: End, name: string, nth = 0): SqlOperatorMetrics {
  const node = flat(start.plan).filter((n) => n.name === name)[nth];
  if (!node) throw new Error(`no ${name} in ${flat(start.plan).map((n) => n.name).join(', ')}`);
  return end.metrics.find((m) => m.id === node.id)!;
}

const count = (s: SqlSession, q: string) => Number(s.sql(q).rows[0]![0]);

describe('SQL executions reported to the Spark UI', () => {
  it('counts the output rows of every operator that ran in the driver', () => {
    const { s, events } = session(1_000_000);
    const rows = s.sql('SELECT k, count(*) AS n FROM t WHERE id % 3 = 0 GROUP BY k ORDER BY n DESC').rows;
    const { start, end, between } = lastExecution(events);
    expect(between.filter((e) => e.kind === 'jobStart')).toEqual([]);
    expect(end.succeeded).toBe(true);
    const names = flat(start.plan).map((n) => n.name);
    expect(names).toEqual(['Sort', 'Exchange', 'HashAggregate', 'Exchange', 'HashAggregate', 'Filter', 'Scan']);
    expect(metricOf(start, end, 'Scan').rows).toBe(5000);
    expect(metricOf(start, end, 'Filter').rows).toBe(count(s, 'SELECT count(*) FROM t WHERE id % 3 = 0'));
    expect(metricOf(start, end, 'HashAggregate', 0).rows).toBe(rows.length);
    expect(metricOf(start, end, 'Sort').rows).toBe(rows.length);
    // The partial aggregate and the exchanges did not run as such in the driver.
    expect(metricOf(start, end, 'HashAggregate', 1).rows).toBeNull();
    expect(metricOf(start, end, 'Exchange', 1).rows).toBeNull();
    expect(end.metrics.every((m) => !m.distributed)).toBe(true);
    expect(end.metrics.filter((m) => m.timeMs !== null).every((m) => m.timeMs! >= 0)).toBe(true);
    // Codegen stages as Spark numbers them: the stage below an exchange first.
    const byName = (n: string, i = 0) => flat(start.plan).filter((x) => x.name === n)[i]!;
    expect(byName('Scan').codegenStage).toBe(1);
    expect(byName('Filter').codegenStage).toBe(1);
    expect(byName('HashAggregate', 1).codegenStage).toBe(1);
    expect(byName('HashAggregate', 0).codegenStage).toBe(2);
    expect(byName('Sort').codegenStage).toBe(3);
    expect(byName('Exchange').codegenStage).toBeNull();
    // Every EXPLAIN line is a node's detail, in the same tree order (the UI prints EXPLAIN from the graph).
    const explained = s.sql('EXPLAIN SELECT k, count(*) AS n FROM t WHERE id % 3 = 0 GROUP BY k ORDER BY n DESC').rows[0]![0] as string;
    const lines = explained.split('\n').slice(2).filter((l) => l.trim() !== '').map((l) => l.replace(/^[\s:+-]*/, '').replace(/#\d+/g, '#'));
    expect(lines).toEqual(flat(start.plan).map((n) => n.detail.replace(/#\d+/g, '#')));
  });

  it('reports the jobs of a distributed query between its start and end, and the rows its stages returned', () => {
    const { s, events } = session(0);
    const groups = s.sql('SELECT w, sum(id) FROM t GROUP BY w').rows.length;
    const { start, end, between } = lastExecution(events);
    expect(between.filter((e) => e.kind === 'jobStart').length).toBeGreaterThan(0);
    const agg = metricOf(start, end, 'HashAggregate', 0);
    expect(agg).toMatchObject({ rows: groups, distributed: true, timeMs: null });
    // The executors scanned the whole table.
    expect(metricOf(start, end, 'Scan')).toMatchObject({ rows: 5000, distributed: true });
    expect(metricOf(start, end, 'HashAggregate', 1)).toMatchObject({ rows: null, distributed: true });
  });

  it('does not count a LIMIT pushed into the tasks as the rows of the operator below it', () => {
    const { s, events } = session(0);
    s.sql('SELECT id * 2 FROM t WHERE k = 1 LIMIT 5');
    const { start, end } = lastExecution(events);
    expect(metricOf(start, end, 'CollectLimit').rows).toBe(5);
    expect(metricOf(start, end, 'Project').rows).toBeNull();
    // The tasks may have stopped early: the scan's rows are not claimed.
    expect(metricOf(start, end, 'Scan').rows).toBeNull();
  });

  it('reports a failed execution with its error', () => {
    const { s, events } = session(1_000_000);
    let threw = false;
    try {
      s.sql("SELECT regexp_extract(w, '(', 1) FROM t");
    } catch {
      threw = true;
    }
    expect(threw).toBe(true);
    const { end } = lastExecution(events);
    expect(end.succeeded).toBe(false);
    expect(end.error).toContain('INVALID_PARAMETER_VALUE.PATTERN');
  });

  it('reports CACHE TABLE with its size, and UNCACHE', () => {
    const { s, events } = session(1_000_000);
    s.sql('CACHE TABLE evens AS SELECT id, w FROM t WHERE id % 2 = 0');
    const cached = events.find((e) => e.kind === 'tableCached') as Extract<SchedulerEvent, { kind: 'tableCached' }>;
    expect(cached).toMatchObject({ name: 'evens', numRows: 2500, executorId: 'driver' });
    expect(cached.sizeBytes).toBeGreaterThan(2500 * 4);
    s.sql('CACHE LAZY TABLE later AS SELECT 1');
    expect(events.filter((e) => e.kind === 'tableCached')).toHaveLength(1);
    s.sql('UNCACHE TABLE evens');
    expect(events[events.length - 1]).toEqual({ kind: 'tableUncached', name: 'evens' });
  });

  it('traces the optimizer rule by rule for a recent execution', () => {
    const { s, events } = session(1_000_000);
    s.sql('SELECT 1 + 2 AS three, id FROM t WHERE 2 * 3 > 5');
    const { start } = lastExecution(events);
    const trace = s.optimizerTrace(start.executionId)!;
    expect(trace.steps.map((x) => `${x.batch}/${x.rule}#${x.iteration}`)).toEqual(['Operator Optimization/ConstantFolding#1']);
    for (const step of trace.steps) expect(step.after).not.toBe(step.before);
    expect(trace.steps[0]!.before).toBe(trace.analyzed);
    expect(trace.steps[trace.steps.length - 1]!.after).toBe(trace.optimized);
    expect(trace.analyzed).toMatch(/^Project \[\(1 \+ 2\) AS three#\d+, id#\d+\]\n\+- Filter \(\(2 \* 3\) > 5\)\n/);
    expect(trace.optimized).toMatch(/^Project \[3 AS three#\d+, id#\d+\]\n\+- Filter true\n/);
    expect(s.optimizerTrace(9999)).toBeNull();
  });

  it('estimates the bytes of column batches', () => {
    const b = batchesFromRows([IntegerType, StringType], [[1, 'ab'], [2, null]]);
    expect(estimateBatchBytes(b)).toBeGreaterThanOrEqual(8);
    expect(estimateBatchBytes(batchesFromRows([IntegerType], Array.from({ length: 1000 }, (_, i) => [i])))).toBeGreaterThanOrEqual(4000);
  });
});
