/**
 * The JVM-side RDD kinds PySpark's lineage shows, built on the core's RDD base so the
 * scheduler runs them like any other: PythonRDD (a pipeline of Python functions over one
 * parent, i.e. one mapPartitionsWithIndex), the pass-through nodes PySpark's shuffle goes
 * through (PairwiseRDD, the values MapPartitionsRDD), EmptyRDD, and zip/cartesian whose
 * pairs become Python tuples inside the same task (PySpark's PairDeserializer).
 */
import { RDD } from '../../rdd';
import { userCallSite } from '../runtime/call-site';
import type { Dependency, FunctionRef, NarrowOp, Recipe, RecipeContext, SparkContext } from '../../rdd';

type Locations = ReturnType<RDD['preferredLocations']>;

/** PySpark's JVM call sites: where each kind says it was created. */
export const SITES = {
  parallelize: 'PythonRDD.scala:289',
  pythonRdd: 'PythonRDD.scala:53',
  valueOfPair: 'PythonRDD.scala:160',
  user: '<stdin>:1',
} as const;

/** Where user code called into pyspark (`<stdin>:3`), for RDDs PySpark creates under SCCallSiteSync. */
export function userSite(): string {
  return userCallSite() ?? SITES.user;
}

/** Builds an RDD while the context reports `site` as the caller's location. */
export function atSite<T>(sc: SparkContext, site: string | undefined, make: () => T): T {
  const probe = sc.callSite('');
  const prev = probe === ' at NativeMethodAccessorImpl.java:0' ? undefined : probe.slice(4);
  sc.setCallSite(site);
  try {
    return make();
  } finally {
    sc.setCallSite(prev);
  }
}

/** One parent, optionally one narrow op appended to its recipe. */
export class PyNarrowRDD extends RDD {
  constructor(
    readonly parent: RDD,
    className: string,
    operation: string,
    private readonly op: NarrowOp | null,
  ) {
    super(parent.context, parent.context.newRddId(), className, operation);
  }

  getNumPartitions(): number {
    return this.parent.getNumPartitions();
  }

  protected computeDependencies(): Dependency[] {
    return [{ kind: 'narrow', rdd: this.parent }];
  }

  protected compute(partition: number, ctx: RecipeContext): Recipe {
    const r = this.parent.recipe(partition, ctx);
    return this.op ? { partition, source: r.source, ops: [...r.ops, this.op] } : r;
  }

  protected override parentLocations(partition: number): Locations {
    return this.parent.preferredLocations(partition);
  }
}

export class EmptyRDD extends RDD {
  constructor(context: SparkContext) {
    super(context, context.newRddId(), 'EmptyRDD', 'emptyRDD');
  }

  getNumPartitions(): number {
    return 0;
  }

  protected computeDependencies(): Dependency[] {
    return [];
  }

  protected compute(partition: number): Recipe {
    return { partition, source: { kind: 'collection', items: [] }, ops: [] };
  }
}

/** zip and cartesian: the core's pair sources, with each pair turned into a tuple. */
export class PyPairedRDD extends RDD {
  constructor(
    readonly left: RDD,
    readonly right: RDD,
    private readonly how: 'zip' | 'cartesian',
    private readonly toTuple: FunctionRef,
  ) {
    super(left.context, left.context.newRddId(), how === 'zip' ? 'ZippedPartitionsRDD2' : 'CartesianRDD', how);
    if (how === 'zip' && left.getNumPartitions() !== right.getNumPartitions()) {
      throw new Error(`Can't zip RDDs with unequal numbers of partitions: List(${left.getNumPartitions()}, ${right.getNumPartitions()})`);
    }
  }

  getNumPartitions(): number {
    const l = this.left.getNumPartitions();
    return this.how === 'zip' ? l : l * this.right.getNumPartitions();
  }

  protected computeDependencies(): Dependency[] {
    return [{ kind: 'narrow', rdd: this.left }, { kind: 'narrow', rdd: this.right }];
  }

  protected compute(partition: number, ctx: RecipeContext): Recipe {
    const op: NarrowOp = { kind: 'map', fn: this.toTuple };
    if (this.how === 'zip') {
      return { partition, source: { kind: 'zip', left: this.left.recipe(partition, ctx), right: this.right.recipe(partition, ctx) }, ops: [op] };
    }
    const n = this.right.getNumPartitions();
    const left = this.left.recipe(Math.floor(partition / n), ctx);
    const right = this.right.recipe(partition % n, ctx);
    return { partition, source: { kind: 'cartesian', left, right }, ops: [op] };
  }

  protected override parentLocations(partition: number): Locations {
    return this.how === 'zip' ? this.left.preferredLocations(partition) : [];
  }
}
