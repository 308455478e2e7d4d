/**
 * RDD lineage on the driver. Transformations only build lineage; actions hand the
 * scheduler a plan whose recipe rebuilds any partition from its source.
 */
import type { SparkContext } from './context';
import type { FunctionRef, NarrowOp, SourceSpec } from './task';
import type { StagePlan } from './scheduler';

/** What the RDD API accepts as a user function; the context turns it into a FunctionRef. */
export type UserFunction = unknown;

export abstract class RDD {
  private nameValue: string | undefined;

  constructor(
    readonly context: SparkContext,
    readonly id: number,
  ) {}

  abstract getNumPartitions(): number;
  abstract recipe(partition: number): { source: SourceSpec; ops: NarrowOp[] };

  name(): string | undefined {
    return this.nameValue;
  }

  setName(name: string): this {
    this.nameValue = name;
    return this;
  }

  private derive(op: NarrowOp): RDD {
    return new MapPartitionsRDD(this, op);
  }

  private ref(f: UserFunction): FunctionRef {
    return this.context.functionRef(f);
  }

  map(f: UserFunction): RDD {
    return this.derive({ kind: 'map', fn: this.ref(f) });
  }

  filter(f: UserFunction): RDD {
    return this.derive({ kind: 'filter', fn: this.ref(f) });
  }

  flatMap(f: UserFunction): RDD {
    return this.derive({ kind: 'flatMap', fn: this.ref(f) });
  }

  /** f(partitionIndex, records) returns the partition's new records. */
  mapPartitionsWithIndex(f: UserFunction): RDD {
    return this.derive({ kind: 'mapPartitionsWithIndex', fn: this.ref(f) });
  }

  glom(): RDD {
    return this.derive({ kind: 'glom' });
  }

  plan(partitions?: readonly number[]): StagePlan {
    const all = partitions ?? Array.from({ length: this.getNumPartitions() }, (_, i) => i);
    return { partitions: all, recipe: (p) => this.recipe(p) };
  }

  collect(): unknown[] {
    return this.context.runJob(this, { kind: 'collect' }, 'collect').flat();
  }

  count(): number {
    return (this.context.runJob(this, { kind: 'count' }, 'count') as number[]).reduce((a, b) => a + b, 0);
  }

  sum(): unknown {
    return this.context.runJob(this, { kind: 'sum' }, 'sum').reduce((a: unknown, b: unknown) => {
      if (typeof a === 'bigint' || typeof b === 'bigint') return BigInt(a as number) + BigInt(b as number);
      return (a as number) + (b as number);
    }, 0);
  }

  /** Scans partitions incrementally, as Spark's take does (scale-up factor 4). */
  take(num: number): unknown[] {
    const items: unknown[] = [];
    const total = this.getNumPartitions();
    let scanned = 0;
    while (items.length < num && scanned < total) {
      let tryParts = 1;
      if (scanned > 0) {
        tryParts =
          items.length === 0
            ? scanned * 4
            : Math.min(Math.max(Math.trunc((1.5 * num * scanned) / items.length) - scanned, 1), scanned * 4);
      }
      const parts = Array.from({ length: Math.min(tryParts, total - scanned) }, (_, i) => scanned + i);
      const left = num - items.length;
      const res = this.context.runJob(this, { kind: 'take', n: left }, 'take', parts) as unknown[][];
      for (const r of res) items.push(...r.slice(0, num - items.length));
      scanned += parts.length;
    }
    return items;
  }

  first(): unknown {
    const r = this.take(1);
    if (r.length === 0) throw new Error('RDD is empty');
    return r[0];
  }
}

export class SourceRDD extends RDD {
  constructor(
    context: SparkContext,
    id: number,
    private readonly slices: readonly SourceSpec[],
  ) {
    super(context, id);
  }

  getNumPartitions(): number {
    return this.slices.length;
  }

  recipe(partition: number): { source: SourceSpec; ops: NarrowOp[] } {
    return { source: this.slices[partition]!, ops: [] };
  }
}

export class MapPartitionsRDD extends RDD {
  constructor(
    readonly parent: RDD,
    private readonly op: NarrowOp,
  ) {
    super(parent.context, parent.context.newRddId());
  }

  getNumPartitions(): number {
    return this.parent.getNumPartitions();
  }

  recipe(partition: number): { source: SourceSpec; ops: NarrowOp[] } {
    const r = this.parent.recipe(partition);
    return { source: r.source, ops: [...r.ops, this.op] };
  }
}
