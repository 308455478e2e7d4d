/** Scheduler events, streamed to the notebook's progress bars, the CLI's logs and the Spark UI. */
import type { TaskMetrics } from './task';
import type { ErrorData } from '../errors';

/** One RDD of a stage's lineage, for the Spark UI's DAG view (Spark's RDDInfo). */
export interface RddInfo {
  readonly id: number;
  /** setName() if given, else the class (`MapPartitionsRDD`). */
  readonly name: string;
  readonly className: string;
  /** Where it was created (`map at <cell 3>:2`). */
  readonly callSite: string;
  readonly numPartitions: number;
  /** Spark's StorageLevel.description when persisted, else null. */
  readonly storageLevel: string | null;
  readonly checkpointed: boolean;
  /** Parents within the same stage (narrow dependencies). */
  readonly narrowParentIds: readonly number[];
  /** Parents across a shuffle: they belong to the parent map stage (wide dependencies). */
  readonly shuffleParentIds: readonly number[];
}

/** A stage as the job sees it at its start: its RDDs, from the stage's last RDD back to its sources. */
export interface StageInfo {
  readonly stageId: number;
  readonly name: string;
  readonly stageKind: 'shuffleMap' | 'result';
  readonly numTasks: number;
  readonly parentIds: readonly number[];
  readonly rdds: readonly RddInfo[];
  /** For a map stage: the shuffle it writes and its reducer count. */
  readonly shuffleId?: number;
  readonly numReducers?: number;
}

/** An accumulator a task added to, as text (values are language objects). */
export interface AccumulatorUpdate {
  readonly id: number;
  readonly update: string;
  /** The driver's value after merging this task's update. */
  readonly value: string;
  /** False when the update was not merged (a duplicate result task). */
  readonly counted: boolean;
}

/** One operator of a SQL execution's physical plan, as Spark's SQL tab draws it (SparkPlanGraph). */
export interface SqlPlanNode {
  /** Pre-order index in the plan; metrics refer to it. */
  readonly id: number;
  /** The operator (`HashAggregate`, `Exchange`, `Filter`, ...). */
  readonly name: string;
  /** Its line of EXPLAIN text. */
  readonly detail: string;
  /** WholeStageCodegen stage the operator is fused into (`*(2)` in EXPLAIN), or null. */
  readonly codegenStage: number | null;
  readonly children: readonly SqlPlanNode[];
}

/** What one operator did in a SQL execution (Spark's SQLMetrics: "number of output rows", time). */
export interface SqlOperatorMetrics {
  readonly id: number;
  /** Rows the operator returned; null when it was not measured (it ran inside executor tasks). */
  readonly rows: number | null;
  /** Time in the operator itself (its children's time excluded), ms; null when it ran in executor tasks. */
  readonly timeMs: number | null;
  /** Ran inside Spark jobs on the executors (the rows of its stage's root are counted as they return). */
  readonly distributed: boolean;
  /**
   * For an operator that ran in executor tasks: how many tasks ran it and its time per task
   * (Spark's "time: total (min, med, max)"); timeMs is then the total over the tasks.
   */
  readonly tasks?: { readonly count: number; readonly minMs: number; readonly medMs: number; readonly maxMs: number };
  /** An Exchange that moved rows between executor tasks (Spark's ShuffleExchangeExec and AQEShuffleRead metrics). */
  readonly shuffle?: SqlShuffleMetrics;
  /** A BroadcastExchange whose rows were shipped to the executors (Spark's BroadcastExchangeExec metrics). */
  readonly broadcast?: SqlBroadcastMetrics;
  /** An exchange of Spark's plan that moved nothing (its side ran in one partition, in the driver or one task): the rows it passed on. */
  readonly notExchanged?: number;
  /** A partial aggregate computed in one pass with its final one over one partition: rows is one per group. */
  readonly withFinal?: boolean;
  /** Rows counted by the Project this operator feeds (one row per input row), the operator itself was not counted. */
  readonly viaProject?: boolean;
  /** The Sort a Window requires: it outputs every row it sorts, as many as the Window it feeds (which was counted). */
  readonly viaWindow?: boolean;
  /** Rows counted as the records the Exchange above wrote (the map tasks' last operator, not counted itself). */
  readonly viaExchange?: boolean;
  /** The plan of a cached relation (InMemoryRelation and below): run once to fill the cache, not by this query. */
  readonly inCache?: boolean;
}

/** Spark's "total (min, med, max)" over the tasks that reported a metric. */
export interface SqlTaskSpread {
  readonly total: number;
  readonly min: number;
  readonly med: number;
  readonly max: number;
}

export interface SqlShuffleMetrics {
  readonly recordsWritten: number;
  /** Bytes of the blocks the map tasks wrote (the same figures as their tasks' shuffle write). */
  readonly bytesWritten: SqlTaskSpread;
  readonly writeTimeMs: SqlTaskSpread;
  readonly recordsRead: number;
  /** Read by a task on the executor whose map task wrote the block. */
  readonly localBytesRead: number;
  readonly remoteBytesRead: number;
  /** Reducers of the exchange (spark.sql.shuffle.partitions; 1 for SinglePartition). */
  readonly partitions: number;
  /** Partitions the reduce side read after adaptive coalescing, null when nothing was coalesced (no reduce job). */
  readonly coalescedPartitions: number | null;
  /** Bytes per partition the reduce side read (AQEShuffleRead's "partition data size"). */
  readonly partitionDataSize: SqlTaskSpread | null;
}

export interface SqlBroadcastMetrics {
  readonly rows: number;
  /** Bytes of the broadcast value. */
  readonly dataSize: number;
  readonly collectMs: number;
  readonly buildMs: number;
  readonly broadcastMs: number;
}

/** One micro-batch of a streaming query (from StreamingQueryProgress). */
export interface StreamingBatchInfo {
  readonly batchId: number;
  readonly timestamp: string;
  readonly numInputRows: number;
  readonly inputRowsPerSecond: number;
  readonly processedRowsPerSecond: number;
  readonly durationMs: number;
}

export type SchedulerEvent =
  | {
      readonly kind: 'jobStart';
      readonly jobId: number;
      /** Every stage of the job, skipped ones included (as Spark's SparkListenerJobStart). */
      readonly stageIds: readonly number[];
      /** Tasks the job expects to run: its result partitions plus the missing map partitions. */
      readonly numTasks: number;
      readonly description: string;
      readonly time: number;
      /** The lineage of every stage of the job, for the Spark UI (absent from older emitters). */
      readonly stages?: readonly StageInfo[];
    }
  | {
      readonly kind: 'stageSubmitted';
      readonly jobId: number;
      readonly stageId: number;
      readonly attempt: number;
      readonly name: string;
      readonly stageKind: 'shuffleMap' | 'result';
      readonly numTasks: number;
      readonly parentIds: readonly number[];
    }
  | {
      readonly kind: 'stageCompleted';
      readonly jobId: number;
      readonly stageId: number;
      readonly attempt: number;
      readonly name: string;
      /** skipped: its map outputs were all available, so it did not run in this job. */
      readonly status: 'succeeded' | 'failed' | 'skipped' | 'resubmitted';
    }
  | {
      readonly kind: 'taskStart';
      readonly jobId: number;
      readonly stageId: number;
      readonly stageAttempt: number;
      readonly taskId: number;
      readonly partition: number;
      readonly attempt: number;
      readonly executorId: string;
      /** The task ran where its cached input was (or had no preference). */
      readonly local: boolean;
      /** Launch time (ms since the epoch). */
      readonly time?: number;
    }
  | {
      readonly kind: 'taskEnd';
      readonly jobId: number;
      readonly stageId: number;
      readonly stageAttempt: number;
      readonly taskId: number;
      readonly partition: number;
      readonly attempt: number;
      readonly succeeded: boolean;
      readonly metrics: TaskMetrics;
      readonly error?: ErrorData;
      /** Finish time (ms since the epoch). */
      readonly time?: number;
      /** Partitions this task stored in its executor's block manager (`rdd_<id>_<p>`). */
      readonly blocksAdded?: readonly string[];
      /** Estimated bytes of each of blocksAdded (serialised size of a sample, scaled). */
      readonly blockBytes?: readonly number[];
      /** A map task's shuffle write per reducer, in bytes (0 for an empty bucket). */
      readonly shuffleWriteByReducer?: readonly number[];
      readonly accumulators?: readonly AccumulatorUpdate[];
    }
  | { readonly kind: 'jobEnd'; readonly jobId: number; readonly succeeded: boolean; readonly time: number }
  | {
      readonly kind: 'executorLost';
      readonly executorId: string;
      readonly slot: number;
      /** Why it exited, when it exited by itself (`Command exited with code 52 (...)`); none when the host killed it. */
      readonly reason?: string;
    }
  /** unpersist(): the RDD's cached partitions are dropped from every executor. */
  | { readonly kind: 'rddUnpersisted'; readonly rddId: number }
  /** A SQL query (spark.sql, %sql, a DataFrame action) starts; its jobs follow until sqlExecutionEnd. */
  | {
      readonly kind: 'sqlExecutionStart';
      readonly executionId: number;
      readonly description: string;
      /** The query text when there is one (%sql, spark.sql), else the DataFrame's generated SQL. */
      readonly sql: string;
      readonly time: number;
      /** The physical plan; its nodes' details are EXPLAIN's lines, so the UI prints EXPLAIN from it. */
      readonly plan: SqlPlanNode;
    }
  | {
      readonly kind: 'sqlExecutionEnd';
      readonly executionId: number;
      readonly time: number;
      readonly succeeded: boolean;
      readonly error?: string;
      readonly metrics: readonly SqlOperatorMetrics[];
    }
  /** CACHE TABLE: a table held in memory (Spark's Storage page lists it as an In-memory table). */
  | {
      readonly kind: 'tableCached';
      readonly name: string;
      readonly numPartitions: number;
      readonly numRows: number;
      /** Estimated size of its column batches. */
      readonly sizeBytes: number;
      /** Where the blocks are held (`driver` for tables kept in the driver). */
      readonly executorId: string;
      /**
       * A cached DataFrame (df.cache / persist) has no table name: Spark's Storage page names it
       * by the cached query's physical plan. `name` is then the view the DataFrame reads.
       */
      readonly plan?: string;
    }
  | { readonly kind: 'tableUncached'; readonly name: string | null }
  /** A Structured Streaming query started, made progress, or ended (StreamingQueryListener). */
  | {
      readonly kind: 'streamingQuery';
      readonly status: 'started' | 'progress' | 'terminated';
      readonly id: string;
      readonly runId: string;
      readonly name: string | null;
      readonly time: number;
      readonly batch?: StreamingBatchInfo;
      readonly error?: string;
    };

export type SchedulerListener = (event: SchedulerEvent) => void;
