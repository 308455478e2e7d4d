/**
 * The host side of a cluster (the main thread in the browser, the CLI process in Node):
 * creates the shared memory, the driver and the executors, kills and replaces executors,
 * replaces those that die by themselves (a crash, out of memory, process.exit in a task)
 * after recording why in the control block, so the driver fails their task as Spark's
 * ExecutorLostFailure instead of waiting for it forever, sets the interrupt flag, and turns
 * driver events into executor statistics.
 * Environment-neutral: a WorkerSpawner says how to start a worker here.
 */
import { proxy, releaseProxy, wrap } from './comlink';
import type { Endpoint, Remote } from './comlink';
import { ControlBlock, Mailbox, SlotState, createClusterMemory } from './shared-memory';
import type { ClusterMemory } from './shared-memory';
import type { DriverApi, DriverEvent, ExecutorApi, ExecutorInfo, OptimizerTrace, RunCellRequest, RunCellResult, StorageConfig } from './protocol';
import { parseMaster } from './master';

/** How a worker ended (or, in the browser, failed: an uncaught error there leaves it running). */
export interface WorkerExit {
  /** The exit code when the worker exited (Node), null when only an error was reported. */
  readonly code: number | null;
  /** An uncaught error, or the runtime's reason (Node's ERR_WORKER_OUT_OF_MEMORY). */
  readonly error?: { readonly name: string; readonly message: string; readonly code?: string };
}

export interface SpawnedWorker {
  readonly endpoint: Endpoint;
  terminate(): void;
  /** Calls `listener` once when the worker exits or fails by itself (not after terminate()). */
  onExit?(listener: (exit: WorkerExit) => void): void;
}

export interface WorkerSpawner {
  spawnDriver(): SpawnedWorker;
  spawnExecutor(name: string): SpawnedWorker;
  readonly hardwareConcurrency: number;
}

interface ExecutorHandle {
  readonly worker: SpawnedWorker;
  readonly api: Remote<ExecutorApi>;
  /** The slot generation this executor holds. */
  readonly generation: number;
  readonly info: { executorId: string; alive: boolean; tasksCompleted: number; tasksFailed: number };
  /** init() answered. */
  ready: boolean;
  /** Terminated by the host (kill, shutdown) or already handled as lost: its exit is expected. */
  closing: boolean;
}

/**
 * Spark's ExecutorLossReason text for a worker that ended by itself: a standalone worker's
 * "Command exited with code N", with Spark's own codes for an uncaught error (50) and out of
 * memory (52), followed by what the runtime said.
 */
export function executorExitReason(exit: WorkerExit): string {
  const e = exit.error;
  if (e?.code === 'ERR_WORKER_OUT_OF_MEMORY') return `Command exited with code 52 (${e.message})`;
  if (e) return `Command exited with code 50 (${e.name ? `${e.name}: ` : ''}${e.message})`;
  return `Command exited with code ${exit.code ?? 1}`;
}

/** Executors that die before answering init() this many times in a row are not replaced again. */
const MAX_FAILED_STARTS = 3;

/** Thrown by runCell when the driver worker itself ended. */
export class DriverLostError extends Error {
  constructor(readonly exit: WorkerExit) {
    super(`The driver exited unexpectedly: ${executorExitReason(exit)}. Restart the cluster to continue.`);
    this.name = 'DriverLostError';
  }
}

export class Cluster {
  readonly executorCount: number;
  private memory: ClusterMemory | undefined;
  private control: ControlBlock | undefined;
  private driverWorker: SpawnedWorker | undefined;
  private driver: Remote<DriverApi> | undefined;
  private readonly executors = new Map<number, ExecutorHandle>();
  private readonly lost: ExecutorInfo[] = [];
  private nextExecutorId = 0;
  private readonly failedStarts = new Map<number, number>();
  private readonly listeners = new Set<(event: DriverEvent) => void>();
  /** Set when the driver worker ended; rejects runs in flight and later ones. */
  private driverLost: Promise<never> | undefined;
  private failDriver: ((e: DriverLostError) => void) | undefined;
  private driverExit: DriverLostError | undefined;

  constructor(
    private readonly spawner: WorkerSpawner,
    readonly master: string,
    private readonly storage?: StorageConfig,
  ) {
    this.executorCount = parseMaster(master, spawner.hardwareConcurrency);
  }

  onEvent(listener: (event: DriverEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private dispatch(event: DriverEvent): void {
    if (event.kind === 'scheduler' && event.event.kind === 'taskEnd') {
      const id = event.event.metrics.executorId;
      for (const h of this.executors.values()) {
        if (h.info.executorId !== id) continue;
        if (event.event.succeeded) h.info.tasksCompleted++;
        else h.info.tasksFailed++;
      }
    }
    for (const l of this.listeners) l(event);
    if (event.kind === 'scheduler' && (event.event.kind === 'jobEnd' || event.event.kind === 'executorLost')) this.announceExecutors();
  }

  executorInfo(): ExecutorInfo[] {
    const live = [...this.executors.entries()].map(([slot, h]) => ({ slot, ...h.info }));
    return [...live, ...this.lost];
  }

  private announceExecutors(): void {
    const event: DriverEvent = { kind: 'executors', executors: this.executorInfo() };
    for (const l of this.listeners) l(event);
  }

  async start(): Promise<void> {
    this.memory = createClusterMemory(this.executorCount);
    this.control = new ControlBlock(this.memory.control);
    const driverWorker = (this.driverWorker = this.spawner.spawnDriver());
    this.driverExit = undefined;
    this.driverLost = new Promise<never>((_, reject) => (this.failDriver = reject));
    this.driverLost.catch(() => {});
    driverWorker.onExit?.((exit) => {
      // A browser worker lives on after an uncaught error: only an exit loses the driver.
      if (driverWorker !== this.driverWorker || exit.code === null) return;
      this.driverExit = new DriverLostError(exit);
      this.failDriver?.(this.driverExit);
    });
    this.driver = wrap<DriverApi>(driverWorker.endpoint);
    await this.untilDriverLost(this.driver.init(
      { master: this.master, memory: this.memory, storage: this.storage },
      proxy((events: readonly DriverEvent[]) => events.forEach((e) => this.dispatch(e))),
    ));
    await Promise.all(Array.from({ length: this.executorCount }, (_, slot) => this.startExecutor(slot)));
    this.announceExecutors();
  }

  private untilDriverLost<T>(p: Promise<T>): Promise<T> {
    return this.driverLost ? Promise.race([p, this.driverLost]) : p;
  }

  /** Starts an executor in the slot; resolves when it is ready, or when it died first (then replaced, see executorExited). */
  private async startExecutor(slot: number): Promise<void> {
    const memory = this.memory!;
    new Mailbox(memory.inboxes[slot]!).reset();
    new Mailbox(memory.outboxes[slot]!).reset();
    const id = this.nextExecutorId++;
    const generation = this.control!.assign(slot, id);
    const worker = this.spawner.spawnExecutor(`executor ${id}`);
    const api = wrap<ExecutorApi>(worker.endpoint);
    const handle: ExecutorHandle = {
      worker, api, generation, ready: false, closing: false,
      info: { executorId: String(id), alive: true, tasksCompleted: 0, tasksFailed: 0 },
    };
    this.executors.set(slot, handle);
    const ended = new Promise<void>((resolve) =>
      worker.onExit?.((exit) => {
        this.executorExited(slot, handle, exit);
        resolve();
      }),
    );
    await Promise.race([api.init({ slot, executorId: String(id), memory, storage: this.storage }).then(() => {
      handle.ready = true;
      this.failedStarts.delete(slot);
    }), ended]);
  }

  /**
   * An executor ended without the host asking (Spark's executor exit "caused by one of the
   * running tasks"): record why for the driver, mark the slot dead, and start a replacement,
   * so later jobs still have every executor.
   */
  private executorExited(slot: number, h: ExecutorHandle, exit: WorkerExit): void {
    if (h.closing || this.executors.get(slot) !== h) return;
    h.closing = true;
    // A browser worker survives an uncaught error: end it, as Spark's executor exits.
    h.worker.terminate();
    h.api[releaseProxy]();
    this.control!.recordLoss(slot, h.generation, executorExitReason(exit));
    this.control!.setState(slot, SlotState.Dead);
    this.lost.push({ slot, ...h.info, alive: false });
    this.executors.delete(slot);
    this.announceExecutors();
    const failed = h.ready ? 0 : (this.failedStarts.get(slot) ?? 0) + 1;
    this.failedStarts.set(slot, failed);
    if (failed >= MAX_FAILED_STARTS) return;
    void this.startExecutor(slot).then(() => this.announceExecutors());
  }

  /** Kills the executor in a slot (its cached and shuffle blocks are lost) and starts a new one. */
  async killExecutor(slot: number): Promise<void> {
    const h = this.executors.get(slot);
    if (!h) throw new RangeError(`no executor in slot ${slot}`);
    h.closing = true;
    h.worker.terminate();
    h.api[releaseProxy]();
    this.control!.setState(slot, SlotState.Dead);
    this.lost.push({ slot, ...h.info, alive: false });
    this.executors.delete(slot);
    this.announceExecutors();
    await this.startExecutor(slot);
    this.announceExecutors();
  }

  async runCell(request: RunCellRequest): Promise<RunCellResult> {
    if (this.driverExit) throw this.driverExit;
    if (!this.driver) throw new Error('cluster not started');
    this.control!.setInterrupt(false);
    const done = new Promise<void>((resolve) => {
      const off = this.onEvent((e) => {
        if (e.kind === 'cellDone' && e.cellId === request.cellId) {
          off();
          resolve();
        }
      });
    });
    const result = await this.untilDriverLost(this.driver.runCell(request));
    await this.untilDriverLost(done);
    return result;
  }

  /** The optimizer's steps for a recent SQL execution (the Spark UI's optimizer view). */
  async optimizerTrace(executionId: number): Promise<OptimizerTrace | null> {
    if (!this.driver || this.driverExit) return null;
    return this.untilDriverLost(this.driver.optimizerTrace(executionId));
  }

  /** Asks running code to stop: the driver checks this flag between tasks and in loops. */
  interrupt(): void {
    this.control?.setInterrupt(true);
  }

  /** Replaces every worker: all state (variables, cached data) is lost. */
  async restart(): Promise<void> {
    await this.shutdown();
    this.lost.length = 0;
    await this.start();
  }

  async shutdown(): Promise<void> {
    for (const h of this.executors.values()) {
      h.closing = true;
      h.worker.terminate();
      h.api[releaseProxy]();
    }
    this.executors.clear();
    if (this.driver) this.driver[releaseProxy]();
    const driverWorker = this.driverWorker;
    this.driverWorker = undefined;
    driverWorker?.terminate();
    this.driver = undefined;
  }
}
