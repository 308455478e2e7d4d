/**
 * A small stand-in for IndexedDB, for running the repository contract in Node. It models
 * what IndexedDbNotebookRepository relies on: asynchronous request callbacks, transactions
 * that commit when no request is left and run one at a time, abort discarding writes,
 * structured-clone copies, and QuotaExceededError aborting the transaction. Tests only.
 */
type Callback = (() => void) | null;

class FakeRequest {
  result: unknown = undefined;
  error: DOMException | null = null;
  onsuccess: Callback = null;
  onerror: Callback = null;
  onupgradeneeded: Callback = null;
  onblocked: Callback = null;
}

interface FakeDatabase {
  readonly stores: Map<string, Map<string, unknown>>;
  /** Transactions wait their turn here, across all connections ("tabs"). */
  tail: Promise<void>;
  quotaChars: number;
}

const later = (f: () => void) => void Promise.resolve().then(f);

class FakeTransaction {
  oncomplete: Callback = null;
  onabort: Callback = null;
  error: DOMException | null = null;
  private pending = 0;
  private finished = false;
  /** Copied when the transaction gets its turn, so it sees every earlier commit. */
  private working = new Map<string, Map<string, unknown>>();
  private readonly queue: (() => void)[] = [];
  private started = false;

  constructor(
    private readonly db: FakeDatabase,
    readonly mode: IDBTransactionMode,
    private readonly release: () => void,
  ) {}

  start(): void {
    this.working = new Map([...this.db.stores].map(([k, v]) => [k, new Map(v)]));
    this.started = true;
    for (const op of this.queue.splice(0)) op();
    this.maybeCommit();
  }

  objectStore(name: string) {
    if (!this.db.stores.has(name)) throw new DOMException(`no store ${name}`, 'NotFoundError');
    const op = (fn: (r: FakeRequest, store: Map<string, unknown>) => void): FakeRequest => {
      if (this.finished) throw new DOMException('transaction finished', 'TransactionInactiveError');
      const r = new FakeRequest();
      this.pending++;
      const run = () => later(() => {
        if (this.finished) return;
        fn(r, this.working.get(name)!);
        this.pending--;
        if (r.error) {
          r.onerror?.();
          this.abortWith(r.error);
          return;
        }
        r.onsuccess?.();
        this.maybeCommit();
      });
      if (this.started) run();
      else this.queue.push(run);
      return r;
    };
    return {
      get: (key: string) => op((r, store) => (r.result = structuredClone(store.get(key)))),
      getAll: () => op((r, store) => (r.result = [...store.values()].map((v) => structuredClone(v)))),
      put: (value: { id: string }) => {
        if (this.mode !== 'readwrite') throw new DOMException('read-only transaction', 'ReadOnlyError');
        const copy = structuredClone(value);
        return op((r, store) => {
          store.set(copy.id, copy);
          if (this.size() > this.db.quotaChars) r.error = new DOMException('quota exceeded', 'QuotaExceededError');
          else r.result = copy.id;
        });
      },
      delete: (key: string) => op((_r, store) => store.delete(key)),
    };
  }

  abort(): void {
    this.abortWith(null);
  }

  private abortWith(error: DOMException | null): void {
    if (this.finished) return;
    this.finished = true;
    this.error = error;
    later(() => {
      this.onabort?.();
      this.release();
    });
  }

  private maybeCommit(): void {
    later(() => {
      if (this.finished || this.pending > 0) return;
      this.finished = true;
      if (this.mode === 'readwrite') for (const [k, v] of this.working) this.db.stores.set(k, v);
      this.oncomplete?.();
      this.release();
    });
  }

  private size(): number {
    let total = 0;
    for (const s of this.working.values()) for (const v of s.values()) total += JSON.stringify(v).length;
    return total;
  }
}

export class FakeIndexedDb {
  private readonly databases = new Map<string, FakeDatabase>();

  constructor(private readonly quotaChars = Infinity) {}

  asFactory(): IDBFactory {
    return { open: (name: string) => this.open(name) } as unknown as IDBFactory;
  }

  private open(name: string): FakeRequest {
    const r = new FakeRequest();
    later(() => {
      let db = this.databases.get(name);
      const fresh = !db;
      if (!db) {
        db = { stores: new Map(), tail: Promise.resolve(), quotaChars: this.quotaChars };
        this.databases.set(name, db);
      }
      r.result = this.connection(db);
      if (fresh) r.onupgradeneeded?.();
      r.onsuccess?.();
    });
    return r;
  }

  private connection(db: FakeDatabase) {
    return {
      onversionchange: null as Callback,
      objectStoreNames: { contains: (n: string) => db.stores.has(n) },
      createObjectStore: (n: string) => db.stores.set(n, new Map()),
      close: () => undefined,
      transaction: (store: string, mode: IDBTransactionMode) => {
        if (!db.stores.has(store)) throw new DOMException(`no store ${store}`, 'NotFoundError');
        let release!: () => void;
        const done = new Promise<void>((resolve) => (release = resolve));
        const tx = new FakeTransaction(db, mode, release);
        const turn = db.tail;
        db.tail = turn.then(() => done);
        void turn.then(() => tx.start());
        return tx;
      },
    };
  }
}
