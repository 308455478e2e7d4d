/** The Spark UI's view of the application: jobs, stages, tasks, executors and storage. */
import type { DriverEvent, RddInfo, SqlBroadcastMetrics, SqlOperatorMetrics, SqlPlanNode, SqlShuffleMetrics, SqlTaskSpread, StageInfo, StreamingBatchInfo } from '../../workers/protocol';

export type SchedulerEvent = Extract<DriverEvent, { kind: 'scheduler' }>['event'];
export type TaskEndEvent = Extract<SchedulerEvent, { kind: 'taskEnd' }>;
export type { RddInfo, SqlBroadcastMetrics, SqlOperatorMetrics, SqlPlanNode, SqlShuffleMetrics, SqlTaskSpread, StageInfo, StreamingBatchInfo };

export type JobStatus = 'running' | 'succeeded' | 'failed';
export type StageStatus = 'pending' | 'running' | 'succeeded' | 'failed' | 'skipped' | 'resubmitted';
export type TaskStatus = 'running' | 'succeeded' | 'failed' | 'lost';

export interface JobView {
  readonly jobId: number;
  readonly cellId: string | null;
  readonly description: string;
  status: JobStatus;
  readonly stageIds: readonly number[];
  /** The lineage of each stage when the job started (the DAG view draws it). */
  readonly stageInfos: readonly StageInfo[];
  readonly numTasks: number;
  tasksDone: number;
  tasksFailed: number;
  readonly submitted: number;
  completed: number | null;
  /** The SQL execution that ran this job (its stages), if any. */
  readonly sqlExecutionId: number | null;
}

export type SqlExecutionStatus = 'running' | 'succeeded' | 'failed';

/** One query as Spark's SQL tab lists it. */
export interface SqlExecutionView {
  readonly executionId: number;
  readonly cellId: string | null;
  readonly description: string;
  readonly sql: string;
  status: SqlExecutionStatus;
  readonly submitted: number;
  completed: number | null;
  readonly plan: SqlPlanNode;
  /** Operator id → its metrics (filled when the execution ends). */
  readonly metrics: Map<number, SqlOperatorMetrics>;
  readonly jobIds: number[];
  error: string | null;
}

/** A table held by CACHE TABLE. */
export interface CachedTableView {
  readonly name: string;
  readonly numPartitions: number;
  readonly numRows: number;
  readonly sizeBytes: number;
  readonly executorId: string;
  /** A cached DataFrame's physical plan (Spark names it so in Storage); null for CACHE TABLE. */
  readonly plan: string | null;
}

export type StreamingStatus = 'active' | 'finished' | 'failed';

/** One run of a streaming query, as Spark's Structured Streaming tab lists it. */
export interface StreamingQueryView {
  readonly id: string;
  readonly runId: string;
  readonly name: string | null;
  readonly cellId: string | null;
  status: StreamingStatus;
  readonly started: number;
  ended: number | null;
  error: string | null;
  /** The latest batches (at most MAX_STREAMING_BATCHES). */
  readonly batches: StreamingBatchInfo[];
  /** Batches reported in all (older ones are dropped from `batches`). */
  totalBatches: number;
}

export interface AccumulatorView {
  readonly id: number;
  /** Task updates received (each task attempt that succeeded and added to it). */
  updates: number;
  /** Updates merged into the driver's value (a duplicate result task is not). */
  counted: number;
  value: string;
}

export interface StageView {
  readonly stageId: number;
  name: string;
  kind: 'shuffleMap' | 'result';
  attempt: number;
  status: StageStatus;
  numTasks: number;
  tasksDone: number;
  tasksFailed: number;
  readonly jobIds: number[];
  parentIds: readonly number[];
  rdds: readonly RddInfo[];
  numReducers: number | null;
  firstLaunch: number | null;
  lastFinish: number | null;
  durationMs: number;
  recordsRead: number;
  shuffleReadBytes: number;
  shuffleWriteBytes: number;
  /** Bytes of function source shipped, summed over the stage's tasks (every task carries them). */
  closureBytes: number;
  /** Broadcast bytes shipped: only with the first task each executor runs that needs them. */
  broadcastBytes: number;
  readonly broadcastExecutors: Set<string>;
  tasksShipped: number;
  /** Map partition → bytes written for each reducer (the latest successful attempt). */
  readonly shuffleMatrix: Map<number, readonly number[]>;
  readonly accumulators: Map<number, AccumulatorView>;
}

export interface TaskView {
  readonly taskId: number;
  readonly jobId: number;
  readonly stageId: number;
  readonly stageAttempt: number;
  readonly partition: number;
  readonly attempt: number;
  readonly executorId: string;
  readonly local: boolean;
  readonly launched: number | null;
  finished: number | null;
  durationMs: number | null;
  status: TaskStatus;
  error: string | null;
  recomputed: boolean;
}

export interface ExecutorView {
  readonly executorId: string;
  readonly slot: number;
  alive: boolean;
  activeTasks: number;
  completedTasks: number;
  failedTasks: number;
  durationMs: number;
  shuffleReadBytes: number;
  shuffleWriteBytes: number;
  /** Broadcast bytes this executor received. */
  broadcastBytes: number;
}

export interface CachedBlock {
  readonly rddId: number;
  readonly partition: number;
  readonly executorId: string;
  /** Estimated size (null from executors that did not report it). */
  readonly sizeBytes: number | null;
}

/** A partition computed again because what held it (an executor's cache or shuffle output) was lost. */
export interface RecomputedPartition {
  readonly jobId: number;
  readonly stageId: number;
  readonly partition: number;
  /** The cached RDD whose block was rebuilt, or null for a rerun map partition. */
  readonly rddId: number | null;
  readonly taskId: number;
}
