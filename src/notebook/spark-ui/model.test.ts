import { describe, expect, it } from 'vitest';
import type { DriverEvent, RddInfo, StageInfo } from '../../workers/protocol';
import { SparkUiModel } from './model';
import { layoutDag } from './dag-layout';
import { jobTimeline, shuffleMatrix, skippedStages, storageRows } from './views';
import type { SchedulerEvent } from './types';

const rdd = (id: number, className: string, narrow: number[] = [], shuffle: number[] = [], storageLevel: string | null = null): RddInfo => ({
  id, name: className, className, callSite: `op at <cell 1>:${id}`, numPartitions: 2, storageLevel, checkpointed: false,
  narrowParentIds: narrow, shuffleParentIds: shuffle,
});

/** parallelize(2) -> cache -> map -> reduceByKey(2) -> collect: a map stage and a result stage. */
const mapStage: StageInfo = {
  stageId: 0, name: 'reduceByKey at <cell 1>:3', stageKind: 'shuffleMap', numTasks: 2, parentIds: [],
  rdds: [rdd(2, 'PairwiseRDD', [1]), rdd(1, 'MapPartitionsRDD', [0]), rdd(0, 'ParallelCollectionRDD', [], [], 'Memory Deserialized 1x Replicated')],
  shuffleId: 0, numReducers: 2,
};
const resultStage = (id: number): StageInfo => ({
  stageId: id, name: 'collect at <cell 1>:4', stageKind: 'result', numTasks: 2, parentIds: [0], rdds: [rdd(4, 'MapPartitionsRDD', [3]), rdd(3, 'ShuffledRDD', [], [2])],
});

const metrics = (executorId: string, extra: Record<string, number> = {}) => ({
  executorId, durationMs: 10, recordsRead: 5, functionsCompiled: 0, shuffleReadBytes: 0, shuffleReadRecords: 0,
  shuffleWriteBytes: 0, shuffleWriteRecords: 0, cacheHits: 0, cacheMisses: 0, closureBytes: 100, broadcastBytes: 0, ...extra,
});

let nextTask = 0;
function task(jobId: number, stageId: number, partition: number, executorId: string, end: Partial<Extract<SchedulerEvent, { kind: 'taskEnd' }>> = {}, m: Record<string, number> = {}): SchedulerEvent[] {
  const taskId = nextTask++;
  const common = { jobId, stageId, stageAttempt: 0, taskId, partition, attempt: 0 };
  return [
    { kind: 'taskStart', ...common, executorId, local: true, time: 1000 + taskId * 10 },
    { kind: 'taskEnd', ...common, succeeded: true, metrics: metrics(executorId, m), time: 1005 + taskId * 10, ...end },
  ];
}

const executors = (alive: Record<string, boolean>): DriverEvent => ({
  kind: 'executors',
  executors: Object.entries(alive).map(([id, a], slot) => ({ slot, executorId: id, alive: a, tasksCompleted: 0, tasksFailed: 0 })),
});

function firstJob(): SchedulerEvent[] {
  return [
    { kind: 'jobStart', jobId: 0, stageIds: [0, 1], numTasks: 4, description: 'collect at <cell 1>:4', time: 1000, stages: [mapStage, resultStage(1)] },
    { kind: 'stageSubmitted', jobId: 0, stageId: 0, attempt: 0, name: mapStage.name, stageKind: 'shuffleMap', numTasks: 2, parentIds: [] },
    ...task(0, 0, 0, '0', { blocksAdded: ['rdd_0_0'], shuffleWriteByReducer: [10, 300] }, { shuffleWriteBytes: 310 }),
    ...task(0, 0, 1, '1', { blocksAdded: ['rdd_0_1'], shuffleWriteByReducer: [20, 290] }, { shuffleWriteBytes: 310 }),
    { kind: 'stageCompleted', jobId: 0, stageId: 0, attempt: 0, name: mapStage.name, status: 'succeeded' },
    { kind: 'stageSubmitted', jobId: 0, stageId: 1, attempt: 0, name: 'collect', stageKind: 'result', numTasks: 2, parentIds: [0] },
    ...task(0, 1, 0, '0'),
    ...task(0, 1, 1, '1'),
    { kind: 'stageCompleted', jobId: 0, stageId: 1, attempt: 0, name: 'collect', status: 'succeeded' },
    { kind: 'jobEnd', jobId: 0, succeeded: true, time: 1100 },
  ];
}

function fold(events: readonly (SchedulerEvent | DriverEvent)[], model = new SparkUiModel()): SparkUiModel {
  for (const e of events) model.apply('kind' in e && (e.kind === 'executors' || e.kind === 'output' || e.kind === 'cellDone' || e.kind === 'scheduler') ? (e as DriverEvent) : { kind: 'scheduler', cellId: 'c1', event: e as SchedulerEvent });
  return model;
}

describe('SparkUiModel', () => {
  it('follows jobs, stages, tasks and executors', () => {
    const m = fold([executors({ 0: true, 1: true }), ...firstJob()]);
    const job = m.jobs.get(0)!;
    expect([job.status, job.tasksDone, job.numTasks, job.completed! - job.submitted, job.cellId]).toEqual(['succeeded', 4, 4, 100, 'c1']);
    expect(m.stages.get(0)!.status).toBe('succeeded');
    expect(m.stages.get(0)!.shuffleWriteBytes).toBe(620);
    expect(m.stages.get(1)!.closureBytes).toBe(200);
    expect([...m.executors.values()].map((e) => [e.executorId, e.completedTasks, e.activeTasks, e.shuffleWriteBytes])).toEqual([['0', 2, 0, 310], ['1', 2, 0, 310]]);
    expect(m.recomputed).toEqual([]);
  });

  it('counts an active task until it ends', () => {
    const [start] = task(0, 0, 0, '0');
    const m = fold([executors({ 0: true }), start!]);
    expect(m.executors.get('0')!.activeTasks).toBe(1);
    expect(m.tasks.get(start!.kind === 'taskStart' ? start!.taskId : -1)!.status).toBe('running');
  });

  it('keeps cached partitions per executor, drops them with a lost executor or unpersist', () => {
    const m = fold([executors({ 0: true, 1: true }), ...firstJob()]);
    expect(storageRows(m).map((r) => [r.rddId, r.cachedPartitions, [...r.byExecutor]])).toEqual([[0, 2, [['0', 1], ['1', 1]]]]);
    fold([executors({ 0: false, 1: true, 2: true })], m);
    expect(m.executors.get('0')!.alive).toBe(false);
    expect(storageRows(m)[0]!.cachedPartitions).toBe(1);
    fold([{ kind: 'rddUnpersisted', rddId: 0 }], m);
    expect(storageRows(m)).toEqual([]);
  });

  it('marks partitions recomputed after an executor is lost: rebuilt cache blocks and rerun map tasks', () => {
    const m = fold([executors({ 0: true, 1: true }), ...firstJob(), executors({ 0: false, 1: true, 2: true })]);
    // The next action: the map stage's partition 0 (its output was on executor 0) runs again, rebuilding rdd_0_0.
    fold([
      { kind: 'jobStart', jobId: 1, stageIds: [0, 2], numTasks: 3, description: 'collect', time: 2000, stages: [mapStage, resultStage(2)] },
      { kind: 'executorLost', executorId: '0', slot: 0 },
      { kind: 'stageSubmitted', jobId: 1, stageId: 0, attempt: 1, name: mapStage.name, stageKind: 'shuffleMap', numTasks: 1, parentIds: [] },
      ...task(1, 0, 0, '2', { blocksAdded: ['rdd_0_0'], shuffleWriteByReducer: [10, 300] }),
      { kind: 'stageCompleted', jobId: 1, stageId: 0, attempt: 1, name: mapStage.name, status: 'succeeded' },
      ...task(1, 2, 0, '1'),
      ...task(1, 2, 1, '2'),
      { kind: 'jobEnd', jobId: 1, succeeded: true, time: 2100 },
    ], m);
    expect(m.recomputed.map((r) => [r.jobId, r.stageId, r.partition, r.rddId])).toEqual([[1, 0, 0, null], [1, 0, 0, 0]]);
    const dag = layoutDag(m.jobs.get(1)!, skippedStages(m, m.jobs.get(1)!), m.recomputed);
    expect(dag.boxes.find((b) => b.stageId === 0)!.recomputed).toEqual([0]);
    expect(dag.nodes.find((n) => n.rdd.id === 0)!.recomputed).toEqual([0]);
    expect(dag.nodes.find((n) => n.rdd.id === 1)!.recomputed).toEqual([]);
    // The first job's DAG shows nothing recomputed.
    expect(layoutDag(m.jobs.get(0)!, new Set(), m.recomputed).boxes.every((b) => b.recomputed.length === 0)).toBe(true);
  });

  it('lists a reused map stage as skipped in a later job', () => {
    const m = fold([...firstJob(),
      { kind: 'jobStart', jobId: 1, stageIds: [0, 2], numTasks: 2, description: 'count', time: 2000, stages: [mapStage, resultStage(2)] },
      ...task(1, 2, 0, '0'), ...task(1, 2, 1, '1'),
      { kind: 'stageCompleted', jobId: 1, stageId: 0, attempt: 0, name: mapStage.name, status: 'skipped' },
      { kind: 'jobEnd', jobId: 1, succeeded: true, time: 2100 },
    ]);
    expect([...skippedStages(m, m.jobs.get(1)!)]).toEqual([0]);
    expect(m.stages.get(0)!.status).toBe('succeeded');
  });

  it('sums accumulator updates per stage, with recomputation counted again', () => {
    const acc = (value: string, counted = true) => ({ accumulators: [{ id: 0, update: '1', value, counted }] });
    const m = fold([...firstJob().slice(0, 2), ...task(0, 0, 0, '0', acc('1')), ...task(0, 0, 1, '0', acc('2')), ...task(0, 0, 0, '1', acc('3'))]);
    expect(m.stages.get(0)!.accumulators.get(0)).toEqual({ id: 0, updates: 3, counted: 3, value: '3' });
    expect(m.recomputed).toHaveLength(1);
  });
});

describe('DAG layout', () => {
  it('puts parent stages left, sources on top, shuffle edges between boxes', () => {
    const m = fold(firstJob());
    const dag = layoutDag(m.jobs.get(0)!, new Set(), []);
    const [b0, b1] = dag.boxes;
    expect(b0!.x + b0!.width).toBeLessThan(b1!.x);
    const node = (id: number) => dag.nodes.find((n) => n.rdd.id === id)!;
    expect(node(0).y).toBeLessThan(node(1).y);
    expect(node(1).y).toBeLessThan(node(2).y);
    expect(node(0).cached).toBe(true);
    expect(dag.edges.filter((e) => e.kind === 'shuffle').map((e) => [e.from, e.to])).toEqual([['0:2', '1:3']]);
    expect(dag.edges.filter((e) => e.kind === 'narrow')).toHaveLength(3);
    expect(dag.width).toBe(b1!.x + b1!.width);
  });
});

describe('views', () => {
  it('builds the shuffle matrix and flags skewed reducers', () => {
    const m = fold(firstJob());
    const sm = shuffleMatrix(m.stages.get(0)!)!;
    expect(sm.cells).toEqual([[10, 300], [20, 290]]);
    expect(sm.reducerTotals).toEqual([30, 590]);
    expect([...sm.skewed]).toEqual([1]);
    expect(shuffleMatrix(m.stages.get(1)!)).toBeNull();
  });

  it('shows only the reducers that received data when there are many (a SQL exchange\'s 200), skew measured among them', () => {
    const byReducer = (hot: number) => Array.from({ length: 200 }, (_, r) => (r === 7 ? 10 : r === 42 ? hot : r === 150 ? 12 : 0));
    const m = fold(firstJob().map((e) => (e.kind === 'taskEnd' && e.shuffleWriteByReducer ? { ...e, shuffleWriteByReducer: byReducer(e.partition === 0 ? 11 : 60) } : e)));
    const sm = shuffleMatrix(m.stages.get(0)!)!;
    expect(sm.numReducers).toBe(200);
    expect(sm.reducers).toEqual([7, 42, 150]);
    expect(sm.hiddenEmpty).toBe(197);
    expect(sm.cells).toEqual([[10, 11, 12], [10, 60, 12]]);
    expect(sm.reducerTotals).toEqual([20, 71, 24]);
    // Reducer 42 reads 71 bytes against a mean of 38 over the three: skewed; the empty 197 do not lower the mean.
    expect([...sm.skewed]).toEqual([42]);
  });

  it('does not flag an even shuffle', () => {
    const m = fold(firstJob().map((e) => (e.kind === 'taskEnd' && e.shuffleWriteByReducer ? { ...e, shuffleWriteByReducer: [100, 120] } : e)));
    expect(shuffleMatrix(m.stages.get(0)!)!.skewed.size).toBe(0);
  });

  it('lays tasks out per executor on a timeline', () => {
    const m = fold(firstJob());
    const tl = jobTimeline(m, 0, 5000);
    expect(tl.lanes.map((l) => [l.executorId, l.tasks.length])).toEqual([['0', 2], ['1', 2]]);
    expect(tl.start).toBeLessThan(tl.end);
    expect(jobTimeline(m, 7, 5000).lanes).toEqual([]);
  });
});
