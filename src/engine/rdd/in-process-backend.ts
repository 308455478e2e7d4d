/**
 * Runs tasks in the calling thread, through the same serialisation as the real pool.
 * For unit tests of the scheduler and for hosts without workers. Each slot has its own
 * ExecutorState (block manager, broadcasts, compiled functions), which killing loses.
 */
import type { Completion, ExecutorSlot, TaskBackend } from './backend';
import { ExecutorState } from './executor-state';
import { executeTask } from './task-runner';
import type { TaskDescription } from './task';
import { decodeTask } from './wire';

interface SlotState {
  generation: number;
  alive: boolean;
  executor: ExecutorState;
  /** The generation that exited by itself, and why (see crashExecutor). */
  lost?: { readonly generation: number; readonly reason: string };
}

export class InProcessBackend implements TaskBackend {
  private readonly state: SlotState[];
  private queue: Completion[] = [];
  private nextExecutorId: number;
  interrupt = false;
  /** Test hook: called before each task runs; may throw to simulate a crash or kill the slot. */
  beforeTask: ((slot: number, task: TaskDescription) => void) | undefined;
  /** Test hook: called after a task ran, before its result is delivered. */
  afterTask: ((slot: number, task: TaskDescription) => void) | undefined;
  tasksRun = 0;

  constructor(slotCount: number) {
    this.state = Array.from({ length: slotCount }, (_, i) => ({ generation: 1, alive: true, executor: new ExecutorState(String(i)) }));
    this.nextExecutorId = slotCount;
  }

  slots(): readonly ExecutorSlot[] {
    return this.state.map((s, slot) => ({ slot, executorId: s.executor.executorId, generation: s.generation, alive: s.alive }));
  }

  /** The executor in a slot, to look at its block manager in tests. */
  executor(slot: number): ExecutorState {
    return this.state[slot]!.executor;
  }

  submit(slot: number, bytes: Uint8Array): void {
    const s = this.state[slot]!;
    const task = this.beforeTask || this.afterTask ? decodeTask(bytes) : undefined;
    if (task) this.beforeTask?.(slot, task);
    if (!s.alive) return; // killed before it could answer: the result never comes
    const generation = s.generation;
    const outcome = executeTask(bytes, s.executor);
    this.tasksRun++;
    if (task) this.afterTask?.(slot, task);
    if (!s.alive || s.generation !== generation) return;
    this.queue.push({ slot, generation, bytes: outcome });
  }

  poll(): Completion[] {
    const out = this.queue;
    this.queue = [];
    return out;
  }

  interrupted(): boolean {
    return this.interrupt;
  }

  /** Simulates losing an executor: its results in flight and its blocks are gone. */
  kill(slot: number): void {
    const s = this.state[slot]!;
    s.alive = false;
    this.queue = this.queue.filter((c) => c.slot !== slot);
  }

  /** A fresh executor with a new id takes the slot. */
  respawn(slot: number): void {
    const s = this.state[slot]!;
    s.generation++;
    s.alive = true;
    s.executor = new ExecutorState(String(this.nextExecutorId++));
  }

  /** What the host does: kill and replace at once. */
  killExecutor(slot: number): void {
    this.kill(slot);
    this.respawn(slot);
  }

  /** An executor that exits by itself (process.exit, out of memory), replaced as the pool does. */
  crashExecutor(slot: number, reason: string): void {
    const s = this.state[slot]!;
    s.lost = { generation: s.generation, reason };
    this.killExecutor(slot);
  }

  lossReason(slot: number, generation: number): string | undefined {
    const lost = this.state[slot]?.lost;
    return lost && lost.generation === generation ? lost.reason : undefined;
  }
}
