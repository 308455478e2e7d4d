/**
 * The notebook store: the document (cell data), each cell's run-time state, and the
 * cluster's executors. Components read it and call its actions; only run.ts talks to
 * the cluster.
 */
import { create } from 'zustand';
import type { CellId } from './model/ids';
import { newCellId } from './model/ids';
import { idleRuntime } from './model/notebook';
import type { CellRuntime, NotebookDoc } from './model/notebook';
import type { CellOutput, ExecutorInfo } from '../workers/protocol';
import { welcomeNotebook } from './welcome';
import type { JobProgress } from './job-progress';

export type { JobProgress, StageProgress } from './job-progress';

export type ClusterStatus = 'starting' | 'ready' | 'restarting' | 'failed';

export interface NotebookState {
  readonly doc: NotebookDoc;
  readonly runtime: Readonly<Record<CellId, CellRuntime>>;
  readonly jobs: Readonly<Record<CellId, readonly JobProgress[]>>;
  readonly executors: readonly ExecutorInfo[];
  readonly cluster: ClusterStatus;
  readonly clusterError: string | null;
  readonly focusedCell: CellId | null;
  /** 'edit' when an editor has the keyboard, 'command' for Jupyter's Esc-mode shortcuts. */
  readonly mode: 'edit' | 'command';
  readonly canUndoDelete: boolean;
  /** Imported files and share links open read-only until the person makes a copy. */
  readonly readOnly: boolean;
  /** Set when the cluster was replaced and every variable and cached dataset is gone. */
  readonly stateLost: string | null;
}

export const useNotebook = create<NotebookState>(() => ({
  doc: welcomeNotebook(),
  runtime: {},
  jobs: {},
  executors: [],
  cluster: 'starting',
  clusterError: null,
  focusedCell: null,
  mode: 'command',
  canUndoDelete: false,
  readOnly: false,
  stateLost: null,
}));

/**
 * Shows another notebook: its cells, the outputs it carried (if any) and a fresh run-time
 * state. The caller stops anything still running for the previous one first.
 */
export function replaceDocument(
  doc: NotebookDoc,
  runtime: ReadonlyMap<CellId, CellRuntime> = new Map(),
  readOnly = false,
  jobs: NotebookState['jobs'] = {},
): void {
  useNotebook.setState({
    doc,
    runtime: Object.fromEntries(runtime) as Record<CellId, CellRuntime>,
    jobs,
    focusedCell: null,
    mode: 'command',
    canUndoDelete: false,
    readOnly,
  });
}

export function setTitle(title: string): void {
  useNotebook.setState((s) => ({ doc: { ...s.doc, title } }));
}

export function runtimeOf(state: NotebookState, id: CellId): CellRuntime {
  return state.runtime[id] ?? idleRuntime;
}

export function updateRuntime(id: CellId, patch: Partial<CellRuntime>): void {
  useNotebook.setState((s) => ({ runtime: { ...s.runtime, [id]: { ...runtimeOf(s, id), ...patch } } }));
}

export function appendOutput(id: CellId, output: CellOutput): void {
  useNotebook.setState((s) => {
    const rt = runtimeOf(s, id);
    const last = rt.outputs[rt.outputs.length - 1];
    // Consecutive writes to one stream read as one block, as in Jupyter.
    // A live table (display(streamingDF)) replaces its previous version.
    const live = output.kind === 'table' && output.live ? rt.outputs.findIndex((o) => o.kind === 'table' && o.live?.queryId === output.live!.queryId) : -1;
    const outputs =
      live >= 0
        ? rt.outputs.map((o, i) => (i === live ? output : o))
        : last && last.kind === 'stream' && output.kind === 'stream' && last.name === output.name
          ? [...rt.outputs.slice(0, -1), { ...last, text: last.text + output.text }]
          : [...rt.outputs, output];
    return { runtime: { ...s.runtime, [id]: { ...rt, outputs } } };
  });
}

export function setSource(id: CellId, source: string): void {
  if (useNotebook.getState().readOnly) return;
  useNotebook.setState((s) => ({
    doc: { ...s.doc, cells: s.doc.cells.map((c) => (c.id === id ? { ...c, source } : c)) },
  }));
}

export function focusCell(id: CellId | null): void {
  useNotebook.setState({ focusedCell: id });
}

/** Inserts an empty cell after `after` (or at the end) and focuses it. */
export function insertCell(after: CellId | null, source = ''): CellId {
  const id = newCellId();
  if (useNotebook.getState().readOnly) return id;
  useNotebook.setState((s) => {
    const cells = [...s.doc.cells];
    const at = after === null ? cells.length : cells.findIndex((c) => c.id === after) + 1;
    cells.splice(at, 0, { id, source, metadata: {} });
    return { doc: { ...s.doc, cells }, focusedCell: id };
  });
  return id;
}

/** Inserts an empty cell just above `before` and focuses it. */
export function insertCellBefore(before: CellId, source = ''): CellId {
  const id = newCellId();
  if (useNotebook.getState().readOnly) return id;
  useNotebook.setState((s) => {
    const cells = [...s.doc.cells];
    cells.splice(Math.max(0, cells.findIndex((c) => c.id === before)), 0, { id, source, metadata: {} });
    return { doc: { ...s.doc, cells }, focusedCell: id };
  });
  return id;
}

/** The cell after `id`, creating one at the end when `id` is the last. */
export function nextCell(id: CellId): CellId {
  const cells = useNotebook.getState().doc.cells;
  const i = cells.findIndex((c) => c.id === id);
  const next = cells[i + 1];
  if (next) return next.id;
  return insertCell(id);
}
