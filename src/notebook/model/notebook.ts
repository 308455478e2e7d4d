/**
 * The persisted notebook: cell data only. Run-time state (outputs, status, counts) lives
 * in the store beside it and is saved only when a format asks for outputs.
 *
 * Changing a persisted field means a new format version: bump NOTEBOOK_FORMAT_VERSION,
 * add a frozen schema and a migration in ../formats/flint-json/, and a fixture.
 */
import type { CellId, NotebookId } from './ids';
import { newCellId, newNotebookId } from './ids';
import type { CellOutput } from '../../workers/protocol';

/** v2 added CellData.collapsed (v1 is the first committed model); v3 table outputs. */
export const NOTEBOOK_FORMAT_VERSION = 3;

/** Well-known keys of CellData.metadata; anything else is carried through untouched. */
export interface KnownCellMetadata {
  /** A cell title, as Databricks' `# DBTITLE 1,Title` line carries it. */
  readonly title?: string;
  /** False when Databricks wrote `# DBTITLE 0,...` (title kept but not shown). */
  readonly showTitle?: boolean;
}

export interface CellData {
  readonly id: CellId;
  /** The full text, magic line included, as the user typed it. */
  readonly source: string;
  readonly metadata: Readonly<Record<string, unknown>>;
  /** The outputs are hidden (Jupyter's `collapsed`). Absent means false. */
  readonly collapsed?: boolean;
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
  /** The editor line (1-based) the last run failed at, from its traceback; null if none. */
  readonly errorLine?: number | null;
}

export const idleRuntime: CellRuntime = { status: 'idle', outputs: [], executionCount: null, startedAt: null, elapsedMs: null };

/** The part of a cell's run-time state that files can carry. */
export type SavedRuntime = Pick<CellRuntime, 'outputs' | 'executionCount'>;

/** Outputs per cell as the store holds them: a Map or a plain record keyed by cell id. */
export type RuntimeLookup = ReadonlyMap<CellId, SavedRuntime> | Readonly<Record<string, SavedRuntime | undefined>>;

export function runtimeOf(lookup: RuntimeLookup | undefined, id: CellId): SavedRuntime | undefined {
  if (!lookup) return undefined;
  if (lookup instanceof Map) return lookup.get(id);
  return (lookup as Readonly<Record<string, SavedRuntime | undefined>>)[id];
}

/** Run-time state for a cell whose outputs came from a file rather than a run. */
export function restoredRuntime(saved: SavedRuntime): CellRuntime {
  const failed = saved.outputs.some((o) => o.kind === 'error');
  const ran = saved.outputs.length > 0 || saved.executionCount !== null;
  return { ...idleRuntime, status: failed ? 'error' : ran ? 'done' : 'idle', outputs: saved.outputs, executionCount: saved.executionCount };
}

export function newCell(source = '', metadata: Readonly<Record<string, unknown>> = {}): CellData {
  return { id: newCellId(), source, metadata };
}

export function newNotebook(title = 'Untitled notebook', cells: readonly CellData[] = [newCell()]): NotebookDoc {
  return { formatVersion: NOTEBOOK_FORMAT_VERSION, id: newNotebookId(), title, cells, metadata: {} };
}

export function cellTitle(cell: CellData): string | undefined {
  const t = cell.metadata['title'];
  return typeof t === 'string' && t !== '' ? t : undefined;
}
