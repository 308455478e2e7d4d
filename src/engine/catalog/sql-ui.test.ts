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
    // ColumnPruning: the aggregate reads k through a projection over the filter, whose scan reads id and k.
    expect(names).toEqual(['Sort', 'Exchange', 'HashAggregate', 'Exchange', 'HashAggregate', 'Project', 'Filter', 'Scan']);
    expect(metricOf(start, end, 'Scan').rows).toBe(5000);
    expect(metricOf(start, end, 'Filter').rows).toBe(count(s, 'SELECT count(*) FROM t WHERE id % 3 = 0'));
    expect(metricOf(start, end, 'HashAggregate', 0).rows).toBe(rows.length);
    expect(metricOf(start, end, 'Sort').rows).toBe(rows.length);
    // The partial aggregate and the exchanges did not run as such in the driver: over its one
    // partition the partial's groups are the final's, and the exchanges pass their input's rows on.
    expect(metricOf(start, end, 'HashAggregate', 1)).toMatchObject({ rows: rows.length, withFinal: true });
    expect(metricOf(start, end, 'Exchange', 1)).toMatchObject({ rows: null, notExchanged: rows.length });
    expect(metricOf(start, end, 'Exchange', 0)).toMatchObject({ rows: null, notExchanged: rows.length });
    expect(metricOf(start, end, 'Exchange', 1).shuffle).toBeUndefined();
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
    // EXPLAIN planned the query anew (exchanges print the plan ids of that planning; the graph's details carry none).
    const lines = explained.split('\n').slice(2).filter((l) => l.trim() !== '').map((l) => l.replace(/^[\s:+-]*/, '').replace(/#\d+/g, '#').replace(/, \[plan_id=\d+\]$/, ''));
    expect(lines).toEqual(flat(start.plan).map((n) => n.detail.replace(/#\d+/g, '#')));
  });

  it('reports the jobs of a distributed query between its start and end, and what its tasks measured', () => {
    const { s, events } = session(0);
    // Over 16,384 rows: more than one partition, so a map and a reduce stage.
    s.registerView('big', 'id INT, k INT, w STRING', Array.from({ length: 40_000 }, (_, i) => [i, i % 7, `w${i % 13}`]));
    const groups = s.sql('SELECT w, sum(id) FROM big GROUP BY w').rows.length;
    const { start, end, between } = lastExecution(events);
    const jobs = between.filter((e) => e.kind === 'jobStart').length;
    expect(jobs).toBeGreaterThan(0);
    // The metrics accumulator is the engine's: task events list user accumulators only.
    expect(between.filter((e) => e.kind === 'taskEnd' && e.accumulators !== undefined)).toEqual([]);
    const tasks = between.filter((e) => e.kind === 'taskEnd' && e.succeeded).length;
    const agg = metricOf(start, end, 'HashAggregate', 0);
    expect(agg).toMatchObject({ rows: groups, distributed: true });
    // The executors scanned the whole table, in the map tasks.
    const scan = metricOf(start, end, 'Scan');
    expect(scan).toMatchObject({ rows: 40_000, distributed: true });
    expect(scan.tasks!.count).toBeGreaterThan(1);
    // Each map task aggregated its partition: at least one partial row per group, at most one per group and task.
    const partial = metricOf(start, end, 'HashAggregate', 1);
    expect(partial.distributed).toBe(true);
    expect(partial.rows).toBeGreaterThanOrEqual(groups);
    expect(partial.rows).toBeLessThanOrEqual(groups * scan.tasks!.count);
    for (const m of [agg, scan, partial]) {
      const t = m.tasks!;
      expect(t.count).toBeGreaterThan(0);
      expect(t.count).toBeLessThanOrEqual(tasks);
      expect(t.minMs).toBeLessThanOrEqual(t.medMs);
      expect(t.medMs).toBeLessThanOrEqual(t.maxMs);
      expect(m.timeMs).toBeGreaterThanOrEqual(t.maxMs);
      expect(m.timeMs).toBeLessThanOrEqual(t.maxMs * t.count + 1e-9);
    }
    // The map tasks ran the scan and the partial aggregate, the reduce tasks the final one.
    expect(partial.tasks!.count).toBe(scan.tasks!.count);
  });

  it('has the tasks measure nothing when no listener takes the events', () => {
    const made: boolean[] = [];
    for (const listener of [undefined, () => {}]) {
      const sc = new SparkContext(new InProcessBackend(2), { master: 'local[2]', ...(listener ? { listener } : {}) });
      const create = sc.internalAccumulator.bind(sc);
      let n = 0;
      sc.internalAccumulator = (...args) => (n++, create(...args));
      const s = createSqlSession();
      s.attachContext(sc);
      s.conf.set('spark.flint.sql.distributed.minRows', '0');
      s.registerView('t', 'id INT, k INT', Array.from({ length: 3000 }, (_, i) => [i, i % 7]));
      expect(s.sql('SELECT k, count(*) FROM t WHERE id > 10 GROUP BY k').rows).toHaveLength(7);
      made.push(n > 0);
    }
    expect(made).toEqual([false, true]);
  });

  it('counts the rows the tasks produced under a LIMIT pushed into them', () => {
    const { s, events } = session(0);
    s.sql('SELECT id * 2 FROM t WHERE k = 1 LIMIT 5');
    const { start, end } = lastExecution(events);
    expect(metricOf(start, end, 'CollectLimit').rows).toBe(5);
    // What the tasks' projections returned before the driver's limit, never fewer than it kept
    // nor more than the filter let through.
    const project = metricOf(start, end, 'Project');
    expect(project.distributed).toBe(true);
    expect(project.rows).toBeGreaterThanOrEqual(5);
    expect(project.rows).toBeLessThanOrEqual(count(s, 'SELECT count(*) FROM t WHERE k = 1'));
    // The scan: what the tasks read (all of each partition here, as the columnar operators do).
    expect(metricOf(start, end, 'Scan').rows).toBeLessThanOrEqual(5000);
  });

  it('counts the same rows per operator whether a query runs in executor tasks or in the driver', () => {
    const queries = [
      'SELECT w, sum(id) AS s, count(*) AS n FROM t WHERE k > 2 GROUP BY w',
      'SELECT id * 2 AS d, w FROM t WHERE k = 3',
      'SELECT k, count(*) AS n FROM t WHERE id % 5 = 0 GROUP BY k ORDER BY k',
      'SELECT id, w FROM t WHERE k = 1 ORDER BY w DESC, id LIMIT 7',
      'SELECT max(id), min(w) FROM t WHERE k <> 4',
      'SELECT t.w, count(*) AS n FROM t JOIN u ON t.k = u.k WHERE u.name <> \'b\' GROUP BY t.w',
      // Several partitions: map stages (partial aggregates, per-partition top-N) and reduce stages.
      'SELECT w, sum(id) AS s, avg(id) AS a FROM big WHERE k > 2 GROUP BY w',
      'SELECT k, count(*) AS n FROM big WHERE id % 5 = 0 GROUP BY k ORDER BY k',
      'SELECT id, w FROM big WHERE k = 1 ORDER BY w DESC, id LIMIT 7',
      'SELECT max(id), min(w), count(*) FROM big WHERE k <> 4',
      'SELECT big.w, count(*) AS n FROM big JOIN u ON big.k = u.k WHERE u.name <> \'b\' GROUP BY big.w',
      'SELECT id % 100 AS m, w FROM big WHERE k = 6',
    ];
    const withU = (minRows: number) => {
      const x = session(minRows);
      x.s.registerView('u', 'k INT, name STRING', [[0, 'a'], [1, 'b'], [2, 'c'], [5, 'd']]);
      x.s.registerView('big', 'id INT, k INT, w STRING', Array.from({ length: 40_000 }, (_, i) => [i, i % 7, `w${i % 13}`]));
      return x;
    };
    const driver = withU(1_000_000);
    const cluster = withU(0);
    for (const q of queries) {
      expect(cluster.s.sql(q).rows, q).toEqual(driver.s.sql(q).rows);
      const d = lastExecution(driver.events);
      const c = lastExecution(cluster.events);
      expect(c.between.some((e) => e.kind === 'jobStart'), q).toBe(true);
      const shape = (n: SqlPlanNode): string => `${n.name}(${n.children.map(shape).join(",")})`;
      expect(shape(c.start.plan), q).toBe(shape(d.start.plan));
      const names = new Map(flat(d.start.plan).map((n) => [n.id, n.name]));
      // Counted, not derived from one partition's shape (a partial over one partition has one row per group).
      const counted = (m: SqlOperatorMetrics) => m.rows !== null && !m.withFinal && !m.viaProject && !m.viaExchange;
      const rows = (e: End) => e.metrics.filter((m) => counted(d.end.metrics.find((x) => x.id === m.id)!)).map((m) => `${names.get(m.id)}#${m.id}: ${m.rows}`);
      // Every operator the driver counted has the same count when it ran in executor tasks.
      expect(rows(c.end), q).toEqual(rows(d.end));
      // Some of them ran in tasks and were timed there.
      expect(c.end.metrics.some((m) => m.distributed && m.tasks !== undefined && m.timeMs !== null), q).toBe(true);
    }
  });

  it('shows what an exchange moved: the records of its input, in the bytes the map tasks reported as their shuffle write', () => {
    const { s, events } = session(0);
    s.registerView('big', 'id INT, k INT, w STRING', Array.from({ length: 40_000 }, (_, i) => [i, i % 7, `w${i % 13}`]));
    const groups = s.sql('SELECT w, sum(id) AS s FROM big WHERE k > 1 GROUP BY w').rows.length;
    const { start, end, between } = lastExecution(events);
    const exchange = metricOf(start, end, 'Exchange');
    const x = exchange.shuffle!;
    expect(x).toBeDefined();
    // The exchange's records are the rows of its child, the partial aggregate, and all were read.
    expect(x.recordsWritten).toBe(metricOf(start, end, 'HashAggregate', 1).rows);
    expect(x.recordsRead).toBe(x.recordsWritten);
    expect(x.recordsWritten).toBeGreaterThanOrEqual(groups);
    // Bytes: those of the map stage's tasks, as the Stages view's shuffle matrix shows them.
    const ends = between.filter((e): e is Extract<SchedulerEvent, { kind: 'taskEnd' }> => e.kind === 'taskEnd' && e.succeeded);
    const maps = ends.filter((e) => e.shuffleWriteByReducer);
    expect(maps.length).toBeGreaterThan(1);
    const written = maps.reduce((n, e) => n + e.metrics.shuffleWriteBytes, 0);
    expect(written).toBeGreaterThan(0);
    expect(x.bytesWritten.total).toBe(written);
    expect(maps.reduce((n, e) => n + e.shuffleWriteByReducer!.reduce((a, b) => a + b, 0), 0)).toBe(written);
    expect(maps.reduce((n, e) => n + e.metrics.shuffleWriteRecords, 0)).toBe(x.recordsWritten);
    expect([x.bytesWritten.min, x.bytesWritten.max]).toEqual([Math.min(...maps.map((e) => e.metrics.shuffleWriteBytes)), Math.max(...maps.map((e) => e.metrics.shuffleWriteBytes))]);
    // The reduce tasks read every byte written, from their own executor's map tasks or others'.
    const reduces = ends.filter((e) => e.metrics.shuffleReadBytes > 0);
    expect(reduces.reduce((n, e) => n + e.metrics.shuffleReadBytes, 0)).toBe(written);
    expect(x.localBytesRead + x.remoteBytesRead).toBe(written);
    expect(x.partitions).toBe(200);
    expect(x.coalescedPartitions).toBe(reduces.length);
    expect(x.partitionDataSize!.total).toBe(written);
    expect(x.writeTimeMs.max).toBeGreaterThanOrEqual(x.writeTimeMs.min);
    // A distinct aggregate's map tasks end with the distinct tuples: the exchange's records are their rows.
    // Spark's four aggregates (AggUtils.planAggregateWithOneDistinct): the tuples cross the lower exchange, on (k, w).
    s.sql('SELECT k, count(DISTINCT w) AS n FROM big GROUP BY k');
    const d = lastExecution(events);
    expect(flat(d.start.plan).map((n) => n.detail.replace(/#\d+/g, '#_'))).toEqual([
      'HashAggregate(keys=[k#_], functions=[count(distinct w#_)])',
      'Exchange hashpartitioning(k#_, 200), ENSURE_REQUIREMENTS',
      'HashAggregate(keys=[k#_], functions=[partial_count(distinct w#_)])',
      'HashAggregate(keys=[k#_, w#_], functions=[])',
      'Exchange hashpartitioning(k#_, w#_, 200), ENSURE_REQUIREMENTS',
      'HashAggregate(keys=[k#_, w#_], functions=[])',
      'Scan big[k#_, w#_]',
    ]);
    expect(metricOf(d.start, d.end, 'Exchange', 0).shuffle).toBeUndefined();
    const dx = metricOf(d.start, d.end, 'Exchange', 1).shuffle!;
    // Every map partition (a contiguous run of 20,000 rows) holds all 91 (k, w) pairs.
    expect(dx.recordsWritten).toBe(count(s, 'SELECT count(*) FROM (SELECT DISTINCT k, w FROM big)') * metricOf(d.start, d.end, 'Scan').tasks!.count);
    expect(metricOf(d.start, d.end, 'HashAggregate', 3)).toMatchObject({ rows: dx.recordsWritten, viaExchange: true });
  });

  it('shows a window as Window over its Sort over the exchange on its partition keys, each with its rows, in tasks and in the driver', () => {
    const q = 'SELECT id, w, rank() OVER (PARTITION BY w ORDER BY id) AS r FROM big WHERE k > 1';
    for (const minRows of [0, 1_000_000]) {
      const { s, events } = session(minRows);
      s.registerView('big', 'id INT, k INT, w STRING', Array.from({ length: 40_000 }, (_, i) => [i, i % 7, `w${i % 13}`]));
      const n = s.sql(q).rows.length;
      const { start, end } = lastExecution(events);
      const names = flat(start.plan).map((x) => x.name);
      expect(names.slice(0, 3), `minRows ${minRows}`).toEqual(['Window', 'Sort', 'Exchange']);
      expect(metricOf(start, end, 'Window').rows).toBe(n);
      expect(metricOf(start, end, 'Sort')).toMatchObject({ rows: n, viaWindow: true });
      const x = metricOf(start, end, 'Exchange');
      // In tasks: the rows the map side wrote; in the driver: the rows it passed on without moving them.
      if (minRows === 0) expect(x.shuffle?.recordsWritten).toBe(n);
      else expect(x.notExchanged).toBe(n);
    }
  });

  it('times the merge of a global aggregate in the driver and shows its single-partition exchange', () => {
    const { s, events } = session(0);
    s.registerView('big', 'id INT, k INT, w STRING', Array.from({ length: 40_000 }, (_, i) => [i, i % 7, `w${i % 13}`]));
    s.sql('SELECT max(id), count(*) FROM big WHERE k <> 4');
    const { start, end, between } = lastExecution(events);
    const final = metricOf(start, end, 'HashAggregate', 0);
    expect(final).toMatchObject({ rows: 1, distributed: true });
    expect(final.timeMs).not.toBeNull();
    const partial = metricOf(start, end, 'HashAggregate', 1);
    const x = metricOf(start, end, 'Exchange').shuffle!;
    expect(x.recordsWritten).toBe(partial.rows);
    expect(x.recordsRead).toBe(partial.rows);
    expect(x.partitions).toBe(1);
    expect(x.coalescedPartitions).toBeNull();
    const maps = between.filter((e): e is Extract<SchedulerEvent, { kind: 'taskEnd' }> => e.kind === 'taskEnd' && e.succeeded);
    expect(x.bytesWritten.total).toBe(maps.reduce((n, e) => n + e.metrics.shuffleWriteBytes, 0));
    // Partials go to the driver, which is no executor.
    expect(x.remoteBytesRead).toBe(x.bytesWritten.total);
  });

  it('shows a broadcast join\'s broadcast: its rows, size and the time to collect, build and broadcast it, and times its side', () => {
    const { s, events } = session(0);
    s.registerView('u', 'k INT, name STRING', [[0, 'a'], [1, 'b'], [2, 'c'], [5, 'd']]);
    s.registerView('big', 'id INT, k INT, w STRING', Array.from({ length: 40_000 }, (_, i) => [i, i % 7, `w${i % 13}`]));
    s.sql("SELECT big.w, count(*) AS n FROM big JOIN u ON big.k = u.k WHERE u.name <> 'b' GROUP BY big.w");
    const { start, end, between } = lastExecution(events);
    const bx = metricOf(start, end, 'BroadcastExchange');
    const b = bx.broadcast!;
    // The rows of u that reach the join (the optimizer may filter them first).
    expect(b.rows).toBeGreaterThanOrEqual(count(s, "SELECT count(*) FROM u WHERE name <> 'b'"));
    expect(b.rows).toBeLessThanOrEqual(4);
    expect(bx.rows).toBe(b.rows);
    expect(b.dataSize).toBeGreaterThan(0);
    for (const t of [b.collectMs, b.buildMs, b.broadcastMs]) expect(t).toBeGreaterThanOrEqual(0);
    // Shipped once per executor with its first task: the value's bytes and a small header.
    const shipped = between.filter((e): e is Extract<SchedulerEvent, { kind: 'taskEnd' }> => e.kind === 'taskEnd' && (e.metrics.broadcastBytes ?? 0) > 0);
    expect(shipped.length).toBeGreaterThan(0);
    for (const e of shipped) expect(e.metrics.broadcastBytes! - b.dataSize).toBeGreaterThanOrEqual(0);
    // The broadcast side ran before the join's stage (in the driver, or as its own stage), timed where it ran.
    const side = flat(flat(start.plan).find((n) => n.name === 'BroadcastExchange')!).slice(1);
    expect(side.length).toBeGreaterThan(0);
    for (const n of side) {
      const m = end.metrics.find((x) => x.id === n.id)!;
      expect(m.rows, n.detail).not.toBeNull();
      expect(m.timeMs, n.detail).not.toBeNull();
    }
    // Its top operator returned the rows that were broadcast.
    expect(end.metrics.find((x) => x.id === side[0]!.id)!.rows).toBe(b.rows);
    // A side too small to run as a job (spark.flint.sql.distributed.minRows) runs in the driver, timed there.
    const small = session(1000);
    small.s.registerView('u', 'k INT, name STRING', [[0, 'a'], [1, 'b'], [2, 'c'], [5, 'd']]);
    small.s.registerView('big', 'id INT, k INT, w STRING', Array.from({ length: 40_000 }, (_, i) => [i, i % 7, `w${i % 13}`]));
    small.s.sql('SELECT big.w, count(*) AS n FROM big JOIN u ON big.k = u.k GROUP BY big.w');
    const bare = lastExecution(small.events);
    expect(bare.between.some((e) => e.kind === 'jobStart')).toBe(true);
    const scan = flat(flat(bare.start.plan).find((n) => n.name === 'BroadcastExchange')!)[1]!;
    expect(bare.end.metrics.find((m) => m.id === scan.id)).toMatchObject({ rows: 4, distributed: true });
    expect(bare.end.metrics.find((m) => m.id === scan.id)!.timeMs).not.toBeNull();
    expect(bare.end.metrics.find((m) => m.id === scan.id)!.tasks).toBeUndefined();
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
    // The filter moves under the view's projection, which then keeps only id and merges into the
    // query's; the constants fold and the always-true filter goes.
    const before = 'Operator Optimization before Inferring Filters';
    expect(trace.steps.map((x) => `${x.batch}/${x.rule}#${x.iteration}`)).toEqual(
      ['PushDownPredicates', 'ColumnPruning', 'CollapseProject', 'ConstantFolding', 'PruneFilters'].map((r) => `${before}/${r}#1`),
    );
    for (const step of trace.steps) expect(step.after).not.toBe(step.before);
    expect(trace.steps[0]!.before).toBe(trace.analyzed);
    expect(trace.steps[trace.steps.length - 1]!.after).toBe(trace.optimized);
    expect(trace.analyzed).toMatch(/^Project \[\(1 \+ 2\) AS three#\d+, id#\d+\]\n\+- Filter \(\(2 \* 3\) > 5\)\n/);
    expect(trace.optimized).toMatch(/^Project \[3 AS three#\d+, id#\d+\]\n\+- Relation t\[id#\d+,k#\d+,w#\d+\]$/);
    expect(s.optimizerTrace(9999)).toBeNull();
  });

  it('estimates the bytes of column batches', () => {
    const b = batchesFromRows([IntegerType, StringType], [[1, 'ab'], [2, null]]);
    expect(estimateBatchBytes(b)).toBeGreaterThanOrEqual(8);
    expect(estimateBatchBytes(batchesFromRows([IntegerType], Array.from({ length: 1000 }, (_, i) => [i])))).toBeGreaterThanOrEqual(4000);
  });
});
