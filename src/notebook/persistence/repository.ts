/**
 * Where notebooks live between visits. Every save names the revision it was based on, and
 * the store refuses a save based on a stale revision: two tabs editing one notebook must
 * not silently overwrite each other. Storage that is full fails loudly, never silently.
 */
import type { CellId, NotebookId } from '../model/ids';
import type { CellRuntime, NotebookDoc, RuntimeLookup } from '../model/notebook';

export interface NotebookSummary {
  readonly id: NotebookId;
  readonly title: string;
  readonly cellCount: number;
  readonly revision: number;
  /** Milliseconds since the epoch. */
  readonly updatedAt: number;
}

export interface StoredNotebook {
  readonly doc: NotebookDoc;
  /** The outputs and execution counts saved with it, by cell (restored as run-time state). */
  readonly runtime?: ReadonlyMap<CellId, CellRuntime>;
  /** Starts at 1 and grows by one with every write (save, rename). */
  readonly revision: number;
  readonly updatedAt: number;
}

export interface SaveOptions {
  /** The revision the caller loaded or last saved; null for a notebook never saved. */
  readonly expectedRevision: number | null;
  /** Overwrite whatever is stored (the user chose "keep my version" after a conflict). */
  readonly force?: boolean;
  /** Outputs to store with the cells; without them, the stored outputs of cells still there are kept. */
  readonly outputs?: RuntimeLookup;
}

export interface NotebookRepository {
  /** Summaries, most recently updated first. */
  list(): Promise<NotebookSummary[]>;
  /** Null when there is no such notebook. Stored notebooks from older Flint versions are migrated. */
  load(id: NotebookId): Promise<StoredNotebook | null>;
  /** Throws ConflictError when the stored revision is not `expectedRevision`, StorageFullError when out of space. */
  save(doc: NotebookDoc, options: SaveOptions): Promise<StoredNotebook>;
  /** Deleting a notebook that does not exist is not an error. */
  delete(id: NotebookId): Promise<void>;
  /** A write like any other: the revision grows, so a tab holding the old one gets a conflict. */
  rename(id: NotebookId, title: string): Promise<StoredNotebook>;
  /** A copy with a new id (cell ids are kept: they are unique per notebook only). */
  duplicate(id: NotebookId, title?: string): Promise<StoredNotebook>;
}

/** Another tab (or window) wrote this notebook since we loaded it. */
export class ConflictError extends Error {
  constructor(
    readonly notebookId: NotebookId,
    readonly expectedRevision: number | null,
    /** Null when the notebook was deleted elsewhere. */
    readonly actualRevision: number | null,
  ) {
    super(
      actualRevision === null
        ? 'This notebook was deleted in another tab. Save a copy to keep your changes.'
        : expectedRevision === null
          ? 'A notebook with this id was already saved in another tab. Reload it, or keep your version.'
          : `This notebook was changed in another tab (revision ${actualRevision}, yours is based on ${expectedRevision}). Reload it, or keep your version.`,
    );
    this.name = 'ConflictError';
  }
}

/** The browser refused to store more (quota exceeded). */
export class StorageFullError extends Error {
  constructor(cause?: unknown) {
    super('Browser storage is full, so this notebook was not saved. Delete notebooks you no longer need, or export this one to a file.', { cause });
    this.name = 'StorageFullError';
  }
}

export class NotebookNotFoundError extends Error {
  constructor(readonly notebookId: NotebookId) {
    super(`There is no saved notebook with id ${notebookId}.`);
    this.name = 'NotebookNotFoundError';
  }
}
