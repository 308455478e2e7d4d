/** Window functions: partition, order, then evaluate each function over its frame. */
import { addInterval, addMonthsToDays, compareValues, compile } from '../../expr';
import type { Compiled, Env, Row } from '../../expr';
import { Decimal } from '../../types';
import type { Attribute, SortKey, WindowExpr } from '../logical';
import { compileAll, envFor } from './exec';
import { SortKeyColumns } from './sort-keys';
import type { Exec, ExecContext } from './exec';

export class WindowExec implements Exec {
  readonly name = 'Window';
  readonly children: Exec[];
  constructor(readonly child: Exec, readonly windows: readonly WindowExpr[], readonly output: readonly Attribute[]) {
    this.children = [child];
  }
  describe(): string {
    return `Window [${this.output.slice(this.child.output.length).map((a) => a.name).join(', ')}]`;
  }
  execute(ctx: ExecContext): Row[] {
    const rows = this.child.execute(ctx).map((r) => [...r]);
    const env = envFor(ctx);
    for (const w of this.windows) evaluateWindow(w, rows, env);
    return rows;
  }
}

function evaluateWindow(w: WindowExpr, rows: Row[], env: Env): void {
  // One stable sort by (partition keys ASC NULLS FIRST, order keys) leaves each partition a
  // contiguous run in Spark's sort-based window order: partitions by key, rows by order key.
  const pkeys: SortKey[] = w.partitionBy.map((expr) => ({ expr, ascending: true, nullsFirst: true }));
  const pcols = new SortKeyColumns(pkeys, rows, env);
  const ocols = new SortKeyColumns(w.orderBy, rows, env);
  const idx = new Array<number>(rows.length);
  for (let i = 0; i < rows.length; i++) idx[i] = i;
  idx.sort((a, b) => pcols.compare(a, b) || ocols.compare(a, b) || a - b);
  const out = new Array<Row>(rows.length);
  let start = 0;
  while (start < idx.length) {
    let end = start + 1;
    while (end < idx.length && pcols.compare(idx[start]!, idx[end]!) === 0) end++;
    const part = new Array<Row>(end - start);
    for (let i = start; i < end; i++) part[i - start] = rows[idx[i]!]!;
    const base = start;
    const peers = (a: number, b: number) => ocols.compare(idx[base + a]!, idx[base + b]!);
    const values = evaluatePartition(w, part, env, peers);
    for (let i = 0; i < part.length; i++) {
      part[i]!.push(values[i]);
      out[start + i] = part[i]!;
    }
    start = end;
  }
  for (let i = 0; i < out.length; i++) rows[i] = out[i]!;
}

/** Order-key comparison of two rows of a partition, by their positions in it. */
type PeerCompare = (a: number, b: number) => number;

function peerEnds(part: Row[], cmp: PeerCompare): { start: number[]; end: number[] } {
  const start = new Array<number>(part.length);
  const end = new Array<number>(part.length);
  let s = 0;
  for (let i = 0; i < part.length; i++) {
    if (i > 0 && cmp(i - 1, i) !== 0) s = i;
    start[i] = s;
  }
  let e = part.length - 1;
  for (let i = part.length - 1; i >= 0; i--) {
    if (i < part.length - 1 && cmp(i, i + 1) !== 0) e = i;
    end[i] = e;
  }
  return { start, end };
}

function numeric(v: unknown): number {
  if (typeof v === 'bigint') return Number(v);
  if (v instanceof Decimal) return v.toNumber();
  return v as number;
}

/** Frame [lo, hi] (inclusive indexes) of row i. */
function frameBounds(w: WindowExpr, part: Row[], i: number, peers: { start: number[]; end: number[] }, orderKey: Compiled | null, env: Env): [number, number] {
  const f = w.frame;
  const n = part.length;
  if (f.type === 'rows') {
    const lo = f.lower === null ? 0 : Math.max(0, i + f.lower);
    const hi = f.upper === null ? n - 1 : f.upper === -Infinity ? -1 : Math.min(n - 1, i + f.upper);
    return [lo, hi];
  }
  if (!f.rangeValues || !orderKey || ((f.lower === null || f.lower === 0) && (f.upper === null || f.upper === 0))) {
    const lo = f.lower === null ? 0 : peers.start[i]!;
    const hi = f.upper === null ? n - 1 : peers.end[i]!;
    return [lo, hi];
  }
  const asc = w.orderBy[0]!.ascending;
  const v = orderKey(part[i]!, env);
  if (v === null) return [peers.start[i]!, peers.end[i]!];
  const x = numeric(v);
  const isDate = w.orderBy[0]!.expr.type.kind === 'date';
  const shift = (by: number): number => {
    if (!f.monthBounds) return x + by;
    return isDate ? addMonthsToDays(x, by) : addInterval(x, { months: by, days: 0, micros: 0 }, 1);
  };
  const lowV = f.lower === null ? -Infinity : shift(asc ? f.lower : -f.lower);
  const highV = f.upper === null ? Infinity : shift(asc ? f.upper : -f.upper);
  let lo = n;
  let hi = -1;
  for (let j = 0; j < n; j++) {
    const y = orderKey(part[j]!, env);
    if (y === null) continue;
    const yv = numeric(y);
    const inside = asc ? yv >= lowV && yv <= highV : yv <= lowV && yv >= highV;
    if (inside) {
      lo = Math.min(lo, j);
      hi = Math.max(hi, j);
    }
  }
  if (f.lower === null) lo = 0;
  if (f.upper === null) hi = n - 1;
  return [lo, hi];
}

function evaluatePartition(w: WindowExpr, part: Row[], env: Env, cmp: PeerCompare): unknown[] {
  const n = part.length;
  const peers = peerEnds(part, cmp);
  const fn = w.fn;
  switch (fn.kind) {
    case 'row_number': return part.map((_, i) => i + 1);
    case 'rank': return part.map((_, i) => peers.start[i]! + 1);
    case 'dense_rank': {
      let r = 0;
      return part.map((_, i) => {
        if (peers.start[i] === i) r++;
        return r;
      });
    }
    case 'percent_rank': return part.map((_, i) => (n <= 1 ? 0 : peers.start[i]! / (n - 1)));
    case 'cume_dist': return part.map((_, i) => (peers.end[i]! + 1) / n);
    case 'ntile': {
      const b = fn.buckets;
      const size = Math.floor(n / b);
      const extra = n % b;
      const out: number[] = [];
      let bucket = 1;
      let inBucket = 0;
      for (let i = 0; i < n; i++) {
        out.push(bucket);
        inBucket++;
        if (inBucket >= size + (bucket <= extra ? 1 : 0)) {
          bucket++;
          inBucket = 0;
        }
      }
      return out;
    }
    case 'lag': case 'lead': {
      const input = compile(fn.input);
      const def = compile(fn.defaultValue);
      const dir = fn.kind === 'lag' ? -1 : 1;
      return part.map((r, i) => {
        if (fn.offset === 0) return input(r, env);
        if (fn.ignoreNulls) {
          let seen = 0;
          for (let j = i + dir; j >= 0 && j < n; j += dir) {
            const v = input(part[j]!, env);
            if (v !== null && ++seen === fn.offset) return v;
          }
          return def(r, env);
        }
        const j = i + dir * fn.offset;
        return j >= 0 && j < n ? input(part[j]!, env) : def(r, env);
      });
    }
    case 'nth_value': {
      const input = compile(fn.input);
      const orderKey = w.orderBy.length === 1 ? compile(w.orderBy[0]!.expr) : null;
      return part.map((_, i) => {
        const [lo, hi] = frameBounds(w, part, i, peers, orderKey, env);
        let count = 0;
        for (let j = lo; j <= hi; j++) {
          const v = input(part[j]!, env);
          if (fn.ignoreNulls && v === null) continue;
          if (++count === fn.n) return v;
        }
        return null;
      });
    }
    case 'agg': {
      const agg = fn.agg;
      const args = compileAll(agg.args);
      const filter = agg.filter ? compile(agg.filter) : null;
      const orderKey = w.orderBy.length === 1 ? compile(w.orderBy[0]!.expr) : null;
      const out = new Array<unknown>(n);
      let cacheKey = '';
      let cacheVal: unknown = null;
      for (let i = 0; i < n; i++) {
        const [lo, hi] = frameBounds(w, part, i, peers, orderKey, env);
        const k = `${lo}:${hi}`;
        if (k === cacheKey) {
          out[i] = cacheVal;
          continue;
        }
        const st = agg.create();
        for (let j = lo; j <= hi; j++) {
          const r = part[j]!;
          if (filter && filter(r, env) !== true) continue;
          st.update(args.map((a) => a(r, env)));
        }
        cacheKey = k;
        cacheVal = st.result();
        out[i] = cacheVal;
      }
      return out;
    }
    default: {
      const never: never = fn;
      throw new Error(`unexpected ${JSON.stringify(never)}`);
    }
  }
}

export { compareValues };
