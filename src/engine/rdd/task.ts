/**
 * What a task is on the wire: a recipe (where the partition's records come from and the
 * narrow operations applied to them, in order) and the action that folds them into the
 * task's result. Everything here is plain data so it serialises.
 */
import type { ErrorData } from '../errors';

/** A user function by source; executors compile it once and cache it by id. */
export interface FunctionRef {
  readonly id: string;
  readonly lang: string;
  readonly source: string;
}

export type SourceSpec =
  | { readonly kind: 'collection'; readonly items: readonly unknown[] }
  | { readonly kind: 'range'; readonly start: number; readonly end: number; readonly step: number };

export type NarrowOp =
  | { readonly kind: 'map'; readonly fn: FunctionRef }
  | { readonly kind: 'filter'; readonly fn: FunctionRef }
  | { readonly kind: 'flatMap'; readonly fn: FunctionRef }
  | { readonly kind: 'mapPartitionsWithIndex'; readonly fn: FunctionRef }
  | { readonly kind: 'glom' };

export type ActionSpec =
  | { readonly kind: 'collect' }
  | { readonly kind: 'take'; readonly n: number }
  | { readonly kind: 'count' }
  | { readonly kind: 'sum' };

export interface TaskDescription {
  readonly jobId: number;
  readonly stageId: number;
  readonly taskId: number;
  readonly partition: number;
  readonly attempt: number;
  readonly source: SourceSpec;
  readonly ops: readonly NarrowOp[];
  readonly action: ActionSpec;
}

export interface TaskMetrics {
  readonly executorId: string;
  readonly durationMs: number;
  readonly recordsRead: number;
  /** Functions this executor compiled for the task (0 when all were cached). */
  readonly functionsCompiled: number;
}

export type TaskOutcome =
  | { readonly kind: 'success'; readonly taskId: number; readonly value: unknown; readonly metrics: TaskMetrics }
  | { readonly kind: 'failure'; readonly taskId: number; readonly error: ErrorData; readonly metrics: TaskMetrics };
