/**
 * Runs tasks in the calling thread, through the same serialisation as the real pool.
 * For unit tests of the scheduler and for hosts without workers.
 */
import { deserialize, serialize } from '../values';
import type { Completion, ExecutorSlot, TaskBackend } from './backend';
import { FunctionCache } from './function-loader';
import { runTask } from './task-runner';
import type { TaskDescription } from './task';

export class InProcessBackend implements TaskBackend {
  private readonly state: { executorId: string; generation: number; alive: boolean; fns: FunctionCache }[];
  private queue: Completion[] = [];
  private nextExecutorId: number;
  interrupt = false;
  /** Test hook: called before each task runs; may throw to simulate a crash or kill the slot. */
  beforeTask: ((slot: number, task: TaskDescription) => void) | undefined;

  constructor(slotCount: number) {
    this.state = Array.from({ length: slotCount }, (_, i) => ({
      executorId: String(i),
      generation: 1,
      alive: true,
      fns: new FunctionCache(),
    }));
    this.nextExecutorId = slotCount;
  }

  slots(): readonly ExecutorSlot[] {
    return this.state.map((s, slot) => ({ slot, executorId: s.executorId, generation: s.generation, alive: s.alive }));
  }

  submit(slot: number, bytes: Uint8Array): void {
    const s = this.state[slot]!;
    const task = deserialize(bytes) as TaskDescription;
    this.beforeTask?.(slot, task);
    if (!s.alive) return; // killed before it could answer: the result never comes
    const outcome = runTask(task, s.fns, s.executorId);
    this.queue.push({ slot, generation: s.generation, bytes: serialize(outcome) });
  }

  poll(): Completion[] {
    const out = this.queue;
    this.queue = [];
    return out;
  }

  interrupted(): boolean {
    return this.interrupt;
  }

  /** Simulates losing an executor: its slot gets a fresh executor with a new id. */
  kill(slot: number): void {
    const s = this.state[slot]!;
    s.alive = false;
    this.queue = this.queue.filter((c) => c.slot !== slot);
  }

  respawn(slot: number): void {
    const s = this.state[slot]!;
    s.executorId = String(this.nextExecutorId++);
    s.generation++;
    s.alive = true;
    s.fns = new FunctionCache();
  }
}
