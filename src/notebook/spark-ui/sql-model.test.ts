/** The SQL, Streaming and Storage views of the Spark UI model, from hand-built event streams. */
import { describe, expect, it } from 'vitest';
import type { DriverEvent } from '../../workers/protocol';
import { SparkUiModel, MAX_SQL_EXECUTIONS, MAX_STREAMING_BATCHES } from './model';
import {
  PLAN_NODE_H, PLAN_NODE_W, cachedTables, formatRate, layoutPlanGraph, lineDiff, memoryByExecutor, metricLines, planNodeLabel, sqlExecutionsNewestFirst,
  streamingSummaries,
} from './sql-views';
import type { SchedulerEvent, SqlPlanNode } from './types';

const ev = (event: SchedulerEvent, cellId: string | null = 'c1'): DriverEvent => ({ kind: 'scheduler', cellId, event });

/** HashAggregate <- Exchange <- HashAggregate(partial) <- Filter <- Scan, and a BroadcastHashJoin with two inputs. */
const aggPlan: SqlPlanNode = {
  id: 0, name: 'HashAggregate', detail: 'HashAggregate(keys=[k#1], functions=[count(1)])', codegenStage: 2, children: [
    { id: 1, name: 'Exchange', detail: 'Exchange hashpartitioning(k#1, 200)', codegenStage: null, children: [
      { id: 2, name: 'HashAggregate', detail: 'HashAggregate(keys=[k#1], functions=[partial_count(1)])', codegenStage: 1, children: [
        { id: 3, name: 'Filter', detail: 'Filter (x#2 > 1)', codegenStage: 1, children: [
          { id: 4, name: 'Scan', detail: 'Scan t[k#1, x#2]', codegenStage: 1, children: [] },
        ] },
      ] },
    ] },
  ],
};

const joinPlan: SqlPlanNode = {
  id: 0, name: 'BroadcastHashJoin', detail: 'BroadcastHashJoin Inner, (a#1 = b#2)', codegenStage: 1, children: [
    { id: 1, name: 'Scan', detail: 'Scan l[a#1]', codegenStage: 1, children: [] },
    { id: 2, name: 'BroadcastExchange', detail: 'BroadcastExchange', codegenStage: null, children: [{ id: 3, name: 'LocalTableScan', detail: 'LocalTableScan [b#2]', codegenStage: null, children: [] }] },
  ],
};

function start(executionId: number, plan: SqlPlanNode, time = 100): SchedulerEvent {
  return { kind: 'sqlExecutionStart', executionId, description: `collect at <stdin>:1`, sql: 'SELECT k, count(*) FROM t WHERE x > 1 GROUP BY k', time, plan };
}

const jobStart = (jobId: number, time = 110): SchedulerEvent => ({ kind: 'jobStart', jobId, stageIds: [jobId], numTasks: 1, description: 'collect at <stdin>:1', time, stages: [] });

describe('SQL executions in the Spark UI model', () => {
  it('attributes the jobs started between an execution\'s start and end to it, and keeps its metrics', () => {
    const m = new SparkUiModel();
    m.apply(ev(jobStart(0, 50)));
    m.apply(ev(start(0, aggPlan)));
    m.apply(ev(jobStart(1)));
    m.apply(ev(jobStart(2)));
    expect(m.sqlExecutions.get(0)!.status).toBe('running');
    m.apply(ev({
      kind: 'sqlExecutionEnd', executionId: 0, time: 180, succeeded: true,
      metrics: [{ id: 0, rows: 3, timeMs: null, distributed: true }, { id: 4, rows: null, timeMs: null, distributed: true }],
    }));
    m.apply(ev(jobStart(3, 200)));
    const x = m.sqlExecutions.get(0)!;
    expect(x).toMatchObject({ status: 'succeeded', jobIds: [1, 2], completed: 180, cellId: 'c1' });
    expect(x.metrics.get(0)).toEqual({ id: 0, rows: 3, timeMs: null, distributed: true });
    expect([0, 1, 2, 3].map((j) => m.jobs.get(j)!.sqlExecutionId)).toEqual([null, 0, 0, null]);
  });

  it('keeps a failed execution\'s error and lists executions newest first', () => {
    const m = new SparkUiModel();
    m.apply(ev(start(0, aggPlan)));
    m.apply(ev({ kind: 'sqlExecutionEnd', executionId: 0, time: 120, succeeded: true, metrics: [] }));
    m.apply(ev(start(1, joinPlan)));
    m.apply(ev({ kind: 'sqlExecutionEnd', executionId: 1, time: 130, succeeded: false, error: 'SparkRuntimeException: boom', metrics: [] }));
    expect(sqlExecutionsNewestFirst(m).map((x) => [x.executionId, x.status, x.error])).toEqual([[1, 'failed', 'SparkRuntimeException: boom'], [0, 'succeeded', null]]);
  });
});

describe('SQL execution retention', () => {
  it('keeps the latest MAX_SQL_EXECUTIONS executions, as Spark\'s retainedExecutions', () => {
    const m = new SparkUiModel();
    for (let i = 0; i < MAX_SQL_EXECUTIONS + 3; i++) {
      m.apply(ev(start(i, aggPlan), null));
      m.apply(ev({ kind: 'sqlExecutionEnd', executionId: i, time: 200, succeeded: true, metrics: [] }, null));
    }
    expect(m.sqlExecutions.size).toBe(MAX_SQL_EXECUTIONS);
    expect(m.sqlExecutions.has(2)).toBe(false);
    expect(m.sqlExecutions.has(3)).toBe(true);
    expect(sqlExecutionsNewestFirst(m)[0]!.executionId).toBe(MAX_SQL_EXECUTIONS + 2);
  });
});

describe('the plan graph layout', () => {
  it('puts the scans on top and the root at the bottom, edges running from input to consumer', () => {
    const g = layoutPlanGraph(aggPlan, new Map());
    const y = (id: number) => g.nodes.find((n) => n.node.id === id)!.y;
    expect(y(4)).toBeLessThan(y(3));
    expect(y(3)).toBeLessThan(y(2));
    expect(y(1)).toBeLessThan(y(0));
    expect(g.edges.map((e) => [e.from, e.to])).toEqual([[1, 0], [2, 1], [3, 2], [4, 3]]);
    for (const e of g.edges) expect(e.y1).toBeLessThan(e.y2);
    expect(g.nodes.map((n) => n.index)).toEqual([0, 1, 2, 3, 4]);
    expect(g.height).toBeGreaterThanOrEqual(Math.max(...g.nodes.map((n) => n.y + PLAN_NODE_H)));
  });

  it('draws a codegen cluster around each WholeStageCodegen stage, and none around exchanges', () => {
    const g = layoutPlanGraph(aggPlan, new Map());
    expect(g.clusters.map((c) => c.stage)).toEqual([1, 2]);
    const s1 = g.clusters[0]!;
    for (const id of [2, 3, 4]) {
      const n = g.nodes.find((x) => x.node.id === id)!;
      expect(n.x).toBeGreaterThanOrEqual(s1.x);
      expect(n.y).toBeGreaterThanOrEqual(s1.y);
      expect(n.x + PLAN_NODE_W).toBeLessThanOrEqual(s1.x + s1.width);
      expect(n.y + PLAN_NODE_H).toBeLessThanOrEqual(s1.y + s1.height);
    }
    const exchange = g.nodes.find((x) => x.node.id === 1)!;
    expect(exchange.y + PLAN_NODE_H <= s1.y || exchange.y >= s1.y + s1.height).toBe(true);
  });

  it('centres a join over its two inputs, side by side', () => {
    const g = layoutPlanGraph(joinPlan, new Map());
    const at = (id: number) => g.nodes.find((n) => n.node.id === id)!;
    expect(at(1).x).toBeLessThan(at(2).x);
    expect(at(0).x).toBe((at(1).x + at(2).x) / 2);
    expect(g.width).toBeGreaterThanOrEqual(at(2).x + PLAN_NODE_W);
  });

  it('describes operators with their metrics in words', () => {
    const g = layoutPlanGraph(aggPlan, new Map([[3, { id: 3, rows: 1234, timeMs: 0.4, distributed: false }], [4, { id: 4, rows: null, timeMs: null, distributed: true }]]));
    expect(planNodeLabel(g.nodes[3]!)).toBe('*(1) Filter; Filter (x#2 > 1); number of output rows: 1,234; time: <1 ms');
    expect(planNodeLabel(g.nodes[4]!)).toBe('*(1) Scan; Scan t[k#1, x#2]; ran in executor tasks');
    expect(metricLines(null)).toEqual([]);
    expect(metricLines({ id: 0, rows: 5, timeMs: 12.4, distributed: false })).toEqual(['number of output rows: 5', 'time: 12 ms']);
    // An operator that ran in executor tasks: rows summed over them, time as total (min, med, max).
    expect(metricLines({ id: 0, rows: 1000, timeMs: 12.4, distributed: true, tasks: { count: 2, minMs: 0.4, medMs: 12, maxMs: 12 } })).toEqual([
      'number of output rows: 1,000', 'time: 12 ms (min 0, med 12, max 12)', 'in 2 executor tasks',
    ]);
  });

  it('describes an exchange by what it moved, as Spark names ShuffleExchange and AQEShuffleRead metrics', () => {
    const shuffle = {
      recordsWritten: 26, bytesWritten: { total: 3000, min: 1000, med: 1000, max: 2000 }, writeTimeMs: { total: 2.6, min: 0.2, med: 0.4, max: 2 },
      recordsRead: 26, localBytesRead: 1000, remoteBytesRead: 2000, partitions: 200, coalescedPartitions: 1, partitionDataSize: { total: 3000, min: 3000, med: 3000, max: 3000 },
    };
    const lines = metricLines({ id: 1, rows: null, timeMs: null, distributed: true, shuffle });
    expect(lines).toEqual([
      'shuffle records written: 26', 'shuffle bytes written: 2.9 KiB (min 1000 B, med 1000 B, max 2.0 KiB)', 'shuffle write time: 3 ms (min 0, med 0, max 2)',
      'records read: 26', 'local bytes read: 1000 B', 'remote bytes read: 2.0 KiB', 'data size: 2.9 KiB', 'number of partitions: 200',
      'AQEShuffleRead number of coalesced partitions: 1', 'AQEShuffleRead partition data size: 2.9 KiB (min 2.9 KiB, med 2.9 KiB, max 2.9 KiB)',
    ]);
    // No reduce job (partials merged in the driver): nothing coalesced.
    expect(metricLines({ id: 1, rows: null, timeMs: null, distributed: true, shuffle: { ...shuffle, partitions: 1, coalescedPartitions: null, partitionDataSize: null } })).not.toContainEqual(expect.stringMatching(/AQEShuffleRead/));
    expect(metricLines({ id: 2, rows: 4, timeMs: null, distributed: true, broadcast: { rows: 4, dataSize: 67, collectMs: 0.2, buildMs: 1.6, broadcastMs: 0.1 } })).toEqual([
      'number of output rows: 4', 'data size: 67 B', 'time to collect: <1 ms', 'time to build: 2 ms', 'time to broadcast: <1 ms',
    ]);
  });

  it('says which figures come from running one partition, and which operators ran to fill a cache', () => {
    expect(metricLines({ id: 1, rows: null, timeMs: null, distributed: false, notExchanged: 3 })).toEqual(['records: 3 (one partition, not exchanged)']);
    expect(metricLines({ id: 2, rows: 3, timeMs: null, distributed: false, withFinal: true })).toEqual(['number of output rows: 3 (one partition: with the final aggregate)']);
    expect(metricLines({ id: 3, rows: 20, timeMs: null, distributed: false, viaProject: true })).toEqual(['number of output rows: 20 (as the Project it feeds)']);
    expect(metricLines({ id: 5, rows: 20, timeMs: null, distributed: false, viaWindow: true })).toEqual(['number of output rows: 20 (as the Window it feeds)']);
    expect(metricLines({ id: 4, rows: null, timeMs: null, distributed: false, inCache: true })).toEqual(['in the cache: computed once, when first read']);
    expect(metricLines({ id: 5, rows: 182, timeMs: null, distributed: true, viaExchange: true })).toEqual(['number of output rows: 182 (the records its exchange wrote)']);
  });
});

describe('optimizer step diffs', () => {
  it('marks removed and added lines around the common ones', () => {
    const before = 'Project [a]\n+- Filter (x > (1 + 1))\n   +- Relation t';
    const after = 'Project [a]\n+- Filter (x > 2)\n   +- Relation t';
    expect(lineDiff(before, after)).toEqual([
      { kind: 'same', text: 'Project [a]' },
      { kind: 'removed', text: '+- Filter (x > (1 + 1))' },
      { kind: 'added', text: '+- Filter (x > 2)' },
      { kind: 'same', text: '   +- Relation t' },
    ]);
    expect(lineDiff('a\nb', 'a\nb').every((l) => l.kind === 'same')).toBe(true);
    expect(lineDiff('a\nb\nc', 'a\nc').map((l) => l.kind)).toEqual(['same', 'removed', 'same']);
  });
});

describe('streaming queries in the model', () => {
  const batch = (batchId: number, rows: number) => ({ batchId, timestamp: `2026-01-01T00:00:0${batchId % 10}.000Z`, numInputRows: rows, inputRowsPerSecond: rows * 2, processedRowsPerSecond: rows * 10, durationMs: 5 + batchId });
  const q = (status: 'started' | 'progress' | 'terminated', runId: string, extra: Partial<Extract<SchedulerEvent, { kind: 'streamingQuery' }>> = {}): DriverEvent =>
    ev({ kind: 'streamingQuery', status, id: `id-${runId}`, runId, name: `q_${runId}`, time: 1000, ...extra });

  it('keeps each run\'s batches, its status, and summaries with active runs first', () => {
    const m = new SparkUiModel();
    m.apply(q('started', 'a', { time: 1000 }));
    m.apply(q('progress', 'a', { batch: batch(0, 10) }));
    m.apply(q('progress', 'a', { batch: batch(1, 30) }));
    m.apply(q('terminated', 'a', { time: 2000 }));
    m.apply(q('started', 'b', { time: 1500 }));
    m.apply(q('progress', 'b', { batch: batch(0, 4) }));
    const s = streamingSummaries(m);
    expect(s.map((x) => [x.query.runId, x.query.status])).toEqual([['b', 'active'], ['a', 'finished']]);
    const a = s[1]!;
    expect(a.query.batches.map((b) => b.batchId)).toEqual([0, 1]);
    expect(a.totalInputRows).toBe(40);
    expect(a.avgInputRate).toBe(40);
    expect(a.avgProcessingRate).toBe(200);
    expect(a.latest!.batchId).toBe(1);
    expect(a.query.ended).toBe(2000);
    expect(formatRate(null)).toBe('–');
    expect(formatRate(2.25)).toBe('2.3/s');
    expect(formatRate(1234.4)).toBe('1,234/s');
  });

  it('marks a run that ended with an error as failed, and keeps only the latest batches', () => {
    const m = new SparkUiModel();
    m.apply(q('started', 'c'));
    for (let i = 0; i < MAX_STREAMING_BATCHES + 5; i++) m.apply(q('progress', 'c', { batch: batch(i, 1) }));
    m.apply(q('terminated', 'c', { error: 'boom' }));
    const c = m.streamingQueries.get('c')!;
    expect(c.status).toBe('failed');
    expect(c.error).toBe('boom');
    expect(c.batches).toHaveLength(MAX_STREAMING_BATCHES);
    expect(c.batches[0]!.batchId).toBe(5);
    expect(c.totalBatches).toBe(MAX_STREAMING_BATCHES + 5);
  });
});

describe('cached tables in the model', () => {
  it('lists CACHE TABLE tables with their size, drops them on UNCACHE and CLEAR CACHE', () => {
    const m = new SparkUiModel();
    m.apply(ev({ kind: 'tableCached', name: 'b', numPartitions: 2, numRows: 10, sizeBytes: 400, executorId: 'driver' }));
    m.apply(ev({ kind: 'tableCached', name: 'a', numPartitions: 1, numRows: 5, sizeBytes: 100, executorId: 'driver' }));
    expect(cachedTables(m).map((t) => t.name)).toEqual(['a', 'b']);
    expect(memoryByExecutor(m)).toEqual(new Map([['driver', 500]]));
    m.apply(ev({ kind: 'tableUncached', name: 'B' }));
    expect(cachedTables(m).map((t) => t.name)).toEqual(['a']);
    m.apply(ev({ kind: 'tableUncached', name: null }));
    expect(cachedTables(m)).toEqual([]);
  });
});

describe('the laziness badge', () => {
  const done = (cellId: string, rddsCreated: number, queriesAnalyzed: number): DriverEvent => ({
    kind: 'cellDone', cellId, result: { status: 'ok', executionCount: 1 } as never, rddsCreated, queriesAnalyzed,
  });

  it('counts DataFrames built without a query run, and not a cell whose query ran (even without a job)', async () => {
    const { recordSparkUiEvent, resetSparkUi, useSparkUi } = await import('./recorder');
    resetSparkUi();
    recordSparkUiEvent(done('build', 0, 3));
    expect(useSparkUi.getState().lazyCells.build).toEqual({ rdds: 0, dataFrames: 3 });
    recordSparkUiEvent(ev(start(7, aggPlan), 'act'));
    recordSparkUiEvent(done('act', 0, 1));
    expect(useSparkUi.getState().lazyCells.act).toBeUndefined();
    // Running the cell again with an action clears its badge.
    recordSparkUiEvent(ev(start(8, aggPlan), 'build'));
    recordSparkUiEvent(done('build', 0, 3));
    expect(useSparkUi.getState().lazyCells.build).toBeUndefined();
    recordSparkUiEvent(done('rdds', 2, 0));
    expect(useSparkUi.getState().lazyCells.rdds).toEqual({ rdds: 2, dataFrames: 0 });
  });
});

describe('cached RDD sizes', () => {
  it('sums the estimated bytes executors report per RDD and per executor, and forgets a lost executor\'s', async () => {
    const { storageRows } = await import('./views');
    const m = new SparkUiModel();
    m.apply({ kind: 'executors', executors: [{ slot: 0, executorId: '1', alive: true, tasksCompleted: 0, tasksFailed: 0 }, { slot: 1, executorId: '2', alive: true, tasksCompleted: 0, tasksFailed: 0 }] });
    const metrics = (executorId: string) => ({
      executorId, durationMs: 1, recordsRead: 0, functionsCompiled: 0, shuffleReadBytes: 0, shuffleReadRecords: 0, shuffleWriteBytes: 0, shuffleWriteRecords: 0, cacheHits: 0, cacheMisses: 1,
    });
    m.apply(ev(jobStart(0)));
    m.apply(ev({ kind: 'taskEnd', jobId: 0, stageId: 0, stageAttempt: 0, taskId: 0, partition: 0, attempt: 0, succeeded: true, metrics: metrics('1'), blocksAdded: ['rdd_3_0'], blockBytes: [1000] }));
    m.apply(ev({ kind: 'taskEnd', jobId: 0, stageId: 0, stageAttempt: 0, taskId: 1, partition: 1, attempt: 0, succeeded: true, metrics: metrics('2'), blocksAdded: ['rdd_3_1'], blockBytes: [500] }));
    const [row] = storageRows(m);
    expect(row).toMatchObject({ rddId: 3, cachedPartitions: 2, sizeBytes: 1500 });
    expect(row!.bytesByExecutor).toEqual(new Map([['1', 1000], ['2', 500]]));
    expect(memoryByExecutor(m)).toEqual(new Map([['1', 1000], ['2', 500]]));
    m.apply({ kind: 'executors', executors: [{ slot: 0, executorId: '1', alive: false, tasksCompleted: 0, tasksFailed: 0 }] });
    expect(storageRows(m)[0]).toMatchObject({ cachedPartitions: 1, sizeBytes: 500 });
  });
});

describe('EXPLAIN text from the plan graph', () => {
  it('prints the tree as Spark does, branches included', async () => {
    const { explainText } = await import('./sql-views');
    expect(explainText(joinPlan)).toBe(
      '== Physical Plan ==\nAdaptiveSparkPlan isFinalPlan=false\n+- BroadcastHashJoin Inner, (a#1 = b#2)\n   :- Scan l[a#1]\n   +- BroadcastExchange\n      +- LocalTableScan [b#2]\n',
    );
  });
});

describe('descriptions in lists', () => {
  it('fold whitespace to one line and cut long text', async () => {
    const { shortDescription } = await import('./recorder');
    expect(shortDescription('SELECT a\n  FROM t')).toBe('SELECT a FROM t');
    expect(shortDescription('x'.repeat(150), 100)).toBe(`${'x'.repeat(99)}…`);
  });
});
