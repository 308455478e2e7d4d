/** SparkContext: the entry point that creates RDDs and runs their jobs. */
import { DAGScheduler } from './scheduler';
import { SourceRDD } from './rdd';
import type { RDD, UserFunction } from './rdd';
import type { TaskBackend } from './backend';
import type { SchedulerListener } from './events';
import type { ActionSpec, FunctionRef } from './task';
import { sliceCollection, sliceRange } from './slicing';
import { jsFunctionRef } from './function-loader';

export interface SparkContextOptions {
  readonly master: string;
  readonly appName?: string;
  readonly listener?: SchedulerListener;
  /** Turns a user function value into a FunctionRef; languages other than JS install theirs. */
  readonly functionSerializer?: (f: UserFunction) => FunctionRef | undefined;
}

export class SparkContext {
  readonly master: string;
  readonly appName: string;
  readonly scheduler: DAGScheduler;
  private nextRddId = 0;

  constructor(
    private readonly backend: TaskBackend,
    private readonly options: SparkContextOptions,
  ) {
    this.master = options.master;
    this.appName = options.appName ?? 'Flint';
    this.scheduler = new DAGScheduler(backend, options.listener);
  }

  get defaultParallelism(): number {
    return this.backend.slots().length;
  }

  newRddId(): number {
    return this.nextRddId++;
  }

  functionRef(f: UserFunction): FunctionRef {
    const custom = this.options.functionSerializer?.(f);
    if (custom) return custom;
    if (typeof f === 'function') return jsFunctionRef(f as (...args: never[]) => unknown);
    throw new TypeError(`expected a function, got ${typeof f}`);
  }

  parallelize(data: Iterable<unknown>, numSlices?: number): RDD {
    const n = this.slices(numSlices);
    return new SourceRDD(this, this.newRddId(), sliceCollection(Array.from(data), n));
  }

  /** sc.range(end) or sc.range(start, end, step, numSlices), as PySpark. */
  range(start: number, end?: number, step = 1, numSlices?: number): RDD {
    if (end === undefined) {
      end = start;
      start = 0;
    }
    return new SourceRDD(this, this.newRddId(), sliceRange(start, end, step, this.slices(numSlices)));
  }

  emptyRDD(): RDD {
    return new SourceRDD(this, this.newRddId(), []);
  }

  runJob(rdd: RDD, action: ActionSpec, description: string, partitions?: readonly number[]): unknown[] {
    return this.scheduler.runJob(rdd.plan(partitions), action, description);
  }

  private slices(numSlices: number | undefined): number {
    const n = numSlices ?? this.defaultParallelism;
    if (!Number.isInteger(n) || n < 1) throw new RangeError(`numSlices must be a positive integer, got ${n}`);
    return n;
  }
}
