/**
 * Autosave for one open notebook: saves the store's current document through a
 * repository, carrying the revision from save to save. On a ConflictError autosave
 * pauses; the UI then either reloads (and calls `rebase` with the loaded revision) or
 * keeps this tab's version (`keepMine`, a forced save).
 */
import type { NotebookDoc, RuntimeLookup } from '../model/notebook';
import type { Autosave, AutosaveStatus } from './autosave';
import { createAutosave } from './autosave';
import type { NotebookRepository, StoredNotebook } from './repository';

export interface NotebookAutosaveOptions {
  readonly repository: NotebookRepository;
  /** The document as it is now (read at save time, not at edit time). */
  readonly getDoc: () => NotebookDoc;
  /** The outputs to save with it (read at save time); without, stored outputs are kept. */
  readonly getOutputs?: () => RuntimeLookup;
  /** The revision the document was loaded at; null for a notebook never saved. */
  readonly revision: number | null;
  readonly onStatus?: (status: AutosaveStatus) => void;
  readonly onSaved?: (stored: StoredNotebook) => void;
  readonly delayMs?: number;
  readonly maxWaitMs?: number;
}

export interface NotebookAutosave extends Autosave {
  readonly revision: number | null;
  /** After reloading from storage: continue from that revision. */
  rebase(revision: number): void;
  /** After a conflict, overwrite the stored notebook with this tab's version. */
  keepMine(): Promise<void>;
}

export function createNotebookAutosave(options: NotebookAutosaveOptions): NotebookAutosave {
  let revision = options.revision;
  let force = false;
  const auto = createAutosave({
    delayMs: options.delayMs,
    maxWaitMs: options.maxWaitMs,
    onStatus: options.onStatus,
    save: async () => {
      const stored = await options.repository.save(options.getDoc(), { expectedRevision: revision, force, outputs: options.getOutputs?.() });
      force = false;
      revision = stored.revision;
      options.onSaved?.(stored);
    },
  });
  return {
    edited: () => auto.edited(),
    flush: () => auto.flush(),
    resume: () => auto.resume(),
    dispose: () => auto.dispose(),
    get status() {
      return auto.status;
    },
    get revision() {
      return revision;
    },
    rebase(next) {
      revision = next;
      auto.resume();
    },
    async keepMine() {
      force = true;
      auto.edited();
      try {
        await auto.flush();
      } finally {
        force = false;
      }
    },
  };
}
