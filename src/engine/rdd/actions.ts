/**
 * Actions: one job each (take may run several), folding per partition on executors
 * and finishing on the driver with the same functions compiled there.
 */
import type { RDD } from './rdd';
import type { FunctionRef } from './task';
import { builtin } from './builtins';

function perPartition(rdd: RDD, fn: FunctionRef, description: string): unknown[] {
  const mapped = rdd.narrow({ kind: 'mapPartitionsWithIndex', fn }, description);
  return rdd.context.runJob(mapped, { kind: 'collect' }, description).flat();
}

export function collect(rdd: RDD): unknown[] {
  return rdd.context.runJob(rdd, { kind: 'collect' }, 'collect').flat();
}

export function count(rdd: RDD): number {
  return (rdd.context.runJob(rdd, { kind: 'count' }, 'count') as number[]).reduce((a, b) => a + b, 0);
}

export function sum(rdd: RDD): unknown {
  return rdd.context.runJob(rdd, { kind: 'sum' }, 'sum').reduce((a: unknown, b: unknown) => {
    if (typeof a === 'bigint' || typeof b === 'bigint') return BigInt(a as number) + BigInt(b as number);
    return (a as number) + (b as number);
  }, 0);
}

/** Scans partitions incrementally, as Spark's take does (scale-up factor 4). */
export function take(rdd: RDD, num: number): unknown[] {
  const items: unknown[] = [];
  const total = rdd.getNumPartitions();
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
    const res = rdd.context.runJob(rdd, { kind: 'take', n: left }, 'take', parts) as unknown[][];
    for (const r of res) items.push(...r.slice(0, num - items.length));
    scanned += parts.length;
  }
  return items;
}

export function first(rdd: RDD): unknown {
  const r = take(rdd, 1);
  if (r.length === 0) throw new Error('RDD is empty');
  return r[0];
}

export function isEmpty(rdd: RDD): boolean {
  return rdd.getNumPartitions() === 0 || take(rdd, 1).length === 0;
}

export function reduce(rdd: RDD, f: FunctionRef): unknown {
  const parts = perPartition(rdd, builtin('reduceLocal', f), 'reduce');
  if (parts.length === 0) throw new Error('Can not reduce() empty RDD');
  const g = rdd.context.driverFunction(f);
  return parts.reduce((a, b) => g(a, b));
}

/** fold and aggregate: each partition folds from its own copy of the zero, then the driver combines. */
export function fold(rdd: RDD, zero: unknown, seq: FunctionRef, comb: FunctionRef): unknown {
  const parts = perPartition(rdd, builtin('foldLocal', zero, seq), 'fold');
  const g = rdd.context.driverFunction(comb);
  return parts.reduce((a, b) => g(a, b), zero);
}

export function extreme(rdd: RDD, which: 'max' | 'min', key?: FunctionRef): unknown {
  const { compare } = rdd.context.keys;
  const cmp = key ? builtin('compareBy', compare, key) : compare;
  return reduce(rdd, builtin(which === 'max' ? 'maxBy' : 'minBy', cmp));
}

export function mean(rdd: RDD): number {
  let n = 0;
  let s = 0;
  for (const [c, t] of perPartition(rdd, builtin('statsLocal'), 'mean') as [number, number][]) {
    n += c;
    s += t;
  }
  return n === 0 ? NaN : s / n;
}

/** Later pairs win, as building a dict does; keys compare by the context's key semantics. */
export function collectAsMap(rdd: RDD): Map<unknown, unknown> {
  const canon = rdd.context.driverFunction(rdd.context.keys.canon);
  const byCanon = new Map<unknown, [unknown, unknown]>();
  for (const kv of collect(rdd) as [unknown, unknown][]) {
    const ck = canon(kv[0]);
    const e = byCanon.get(ck);
    if (e) e[1] = kv[1];
    else byCanon.set(ck, [kv[0], kv[1]]);
  }
  return new Map(byCanon.values());
}

export function countByValue(rdd: RDD, description: string): Map<unknown, number> {
  const canonRef = rdd.context.keys.canon;
  const canon = rdd.context.driverFunction(canonRef);
  const byCanon = new Map<unknown, [unknown, number]>();
  for (const [v, c] of perPartition(rdd, builtin('countLocal', canonRef), description) as [unknown, number][]) {
    const ck = canon(v);
    const e = byCanon.get(ck);
    if (e) e[1] += c;
    else byCanon.set(ck, [v, c]);
  }
  return new Map(byCanon.values());
}

export function lookup(rdd: RDD, key: unknown): unknown[] {
  const sc = rdd.context;
  const ck = sc.driverFunction(sc.keys.canon)(key);
  const matching = rdd.narrow({ kind: 'filter', fn: builtin('keyEquals', sc.keys.canon, ck) }, 'lookup');
  const vals = matching.narrow({ kind: 'map', fn: builtin('pairValue') }, 'lookup');
  const part = rdd.partitioner;
  if (part) {
    const h = sc.driverFunction(part.keyHash)(key) as number;
    const p = ((h % part.numPartitions) + part.numPartitions) % part.numPartitions;
    return sc.runJob(vals, { kind: 'collect' }, 'lookup', [p]).flat();
  }
  return collect(vals);
}

export function takeOrdered(rdd: RDD, num: number, descending: boolean, key?: FunctionRef): unknown[] {
  const sc = rdd.context;
  const parts = perPartition(rdd, builtin('takeOrderedLocal', sc.keys.compare, num, descending, key ?? null), descending ? 'top' : 'takeOrdered');
  const c = sc.driverFunction(sc.keys.compare);
  const k = key ? sc.driverFunction(key) : (x: unknown) => x;
  const sign = descending ? -1 : 1;
  return parts.sort((a, b) => sign * (c(k(a), k(b)) as number)).slice(0, num);
}

export function foreach(rdd: RDD, f: FunctionRef, helper: 'foreachLocal' | 'foreachPartitionLocal', description: string): void {
  const mapped = rdd.narrow({ kind: 'mapPartitionsWithIndex', fn: builtin(helper, f) }, description);
  rdd.context.runJob(mapped, { kind: 'count' }, description);
}
