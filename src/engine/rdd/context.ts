/** SparkContext: the entry point that creates RDDs, broadcasts and accumulators and runs jobs. */
import { serialize } from '../values';
import { DAGScheduler } from './scheduler';
import type { RDD, UserFunction } from './rdd';
import { lineage } from './lineage';
import type { TaskBackend } from './backend';
import type { SchedulerEvent, SchedulerListener } from './events';
import type { ActionSpec, FunctionRef } from './task';
import { sliceCollection, sliceRange } from './slicing';
import { FunctionCache, bindRef, isFunctionRef, jsFunctionRef } from './function-loader';
import type { CompiledFunction } from './function-loader';
import { jsKeySemantics } from './js-keys';
import type { KeySemantics } from './js-keys';
import { Accumulator, Broadcast, TaskContextRef } from './handles';
import { builtin } from './builtins';
import { lostTaskLocation, taskLocation, taskMaxFailures } from './task-failures';

export interface SparkContextOptions {
  readonly master: string;
  readonly appName?: string;
  readonly listener?: SchedulerListener;
  /** Turns a user function value into a FunctionRef; languages other than JS install theirs. */
  readonly functionSerializer?: (f: UserFunction) => FunctionRef | undefined;
  /** Key equality, hashing and order for pair operations (JS semantics by default). */
  readonly keys?: KeySemantics;
}

/** A function with leading arguments fixed: how %ts code hands broadcasts and accumulators to tasks. */
export class BoundFunction {
  constructor(
    readonly fn: UserFunction,
    readonly args: readonly unknown[],
  ) {}
}

export class SparkContext {
  readonly master: string;
  readonly appName: string;
  readonly scheduler: DAGScheduler;
  readonly lineage = lineage;
  readonly keys: KeySemantics;
  private readonly driverFns = new FunctionCache();
  private nextRddId = 0;
  private nextShuffleId = 0;
  private site: string | undefined;
  private checkpointing = false;
  checkpointDir: string | undefined;

  constructor(
    private readonly backend: TaskBackend,
    private readonly options: SparkContextOptions,
  ) {
    this.master = options.master;
    this.appName = options.appName ?? 'Flint';
    this.keys = options.keys ?? jsKeySemantics;
    this.scheduler = new DAGScheduler(backend, options.listener);
    this.scheduler.maxFailures = taskMaxFailures(this.master);
    this.scheduler.taskLocation = (executorId) => taskLocation(this.master, executorId);
    this.scheduler.lostTaskLocation = (executorId) => lostTaskLocation(this.master, executorId);
  }

  get defaultParallelism(): number {
    return this.backend.slots().length;
  }

  /** Whether events go anywhere: without a listener, engine layers can skip measuring for the Spark UI. */
  get listening(): boolean {
    return this.options.listener !== undefined;
  }

  /** Sends an event to the application's listener (the Spark UI), as Spark's listener bus. */
  post(event: SchedulerEvent): void {
    this.options.listener?.(event);
  }

  /** RDDs created so far: a cell that made some and ran no job only defined transformations. */
  get rddsCreated(): number {
    return this.nextRddId;
  }

  newRddId(): number {
    return this.nextRddId++;
  }

  newShuffleId(): number {
    return this.nextShuffleId++;
  }

  /** Language layers set where user code is (PySpark shows `<stdin>:1`); RDDs record it. */
  setCallSite(site: string | undefined): void {
    this.site = site;
  }

  /** The site set by setCallSite, if any (to restore it after building internal RDDs). */
  currentCallSite(): string | undefined {
    return this.site;
  }

  callSite(operation: string): string {
    return `${operation} at ${this.site ?? 'NativeMethodAccessorImpl.java:0'}`;
  }

  functionRef(f: UserFunction): FunctionRef {
    if (f instanceof BoundFunction) {
      const base = this.functionRef(f.fn);
      const ref = bindRef(base, ...f.args.map((a) => (typeof a === 'function' ? this.functionRef(a) : a)));
      const broadcastIds = new Set(ref.broadcastIds ?? []);
      const accumulatorIds = new Set(ref.accumulatorIds ?? []);
      for (const a of f.args) {
        if (a instanceof Broadcast) broadcastIds.add(a.id);
        if (a instanceof Accumulator) accumulatorIds.add(a.id);
      }
      return { ...ref, broadcastIds: [...broadcastIds], accumulatorIds: [...accumulatorIds] };
    }
    const custom = this.options.functionSerializer?.(f);
    if (custom) return custom;
    if (typeof f === 'function') return jsFunctionRef(f as (...args: never[]) => unknown);
    if (isFunctionRef(f)) return f;
    throw new TypeError(`expected a function, got ${typeof f}`);
  }

  /** The driver's own copy of a shipped function, for the driver half of an action. */
  driverFunction(ref: FunctionRef): CompiledFunction {
    return this.driverFns.get(ref);
  }

  /** Partial application: `sc.bind((b, x) => b.value[x], broadcast)` ships `b` with the function. */
  bind(fn: UserFunction, ...args: unknown[]): BoundFunction {
    return new BoundFunction(fn, args);
  }

  /** A handle to bind into a shipped function; inside the task it answers for the running task. */
  taskContext(): TaskContextRef {
    return new TaskContextRef();
  }

  parallelize(data: Iterable<unknown>, numSlices?: number): RDD {
    return lineage.source(this, sliceCollection(Array.from(data), this.slices(numSlices)), 'parallelize');
  }

  /** sc.range(end) or sc.range(start, end, step, numSlices), as PySpark. */
  range(start: number, end?: number, step = 1, numSlices?: number): RDD {
    if (end === undefined) {
      end = start;
      start = 0;
    }
    return lineage.source(this, sliceRange(start, end, step, this.slices(numSlices)), 'range');
  }

  emptyRDD(): RDD {
    return lineage.source(this, [], 'emptyRDD');
  }

  union(rdds: readonly RDD[]): RDD {
    if (rdds.length === 0) throw new Error('union of no RDDs');
    return lineage.union(this, rdds);
  }

  broadcast<T>(value: T): Broadcast<T> {
    const b = new Broadcast<T>(this.scheduler.shared.newBroadcastId(), value, serialize(value), this.scheduler.shared);
    this.scheduler.shared.addBroadcast(b);
    return b;
  }

  /**
   * accumulator(initial) adds numbers; with `merge` (a shipped function `(a, b) => a + b`)
   * any type, starting each task from `zero`.
   */
  accumulator<T>(initial: T, merge?: UserFunction, zero?: T): Accumulator<T> {
    const mergeRef = merge === undefined ? builtin('add') : this.functionRef(merge);
    const z = zero ?? defaultZero(initial);
    const acc = new Accumulator<T>(this.scheduler.shared.newAccumulatorId(), initial, z, mergeRef, this.driverFunction(mergeRef));
    this.scheduler.shared.addAccumulator(acc as Accumulator);
    return acc;
  }

  /**
   * An engine accumulator (as Spark's SQL metrics): tasks add to it and the driver merges
   * their results like any accumulator's, but task events do not list it; `releaseAccumulator`
   * forgets it once read.
   */
  internalAccumulator<T>(initial: T, zero: T, merge: FunctionRef): Accumulator<T> {
    const acc = new Accumulator<T>(this.scheduler.shared.newAccumulatorId(), initial, zero, merge, this.driverFunction(merge));
    this.scheduler.shared.addAccumulator(acc as Accumulator, true);
    return acc;
  }

  releaseAccumulator(id: number): void {
    this.scheduler.shared.removeAccumulator(id);
  }

  /** As Spark, checkpoints of this context go to a fresh uuid-named directory under `dir`. */
  setCheckpointDir(dir: string): void {
    this.checkpointDir = `${dir.replace(/\/+$/, '')}/${randomUuid()}`;
  }

  runJob(rdd: RDD, action: ActionSpec, description: string, partitions?: readonly number[]): unknown[] {
    const all = partitions ?? Array.from({ length: rdd.getNumPartitions() }, (_, i) => i);
    const out = this.scheduler.runJob(rdd, all, action, description);
    if (!this.checkpointing) this.materializeCheckpoints(rdd);
    return out;
  }

  /** After a job, RDDs marked for checkpointing in its lineage are saved (one more job each, as Spark). */
  private materializeCheckpoints(rdd: RDD): void {
    const marked: RDD[] = [];
    const seen = new Set<RDD>();
    const visit = (r: RDD) => {
      if (seen.has(r)) return;
      seen.add(r);
      if (r.checkpointRequested && !r.checkpointData) marked.push(r);
      for (const d of r.dependencies()) visit(d.rdd);
    };
    visit(rdd);
    if (marked.length === 0) return;
    this.checkpointing = true;
    try {
      for (const r of marked.reverse()) {
        const parts = this.scheduler.runJob(r.glom(), Array.from({ length: r.getNumPartitions() }, (_, i) => i), { kind: 'collect' }, 'checkpoint');
        r.checkpointData = parts.map((p) => (p as unknown[][])[0] ?? []);
      }
    } finally {
      this.checkpointing = false;
    }
  }

  private slices(numSlices: number | undefined): number {
    const n = numSlices ?? this.defaultParallelism;
    if (!Number.isInteger(n) || n < 1) throw new RangeError(`numSlices must be a positive integer, got ${n}`);
    return n;
  }
}

function defaultZero(initial: unknown): never {
  if (typeof initial === 'number') return 0 as never;
  if (typeof initial === 'bigint') return 0n as never;
  if (typeof initial === 'string') return '' as never;
  if (Array.isArray(initial)) return [] as never;
  throw new TypeError('accumulator(initial, merge, zero): give the zero value for this type');
}

function randomUuid(): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(Math.random() * 16).toString(16));
  hex[12] = '4';
  hex[16] = '89ab'[Math.floor(Math.random() * 4)]!;
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
