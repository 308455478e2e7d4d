/**
 * Aggregate states for all groups at once, updated a batch at a time from argument vectors:
 * count, sum, avg, min, max and the variance family keep typed arrays indexed by group id
 * (no per-row closure or state object). They must give exactly what the per-group
 * `AggState`s of expr/aggregates.ts give (same update order, same null rules); every other
 * aggregate, DISTINCT and non-primitive types use those states through `GenericAccumulator`.
 */
import { getValue } from '../../columnar';
import type { ColumnVector } from '../../columnar';
import { compareDoubles, hashKey, valueComparator } from '../../expr';
import { PairIds } from './int-hash';
import { MOMENT2_STATE } from './moment-states';
import type { AggState, BoundAggregate, BoundExpr } from '../../expr';

export interface GroupedAccumulator {
  /** Rows 0..n-1 of a batch: `gids[i]` is the row's group, `mask` the FILTER clause (null = all rows). */
  update(gids: Int32Array, n: number, args: readonly ColumnVector[], mask: ColumnVector | null, groups: number): void;
  result(g: number): unknown;
}

const bit = (v: Uint8Array, i: number) => (v[i >> 3]! >> (i & 7)) & 1;
const keep = (mask: ColumnVector | null, i: number) => mask === null || (mask.kind === 'bool' ? mask.values[i] === 1 && bit(mask.validity, i) === 1 : getValue(mask, i) === true);
const valid = (v: ColumnVector, i: number) => (v.kind === 'object' ? v.values[i] !== null && v.values[i] !== undefined : bit(v.validity, i) === 1);

/** Whether bits 0..n-1 of a validity bitmap are all set (no nulls). */
export function allValid(v: Uint8Array, n: number): boolean {
  const full = n >> 3;
  for (let j = 0; j < full; j++) if (v[j] !== 0xff) return false;
  const rest = n & 7;
  return rest === 0 || (v[full]! & ((1 << rest) - 1)) === (1 << rest) - 1;
}

function grow(a: Float64Array, n: number): Float64Array {
  if (a.length >= n) return a;
  const b = new Float64Array(Math.max(n, a.length * 2, 16));
  b.set(a);
  return b;
}

class CountAccumulator implements GroupedAccumulator {
  private counts: Float64Array = new Float64Array(0);
  constructor(private readonly allRows: boolean, private readonly noRows: boolean) {}
  update(gids: Int32Array, n: number, args: readonly ColumnVector[], mask: ColumnVector | null, groups: number): void {
    const c = (this.counts = grow(this.counts, groups));
    if (this.noRows) return;
    if (this.allRows && mask === null) {
      for (let i = 0; i < n; i++) c[gids[i]!]!++;
      return;
    }
    rows: for (let i = 0; i < n; i++) {
      if (!keep(mask, i)) continue;
      if (!this.allRows) for (const a of args) if (!valid(a, i)) continue rows;
      c[gids[i]!]!++;
    }
  }
  result(g: number): unknown {
    return BigInt(this.counts[g] ?? 0);
  }
}

/** sum/avg of doubles, and the moments behind stddev/variance (Welford, as aggregates.ts). */
class DoubleAccumulator implements GroupedAccumulator {
  private n: Float64Array = new Float64Array(0);
  private a: Float64Array = new Float64Array(0);
  private b: Float64Array = new Float64Array(0);
  constructor(private readonly kind: 'sum' | 'avg' | 'moments', private readonly finish: (n: number, a: number, b: number) => unknown) {}
  update(gids: Int32Array, n: number, args: readonly ColumnVector[], mask: ColumnVector | null, groups: number): void {
    const cnt = (this.n = grow(this.n, groups));
    const a = (this.a = grow(this.a, groups));
    const b = (this.b = grow(this.b, groups));
    const v = args[0]!;
    // An int column stands for its cast to double (every int is exactly a double).
    if (v.kind !== 'float64' && v.kind !== 'int32') throw new Error('double vector expected');
    const xs = v.values;
    const vv = v.validity;
    if (this.kind === 'moments' && mask === null && allValid(vv, n)) {
      for (let i = 0; i < n; i++) {
        const g = gids[i]!;
        const x = xs[i]!;
        const k = ++cnt[g]!;
        const delta = x - a[g]!;
        const deltaN = delta / k;
        a[g]! += deltaN;
        b[g]! += delta * (delta - deltaN);
      }
      return;
    }
    if (this.kind !== 'moments' && mask === null) {
      // sum and avg alike: the first value replaces the 0 start (so a lone -0.0 stays -0.0 for sum).
      const isSum = this.kind === 'sum';
      if (allValid(vv, n)) {
        for (let i = 0; i < n; i++) {
          const g = gids[i]!;
          const x = xs[i]!;
          if (++cnt[g]! === 1 && isSum) a[g] = x;
          else a[g]! += x;
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        if (!((vv[i >> 3]! >> (i & 7)) & 1)) continue;
        const g = gids[i]!;
        const x = xs[i]!;
        if (++cnt[g]! === 1 && isSum) a[g] = x;
        else a[g]! += x;
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      if (!bit(vv, i) || (mask !== null && !keep(mask, i))) continue;
      const g = gids[i]!;
      const x = xs[i]!;
      const k = ++cnt[g]!;
      if (this.kind === 'sum') a[g] = k === 1 ? x : a[g]! + x;
      else if (this.kind === 'avg') a[g]! += x;
      else {
        const delta = x - a[g]!;
        const deltaN = delta / k;
        a[g]! += deltaN;
        b[g]! += delta * (delta - deltaN);
      }
    }
  }
  result(g: number): unknown {
    const k = this.n[g] ?? 0;
    return this.finish(k, this.a[g] ?? 0, this.b[g] ?? 0);
  }
}

const LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;

/** sum of ints or longs into a long that wraps at 64 bits: exact double partial sums, folded into BigInt. */
class LongSumAccumulator implements GroupedAccumulator {
  private hi: Float64Array = new Float64Array(0);
  private lo: Float64Array = new Float64Array(0);
  private seen: Float64Array = new Float64Array(0);
  private big: bigint[] = [];
  private sinceFold = 0;
  update(gids: Int32Array, n: number, args: readonly ColumnVector[], mask: ColumnVector | null, groups: number): void {
    const hi = (this.hi = grow(this.hi, groups));
    const lo = (this.lo = grow(this.lo, groups));
    const seen = (this.seen = grow(this.seen, groups));
    const v = args[0]!;
    const dense = mask === null && v.kind !== 'object' && v.kind !== 'bool' && allValid(v.validity, n);
    if (v.kind === 'int32' && dense) {
      const xs = v.values;
      for (let i = 0; i < n; i++) {
        const g = gids[i]!;
        lo[g]! += xs[i]!;
        seen[g] = 1;
      }
    } else if (v.kind === 'int64' && dense) {
      const words = new Int32Array(v.values.buffer, v.values.byteOffset, 2 * n);
      for (let i = 0; i < n; i++) {
        const g = gids[i]!;
        lo[g]! += words[2 * i]! >>> 0;
        hi[g]! += words[2 * i + 1]!;
        seen[g] = 1;
      }
    } else if (v.kind === 'int32') {
      for (let i = 0; i < n; i++) {
        if (!bit(v.validity, i) || (mask !== null && !keep(mask, i))) continue;
        const g = gids[i]!;
        lo[g]! += v.values[i]!;
        seen[g] = 1;
      }
    } else if (v.kind === 'int64') {
      const words = new Int32Array(v.values.buffer, v.values.byteOffset, 2 * n);
      for (let i = 0; i < n; i++) {
        if (!bit(v.validity, i) || (mask !== null && !keep(mask, i))) continue;
        const g = gids[i]!;
        lo[g]! += words[2 * i]! >>> 0;
        hi[g]! += words[2 * i + 1]!;
        seen[g] = 1;
      }
    } else throw new Error('integral vector expected');
    // Each row adds below 2^32 to a partial sum: folding every 2^20 rows keeps them exact.
    this.sinceFold += n;
    if (this.sinceFold >= 1 << 20) this.fold(groups);
  }
  private fold(groups: number): void {
    for (let g = 0; g < groups; g++) {
      if (this.hi[g] === 0 && this.lo[g] === 0) continue;
      this.big[g] = (this.big[g] ?? 0n) + (BigInt(this.hi[g]!) << 32n) + BigInt(this.lo[g]!);
      this.hi[g] = 0;
      this.lo[g] = 0;
    }
    this.sinceFold = 0;
  }
  result(g: number): unknown {
    if (!this.seen[g]) return null;
    return BigInt.asIntN(64, (this.big[g] ?? 0n) + (BigInt(this.hi[g] ?? 0) << 32n) + BigInt(this.lo[g] ?? 0));
  }
}

class MinMaxAccumulator implements GroupedAccumulator {
  private best: unknown[] = [];
  /** Doubles: the best value per group unboxed, `has` marking groups that have one. */
  private bestD: Float64Array = new Float64Array(0);
  private has: Float64Array = new Float64Array(0);
  constructor(private readonly sign: number, private readonly cmp: (a: unknown, b: unknown) => number) {}
  update(gids: Int32Array, n: number, args: readonly ColumnVector[], mask: ColumnVector | null, groups: number): void {
    const v = args[0]!;
    const best = this.best;
    const sign = this.sign;
    if (v.kind === 'float64') {
      const bd = (this.bestD = grow(this.bestD, groups));
      const has = (this.has = grow(this.has, groups));
      const xs = v.values;
      if (mask === null && allValid(v.validity, n)) {
        // No nulls, no FILTER: min and max each in their own loop.
        if (sign > 0) {
          for (let i = 0; i < n; i++) {
            const g = gids[i]!;
            const x = xs[i]!;
            if (has[g] === 0) {
              has[g] = 1;
              bd[g] = x;
            } else if (x > bd[g]! || ((x !== x || bd[g] !== bd[g]) && compareDoubles(x, bd[g]!) > 0)) bd[g] = x;
          }
        } else {
          for (let i = 0; i < n; i++) {
            const g = gids[i]!;
            const x = xs[i]!;
            if (has[g] === 0) {
              has[g] = 1;
              bd[g] = x;
            } else if (x < bd[g]! || ((x !== x || bd[g] !== bd[g]) && compareDoubles(x, bd[g]!) < 0)) bd[g] = x;
          }
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        if (!bit(v.validity, i) || (mask !== null && !keep(mask, i))) continue;
        const g = gids[i]!;
        const x = xs[i]!;
        if (has[g] === 0) {
          has[g] = 1;
          bd[g] = x;
          continue;
        }
        const b = bd[g]!;
        // A plain < or > decides unless NaN is involved (NaN is the largest value in Spark).
        if (sign > 0 ? x > b : x < b) bd[g] = x;
        else if ((x !== x || b !== b) && sign * compareDoubles(x, b) > 0) bd[g] = x;
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      if (mask !== null && !keep(mask, i)) continue;
      const x = getValue(v, i);
      if (x === null) continue;
      const g = gids[i]!;
      const b = best[g];
      if (b === undefined || b === null || sign * this.cmp(x, b) > 0) best[g] = x;
    }
  }
  result(g: number): unknown {
    if (this.has[g]) return this.bestD[g]!;
    return this.best[g] ?? null;
  }
}

/**
 * count(DISTINCT x) of one primitive-typed argument: a set of (group, value id) pairs on
 * typed arrays and a count per group. An int column's value is its own id; other values get
 * one from a map, except the codes of the first string dictionary, which are their own ids
 * while no other source of values has appeared (dictionary entries are distinct). While
 * those codes are the only values and the groups are few enough, each group's codes seen are
 * a bitmap over the dictionary instead of pairs in the table.
 */
/** count(DISTINCT) keeps per-group bitmaps of codes up to this many bytes in all. */
const BITMAP_BYTES = 16 * 1024 * 1024;

class CountDistinctAccumulator implements GroupedAccumulator {
  private readonly seen = new PairIds(1024);
  private counts: Float64Array = new Float64Array(0);
  private readonly ids = new Map<unknown, number>();
  private nextId = 0;
  private readonly dictIds = new Map<readonly string[], Int32Array>();
  private soleDict: readonly string[] | null = null;
  /** Per group, the sole dictionary's codes seen (while `soleDict` holds and they fit in BITMAP_BYTES). */
  private bitmaps: (Uint8Array | undefined)[] | null = null;
  constructor(private readonly key: (v: unknown) => unknown) {}
  private id(x: unknown): number {
    if (this.soleDict) this.syncIds();
    const k = this.key(x);
    let id = this.ids.get(k);
    if (id === undefined) this.ids.set(k, (id = this.nextId++));
    return id;
  }
  private syncIds(): void {
    const entries = this.soleDict!;
    this.toPairs();
    this.soleDict = null;
    for (let code = 0; code < entries.length; code++) this.ids.set(this.key(entries[code]), code);
  }
  /** The bitmaps' codes as (group, code) pairs in the table, which counts from then on. */
  private toPairs(): void {
    const bms = this.bitmaps;
    if (!bms) return;
    this.bitmaps = null;
    bms.forEach((bm, g) => {
      if (!bm) return;
      for (let byte = 0; byte < bm.length; byte++) {
        const b = bm[byte]!;
        if (b !== 0) for (let k = 0; k < 8; k++) if ((b >> k) & 1) this.seen.add(g, (byte << 3) | k);
      }
    });
  }
  private count(g: number, id: number): void {
    if (this.seen.add(g, id)) this.counts[g]!++;
  }
  update(gids: Int32Array, n: number, args: readonly ColumnVector[], mask: ColumnVector | null, groups: number): void {
    this.counts = grow(this.counts, groups);
    const v = args[0]!;
    if (this.bitmaps && groups * ((this.soleDict!.length + 7) >> 3) > BITMAP_BYTES) this.toPairs();
    if (v.kind === 'int32') {
      for (let i = 0; i < n; i++) {
        if (!bit(v.validity, i) || (mask !== null && !keep(mask, i))) continue;
        this.count(gids[i]!, v.values[i]!);
      }
      return;
    }
    const dict = v.kind === 'object' ? v.dictionary : undefined;
    if (dict) {
      let dictIds = this.dictIds.get(dict.entries);
      if (!dictIds && this.soleDict !== dict.entries) {
        if (this.nextId === 0 && this.dictIds.size === 0) {
          this.soleDict = dict.entries;
          this.nextId = dict.entries.length;
          if (groups * ((dict.entries.length + 7) >> 3) <= BITMAP_BYTES) this.bitmaps = [];
        } else {
          if (this.soleDict) this.syncIds();
          this.dictIds.set(dict.entries, (dictIds = new Int32Array(dict.entries.length).fill(-1)));
        }
      }
      const codes = dict.codes;
      const bms = this.bitmaps;
      if (bms && this.soleDict === dict.entries) {
        const bytes = (dict.entries.length + 7) >> 3;
        const counts = this.counts;
        for (let i = 0; i < n; i++) {
          const code = codes[i]!;
          if (code < 0 || (mask !== null && !keep(mask, i))) continue;
          const g = gids[i]!;
          const bm = bms[g] ?? (bms[g] = new Uint8Array(bytes));
          const bit = 1 << (code & 7);
          if ((bm[code >> 3]! & bit) === 0) {
            bm[code >> 3]! |= bit;
            counts[g]!++;
          }
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const code = codes[i]!;
        if (code < 0 || (mask !== null && !keep(mask, i))) continue;
        let id = code;
        if (dictIds) {
          id = dictIds[code]!;
          if (id < 0) dictIds[code] = id = this.id(dict.entries[code]);
        }
        this.count(gids[i]!, id);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      if (mask !== null && !keep(mask, i)) continue;
      const x = getValue(v, i);
      if (x === null) continue;
      this.count(gids[i]!, this.id(x));
    }
  }
  result(g: number): unknown {
    return BigInt(this.counts[g] ?? 0);
  }
}

/** Any aggregate, through its own per-group state objects. */
class GenericAccumulator implements GroupedAccumulator {
  private states: AggState[] = [];
  private readonly buf: unknown[];
  constructor(private readonly agg: BoundAggregate) {
    this.buf = new Array<unknown>(agg.args.length);
  }
  private state(g: number): AggState {
    let s = this.states[g];
    if (!s) this.states[g] = s = this.agg.create();
    return s;
  }
  update(gids: Int32Array, n: number, args: readonly ColumnVector[], mask: ColumnVector | null): void {
    const buf = this.buf;
    for (let i = 0; i < n; i++) {
      if (mask !== null && !keep(mask, i)) continue;
      for (let j = 0; j < args.length; j++) buf[j] = getValue(args[j]!, i);
      this.state(gids[i]!).update(buf);
    }
  }
  result(g: number): unknown {
    return this.state(g).result();
  }
}

const INTEGRAL = new Set(['byte', 'short', 'int']);
const ORDERED = new Set(['byte', 'short', 'int', 'long', 'date', 'float', 'double', 'string', 'timestamp', 'timestamp_ntz']);
const SET_KEYS = new Set(['byte', 'short', 'int', 'long', 'date', 'double', 'float', 'string', 'boolean', 'timestamp', 'timestamp_ntz']);

const MOMENTS: Record<string, (n: number, m2: number) => number | null> = {
  stddev: (n, m2) => (n === 1 ? null : Math.sqrt(m2 / (n - 1))),
  stddev_pop: (n, m2) => Math.sqrt(m2 / n),
  variance: (n, m2) => (n === 1 ? null : m2 / (n - 1)),
  var_pop: (n, m2) => m2 / n,
};

/**
 * The argument a kernel reads: a long sum reads an int column under its widening cast
 * directly, and so do avg and the variance family under a cast to double.
 */
export function kernelArgs(agg: BoundAggregate): BoundExpr[] {
  const a = agg.args[0];
  if (agg.distinct || agg.args.length !== 1 || a?.kind !== 'strict' || a.name !== 'cast' || !INTEGRAL.has(a.args[0]!.type.kind)) return agg.args;
  if (agg.name === 'sum' && agg.type.kind === 'long') return [a.args[0]!];
  if (((agg.name === 'avg' || agg.name in MOMENTS) && agg.type.kind === 'double' || agg.name === MOMENT2_STATE) && a.type.kind === 'double') return [a.args[0]!];
  return agg.args;
}

export function groupedAccumulator(agg: BoundAggregate): GroupedAccumulator {
  const args = kernelArgs(agg);
  const t = args[0]?.type.kind;
  if (agg.name === 'count' && !agg.distinct) {
    const lits = args.every((a) => a.kind === 'literal');
    return new CountAccumulator(lits, lits && args.some((a) => a.kind === 'literal' && a.value === null));
  }
  if (agg.name === 'count' && agg.distinct && args.length === 1 && t !== undefined && SET_KEYS.has(t)) {
    // -0.0/0.0 and NaN are one value each, as in hashKey; other primitives are their own keys.
    return new CountDistinctAccumulator(t === 'double' || t === 'float' ? (v) => hashKey(v, args[0]!.type) : (v) => v);
  }
  if (agg.distinct || args.length !== 1) return new GenericAccumulator(agg);
  if (agg.name === 'sum' && agg.type.kind === 'double' && t === 'double') return new DoubleAccumulator('sum', (n, a) => (n === 0 ? null : a));
  if (agg.name === 'sum' && agg.type.kind === 'long' && LITTLE_ENDIAN && (t === 'long' || INTEGRAL.has(t!))) return new LongSumAccumulator();
  // A double argument, or an int one read under its cast to double (see kernelArgs).
  const double = t === 'double' || (args !== agg.args && INTEGRAL.has(t!));
  if (agg.name === 'avg' && agg.type.kind === 'double' && double) return new DoubleAccumulator('avg', (n, a) => (n === 0 ? null : a / n));
  const moments = MOMENTS[agg.name];
  if (moments && double) return new DoubleAccumulator('moments', (n, _mean, m2) => (n === 0 ? null : moments(n, m2)));
  // A partial variance-family state (moment-states.ts): the same update, the state as the result.
  if (agg.name === MOMENT2_STATE && double) return new DoubleAccumulator('moments', (n, mean, m2) => (n === 0 ? null : [n, mean, m2]));
  if ((agg.name === 'min' || agg.name === 'max') && t !== undefined && ORDERED.has(t)) return new MinMaxAccumulator(agg.name === 'max' ? 1 : -1, valueComparator(args[0]!.type));
  return new GenericAccumulator(agg);
}
