/**
 * Expression and plan helpers the optimizer's rules share: conjunct splitting, the columns an
 * expression reads (ordinals into its operator's input), substitution and remapping of those
 * ordinals, and every expression of a plan node mapped at once.
 */
import type { BoundAggregate, BoundExpr } from '../../expr';
import { BooleanType } from '../../types';
import { mapChildren, remapRefs } from '../analyzer/rewrite';
import type { LPlan, SortKey, WindowExpr } from '../logical';
import { isDeterministic } from '../physical/exec';
import { containsSpid } from '../physical/partitioning';

export { splitConjuncts } from '../../expr';

export function and(left: BoundExpr, right: BoundExpr): BoundExpr {
  return { kind: 'and', left, right, type: BooleanType, nullable: left.nullable || right.nullable };
}

/** The conjunction of `es` as Spark's `reduceLeft(And)` builds it: ((a AND b) AND c); null when empty. */
export function conjoin(es: readonly BoundExpr[]): BoundExpr | null {
  return es.length === 0 ? null : es.reduce((l, r) => and(l, r));
}

export const TRUE: BoundExpr = { kind: 'literal', value: true, type: BooleanType, nullable: false };

export function isNotNull(x: BoundExpr): BoundExpr {
  return { kind: 'lenient', name: 'isnotnull', args: [x], fn: (a) => a[0] !== null, type: BooleanType, nullable: false };
}

/**
 * The input columns `e` reads; null when it may read any (a correlated subquery reads the
 * row through outer references).
 */
export function refsOf(e: BoundExpr): Set<number> | null {
  const out = new Set<number>();
  let all = false;
  const visit = (x: BoundExpr): BoundExpr => {
    if (x.kind === 'ref') out.add(x.index);
    else if (x.kind === 'subquery' && x.correlated) all = true;
    else if (x.kind === 'outerRef') all = true;
    else mapChildren(x, visit);
    return x;
  };
  visit(e);
  return all ? null : out;
}

/** The columns any of `es` reads (null: any). */
export function refsOfAll(es: readonly BoundExpr[]): Set<number> | null {
  const out = new Set<number>();
  for (const e of es) {
    const r = refsOf(e);
    if (!r) return null;
    for (const i of r) out.add(i);
  }
  return out;
}

function hasSubquery(e: BoundExpr): boolean {
  if (e.kind === 'subquery' || e.kind === 'outerRef') return true;
  let found = false;
  mapChildren(e, (c) => {
    if (!found && hasSubquery(c)) found = true;
    return c;
  });
  return found;
}

/**
 * Whether `e` may be evaluated by another operator over the same rows: deterministic (no
 * rand(), no monotonically_increasing_id(), no spark_partition_id()) and without subqueries,
 * whose outer references are tied to their operator's row.
 */
export function movable(e: BoundExpr): boolean {
  return isDeterministic(e) && !containsSpid([e]) && !hasSubquery(e);
}

/** `e` with every column reference `ref i` replaced by `f(i)`. */
export function substitute(e: BoundExpr, f: (index: number) => BoundExpr): BoundExpr {
  if (e.kind === 'ref') return f(e.index);
  return mapChildren(e, (c) => substitute(c, f));
}

/** `e` reading column `map[i]` where it read column `i` (every column it reads must be kept). */
export function remap(e: BoundExpr, map: readonly number[]): BoundExpr {
  return remapRefs(e, (i) => {
    const j = map[i];
    if (j === undefined || j < 0) throw new Error(`optimizer: column ${i} was pruned but is still read`);
    return j;
  });
}

function mapAgg(a: BoundAggregate, f: (e: BoundExpr) => BoundExpr): BoundAggregate {
  const args = a.args.map(f);
  const filter = a.filter && f(a.filter);
  return args.some((x, i) => x !== a.args[i]) || filter !== a.filter ? { ...a, args, filter } : a;
}

function mapKeys(keys: readonly SortKey[], f: (e: BoundExpr) => BoundExpr): SortKey[] {
  return keys.map((k) => {
    const expr = f(k.expr);
    return expr === k.expr ? k : { ...k, expr };
  });
}

function mapWindow(w: WindowExpr, f: (e: BoundExpr) => BoundExpr): WindowExpr {
  const partitionBy = w.partitionBy.map(f);
  const orderBy = mapKeys(w.orderBy, f);
  let fn = w.fn;
  if (fn.kind === 'agg') {
    const agg = mapAgg(fn.agg, f);
    if (agg !== fn.agg) fn = { ...fn, agg };
  } else if (fn.kind === 'lag' || fn.kind === 'lead') {
    const input = f(fn.input);
    const defaultValue = f(fn.defaultValue);
    if (input !== fn.input || defaultValue !== fn.defaultValue) fn = { ...fn, input, defaultValue };
  } else if (fn.kind === 'nth_value') {
    const input = f(fn.input);
    if (input !== fn.input) fn = { ...fn, input };
  }
  const same = fn === w.fn && partitionBy.every((e, i) => e === w.partitionBy[i]) && orderBy.every((k, i) => k === w.orderBy[i]);
  return same ? w : { ...w, fn, partitionBy, orderBy };
}

function changed<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.some((x, i) => x !== b[i]);
}

/**
 * The node with `f` applied to each of its own expressions (not its children's); the same
 * object when `f` changed none of them.
 */
export function mapPlanExprs(p: LPlan, f: (e: BoundExpr) => BoundExpr): LPlan {
  switch (p.kind) {
    case 'project': {
      const exprs = p.exprs.map(f);
      return changed(exprs, p.exprs) ? { ...p, exprs } : p;
    }
    case 'filter': {
      const cond = f(p.cond);
      return cond !== p.cond ? { ...p, cond } : p;
    }
    case 'aggregate': {
      const groups = p.groups.map(f);
      const aggs = p.aggs.map((a) => mapAgg(a, f));
      return changed(groups, p.groups) || changed(aggs, p.aggs) ? { ...p, groups, aggs } : p;
    }
    case 'window': {
      const windows = p.windows.map((w) => mapWindow(w, f));
      return changed(windows, p.windows) ? { ...p, windows } : p;
    }
    case 'sort': {
      const keys = mapKeys(p.keys, f);
      return changed(keys, p.keys) ? { ...p, keys } : p;
    }
    case 'join': {
      const cond = p.cond && f(p.cond);
      return cond !== p.cond ? { ...p, cond } : p;
    }
    case 'generate': {
      const generator = f(p.generator);
      return generator !== p.generator ? { ...p, generator } : p;
    }
    case 'repartition': {
      const exprs = p.exprs.map(f);
      const keys = mapKeys(p.keys, f);
      return changed(exprs, p.exprs) || changed(keys, p.keys) ? { ...p, exprs, keys } : p;
    }
    default: return p;
  }
}

/** Every expression of the node itself (for the columns it reads). */
export function planExprs(p: LPlan): BoundExpr[] {
  const out: BoundExpr[] = [];
  mapPlanExprs(p, (e) => (out.push(e), e));
  return out;
}

/** Applies `f` top-down: to a node, then to the children of what it returned. */
export function transformDown(plan: LPlan, f: (p: LPlan) => LPlan): LPlan {
  const p = f(plan);
  const next = { ...p } as Record<string, unknown>;
  let any = false;
  for (const key of ['child', 'left', 'right'] as const) {
    const c = (p as Record<string, unknown>)[key] as LPlan | undefined;
    if (c) {
      const t = transformDown(c, f);
      if (t !== c) {
        next[key] = t;
        any = true;
      }
    }
  }
  return any ? (next as LPlan) : p;
}

/** A plan node's children (join and set-operation sides, or the single child). */
export function childrenOf(p: LPlan): LPlan[] {
  const r = p as { child?: LPlan; left?: LPlan; right?: LPlan };
  return r.left && r.right ? [r.left, r.right] : r.child ? [r.child] : [];
}
