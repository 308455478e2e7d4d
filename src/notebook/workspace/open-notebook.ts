/**
 * The notebook on screen and its autosave. A saved notebook autosaves every edit (1 s
 * after the last one); a read-only import or shared link never saves. Conflicts with
 * another tab and full storage stop autosave and become a visible choice, never a silent
 * overwrite or a silent loss.
 */
import type { CellId } from '../model/ids';
import type { CellRuntime, NotebookDoc } from '../model/notebook';
import type { NotebookAutosave } from '../persistence/notebook-autosave';
import { createNotebookAutosave } from '../persistence/notebook-autosave';
import type { NotebookRepository, StoredNotebook } from '../persistence/repository';
import { ConflictError, StorageFullError } from '../persistence/repository';
import type { AutosaveStatus } from '../persistence/autosave';
import { replaceDocument, useNotebook } from '../store';
import { clearUndo } from '../cell-ops';
import { interrupt } from '../run';
import type { ReadOnlyOrigin } from './workspace-store';
import { showToast, useWorkspace } from './workspace-store';
import { announceSaved, rememberLastOpen } from './workspace-memory';
import { keepState, keptState } from './notebook-states';

let repo: NotebookRepository | undefined;
let autosave: NotebookAutosave | null = null;
/** True while a document is swapped in, so loading is not mistaken for an edit. */
let replacing = false;
let onListChanged: () => void = () => {};

export function useRepository(r: NotebookRepository, listChanged: () => void): void {
  repo = r;
  onListChanged = listChanged;
}

export function repository(): NotebookRepository {
  if (!repo) throw new Error('Flint bug: the workspace was used before it was opened');
  return repo;
}

// Results are saved too, so a reload shows them (as Databricks keeps a notebook's results).
useNotebook.subscribe((s, prev) => {
  if ((s.doc !== prev.doc || s.runtime !== prev.runtime) && !replacing) autosave?.edited();
});

function onStatus(status: AutosaveStatus): void {
  switch (status.kind) {
    case 'saved':
      useWorkspace.setState({ save: 'saved', conflict: null, storageFull: null });
      return;
    case 'pending':
    case 'saving':
      useWorkspace.setState({ save: status.kind });
      return;
    case 'failed': {
      const e = status.error;
      if (e instanceof ConflictError) useWorkspace.setState({ save: 'failed', conflict: e.message });
      else if (e instanceof StorageFullError) useWorkspace.setState({ save: 'failed', storageFull: e.message });
      else {
        useWorkspace.setState({ save: 'failed' });
        showToast(`Saving failed: ${(e as Error).message ?? String(e)}`, { tone: 'error' });
      }
      return;
    }
  }
}

function swapIn(doc: NotebookDoc, runtime?: ReadonlyMap<CellId, CellRuntime>, readOnly = false, saved?: ReadonlyMap<CellId, CellRuntime>): void {
  // Queued cells belong to the notebook being left.
  interrupt();
  clearUndo();
  const leaving = useNotebook.getState();
  const switching = leaving.doc.id !== doc.id;
  if (switching && !leaving.readOnly) keepState(leaving);
  // Coming back to a notebook shows its outputs again; its Python variables are still on the cluster.
  const back = switching && runtime === undefined ? keptState(doc.id) : undefined;
  replacing = true;
  try {
    replaceDocument(doc, runtime ?? back?.runtime ?? saved, readOnly, back?.jobs);
  } finally {
    replacing = false;
  }
}

/** Shows a saved notebook and autosaves it from the revision it was loaded at. */
export function showSaved(stored: StoredNotebook, runtime?: ReadonlyMap<CellId, CellRuntime>): void {
  autosave?.dispose();
  swapIn(stored.doc, runtime, false, stored.runtime);
  attach(stored);
}

/**
 * Saves the notebook already on screen as a new one and autosaves it from then on: the
 * first visit shows the welcome notebook before storage has even opened.
 */
export async function adoptShown(): Promise<void> {
  const shown = useNotebook.getState().doc;
  const stored = await repository().save(shown, { expectedRevision: null });
  const now = useNotebook.getState().doc;
  // Another notebook (an import, a link) replaced it meanwhile: it stays saved, unopened.
  if (now.id !== shown.id || useNotebook.getState().readOnly) return;
  attach(stored);
  // Edits made while that first save ran are saved next.
  if (now !== shown) autosave?.edited();
}

function attach(stored: StoredNotebook): void {
  autosave?.dispose();
  autosave = createNotebookAutosave({
    repository: repository(),
    getDoc: () => useNotebook.getState().doc,
    getOutputs: () => useNotebook.getState().runtime,
    revision: stored.revision,
    onStatus,
    onSaved: (saved) => {
      announceSaved(saved.doc.id);
      onListChanged();
    },
  });
  useWorkspace.setState({ openId: stored.doc.id, readOnly: null, save: 'saved', conflict: null, storageFull: null });
  rememberLastOpen(stored.doc.id);
}

/** Shows an imported file or a shared link: read-only, unsaved, nothing run. */
export function showReadOnly(doc: NotebookDoc, runtime: ReadonlyMap<CellId, CellRuntime>, origin: ReadOnlyOrigin): void {
  autosave?.dispose();
  autosave = null;
  swapIn(doc, runtime, true);
  useWorkspace.setState({ openId: null, readOnly: origin, save: 'off', conflict: null, storageFull: null });
}

/** Saves pending edits before the notebook is left; false (and a message) if that failed. */
export async function flushOpen(): Promise<boolean> {
  if (!autosave) return true;
  try {
    await autosave.flush();
    return true;
  } catch {
    return false;
  }
}

/** Conflict, "reload": take the other tab's version. */
export async function reloadFromStorage(): Promise<void> {
  const id = useWorkspace.getState().openId;
  if (!id) return;
  const stored = await repository().load(id);
  if (!stored) {
    showToast('This notebook was deleted in another tab. Choose "Keep mine" to save your version again.', { tone: 'error' });
    return;
  }
  showSaved(stored);
}

/** Conflict, "keep mine": overwrite the stored notebook with this tab's version. */
export async function keepMine(): Promise<void> {
  await autosave?.keepMine().catch(() => undefined);
}

/** Full storage: try again after the person freed space. */
export async function retrySave(): Promise<void> {
  await autosave?.flush().catch(() => undefined);
}

export function isEditingSaved(): boolean {
  return autosave !== null;
}
