/**
 * What the workspace sidebar and the notebook's banners show: the saved notebooks, which
 * one is open, how saving goes, and the problems a person has to decide about (a conflict
 * with another tab, full storage). Actions live in workspace.ts and open-notebook.ts.
 */
import { create } from 'zustand';
import type { NotebookId } from '../model/ids';
import type { NotebookSummary } from '../persistence/repository';

export type SaveState = 'saved' | 'pending' | 'saving' | 'failed' | 'off';

/** Where the notebook on screen came from, when it is not one of the person's saved ones. */
export interface ReadOnlyOrigin {
  readonly kind: 'import' | 'share';
  /** The file name, or "a shared link". */
  readonly label: string;
}

export interface Toast {
  readonly id: number;
  readonly message: string;
  readonly undo?: () => void;
  readonly tone: 'info' | 'error';
}

export interface WorkspaceState {
  readonly ready: boolean;
  readonly notebooks: readonly NotebookSummary[];
  /** The saved notebook on screen; null while a read-only import or link is shown. */
  readonly openId: NotebookId | null;
  readonly readOnly: ReadOnlyOrigin | null;
  readonly save: SaveState;
  /** Another tab saved this notebook: the person chooses to reload or keep theirs. */
  readonly conflict: string | null;
  readonly storageFull: string | null;
  /** Notebooks are not kept (IndexedDB unavailable, e.g. some private windows). */
  readonly volatile: string | null;
  readonly toast: Toast | null;
}

export const useWorkspace = create<WorkspaceState>(() => ({
  ready: false,
  notebooks: [],
  openId: null,
  readOnly: null,
  save: 'off',
  conflict: null,
  storageFull: null,
  volatile: null,
  toast: null,
}));

let toastSeq = 0;

export function showToast(message: string, options: { undo?: () => void; tone?: 'info' | 'error' } = {}): void {
  useWorkspace.setState({ toast: { id: ++toastSeq, message, undo: options.undo, tone: options.tone ?? 'info' } });
}

export function dismissToast(id?: number): void {
  useWorkspace.setState((s) => (id === undefined || s.toast?.id === id ? { toast: null } : {}));
}
