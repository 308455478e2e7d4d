/**
 * Engine helper functions shipped as FunctionRefs in the 'builtin' language: the JS
 * pair operations are mapPartitions/shuffle compositions of these with the user's
 * functions bound in (FunctionRef.bound), as PySpark composes Python helpers on top of
 * a few JVM primitives. Arguments: bound values first, then the call's own.
 */
import { bindRef, registerFunctionCompiler } from './function-loader';
import type { CompiledFunction } from './function-loader';
import { jsCanon, jsCompare, jsHash, nonNegativeMod } from './js-keys';
import type { FunctionRef } from './task';
import { deserialize, serialize } from '../values';

type Fn = CompiledFunction;
type Pair = [unknown, unknown];

/** A streaming combiner per partition (see the 'streamPartition' op): nothing is buffered but the map. */
function combiner(canon: Fn, create: Fn, merge: Fn) {
  const m = new Map<unknown, Pair>();
  return {
    add(record: unknown): void {
      const kv = record as Pair;
      const k = kv[0];
      const ck = canon(k);
      const e = m.get(ck);
      if (e === undefined) m.set(ck, [k, create(kv[1])]);
      else e[1] = merge(e[1], kv[1]);
    },
    result: () => m.values(),
  };
}

function rangeIndex(compare: Fn, bounds: unknown[], key: unknown): number {
  let lo = 0;
  let hi = bounds.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((compare(bounds[mid], key) as number) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function xorshift(seed: number): () => number {
  let s = (seed | 0) || 0x9e3779b9;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

const table: Record<string, Fn> = {
  'js.canon': jsCanon,
  'js.hash': jsHash,
  'js.compare': jsCompare as Fn,
  identity: (x) => x,
  pairKey: (kv) => (kv as Pair)[0],
  pairValue: (kv) => (kv as Pair)[1],
  keyBy: (f, x) => [(f as Fn)(x), x],
  withValue: (c, x) => [x, c],
  mapValues: (f, kv) => [(kv as Pair)[0], (f as Fn)((kv as Pair)[1])],
  flatMapValues: (f, kv) => {
    const out: Pair[] = [];
    for (const v of (f as Fn)((kv as Pair)[1]) as Iterable<unknown>) out.push([(kv as Pair)[0], v]);
    return out;
  },
  tagValue: (tag, kv) => [(kv as Pair)[0], [tag, (kv as Pair)[1]]],
  listOf: (x) => [x],
  listAppend: (c, x) => ((c as unknown[]).push(x), c),
  listConcat: (a, b) => {
    for (const x of b as unknown[]) (a as unknown[]).push(x);
    return a;
  },
  keepFirst: (a) => a,
  dropIndex: (f, _idx, records) => (f as Fn)(records),
  compareBy: (compare, key, a, b) => (compare as Fn)((key as Fn)(a), (key as Fn)(b)),
  foldCreate: (zero, f, v) => (f as Fn)(typeof zero === 'object' && zero !== null ? deserialize(serialize(zero)) : zero, v),
  add: (a, b) => (a as number) + (b as number),
  maxBy: (compare, a, b) => ((compare as Fn)(a, b) as number) >= 0 ? a : b,
  minBy: (compare, a, b) => ((compare as Fn)(a, b) as number) <= 0 ? a : b,
  keyPartition: (hash, record, n) => nonNegativeMod((hash as Fn)((record as Pair)[0]) as number, n as number),
  rangePartition: (compare, bounds, ascending, record, n) => {
    const i = rangeIndex(compare as Fn, bounds as unknown[], (record as Pair)[0]);
    return ascending ? i : (n as number) - 1 - i;
  },
  roundRobinTag: (n, idx, records) => {
    let pos = (idx as number) % (n as number);
    return (records as unknown[]).map((x) => [pos++ % (n as number), x]);
  },
  combineStream: (canon, create, merge) => combiner(canon as Fn, create as Fn, merge as Fn),
  mergeStream: (canon, merge) => combiner(canon as Fn, (c) => c, merge as Fn),
  sortByKeyLocal: (compare, ascending, _idx, records) => {
    const c = compare as Fn;
    const sign = ascending ? 1 : -1;
    return (records as Pair[]).sort((a, b) => sign * (c(a[0], b[0]) as number));
  },
  cogroupSplit: (n, kv) => {
    const lists: unknown[][] = Array.from({ length: n as number }, () => []);
    for (const tv of (kv as Pair)[1] as Pair[]) lists[tv[0] as number]!.push(tv[1]);
    return [(kv as Pair)[0], lists];
  },
  joinEmit: (how, kv) => {
    const [k, lists] = kv as [unknown, [unknown[], unknown[]]];
    let [vs, ws] = lists;
    if (vs.length === 0 && (how === 'right' || how === 'full')) vs = [null];
    if (ws.length === 0 && (how === 'left' || how === 'full')) ws = [null];
    const out: unknown[] = [];
    for (const v of vs) for (const w of ws) out.push([k, [v, w]]);
    return out;
  },
  subtractEmit: (kv) => {
    const [k, [vs, ws]] = kv as [unknown, [unknown[], unknown[]]];
    return vs.length > 0 && ws.length === 0 ? vs.map((v) => [k, v]) : [];
  },
  bothSides: (kv) => {
    const lists = (kv as Pair)[1] as unknown[][];
    return lists[0]!.length > 0 && lists[1]!.length > 0;
  },
  keyEquals: (canon, ck, kv) => {
    const c = (canon as Fn)((kv as Pair)[0]);
    return c === ck || (c !== c && ck !== ck);
  },
  countLocal: (canon, _idx, records) => {
    const m = new Map<unknown, Pair>();
    for (const x of records as unknown[]) {
      const ck = (canon as Fn)(x);
      const e = m.get(ck);
      if (e === undefined) m.set(ck, [x, 1]);
      else e[1] = (e[1] as number) + 1;
    }
    return m.values();
  },
  reduceLocal: (f, _idx, records) => {
    const rs = records as unknown[];
    if (rs.length === 0) return [];
    let acc = rs[0];
    for (let i = 1; i < rs.length; i++) acc = (f as Fn)(acc, rs[i]);
    return [acc];
  },
  foldLocal: (zero, f, _idx, records) => {
    let acc = zero;
    for (const x of records as unknown[]) acc = (f as Fn)(acc, x);
    return [acc];
  },
  statsLocal: (_idx, records) => {
    let sum = 0;
    for (const x of records as number[]) sum += x;
    return [[(records as unknown[]).length, sum]];
  },
  takeOrderedLocal: (compare, num, descending, keyFn, _idx, records) => {
    const key = keyFn as Fn | null;
    const c = compare as Fn;
    const sign = descending ? -1 : 1;
    const cmp = key ? (a: unknown, b: unknown) => sign * (c(key(a), key(b)) as number) : (a: unknown, b: unknown) => sign * (c(a, b) as number);
    return (records as unknown[]).sort(cmp).slice(0, num as number);
  },
  foreachLocal: (f, _idx, records) => {
    for (const x of records as unknown[]) (f as Fn)(x);
    return [];
  },
  foreachPartitionLocal: (f, _idx, records) => {
    (f as Fn)(records);
    return [];
  },
  sampleLocal: (withReplacement, fraction, seed, idx, records) => {
    const rnd = xorshift(((seed as number) * 31 + (idx as number) * 7919 + 1) | 0);
    const out: unknown[] = [];
    const f = fraction as number;
    for (const x of records as unknown[]) {
      if (!withReplacement) {
        if (rnd() < f) out.push(x);
        continue;
      }
      // Poisson(f) copies, by inversion.
      let k = 0;
      let p = Math.exp(-f);
      let s = p;
      const u = rnd();
      while (u > s) {
        k++;
        p *= f / k;
        s += p;
      }
      for (let i = 0; i < k; i++) out.push(x);
    }
    return out;
  },
  zipIndexLocal: (offsets, idx, records) => {
    let i = (offsets as number[])[idx as number]!;
    return (records as unknown[]).map((x) => [x, i++]);
  },
  zipUniqueIdLocal: (n, idx, records) => (records as unknown[]).map((x, i) => [x, i * (n as number) + (idx as number)]),
  momentsLocal: (_idx, records) => {
    // Welford's running mean and M2, merged on the driver (StatCounter).
    let n = 0;
    let mean = 0;
    let m2 = 0;
    let max = -Infinity;
    let min = Infinity;
    for (const v of records as number[]) {
      n++;
      const d = v - mean;
      mean += d / n;
      m2 += d * (v - mean);
      if (v > max) max = v;
      if (v < min) min = v;
    }
    return [[n, mean, m2, max, min]];
  },
  histogramLocal: (bounds, _idx, records) => {
    const b = bounds as number[];
    const counts = new Array<number>(b.length - 1).fill(0);
    const last = b.length - 1;
    for (const v of records as number[]) {
      if (!(v >= b[0]! && v <= b[last]!)) continue;
      let lo = 0;
      let hi = last;
      while (hi - lo > 1) {
        const mid = (lo + hi) >>> 1;
        if (v < b[mid]!) hi = mid;
        else lo = mid;
      }
      counts[lo]!++;
    }
    return [counts];
  },
  randomSplitLocal: (lower, upper, seed, idx, records) => {
    const rnd = xorshift(((seed as number) * 31 + (idx as number) * 7919 + 1) | 0);
    return (records as unknown[]).filter(() => {
      const u = rnd();
      return u >= (lower as number) && u < (upper as number);
    });
  },
  isEmptyLocal: (_idx, records) => [(records as unknown[]).length === 0],
};

registerFunctionCompiler('builtin', (name) => {
  const fn = table[name];
  if (!fn) throw new Error(`unknown builtin function '${name}'`);
  return fn;
});

/** A builtin by name with `bound` values applied first. */
export function builtin(name: string, ...bound: unknown[]): FunctionRef {
  const ref: FunctionRef = { id: `builtin:${name}`, lang: 'builtin', source: name };
  return bound.length > 0 ? bindRef(ref, ...bound) : ref;
}
