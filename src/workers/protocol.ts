/**
 * The typed contract between the main thread (host), the driver worker and the executor
 * workers. Types only: the main thread imports this and never the engine itself.
 * Errors cross as data, because structured clone drops custom fields.
 */
import type { SchedulerEvent } from '../engine/rdd';
import type { ErrorData } from '../engine/errors';

/** A cell output, close to nbformat's output types. */
export type CellOutput =
  | { readonly kind: 'stream'; readonly name: 'stdout' | 'stderr'; readonly text: string }
  | { readonly kind: 'result'; readonly text: string }
  | { readonly kind: 'error'; readonly error: ErrorData }
  | { readonly kind: 'html'; readonly html: string }
  | { readonly kind: 'notice'; readonly text: string };

export type CellLanguage = 'python' | 'sql' | 'ts' | 'fs';

export interface RunCellRequest {
  readonly cellId: string;
  readonly language: CellLanguage;
  /** The code without the magic line. */
  readonly code: string;
  /** Shown in tracebacks, e.g. `<cell 3>` or a file name. */
  readonly filename: string;
  /** Lines removed above `code` (the magic line), so reported line numbers match the editor. */
  readonly lineOffset: number;
}

export interface RunCellResult {
  readonly status: 'ok' | 'error';
  readonly executionCount: number;
  readonly durationMs: number;
}

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
  | { readonly kind: 'executors'; readonly executors: readonly ExecutorInfo[] };

/** Shared memory handed to every worker of a cluster (see shared-memory.ts). */
export interface ClusterMemoryHandles {
  readonly control: SharedArrayBuffer;
  readonly inboxes: readonly SharedArrayBuffer[];
  readonly outboxes: readonly SharedArrayBuffer[];
}

export interface DriverInit {
  readonly master: string;
  readonly memory: ClusterMemoryHandles;
  /** Called for every event, in order; batched by the host if needed. */
  readonly onEvent: (event: DriverEvent) => void;
}

export interface DriverApi {
  init(init: DriverInit): Promise<{ readonly executors: number }>;
  runCell(request: RunCellRequest): Promise<RunCellResult>;
}

export interface ExecutorInit {
  readonly slot: number;
  readonly executorId: string;
  readonly memory: ClusterMemoryHandles;
}

export interface ExecutorApi {
  init(init: ExecutorInit): Promise<void>;
}
