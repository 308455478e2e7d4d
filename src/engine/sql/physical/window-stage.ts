/**
 * Windows on the executors, as Spark plans them: Exchange hashpartitioning(partition keys)
 * → Sort → Window, with the Project / Filter chain above the window run in the same reduce
 * task (so `rank() ... WHERE r <= 3` sends back only the kept rows), and under a rank /
 * row_number bound a partial WindowGroupLimit in the map tasks before the exchange (Spark
 * 3.5's InferWindowGroupLimit plans Partial and Final ones).
 *
 * Order: the driver's window leaves rows sorted by the partition keys (each key one run).
 * Every key reaches one reduce task, whose output is sorted by the keys too, so the
 * driver merges the tasks' sorted runs by the keys, which the reduce plan carries as extra
 * trailing columns (the chain above the window may drop them).
 */
import { getValue } from '../../columnar';
import type { ColumnBatch, ColumnVector } from '../../columnar';
import type { BoundExpr } from '../../expr';
import { newAttribute } from '../logical';
import type { Attribute, LPlan } from '../logical';
import type { Exec } from './exec';
import { isDeterministic } from './exec';
import { placeRows } from './exchange-hash';
import { KeyOrder } from './sort-keys';
import { WindowGroupLimitExec } from './window-group-limit-exec';

type WindowPlan = Extract<LPlan, { kind: 'window' }>;

/** The window under a fragment's Project / Filter chain (the fragment itself when it is one), and its depth. */
export function windowBelow(top: LPlan): { window: WindowPlan; depth: number } | null {
  let cur = top;
  let depth = 0;
  while (cur.kind === 'project' || cur.kind === 'filter') {
    const exprs = cur.kind === 'project' ? cur.exprs : [cur.cond];
    if (!exprs.every(isDeterministic)) return null;
    cur = cur.child;
    depth++;
  }
  return cur.kind === 'window' ? { window: cur, depth } : null;
}

const ref = (index: number, type: Attribute['type']): BoundExpr => ({ kind: 'ref', index, type, nullable: true });

/**
 * `top` (a Project / Filter chain over `window`, or the window) with the window's input
 * replaced by `input` and the partition keys' values as trailing columns after top's
 * output: keys that are columns are passed along; others are computed by a projection
 * over the window (that projection only passes columns when the keys are columns, so the
 * planner still finds a WindowGroupLimit under a rank filter).
 */
export function keyCarryingPlan(top: LPlan, depth: number, input: LPlan): { plan: LPlan; keyCols: number[] } {
  const rebuild = (node: LPlan, d: number): { plan: LPlan; keys: number[] } => {
    if (d === 0) {
      const w = node as WindowPlan;
      const win: WindowPlan = { ...w, child: input };
      const pb = w.windows[0]!.partitionBy;
      if (pb.every((e) => e.kind === 'ref')) return { plan: win, keys: pb.map((e) => (e as Extract<BoundExpr, { kind: 'ref' }>).index) };
      const n = win.output.length;
      const output = [...win.output, ...pb.map((e, i) => newAttribute(`__key${i}`, e.type, true))];
      return { plan: { kind: 'project', child: win, exprs: [...win.output.map((a, i) => ref(i, a.type)), ...pb], output }, keys: pb.map((_, i) => n + i) };
    }
    const below = rebuild((node as Extract<LPlan, { kind: 'project' | 'filter' }>).child, d - 1);
    if (node.kind === 'filter') return { plan: { ...node, child: below.plan, output: below.plan.output }, keys: below.keys };
    const p = node as Extract<LPlan, { kind: 'project' }>;
    const inOut = below.plan.output;
    const n = p.exprs.length;
    return {
      plan: { ...p, child: below.plan, exprs: [...p.exprs, ...below.keys.map((k) => ref(k, inOut[k]!.type))], output: [...p.output, ...below.keys.map((k) => inOut[k]!)] },
      keys: below.keys.map((_, i) => n + i),
    };
  };
  const { plan, keys } = rebuild(top, depth);
  return { plan, keyCols: keys };
}

/** The WindowGroupLimit a physical plan holds (planned under a rank / row_number bound), if any. */
function findGroupLimit(e: Exec): WindowGroupLimitExec | null {
  if (e instanceof WindowGroupLimitExec) return e;
  for (const c of e.children) {
    const f = findGroupLimit(c);
    if (f) return f;
  }
  return null;
}

/**
 * Spark's partial WindowGroupLimit for a map task: when the reduce side's plan limits each
 * window partition to its best k rows, a map partition's rows beyond its own best k (ties
 * of rank kept) can never be kept, so they are dropped before the exchange, in input order.
 */
export function partialGroupLimit(reducePlan: Exec, mapInput: Exec): Exec | null {
  const f = findGroupLimit(reducePlan);
  return f && new WindowGroupLimitExec(mapInput, f.partitionBy, f.orderBy, f.fn, f.limit, mapInput.output);
}

/**
 * The reduce tasks' batches (task by task, each sorted by the partition keys at `keyCols`)
 * merged into the driver's window order by those keys, as one batch of the first `width`
 * columns. Ties (none across tasks: a key lives in one task) keep task order.
 */
export function mergeSortedRuns(runs: readonly (readonly ColumnBatch[])[], keyCols: readonly number[], keyTypes: readonly Attribute['type'][], width: number): ColumnBatch[] {
  const order = new KeyOrder(keyTypes.map((type, i) => ({ expr: ref(i, type), ascending: true, nullsFirst: true })));
  const flat: { batches: readonly ColumnBatch[]; keys: unknown[][]; n: number }[] = runs.map((bs) => {
    const keys = keyCols.map(() => [] as unknown[]);
    for (const b of bs) keyCols.forEach((c, k) => {
      const v = b.columns[c]!;
      for (let i = 0; i < b.numRows; i++) keys[k]!.push(getValue(v, i));
    });
    return { batches: bs, keys, n: keys[0]?.length ?? bs.reduce((s, b) => s + b.numRows, 0) };
  });
  const total = flat.reduce((s, r) => s + r.n, 0);
  // places[run][row] = the row's position in the merged output.
  const places = flat.map((r) => new Int32Array(r.n));
  const at = new Int32Array(flat.length);
  const cmp = (a: number, b: number): number => {
    for (let k = 0; k < keyCols.length; k++) {
      const c = order.compareKey(k, flat[a]!.keys[k]![at[a]!], flat[b]!.keys[k]![at[b]!]);
      if (c !== 0) return c;
    }
    return a - b;
  };
  const sameKey = (r: number, i: number, j: number): boolean => {
    const keys = flat[r]!.keys;
    for (let k = 0; k < keys.length; k++) if (order.compareKey(k, keys[k]![i], keys[k]![j]) !== 0) return false;
    return true;
  };
  // The least key among the runs' heads, then that run's whole key group.
  for (let out = 0; out < total;) {
    let best = -1;
    for (let r = 0; r < flat.length; r++) if (at[r]! < flat[r]!.n && (best < 0 || cmp(r, best) < 0)) best = r;
    const run = flat[best]!;
    const first = at[best]!;
    do places[best]![at[best]!++] = out++;
    while (at[best]! < run.n && sameKey(best, first, at[best]!));
  }
  const batches: ColumnBatch[] = [];
  const rowPlaces: Int32Array[] = [];
  flat.forEach((r, i) => {
    let start = 0;
    for (const b of r.batches) {
      batches.push(narrow(b, width));
      rowPlaces.push(places[i]!.subarray(start, start + b.numRows));
      start += b.numRows;
    }
  });
  if (total === 0) return [];
  return [placeRows(batches, rowPlaces, total)];
}

function narrow(b: ColumnBatch, width: number): ColumnBatch {
  if (b.columns.length === width) return b;
  return { types: b.types.slice(0, width), numRows: b.numRows, columns: b.columns.slice(0, width) as ColumnVector[] };
}
