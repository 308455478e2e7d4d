/**
 * RDD lineage on the driver. Transformations only build lineage; an action hands the
 * scheduler the final RDD, whose `recipe(p)` rebuilds any partition from its sources,
 * cached blocks or shuffle outputs. The primitives here (narrow ops, a shuffle keyed by
 * a target-partition function, union, coalesce, zip, cartesian) are language-neutral;
 * the JS pair and convenience operations compose them in pair-ops.ts and actions.ts.
 */
import type { SparkContext } from './context';
import type { FunctionRef, NarrowOp, Recipe } from './task';
import type { ExecutorRef } from './trackers';
import { StorageLevel } from './storage-level';
import * as pair from './pair-ops';
import * as act from './actions';
import * as num from './stats';
import type { StatCounter } from './stats';
import { debugString } from './debug-string';

/** What the RDD API accepts as a user function; the context turns it into a FunctionRef. */
export type UserFunction = unknown;

export interface ShuffleInfo {
  readonly shuffleId: number;
  readonly numPartitions: number;
  readonly partitioner: FunctionRef;
}

export type Dependency =
  | { readonly kind: 'narrow'; readonly rdd: RDD }
  | { readonly kind: 'shuffle'; readonly rdd: RDD; readonly shuffle: ShuffleInfo };

/** What building a recipe asks the scheduler, for the executor the task goes to. */
export interface RecipeContext {
  shuffleBlocks(shuffleId: number, reduceId: number): readonly Uint8Array[];
  hasCachedBlock(rddId: number, partition: number): boolean;
}

/** Known placement of keys, so lookup() reads one partition and mapValues keeps it. */
export interface PartitionerInfo {
  readonly numPartitions: number;
  readonly keyHash: FunctionRef;
}

export abstract class RDD {
  private nameValue: string | undefined;
  storageLevel: StorageLevel = StorageLevel.NONE;
  partitioner: PartitionerInfo | undefined;
  /** Set by checkpoint(): the materialised partitions, held by the driver. */
  checkpointData: unknown[][] | undefined;
  checkpointRequested: 'reliable' | 'local' | undefined;
  readonly creationSite: string;

  constructor(
    readonly context: SparkContext,
    readonly rddId: number,
    readonly className: string,
    operation: string,
  ) {
    this.creationSite = context.callSite(operation);
  }

  abstract getNumPartitions(): number;
  protected abstract computeDependencies(): Dependency[];
  /** The recipe of partition p ignoring persistence and checkpoints. */
  protected abstract compute(partition: number, ctx: RecipeContext): Recipe;

  dependencies(): Dependency[] {
    return this.checkpointData ? [] : this.computeDependencies();
  }

  recipe(partition: number, ctx: RecipeContext): Recipe {
    if (this.checkpointData) return { partition, source: { kind: 'collection', items: this.checkpointData[partition]! }, ops: [] };
    if (this.storageLevel.isValid) {
      const fallback = ctx.hasCachedBlock(this.rddId, partition) ? null : this.compute(partition, ctx);
      return { partition, source: { kind: 'cached', rddId: this.rddId, partition, fallback }, ops: [] };
    }
    return this.compute(partition, ctx);
  }

  /** Executors holding this partition (or the partition it is narrowly built from) cached. */
  preferredLocations(partition: number): readonly ExecutorRef[] {
    if (this.storageLevel.isValid) {
      const at = this.context.scheduler.blocks.locationsOf(`rdd_${this.rddId}_${partition}`);
      if (at.length > 0) return at;
    }
    return this.checkpointData ? [] : this.parentLocations(partition);
  }

  protected parentLocations(_partition: number): readonly ExecutorRef[] {
    return [];
  }

  /** PySpark's rdd.id(): unique within the SparkContext. */
  id(): number {
    return this.rddId;
  }

  name(): string | undefined {
    return this.nameValue;
  }

  setName(name: string): this {
    this.nameValue = name;
    return this;
  }

  toString(): string {
    return `${this.nameValue ? `${this.nameValue} ` : ''}${this.className}[${this.rddId}] at ${this.creationSite}`;
  }

  toDebugString(): string {
    return debugString(this);
  }

  protected ref(f: UserFunction): FunctionRef {
    return this.context.functionRef(f);
  }

  // ---- primitives ----

  /** A narrow operation; `preservesPartitioning` keeps the known key placement (mapValues). */
  narrow(op: NarrowOp, operation: string, preservesPartitioning = false): RDD {
    const out = this.context.lineage.mapPartitions(this, op, operation);
    if (preservesPartitioning) out.partitioner = this.partitioner;
    return out;
  }

  /** The shuffle primitive: records move to reducer `partitioner(record, numPartitions)`. */
  shuffle(numPartitions: number, partitioner: FunctionRef, operation = 'partitionBy'): RDD {
    return this.context.lineage.shuffled(this, numPartitions, partitioner, operation);
  }

  map(f: UserFunction): RDD {
    return this.narrow({ kind: 'map', fn: this.ref(f) }, 'map');
  }

  filter(f: UserFunction): RDD {
    return this.narrow({ kind: 'filter', fn: this.ref(f) }, 'filter', true);
  }

  flatMap(f: UserFunction): RDD {
    return this.narrow({ kind: 'flatMap', fn: this.ref(f) }, 'flatMap');
  }

  /** f(partitionIndex, records) returns the partition's new records. */
  mapPartitionsWithIndex(f: UserFunction, preservesPartitioning = false): RDD {
    return this.narrow({ kind: 'mapPartitionsWithIndex', fn: this.ref(f) }, 'mapPartitionsWithIndex', preservesPartitioning);
  }

  mapPartitions(f: UserFunction, preservesPartitioning = false): RDD {
    return pair.mapPartitions(this, this.ref(f), preservesPartitioning);
  }

  glom(): RDD {
    return this.narrow({ kind: 'glom' }, 'glom');
  }

  union(other: RDD): RDD {
    return this.context.union([this, other]);
  }

  coalesce(numPartitions: number, shuffle = false): RDD {
    return shuffle ? pair.repartition(this, numPartitions) : this.context.lineage.coalesced(this, numPartitions);
  }

  repartition(numPartitions: number): RDD {
    return pair.repartition(this, numPartitions);
  }

  zip(other: RDD): RDD {
    return this.context.lineage.zipped(this, other);
  }

  cartesian(other: RDD): RDD {
    return this.context.lineage.cartesian(this, other);
  }

  // ---- persistence ----

  persist(level: StorageLevel = StorageLevel.MEMORY_ONLY): this {
    if (this.storageLevel.isValid && !this.storageLevel.equals(level)) {
      throw new Error('Cannot change storage level of an RDD after it was already assigned a level');
    }
    if (!this.storageLevel.isValid) this.context.scheduler.trackPersisted(this);
    this.storageLevel = level;
    return this;
  }

  cache(): this {
    return this.persist(StorageLevel.MEMORY_ONLY);
  }

  unpersist(_blocking = false): this {
    this.storageLevel = StorageLevel.NONE;
    this.context.scheduler.unpersistRdd(this.rddId);
    return this;
  }

  getStorageLevel(): StorageLevel {
    return this.storageLevel;
  }

  get isCached(): boolean {
    return this.storageLevel.isValid;
  }

  /** Materialised into the driver after the next job on this RDD; lineage then ends here. */
  checkpoint(): void {
    if (this.context.checkpointDir === undefined) throw new Error('Checkpoint directory has not been set in the SparkContext');
    this.checkpointRequested ??= 'reliable';
  }

  /** As checkpoint(): Flint keeps both kinds on the driver, so both survive executor loss. */
  localCheckpoint(): this {
    this.checkpointRequested ??= 'local';
    return this;
  }

  isCheckpointed(): boolean {
    return this.checkpointData !== undefined;
  }

  isLocallyCheckpointed(): boolean {
    return this.checkpointData !== undefined && this.checkpointRequested === 'local';
  }

  getCheckpointFile(): string | undefined {
    return this.checkpointData && this.checkpointRequested === 'reliable' ? `${this.context.checkpointDir}/rdd-${this.rddId}` : undefined;
  }

  // ---- element-wise and pair transformations (JS key semantics, see js-keys.ts) ----

  keyBy(f: UserFunction): RDD { return pair.keyBy(this, this.ref(f)); }
  mapValues(f: UserFunction): RDD { return pair.mapValues(this, this.ref(f)); }
  flatMapValues(f: UserFunction): RDD { return pair.flatMapValues(this, this.ref(f)); }
  keys(): RDD { return pair.keys(this); }
  values(): RDD { return pair.values(this); }
  combineByKey(createCombiner: UserFunction, mergeValue: UserFunction, mergeCombiners: UserFunction, numPartitions?: number, partitionFunc?: UserFunction): RDD {
    return pair.combineByKey(this, this.ref(createCombiner), this.ref(mergeValue), this.ref(mergeCombiners), numPartitions, partitionFunc === undefined ? undefined : this.ref(partitionFunc));
  }
  reduceByKey(f: UserFunction, numPartitions?: number, partitionFunc?: UserFunction): RDD {
    const r = this.ref(f);
    return pair.combineByKey(this, pair.identity, r, r, numPartitions, partitionFunc === undefined ? undefined : this.ref(partitionFunc));
  }
  foldByKey(zeroValue: unknown, f: UserFunction, numPartitions?: number): RDD { return pair.foldByKey(this, zeroValue, this.ref(f), this.ref(f), numPartitions); }
  aggregateByKey(zeroValue: unknown, seqFunc: UserFunction, combFunc: UserFunction, numPartitions?: number): RDD {
    return pair.foldByKey(this, zeroValue, this.ref(seqFunc), this.ref(combFunc), numPartitions);
  }
  groupByKey(numPartitions?: number): RDD { return pair.groupByKey(this, numPartitions); }
  groupBy(f: UserFunction, numPartitions?: number): RDD { return pair.groupByKey(this.keyBy(f), numPartitions); }
  partitionBy(numPartitions: number, partitionFunc?: UserFunction): RDD {
    return pair.partitionBy(this, numPartitions, partitionFunc === undefined ? undefined : this.ref(partitionFunc));
  }
  distinct(numPartitions?: number): RDD { return pair.distinct(this, numPartitions); }
  sortByKey(ascending = true, numPartitions?: number, keyfunc?: UserFunction): RDD {
    return pair.sortByKey(this, ascending, numPartitions, keyfunc === undefined ? undefined : this.ref(keyfunc));
  }
  sortBy(keyfunc: UserFunction, ascending = true, numPartitions?: number): RDD {
    return pair.sortByKey(this.keyBy(keyfunc), ascending, numPartitions).values();
  }
  cogroup(other: RDD, numPartitions?: number): RDD { return pair.cogroup([this, other], numPartitions); }
  groupWith(...others: RDD[]): RDD { return pair.cogroup([this, ...others]); }
  join(other: RDD, numPartitions?: number): RDD { return pair.join(this, other, 'inner', numPartitions); }
  leftOuterJoin(other: RDD, numPartitions?: number): RDD { return pair.join(this, other, 'left', numPartitions); }
  rightOuterJoin(other: RDD, numPartitions?: number): RDD { return pair.join(this, other, 'right', numPartitions); }
  fullOuterJoin(other: RDD, numPartitions?: number): RDD { return pair.join(this, other, 'full', numPartitions); }
  subtractByKey(other: RDD, numPartitions?: number): RDD { return pair.subtractByKey(this, other, numPartitions); }
  subtract(other: RDD, numPartitions?: number): RDD { return pair.subtract(this, other, numPartitions); }
  intersection(other: RDD): RDD { return pair.intersection(this, other); }
  zipWithIndex(): RDD { return pair.zipWithIndex(this); }
  zipWithUniqueId(): RDD { return pair.zipWithUniqueId(this); }
  sample(withReplacement: boolean, fraction: number, seed?: number): RDD { return pair.sample(this, withReplacement, fraction, seed); }

  // ---- actions ----

  collect(): unknown[] { return act.collect(this); }
  count(): number { return act.count(this); }
  sum(): unknown { return act.sum(this); }
  take(num: number): unknown[] { return act.take(this, num); }
  first(): unknown { return act.first(this); }
  isEmpty(): boolean { return act.isEmpty(this); }
  reduce(f: UserFunction): unknown { return act.reduce(this, this.ref(f)); }
  fold(zeroValue: unknown, f: UserFunction): unknown { return act.fold(this, zeroValue, this.ref(f), this.ref(f)); }
  aggregate(zeroValue: unknown, seqOp: UserFunction, combOp: UserFunction): unknown { return act.fold(this, zeroValue, this.ref(seqOp), this.ref(combOp)); }
  max(key?: UserFunction): unknown { return act.extreme(this, 'max', key === undefined ? undefined : this.ref(key)); }
  min(key?: UserFunction): unknown { return act.extreme(this, 'min', key === undefined ? undefined : this.ref(key)); }
  mean(): number { return act.mean(this); }
  collectAsMap(): Map<unknown, unknown> { return act.collectAsMap(this); }
  countByKey(): Map<unknown, number> { return act.countByValue(this.keys(), 'countByKey'); }
  countByValue(): Map<unknown, number> { return act.countByValue(this, 'countByValue'); }
  lookup(key: unknown): unknown[] { return act.lookup(this, key); }
  top(num: number, key?: UserFunction): unknown[] { return act.takeOrdered(this, num, true, key === undefined ? undefined : this.ref(key)); }
  takeOrdered(num: number, key?: UserFunction): unknown[] { return act.takeOrdered(this, num, false, key === undefined ? undefined : this.ref(key)); }
  stats(): StatCounter { return num.stats(this); }
  stdev(): number { return num.stats(this).stdev; }
  variance(): number { return num.stats(this).variance; }
  sampleStdev(): number { return num.stats(this).sampleStdev; }
  sampleVariance(): number { return num.stats(this).sampleVariance; }
  histogram(buckets: number | readonly number[]): [number[], number[]] { return num.histogram(this, buckets); }
  takeSample(withReplacement: boolean, n: number, seed?: number): unknown[] { return num.takeSample(this, withReplacement, n, seed); }
  randomSplit(weights: readonly number[], seed?: number): RDD[] { return num.randomSplit(this, weights, seed); }
  foreach(f: UserFunction): void { act.foreach(this, this.ref(f), 'foreachLocal', 'foreach'); }
  foreachPartition(f: UserFunction): void { act.foreach(this, this.ref(f), 'foreachPartitionLocal', 'foreachPartition'); }
}
