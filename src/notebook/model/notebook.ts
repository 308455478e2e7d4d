/**
 * The persisted notebook: cell data only. Run-time state (outputs, status, counts) lives
 * in the store beside it and is saved only when a format asks for outputs.
 */
import type { CellId, NotebookId } from './ids';
import type { CellOutput } from '../../workers/protocol';

export const NOTEBOOK_FORMAT_VERSION = 1;

export interface CellData {
  readonly id: CellId;
  /** The full text, magic line included, as the user typed it. */
  readonly source: string;
  readonly metadata: Readonly<Record<string, unknown>>;
}

export interface NotebookDoc {
  readonly formatVersion: typeof NOTEBOOK_FORMAT_VERSION;
  readonly id: NotebookId;
  readonly title: string;
  readonly cells: readonly CellData[];
  readonly metadata: Readonly<Record<string, unknown>>;
}

/** Run-time state of one cell, kept apart from CellData. */
export type CellStatus = 'idle' | 'queued' | 'running' | 'done' | 'error';

export interface CellRuntime {
  readonly status: CellStatus;
  readonly outputs: readonly CellOutput[];
  readonly executionCount: number | null;
  readonly startedAt: number | null;
  readonly elapsedMs: number | null;
}

export const idleRuntime: CellRuntime = { status: 'idle', outputs: [], executionCount: null, startedAt: null, elapsedMs: null };
