/**
 * The RDD kinds: a source, narrow one-to-one operations, the shuffle, and the composite
 * narrow kinds with several parents (union, coalesce, zip, cartesian). Each says which
 * dependencies it has and how to describe one of its partitions as a recipe.
 */
import { RDD } from './rdd';
import type { Dependency, RecipeContext, ShuffleInfo } from './rdd';
import type { SparkContext } from './context';
import type { FunctionRef, NarrowOp, Recipe, SourceSpec } from './task';
import type { ExecutorRef } from './trackers';

export class ParallelCollectionRDD extends RDD {
  constructor(
    context: SparkContext,
    private readonly slices: readonly SourceSpec[],
    operation: string,
  ) {
    super(context, context.newRddId(), 'ParallelCollectionRDD', operation);
  }

  getNumPartitions(): number {
    return this.slices.length;
  }

  protected computeDependencies(): Dependency[] {
    return [];
  }

  protected compute(partition: number): Recipe {
    return { partition, source: this.slices[partition]!, ops: [] };
  }
}

export class MapPartitionsRDD extends RDD {
  constructor(
    readonly parent: RDD,
    private readonly op: NarrowOp,
    operation: string,
  ) {
    super(parent.context, parent.context.newRddId(), 'MapPartitionsRDD', operation);
  }

  getNumPartitions(): number {
    return this.parent.getNumPartitions();
  }

  protected computeDependencies(): Dependency[] {
    return [{ kind: 'narrow', rdd: this.parent }];
  }

  protected compute(partition: number, ctx: RecipeContext): Recipe {
    const r = this.parent.recipe(partition, ctx);
    return { partition, source: r.source, ops: [...r.ops, this.op] };
  }

  protected override parentLocations(partition: number): readonly ExecutorRef[] {
    return this.parent.preferredLocations(partition);
  }
}

export class ShuffledRDD extends RDD {
  readonly shuffleInfo: ShuffleInfo;

  constructor(
    readonly parent: RDD,
    numPartitions: number,
    partitioner: FunctionRef,
    operation: string,
  ) {
    super(parent.context, parent.context.newRddId(), 'ShuffledRDD', operation);
    if (!Number.isInteger(numPartitions) || numPartitions < 1) throw new RangeError(`numPartitions must be a positive integer, got ${numPartitions}`);
    this.shuffleInfo = { shuffleId: parent.context.newShuffleId(), numPartitions, partitioner };
    parent.context.scheduler.trackShuffle(this, this.shuffleInfo.shuffleId);
  }

  getNumPartitions(): number {
    return this.shuffleInfo.numPartitions;
  }

  protected computeDependencies(): Dependency[] {
    return [{ kind: 'shuffle', rdd: this.parent, shuffle: this.shuffleInfo }];
  }

  protected compute(partition: number, ctx: RecipeContext): Recipe {
    const { shuffleId } = this.shuffleInfo;
    return { partition, source: { kind: 'shuffle', shuffleId, reduceId: partition, blocks: ctx.shuffleBlocks(shuffleId, partition) }, ops: [] };
  }
}

/** Partitions of several parents side by side: partition p is some parent's partition. */
export class UnionRDD extends RDD {
  private readonly index: [RDD, number][] = [];

  constructor(
    context: SparkContext,
    readonly parents: readonly RDD[],
  ) {
    super(context, context.newRddId(), 'UnionRDD', 'union');
    for (const r of parents) for (let p = 0; p < r.getNumPartitions(); p++) this.index.push([r, p]);
  }

  getNumPartitions(): number {
    return this.index.length;
  }

  protected computeDependencies(): Dependency[] {
    return this.parents.map((rdd) => ({ kind: 'narrow', rdd }));
  }

  protected compute(partition: number, ctx: RecipeContext): Recipe {
    const [rdd, p] = this.index[partition]!;
    return rdd.recipe(p, ctx);
  }

  protected override parentLocations(partition: number): readonly ExecutorRef[] {
    const [rdd, p] = this.index[partition]!;
    return rdd.preferredLocations(p);
  }
}

/** coalesce without a shuffle: partition i concatenates a contiguous range of parent partitions. */
export class CoalescedRDD extends RDD {
  private readonly groups: number[][];

  constructor(
    readonly parent: RDD,
    numPartitions: number,
  ) {
    super(parent.context, parent.context.newRddId(), 'CoalescedRDD', 'coalesce');
    if (!Number.isInteger(numPartitions) || numPartitions < 1) throw new RangeError(`Number of partitions (${numPartitions}) must be positive.`);
    const prev = parent.getNumPartitions();
    const n = Math.min(numPartitions, prev);
    this.groups = Array.from({ length: n }, (_, i) => {
      const out: number[] = [];
      for (let p = Math.floor((i * prev) / n); p < Math.floor(((i + 1) * prev) / n); p++) out.push(p);
      return out;
    });
  }

  getNumPartitions(): number {
    return this.groups.length;
  }

  protected computeDependencies(): Dependency[] {
    return [{ kind: 'narrow', rdd: this.parent }];
  }

  protected compute(partition: number, ctx: RecipeContext): Recipe {
    const parts = this.groups[partition]!.map((p) => this.parent.recipe(p, ctx));
    return { partition, source: { kind: 'concat', parts }, ops: [] };
  }

  protected override parentLocations(partition: number): readonly ExecutorRef[] {
    return this.groups[partition]!.flatMap((p) => this.parent.preferredLocations(p));
  }
}

export class ZippedPartitionsRDD2 extends RDD {
  constructor(
    readonly left: RDD,
    readonly right: RDD,
  ) {
    super(left.context, left.context.newRddId(), 'ZippedPartitionsRDD2', 'zip');
    if (left.getNumPartitions() !== right.getNumPartitions()) {
      throw new Error(`Can't zip RDDs with unequal numbers of partitions: List(${left.getNumPartitions()}, ${right.getNumPartitions()})`);
    }
  }

  getNumPartitions(): number {
    return this.left.getNumPartitions();
  }

  protected computeDependencies(): Dependency[] {
    return [{ kind: 'narrow', rdd: this.left }, { kind: 'narrow', rdd: this.right }];
  }

  protected compute(partition: number, ctx: RecipeContext): Recipe {
    return { partition, source: { kind: 'zip', left: this.left.recipe(partition, ctx), right: this.right.recipe(partition, ctx) }, ops: [] };
  }

  protected override parentLocations(partition: number): readonly ExecutorRef[] {
    return this.left.preferredLocations(partition);
  }
}

export class CartesianRDD extends RDD {
  constructor(
    readonly left: RDD,
    readonly right: RDD,
  ) {
    super(left.context, left.context.newRddId(), 'CartesianRDD', 'cartesian');
  }

  getNumPartitions(): number {
    return this.left.getNumPartitions() * this.right.getNumPartitions();
  }

  protected computeDependencies(): Dependency[] {
    return [{ kind: 'narrow', rdd: this.left }, { kind: 'narrow', rdd: this.right }];
  }

  protected compute(partition: number, ctx: RecipeContext): Recipe {
    const n = this.right.getNumPartitions();
    const left = this.left.recipe(Math.floor(partition / n), ctx);
    const right = this.right.recipe(partition % n, ctx);
    return { partition, source: { kind: 'cartesian', left, right }, ops: [] };
  }
}

/** How RDD methods build their children without importing these classes (no import cycle). */
export const lineage = {
  mapPartitions: (parent: RDD, op: NarrowOp, operation: string): RDD => new MapPartitionsRDD(parent, op, operation),
  shuffled: (parent: RDD, n: number, partitioner: FunctionRef, operation: string): RDD => new ShuffledRDD(parent, n, partitioner, operation),
  coalesced: (parent: RDD, n: number): RDD => new CoalescedRDD(parent, n),
  zipped: (left: RDD, right: RDD): RDD => new ZippedPartitionsRDD2(left, right),
  cartesian: (left: RDD, right: RDD): RDD => new CartesianRDD(left, right),
  union: (context: SparkContext, rdds: readonly RDD[]): RDD => new UnionRDD(context, rdds),
  source: (context: SparkContext, slices: readonly SourceSpec[], operation: string): RDD => new ParallelCollectionRDD(context, slices, operation),
};

export type Lineage = typeof lineage;
