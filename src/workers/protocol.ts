/**
 * The typed contract between the main thread (host), the driver worker and the executor
 * workers. Types only: the main thread imports this and never the engine itself.
 * Errors cross as data, because structured clone drops custom fields.
 */
import type { SchedulerEvent } from '../engine/rdd';
import type { CellOutput, CellRequest, CellRunResult } from '../engine/session';
import type { OptimizerTrace } from '../engine/catalog';

export type { CellOutput, CellLanguage, LiveQueryInfo, TableCellValue, TableColumn, TableOutput } from '../engine/session';
export type { StageInfo, RddInfo, AccumulatorUpdate, SqlPlanNode, SqlOperatorMetrics, SqlShuffleMetrics, SqlBroadcastMetrics, SqlTaskSpread, StreamingBatchInfo } from '../engine/rdd';
export type { OptimizerTrace } from '../engine/catalog';
export type RunCellRequest = CellRequest;
export type RunCellResult = CellRunResult;

export interface ExecutorInfo {
  readonly slot: number;
  readonly executorId: string;
  readonly alive: boolean;
  readonly tasksCompleted: number;
  readonly tasksFailed: number;
}

export type DriverEvent =
  | { readonly kind: 'output'; readonly cellId: string; readonly output: CellOutput }
  | { readonly kind: 'scheduler'; readonly cellId: string | null; readonly event: SchedulerEvent }
  | { readonly kind: 'executors'; readonly executors: readonly ExecutorInfo[] }
  /** The last event of a cell run: outputs travel on another port than the call's reply. */
  | {
      readonly kind: 'cellDone';
      readonly cellId: string;
      readonly result: RunCellResult;
      /** RDDs the cell built: with no job run, it only defined (lazy) transformations. */
      readonly rddsCreated?: number;
      /** DataFrame / SQL query plans the cell built (analyzed); with no job and no SQL execution, all lazy. */
      readonly queriesAnalyzed?: number;
    };

/** Shared memory handed to every worker of a cluster (see shared-memory.ts). */
export interface ClusterMemoryHandles {
  readonly control: SharedArrayBuffer;
  readonly inboxes: readonly SharedArrayBuffer[];
  readonly outboxes: readonly SharedArrayBuffer[];
}

/** Where the workers' file system lives: on disk in Node, over HTTP (plus memory) in the browser. */
export type StorageConfig =
  | {
      readonly kind: 'node';
      /** public/datasets, mounted read-only at /databricks-datasets. */
      readonly datasetsDir: string;
      /** A scratch directory shared by all workers for /tmp, dbfs:/FileStore and the rest. */
      readonly tempRoot: string;
      /** The directory `flint run` was started in, visible at its own path. */
      readonly hostDir: string;
    }
  | { readonly kind: 'browser'; readonly datasetsUrl: string };

export interface DriverInit {
  readonly master: string;
  readonly memory: ClusterMemoryHandles;
  readonly storage?: StorageConfig;
}

/** Receives events in order, in batches (a blocked driver posts; it never waits for the host). */
export type DriverEventSink = (events: readonly DriverEvent[]) => void;

export interface DriverApi {
  /** The sink is its own argument: comlink proxies only top-level arguments. */
  init(init: DriverInit, onEvents: DriverEventSink): Promise<{ readonly executors: number }>;
  runCell(request: RunCellRequest): Promise<RunCellResult>;
  /** The optimizer's rule-by-rule steps for a recent SQL execution (null once it is no longer kept). */
  optimizerTrace(executionId: number): Promise<OptimizerTrace | null>;
}

export interface ExecutorInit {
  readonly slot: number;
  readonly executorId: string;
  readonly memory: ClusterMemoryHandles;
  /** Where Python's open()/os inside tasks finds files: the same storage as the driver's. */
  readonly storage?: StorageConfig;
}

export interface ExecutorApi {
  init(init: ExecutorInit): Promise<void>;
}
