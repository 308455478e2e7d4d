/**
 * The JS pair operations, built as PySpark builds its own: local combining in
 * mapPartitions, a shuffle keyed by a target-partition function, merging after it.
 * Pairs are two-element arrays; key equality, placement and order come from the
 * context's KeySemantics (js-keys.ts by default).
 */
import type { RDD } from './rdd';
import type { FunctionRef } from './task';
import { builtin } from './builtins';

export const identity = builtin('identity');

function mpi(rdd: RDD, fn: FunctionRef, operation: string, preservesPartitioning = false): RDD {
  return rdd.narrow({ kind: 'mapPartitionsWithIndex', fn }, operation, preservesPartitioning);
}

function mapWith(rdd: RDD, fn: FunctionRef, operation: string, preservesPartitioning = false): RDD {
  return rdd.narrow({ kind: 'map', fn }, operation, preservesPartitioning);
}

/** PySpark's _defaultReducePartitions: the parent's partition count. */
function reducePartitions(rdd: RDD, numPartitions: number | undefined): number {
  return numPartitions ?? rdd.getNumPartitions();
}

export function mapPartitions(rdd: RDD, f: FunctionRef, preservesPartitioning: boolean): RDD {
  return mpi(rdd, builtin('dropIndex', f), 'mapPartitions', preservesPartitioning);
}

export const keyBy = (rdd: RDD, f: FunctionRef) => mapWith(rdd, builtin('keyBy', f), 'keyBy');
export const mapValues = (rdd: RDD, f: FunctionRef) => mapWith(rdd, builtin('mapValues', f), 'mapValues', true);
export const flatMapValues = (rdd: RDD, f: FunctionRef) =>
  rdd.narrow({ kind: 'flatMap', fn: builtin('flatMapValues', f) }, 'flatMapValues', true);
export const keys = (rdd: RDD) => mapWith(rdd, builtin('pairKey'), 'keys');
export const values = (rdd: RDD) => mapWith(rdd, builtin('pairValue'), 'values');

export function partitionBy(rdd: RDD, numPartitions: number, partitionFunc?: FunctionRef): RDD {
  const hash = partitionFunc ?? rdd.context.keys.hash;
  const out = rdd.shuffle(numPartitions, builtin('keyPartition', hash), 'partitionBy');
  out.partitioner = { numPartitions, keyHash: hash };
  return out;
}

export function combineByKey(
  rdd: RDD,
  create: FunctionRef,
  mergeValue: FunctionRef,
  mergeCombiners: FunctionRef,
  numPartitions?: number,
  partitionFunc?: FunctionRef,
): RDD {
  const { canon } = rdd.context.keys;
  const n = reducePartitions(rdd, numPartitions);
  const local = rdd.narrow({ kind: 'streamPartition', fn: builtin('combineStream', canon, create, mergeValue) }, 'combineByKey');
  const shuffled = partitionBy(local, n, partitionFunc);
  return shuffled.narrow({ kind: 'streamPartition', fn: builtin('mergeStream', canon, mergeCombiners) }, 'combineByKey', true);
}

export function foldByKey(rdd: RDD, zero: unknown, seq: FunctionRef, comb: FunctionRef, numPartitions?: number): RDD {
  return combineByKey(rdd, builtin('foldCreate', zero, seq), seq, comb, numPartitions);
}

export function groupByKey(rdd: RDD, numPartitions?: number): RDD {
  return combineByKey(rdd, builtin('listOf'), builtin('listAppend'), builtin('listConcat'), numPartitions);
}

export function distinct(rdd: RDD, numPartitions?: number): RDD {
  const paired = mapWith(rdd, builtin('withValue', null), 'distinct');
  return keys(combineByKey(paired, identity, builtin('keepFirst'), builtin('keepFirst'), numPartitions));
}

export function repartition(rdd: RDD, numPartitions: number): RDD {
  const tagged = mpi(rdd, builtin('roundRobinTag', numPartitions), 'repartition');
  return values(tagged.shuffle(numPartitions, builtin('keyPartition', identity), 'repartition'));
}

export function sortByKey(rdd: RDD, ascending: boolean, numPartitions?: number, keyfunc?: FunctionRef): RDD {
  const sc = rdd.context;
  const compare = keyfunc ? builtin('compareBy', sc.keys.compare, keyfunc) : sc.keys.compare;
  const n = reducePartitions(rdd, numPartitions);
  const sortLocal = builtin('sortByKeyLocal', compare, ascending);
  if (n === 1) return mpi(rdd.coalesce(1), sortLocal, 'sortByKey', true);
  // Range bounds from a sample of the keys, as PySpark does.
  const size = rdd.count();
  if (size === 0) return rdd;
  const fraction = Math.min((n * 20) / Math.max(size, 1), 1);
  const cmp = sc.driverFunction(compare);
  const samples = keys(sample(rdd, false, fraction, 1)).collect().sort((a, b) => cmp(a, b) as number);
  const bounds = samples.length === 0 ? [] : Array.from({ length: n - 1 }, (_, i) => samples[Math.floor((samples.length * (i + 1)) / n)]);
  const shuffled = rdd.shuffle(n, builtin('rangePartition', compare, bounds, ascending), 'sortByKey');
  return mpi(shuffled, sortLocal, 'sortByKey', true);
}

/** cogroup of several pair RDDs: tag values with their source, group, split per source. */
export function cogroup(rdds: readonly RDD[], numPartitions?: number): RDD {
  const tagged = rdds.map((r, i) => mapWith(r, builtin('tagValue', i), 'cogroup'));
  const all = tagged.length === 1 ? tagged[0]! : tagged[0]!.context.union(tagged);
  return mapWith(groupByKey(all, numPartitions), builtin('cogroupSplit', rdds.length), 'cogroup', true);
}

export function join(left: RDD, right: RDD, how: 'inner' | 'left' | 'right' | 'full', numPartitions?: number): RDD {
  return cogroup([left, right], numPartitions).narrow({ kind: 'flatMap', fn: builtin('joinEmit', how) }, 'join', true);
}

export function subtractByKey(left: RDD, right: RDD, numPartitions?: number): RDD {
  return cogroup([left, right], numPartitions).narrow({ kind: 'flatMap', fn: builtin('subtractEmit') }, 'subtractByKey', true);
}

export function subtract(left: RDD, right: RDD, numPartitions?: number): RDD {
  const tag = (r: RDD) => mapWith(r, builtin('withValue', true), 'subtract');
  return keys(subtractByKey(tag(left), tag(right), numPartitions));
}

export function intersection(left: RDD, right: RDD): RDD {
  const tag = (r: RDD) => mapWith(r, builtin('withValue', null), 'intersection');
  return keys(cogroup([tag(left), tag(right)]).narrow({ kind: 'filter', fn: builtin('bothSides') }, 'intersection'));
}

export function zipWithIndex(rdd: RDD): RDD {
  const n = rdd.getNumPartitions();
  const offsets = [0];
  if (n > 1) {
    const counts = rdd.context.runJob(rdd, { kind: 'count' }, 'zipWithIndex', Array.from({ length: n - 1 }, (_, i) => i)) as number[];
    for (const c of counts) offsets.push(offsets[offsets.length - 1]! + c);
  }
  return mpi(rdd, builtin('zipIndexLocal', offsets), 'zipWithIndex');
}

export function zipWithUniqueId(rdd: RDD): RDD {
  return mpi(rdd, builtin('zipUniqueIdLocal', rdd.getNumPartitions()), 'zipWithUniqueId');
}

export function sample(rdd: RDD, withReplacement: boolean, fraction: number, seed?: number): RDD {
  if (!(fraction >= 0)) throw new RangeError('Fraction must be nonnegative');
  const s = seed ?? Math.floor(Math.random() * 2 ** 31);
  return mpi(rdd, builtin('sampleLocal', withReplacement, fraction, s), 'sample', true);
}
