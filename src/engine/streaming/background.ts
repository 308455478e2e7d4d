/**
 * The driver's background runner: periodic tasks (streaming queries' trigger loops, DStream
 * batch clocks) that run on the driver's single thread at three kinds of points only:
 *
 *  - while a cell sleeps (`time.sleep(n)` runs due ticks until its deadline, see `sleep`),
 *  - while the driver is idle between cells (the driver worker's timer calls `runDue`),
 *  - when code waits for a query on purpose (`awaitTermination`, `processAllAvailable`).
 *
 * So a tick never runs concurrently with a cell's own job, and a tick that sleeps or waits
 * itself does not start other ticks (no re-entrance). A task remembers the context it was
 * registered in (the cell that started the query) and Python's stdout/stderr of that moment,
 * so what it prints reaches that cell even when it runs between cells.
 */
import { io } from '../values/py';

/** Where a tick's output goes: the session wraps ticks so prints reach the owning cell. */
export interface TickContext {
  run<T>(f: () => T): T;
}

/**
 * One tick of a task. Returns the delay in ms until it is due again, or null when the task is
 * finished (it is then unregistered). Throwing also unregisters it (the owner records why).
 */
export type Tick = () => number | null;

export interface BackgroundTask {
  readonly id: number;
  readonly name: string;
  /** performance.now() at which the next tick is due. */
  due: number;
}

interface Entry extends BackgroundTask {
  readonly tick: Tick;
  readonly context: TickContext | null;
  /** Python's sys.stdout/stderr when the task was registered (a cell's), restored for its ticks. */
  readonly stdout: typeof io.stdout;
  readonly stderr: typeof io.stderr;
}

const now = (): number => performance.now();

export class BackgroundRunner {
  private readonly entries = new Map<number, Entry>();
  private nextId = 1;
  private inTick = false;
  private contextProvider: (() => TickContext | null) | null = null;

  /** The session says which context (cell) new tasks belong to. */
  setContextProvider(provider: (() => TickContext | null) | null): void {
    this.contextProvider = provider;
  }

  /** Registers a task whose first tick is due after `delayMs`; returns its handle. */
  register(name: string, tick: Tick, delayMs = 0): BackgroundTask {
    const entry: Entry = { id: this.nextId++, name, due: now() + delayMs, tick, context: this.contextProvider?.() ?? null, stdout: io.stdout, stderr: io.stderr };
    this.entries.set(entry.id, entry);
    return entry;
  }

  unregister(task: BackgroundTask | number): void {
    this.entries.delete(typeof task === 'number' ? task : task.id);
  }

  /** Makes a task due now (new data arrived, a trigger was requested). */
  wake(task: BackgroundTask): void {
    const e = this.entries.get(task.id);
    if (e) e.due = Math.min(e.due, now());
  }

  get size(): number {
    return this.entries.size;
  }

  /** Whether a tick is running now (code inside it must not start other ticks). */
  get ticking(): boolean {
    return this.inTick;
  }

  /** Milliseconds until the next task is due (0 if one is due, Infinity if none). */
  nextDelay(): number {
    let min = Infinity;
    for (const e of this.entries.values()) min = Math.min(min, e.due);
    return min === Infinity ? Infinity : Math.max(0, min - now());
  }

  /** Runs one task's tick now if registered (a query's own wait loop uses this). */
  runTask(task: BackgroundTask): boolean {
    const e = this.entries.get(task.id);
    if (!e || this.inTick) return false;
    this.runEntry(e);
    return true;
  }

  /** Runs every task that is due, each at most once; returns how many ran. */
  runDue(): number {
    if (this.inTick) return 0;
    const t = now();
    const due = [...this.entries.values()].filter((e) => e.due <= t).sort((a, b) => a.due - b.due || a.id - b.id);
    let ran = 0;
    for (const e of due) {
      if (!this.entries.has(e.id)) continue;
      this.runEntry(e);
      ran++;
    }
    return ran;
  }

  private runEntry(e: Entry): void {
    this.inTick = true;
    const prevOut = io.stdout;
    const prevErr = io.stderr;
    io.stdout = e.stdout;
    io.stderr = e.stderr;
    try {
      const next = e.context ? e.context.run(e.tick) : e.tick();
      if (next === null) this.entries.delete(e.id);
      else e.due = now() + Math.max(0, next);
    } catch {
      this.entries.delete(e.id);
    } finally {
      io.stdout = prevOut;
      io.stderr = prevErr;
      this.inTick = false;
    }
  }

  /**
   * Sleeps `ms` on the driver, running due ticks meanwhile (`time.sleep`). `block` waits at
   * most the given ms and may throw (an interrupt); inside a tick it is a plain block.
   */
  sleep(ms: number, block: (ms: number) => void): void {
    this.runUntil(now() + ms, block, () => false);
  }

  /**
   * Runs due ticks until `deadline` (performance.now() ms) or until `done()`; blocks in
   * between. Returns whether `done()` became true.
   */
  runUntil(deadline: number, block: (ms: number) => void, done: () => boolean): boolean {
    if (Number.isNaN(deadline)) deadline = Infinity;
    if (this.inTick || this.entries.size === 0) {
      while (!done()) {
        const left = deadline - now();
        if (left <= 0) return false;
        block(Math.min(left, 50));
      }
      return true;
    }
    for (;;) {
      this.runDue();
      if (done()) return true;
      const left = deadline - now();
      if (left <= 0) return false;
      block(Math.min(left, this.nextDelay(), 50));
    }
  }
}

/** The runner of this worker (one driver per worker; executors never register tasks). */
export const background = new BackgroundRunner();
