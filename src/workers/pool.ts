/**
 * The host side of a cluster (the main thread in the browser, the CLI process in Node):
 * creates the shared memory, the driver and the executors, kills and replaces executors,
 * sets the interrupt flag, and turns driver events into executor statistics.
 * Environment-neutral: a WorkerSpawner says how to start a worker here.
 */
import { proxy, releaseProxy, wrap } from './comlink';
import type { Endpoint, Remote } from './comlink';
import { ControlBlock, Mailbox, SlotState, createClusterMemory } from './shared-memory';
import type { ClusterMemory } from './shared-memory';
import type { DriverApi, DriverEvent, ExecutorApi, ExecutorInfo, OptimizerTrace, RunCellRequest, RunCellResult, StorageConfig } from './protocol';
import { parseMaster } from './master';

export interface SpawnedWorker {
  readonly endpoint: Endpoint;
  terminate(): void;
}

export interface WorkerSpawner {
  spawnDriver(): SpawnedWorker;
  spawnExecutor(name: string): SpawnedWorker;
  readonly hardwareConcurrency: number;
}

interface ExecutorHandle {
  readonly worker: SpawnedWorker;
  readonly api: Remote<ExecutorApi>;
  readonly info: { executorId: string; alive: boolean; tasksCompleted: number; tasksFailed: number };
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
  private readonly listeners = new Set<(event: DriverEvent) => void>();

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
    this.driverWorker = this.spawner.spawnDriver();
    this.driver = wrap<DriverApi>(this.driverWorker.endpoint);
    await this.driver.init(
      { master: this.master, memory: this.memory, storage: this.storage },
      proxy((events: readonly DriverEvent[]) => events.forEach((e) => this.dispatch(e))),
    );
    await Promise.all(Array.from({ length: this.executorCount }, (_, slot) => this.startExecutor(slot)));
    this.announceExecutors();
  }

  private async startExecutor(slot: number): Promise<void> {
    const memory = this.memory!;
    new Mailbox(memory.inboxes[slot]!).reset();
    new Mailbox(memory.outboxes[slot]!).reset();
    const id = this.nextExecutorId++;
    this.control!.assign(slot, id);
    const worker = this.spawner.spawnExecutor(`executor ${id}`);
    const api = wrap<ExecutorApi>(worker.endpoint);
    const handle: ExecutorHandle = { worker, api, info: { executorId: String(id), alive: true, tasksCompleted: 0, tasksFailed: 0 } };
    this.executors.set(slot, handle);
    await api.init({ slot, executorId: String(id), memory, storage: this.storage });
  }

  /** Kills the executor in a slot (its cached and shuffle blocks are lost) and starts a new one. */
  async killExecutor(slot: number): Promise<void> {
    const h = this.executors.get(slot);
    if (!h) throw new RangeError(`no executor in slot ${slot}`);
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
    const result = await this.driver.runCell(request);
    await done;
    return result;
  }

  /** The optimizer's steps for a recent SQL execution (the Spark UI's optimizer view). */
  async optimizerTrace(executionId: number): Promise<OptimizerTrace | null> {
    if (!this.driver) return null;
    return this.driver.optimizerTrace(executionId);
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
      h.worker.terminate();
      h.api[releaseProxy]();
    }
    this.executors.clear();
    if (this.driver) this.driver[releaseProxy]();
    this.driverWorker?.terminate();
    this.driver = undefined;
  }
}
