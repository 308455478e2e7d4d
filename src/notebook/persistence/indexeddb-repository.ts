/**
 * Notebooks in the browser's IndexedDB. Each operation is one transaction, and a save
 * reads the stored revision and writes in that same transaction, so the revision check
 * holds across tabs (IndexedDB runs overlapping readwrite transactions one at a time).
 * Written with plain request callbacks: no awaiting inside a transaction, which would let
 * it commit early.
 */
import type { NotebookId } from '../model/ids';
import { newNotebookId } from '../model/ids';
import type { NotebookDoc } from '../model/notebook';
import type { NotebookRecord } from './records';
import { nextRecord, sortSummaries, storedFromRecord, summaryFromRecord } from './records';
import type { NotebookRepository, NotebookSummary, SaveOptions, StoredNotebook } from './repository';
import { NotebookNotFoundError, StorageFullError } from './repository';

const STORE = 'notebooks';
const DB_VERSION = 1;

type Body<T> = (store: IDBObjectStore, done: (value: T) => void, fail: (error: unknown) => void) => void;

export class IndexedDbNotebookRepository implements NotebookRepository {
  private constructor(
    private readonly db: IDBDatabase,
    private readonly now: () => number,
  ) {}

  static open(name = 'flint-notebooks', factory: IDBFactory = indexedDB, now: () => number = Date.now): Promise<IndexedDbNotebookRepository> {
    return new Promise((resolve, reject) => {
      let gaveUp = false;
      const request = factory.open(name, DB_VERSION);
      request.onupgradeneeded = () => {
        if (!request.result.objectStoreNames.contains(STORE)) request.result.createObjectStore(STORE, { keyPath: 'id' });
      };
      request.onsuccess = () => {
        const db = request.result;
        if (gaveUp) return db.close();
        // Let a newer Flint in another tab upgrade the database instead of blocking it.
        db.onversionchange = () => db.close();
        resolve(new IndexedDbNotebookRepository(db, now));
      };
      request.onerror = () => reject(storageError(request.error));
      request.onblocked = () => {
        gaveUp = true;
        reject(new Error('An older Flint is open in another tab and holds the notebook storage; close that tab and reload.'));
      };
    });
  }

  close(): void {
    this.db.close();
  }

  list(): Promise<NotebookSummary[]> {
    return this.run<NotebookSummary[]>('readonly', (store, done) => {
      const req = store.getAll();
      req.onsuccess = () => done(sortSummaries((req.result as NotebookRecord[]).map(summaryFromRecord)));
    });
  }

  async load(id: NotebookId): Promise<StoredNotebook | null> {
    const record = await this.run<NotebookRecord | undefined>('readonly', (store, done) => {
      const req = store.get(id);
      req.onsuccess = () => done(req.result as NotebookRecord | undefined);
    });
    return record ? storedFromRecord(record) : null;
  }

  save(doc: NotebookDoc, options: SaveOptions): Promise<StoredNotebook> {
    return this.update(doc.id, (current) => nextRecord(current, doc, options, this.now()));
  }

  delete(id: NotebookId): Promise<void> {
    return this.run<void>('readwrite', (store, done) => {
      store.delete(id).onsuccess = () => done();
    });
  }

  rename(id: NotebookId, title: string): Promise<StoredNotebook> {
    return this.update(id, (current) => {
      if (!current) throw new NotebookNotFoundError(id);
      const { doc } = storedFromRecord(current);
      return nextRecord(current, { ...doc, title }, { expectedRevision: current.revision }, this.now());
    });
  }

  async duplicate(id: NotebookId, title?: string): Promise<StoredNotebook> {
    const stored = await this.load(id);
    if (!stored) throw new NotebookNotFoundError(id);
    const copy: NotebookDoc = { ...stored.doc, id: newNotebookId(), title: title ?? `${stored.doc.title} (copy)` };
    return this.save(copy, { expectedRevision: null });
  }

  /** Reads the record, computes the next one and writes it, all in one transaction. */
  private update(id: string, next: (current: NotebookRecord | undefined) => NotebookRecord): Promise<StoredNotebook> {
    return this.run<StoredNotebook>('readwrite', (store, done, fail) => {
      const req = store.get(id);
      req.onsuccess = () => {
        try {
          const record = next(req.result as NotebookRecord | undefined);
          store.put(record).onsuccess = () => done(storedFromRecord(record));
        } catch (e) {
          fail(e);
        }
      };
    });
  }

  /** Resolves when the transaction has committed, so a resolved save is on disk. */
  private run<T>(mode: IDBTransactionMode, body: Body<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      let failure: unknown = null;
      let result: { value: T } | null = null;
      let tx: IDBTransaction;
      try {
        tx = this.db.transaction(STORE, mode);
      } catch (e) {
        reject(storageError(e));
        return;
      }
      tx.oncomplete = () => (result ? resolve(result.value) : reject(new Error('Flint bug: transaction finished without a result')));
      tx.onabort = () => reject(failure ?? storageError(tx.error));
      const fail = (e: unknown) => {
        // A quota error a browser throws from put() itself is as full as one it reports later.
        failure = storageError(e);
        tx.abort();
      };
      try {
        body(tx.objectStore(STORE), (value) => (result = { value }), fail);
      } catch (e) {
        fail(e);
      }
    });
  }
}

/** Quota failures become StorageFullError; anything else passes through unchanged. */
export function storageError(e: unknown): unknown {
  const name = typeof e === 'object' && e !== null && 'name' in e ? String((e as { name: unknown }).name) : '';
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return new StorageFullError(e);
  return e ?? new Error('IndexedDB failed without saying why');
}
