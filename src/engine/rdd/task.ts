/**
 * What a task is on the wire: a recipe (where the partition's records come from and the
 * narrow operations applied to them, in order) and what to do with the records (fold
 * them into a result, or bucket them for a shuffle). Everything here is plain data so it
 * serialises; the scheduler builds a task for one executor slot at the moment it sends it.
 */
import type { ErrorData } from '../errors';

/**
 * A user or engine function by source; executors compile it once and cache it by `id`.
 * `bound` values are prepended to the call's arguments (partial application); a bound
 * value shaped like a FunctionRef is compiled too. `broadcastIds` and `accumulatorIds`
 * name the broadcasts and accumulators the function reads or adds to, so the scheduler
 * ships their bytes (once per executor) and zero values with the task.
 */
export interface FunctionRef {
  readonly id: string;
  readonly lang: string;
  readonly source: string;
  readonly bound?: readonly unknown[];
  readonly broadcastIds?: readonly number[];
  readonly accumulatorIds?: readonly number[];
}

export interface Recipe {
  /** The partition index the ops see (mapPartitionsWithIndex), which differs from the task's under union. */
  readonly partition: number;
  readonly source: SourceSpec;
  readonly ops: readonly NarrowOp[];
}

export type SourceSpec =
  | { readonly kind: 'collection'; readonly items: readonly unknown[] }
  | { readonly kind: 'range'; readonly start: number; readonly end: number; readonly step: number }
  /** One reducer's map output blocks (serialised record arrays), shipped by the driver. */
  | { readonly kind: 'shuffle'; readonly shuffleId: number; readonly reduceId: number; readonly blocks: readonly Uint8Array[] }
  /** A persisted partition: read it from the block manager, or compute `fallback` and store it. */
  | { readonly kind: 'cached'; readonly rddId: number; readonly partition: number; readonly fallback: Recipe | null }
  /** Union and coalesce: the records of several parent partitions, one after another. */
  | { readonly kind: 'concat'; readonly parts: readonly Recipe[] }
  /** zip and cartesian: pairs as two-element arrays (language layers map them to tuples). */
  | { readonly kind: 'zip'; readonly left: Recipe; readonly right: Recipe }
  | { readonly kind: 'cartesian'; readonly left: Recipe; readonly right: Recipe };

export type NarrowOp =
  | { readonly kind: 'map'; readonly fn: FunctionRef }
  | { readonly kind: 'filter'; readonly fn: FunctionRef }
  | { readonly kind: 'flatMap'; readonly fn: FunctionRef }
  | { readonly kind: 'mapPartitionsWithIndex'; readonly fn: FunctionRef }
  /**
   * A streaming partition fold: `fn(partitionIndex)` returns `{ add(record), result() }`;
   * records are added as they arrive (no buffering) and `result()` gives the output records.
   */
  | { readonly kind: 'streamPartition'; readonly fn: FunctionRef }
  | { readonly kind: 'glom' };

export type ActionSpec =
  | { readonly kind: 'collect' }
  | { readonly kind: 'take'; readonly n: number }
  | { readonly kind: 'count' }
  | { readonly kind: 'sum' };

export type TaskOutput =
  | { readonly kind: 'result'; readonly action: ActionSpec }
  /** Bucket records by `partitioner(record, numReducers)` and return the buckets serialised. */
  | { readonly kind: 'shuffleMap'; readonly shuffleId: number; readonly numReducers: number; readonly partitioner: FunctionRef };

export interface ShippedBroadcast {
  readonly id: number;
  readonly bytes: Uint8Array;
}

export interface ShippedAccumulator {
  readonly id: number;
  readonly zero: unknown;
  /** merge(local, delta) on the executor; the driver merges task totals with the same function. */
  readonly merge: FunctionRef;
}

export interface TaskDescription {
  readonly jobId: number;
  readonly stageId: number;
  readonly stageAttempt: number;
  readonly taskId: number;
  readonly partition: number;
  readonly attempt: number;
  readonly recipe: Recipe;
  readonly output: TaskOutput;
  /** Broadcasts this executor has not received yet. */
  readonly broadcasts?: readonly ShippedBroadcast[];
  readonly accumulators?: readonly ShippedAccumulator[];
  /** Housekeeping piggybacked on the next task: blocks and broadcasts to forget. */
  readonly dropBlocks?: readonly string[];
  readonly dropBroadcasts?: readonly number[];
}

/** A map task's result: one serialised block per reducer (null when empty). */
export interface MapOutput {
  readonly blocks: readonly (Uint8Array | null)[];
  readonly records: readonly number[];
}

export interface TaskMetrics {
  readonly executorId: string;
  readonly durationMs: number;
  /** Records produced by the partition's sources (collections, ranges, shuffle reads, cache reads). */
  readonly recordsRead: number;
  /** Functions this executor compiled for the task (0 when all were cached). */
  readonly functionsCompiled: number;
  readonly shuffleReadBytes: number;
  readonly shuffleReadRecords: number;
  readonly shuffleWriteBytes: number;
  readonly shuffleWriteRecords: number;
  readonly cacheHits: number;
  readonly cacheMisses: number;
  /** Filled by the driver: the serialised result, the task, its functions and its broadcasts. */
  readonly resultSize?: number;
  readonly taskBytes?: number;
  readonly closureBytes?: number;
  readonly broadcastBytes?: number;
}

interface OutcomeCommon {
  readonly taskId: number;
  readonly metrics: TaskMetrics;
  /** Bytes per reducer of a shuffle the task's code wrote itself (a SQL exchange's map side). */
  readonly shuffleWriteByReducer?: readonly number[];
  /** Partitions stored in this executor's block manager during the task (`rdd_<id>_<p>`). */
  readonly blocksAdded?: readonly string[];
  /** Estimated bytes of each block in blocksAdded (same order), for the Spark UI's Storage page. */
  readonly blockBytes?: readonly number[];
}

export type TaskOutcome =
  | (OutcomeCommon & {
      readonly kind: 'success';
      readonly value: unknown;
      readonly accumulatorUpdates?: readonly (readonly [number, unknown])[];
    })
  | (OutcomeCommon & { readonly kind: 'failure'; readonly error: ErrorData });

/** The ename of a task that found no block where the driver expected one (message: `block <id> ...`). */
export const MISSING_BLOCK = 'BlockMissingError';

export function blockId(rddId: number, partition: number): string {
  return `rdd_${rddId}_${partition}`;
}
