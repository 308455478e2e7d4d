/**
 * Broadcast variables and accumulators as the driver sees them, and the handles a
 * shipped %ts function receives in their place (through `sc.bind(f, b, acc)`): the
 * codecs below turn a driver object into its id on the wire and into an executor
 * handle on arrival, whose `value` / `add` go through the executor engine API.
 */
import { registerCodec } from '../values';
import { SparkException } from '../errors';
import { accumulatorAdd, getBroadcastValue, insideTask, taskContext } from './executor-state';
import type { TaskContextInfo } from './executor-state';
import type { CompiledFunction } from './function-loader';
import type { FunctionRef } from './task';

/** What a Broadcast needs from the driver to drop or forbid its executor copies. */
export interface BroadcastOwner {
  unpersistBroadcast(id: number): void;
  destroyBroadcast(id: number): void;
}

export class Broadcast<T = unknown> {
  destroyed = false;

  constructor(
    readonly id: number,
    private readonly driverValue: T,
    readonly bytes: Uint8Array,
    private readonly owner: BroadcastOwner,
  ) {}

  get value(): T {
    if (this.destroyed) throw destroyedError(this.id);
    return this.driverValue;
  }

  /** Drops the executors' copies; the next task that needs it ships it again. */
  unpersist(): void {
    this.owner.unpersistBroadcast(this.id);
  }

  /** Drops every copy; any later use fails. */
  destroy(): void {
    this.destroyed = true;
    this.owner.destroyBroadcast(this.id);
  }

  toString(): string {
    return `Broadcast(${this.id})`;
  }
}

export function destroyedError(id: number): SparkException {
  return new SparkException(`Attempted to use Broadcast(${id}) after it was destroyed (destroy at NativeMethodAccessorImpl.java:0)`);
}

export class Accumulator<T = unknown> {
  private current: T;

  constructor(
    readonly id: number,
    initial: T,
    readonly zero: T,
    readonly mergeRef: FunctionRef,
    private readonly merge: CompiledFunction,
  ) {
    this.current = initial;
  }

  get value(): T {
    return this.current;
  }

  set value(v: T) {
    this.current = v;
  }

  /** On the driver: merges right away (PySpark's `acc += x` outside tasks). */
  add(delta: T): void {
    this.current = this.merge(this.current, delta) as T;
  }

  toString(): string {
    return `Accumulator<id=${this.id}, value=${String(this.current)}>`;
  }
}

/** A broadcast inside a task: reads this executor's copy. */
export class BroadcastRef {
  constructor(readonly id: number) {}

  get value(): unknown {
    return getBroadcastValue(this.id);
  }
}

/** An accumulator inside a task: adds into the task's local copy. */
export class AccumulatorRef {
  constructor(readonly id: number) {}

  add(delta: unknown): void {
    accumulatorAdd(this.id, delta);
  }

  get value(): never {
    throw new Error('Accumulator.value cannot be accessed inside tasks');
  }
}

/** PySpark's TaskContext for %ts code: `sc.bind((tc, x) => tc.attemptNumber(), sc.taskContext())`. */
export class TaskContextRef {
  private info(): TaskContextInfo {
    const info = taskContext();
    if (!info) throw new Error('TaskContext is only available inside a task');
    return info;
  }

  partitionId(): number {
    return this.info().partitionId;
  }

  attemptNumber(): number {
    return this.info().attemptNumber;
  }

  stageId(): number {
    return this.info().stageId;
  }

  stageAttemptNumber(): number {
    return this.info().stageAttempt;
  }

  taskAttemptId(): number {
    return this.info().taskAttemptId;
  }
}

registerCodec<TaskContextRef>({
  name: 'flint.taskContext',
  test: (v): v is TaskContextRef => v instanceof TaskContextRef,
  encode: () => {},
  decode: () => new TaskContextRef(),
});

registerCodec<Broadcast | BroadcastRef>({
  name: 'flint.broadcast',
  test: (v): v is Broadcast | BroadcastRef => v instanceof Broadcast || v instanceof BroadcastRef,
  encode: (v, w) => w.u32(v.id),
  decode: (r) => new BroadcastRef(r.u32()),
});

registerCodec<Accumulator | AccumulatorRef>({
  name: 'flint.accumulator',
  test: (v): v is Accumulator | AccumulatorRef => v instanceof Accumulator || v instanceof AccumulatorRef,
  encode: (v, w) => w.u32(v.id),
  decode: (r) => new AccumulatorRef(r.u32()),
});

export { insideTask };
