/**
 * PushDownPredicates (Spark's CombineFilters + PushPredicateThroughNonJoin +
 * PushPredicateThroughJoin): filters move towards the scans so fewer rows reach the
 * operators above. A filter passes through projections (aliases substituted), aggregates (the
 * conjuncts on grouping keys), windows (conjuncts on the partition keys every window shares),
 * sorts, DISTINCT, generators (conjuncts on the input's columns) and set operations (both
 * sides of UNION, the left side of INTERSECT / EXCEPT); above a join, each conjunct goes to the
 * side it reads as the join type allows, and inner joins take the rest into their condition.
 * A join condition's one-sided conjuncts become filters on that side where the join type
 * allows. Only deterministic conjuncts before the first non-deterministic one move (Spark's
 * `span`), so rand() and friends see exactly the rows they saw before.
 */
import type { BoundExpr } from '../../expr';
import type { LPlan } from '../logical';
import { and, conjoin, movable, refsOf, remap, splitConjuncts, substitute, transformDown } from './exprs';
import type { Rule } from './optimizer';
import { exprKey } from '../analyzer/rewrite';

type Filter = Extract<LPlan, { kind: 'filter' }>;
type Join = Extract<LPlan, { kind: 'join' }>;

function filter(child: LPlan, cond: BoundExpr | null): LPlan {
  return cond ? { kind: 'filter', child, cond, output: child.output } : child;
}

/** The movable prefix of the conjuncts (Spark pushes deterministic conjuncts up to the first non-deterministic one) and the rest. */
function span(cond: BoundExpr): [BoundExpr[], BoundExpr[]] {
  const cs = splitConjuncts(cond);
  const k = cs.findIndex((c) => !movable(c));
  return k < 0 ? [cs, []] : [cs.slice(0, k), cs.slice(k)];
}

function subset(refs: Set<number> | null, ok: (i: number) => boolean): boolean {
  if (!refs) return false;
  for (const i of refs) if (!ok(i)) return false;
  return true;
}

/** Filter over Filter: one conjunction, the child's conjuncts first, without repeating them. */
function combineFilters(p: Filter, c: Filter): LPlan | null {
  if (!movable(p.cond) || !movable(c.cond)) return null;
  const have = new Set(splitConjuncts(c.cond).map(exprKey));
  const extra = splitConjuncts(p.cond).filter((x) => !have.has(exprKey(x)));
  const cond = conjoin(extra);
  return { ...c, cond: cond ? and(c.cond, cond) : c.cond, output: p.output };
}

function throughUnary(p: Filter): LPlan | null {
  const c = p.child;
  switch (c.kind) {
    case 'filter': return combineFilters(p, c);
    case 'project': {
      if (!movable(p.cond) || !c.exprs.every(movable)) return null;
      const cond = substitute(p.cond, (i) => c.exprs[i]!);
      return { ...c, child: filter(c.child, cond) };
    }
    case 'sort': case 'distinct': {
      if (!movable(p.cond)) return null;
      return { ...c, child: filter(c.child, p.cond) };
    }
    case 'aggregate': {
      if (c.sets !== null || c.groups.length === 0 || !c.aggs.every((a) => a.args.every(movable) && (!a.filter || movable(a.filter)))) return null;
      if (!c.groups.every(movable)) return null;
      const [cands, rest] = span(p.cond);
      const keys = c.groups.length;
      const push: BoundExpr[] = [];
      const stay: BoundExpr[] = [];
      for (const x of cands) {
        const r = refsOf(x);
        (r && r.size > 0 && subset(r, (i) => i < keys) ? push : stay).push(x);
      }
      if (push.length === 0) return null;
      const below = conjoin(push.map((x) => substitute(x, (i) => c.groups[i]!)));
      return filter({ ...c, child: filter(c.child, below) }, conjoin([...stay, ...rest]));
    }
    case 'window': {
      const width = c.child.output.length;
      // Columns every window partitions by (as plain columns of the input).
      const keys = new Set<number>();
      if (c.windows.length === 0 || !c.windows.every((w) => w.partitionBy.length > 0 && w.partitionBy.every((e) => e.kind === 'ref'))) return null;
      for (let i = 0; i < width; i++) if (c.windows.every((w) => w.partitionBy.some((e) => e.kind === 'ref' && e.index === i))) keys.add(i);
      const [cands, rest] = span(p.cond);
      const push: BoundExpr[] = [];
      const stay: BoundExpr[] = [];
      for (const x of cands) (subset(refsOf(x), (i) => keys.has(i)) && refsOf(x)!.size > 0 ? push : stay).push(x);
      if (push.length === 0) return null;
      return filter({ ...c, child: filter(c.child, conjoin(push)) }, conjoin([...stay, ...rest]));
    }
    case 'generate': {
      const width = c.child.output.length;
      const [cands, rest] = span(p.cond);
      const push: BoundExpr[] = [];
      const stay: BoundExpr[] = [];
      for (const x of cands) (subset(refsOf(x), (i) => i < width) ? push : stay).push(x);
      if (push.length === 0) return null;
      return filter({ ...c, child: filter(c.child, conjoin(push)) }, conjoin([...stay, ...rest]));
    }
    case 'setOp': {
      const { left, right } = c;
      const aligned = left.output.length === c.output.length && right.output.length === c.output.length
        && c.output.every((a, i) => a.type.kind === left.output[i]!.type.kind && a.type.kind === right.output[i]!.type.kind
          && JSON.stringify(a.type) === JSON.stringify(left.output[i]!.type) && JSON.stringify(a.type) === JSON.stringify(right.output[i]!.type));
      if (!aligned) return null;
      const [cands, rest] = span(p.cond);
      if (cands.length === 0) return null;
      const cond = conjoin(cands)!;
      const next: LPlan = c.op === 'union' ? { ...c, left: filter(left, cond), right: filter(right, cond) } : { ...c, left: filter(left, cond) };
      return filter(next, conjoin(rest));
    }
    case 'join': return throughJoin(p, c);
    default: return null;
  }
}

/** Splits conjuncts by the join side they read: left (or neither), right, both. */
function bySide(cs: readonly BoundExpr[], leftWidth: number): { left: BoundExpr[]; right: BoundExpr[]; both: BoundExpr[] } {
  const out = { left: [] as BoundExpr[], right: [] as BoundExpr[], both: [] as BoundExpr[] };
  for (const c of cs) {
    const r = refsOf(c);
    if (r && subset(r, (i) => i < leftWidth)) out.left.push(c);
    else if (r && subset(r, (i) => i >= leftWidth)) out.right.push(c);
    else out.both.push(c);
  }
  return out;
}

function shiftLeft(es: readonly BoundExpr[], leftWidth: number, rightWidth: number): BoundExpr[] {
  const map = Array.from({ length: leftWidth + rightWidth }, (_, i) => i - leftWidth);
  return es.map((e) => remap(e, map));
}

function throughJoin(p: Filter, j: Join): LPlan | null {
  const lw = j.left.output.length;
  const rw = j.right.output.length;
  const [cands, rest] = span(p.cond);
  if (cands.length === 0) return null;
  const semi = j.type === 'semi' || j.type === 'anti';
  // Above a semi / anti join only the left side's columns exist.
  const s = semi ? { left: cands, right: [], both: [] } : bySide(cands, lw);
  let pushLeft: BoundExpr[] = [];
  let pushRight: BoundExpr[] = [];
  let intoJoin: BoundExpr[] = [];
  let stay: BoundExpr[] = [];
  switch (j.type) {
    case 'inner': case 'cross':
      [pushLeft, pushRight, intoJoin] = [s.left, s.right, s.both];
      break;
    case 'semi':
      pushLeft = s.left;
      break;
    case 'left': case 'anti':
      [pushLeft, stay] = [s.left, [...s.right, ...s.both]];
      break;
    case 'right':
      [pushRight, stay] = [s.right, [...s.left, ...s.both]];
      break;
    default: return null;
  }
  if (pushLeft.length + pushRight.length + intoJoin.length === 0) return null;
  const cond = intoJoin.length ? conjoin(j.cond ? [j.cond, ...intoJoin] : intoJoin) : j.cond;
  const next: Join = {
    ...j,
    type: j.type === 'cross' && cond ? 'inner' : j.type,
    left: filter(j.left, conjoin(pushLeft)),
    right: filter(j.right, conjoin(shiftLeft(pushRight, lw, rw))),
    cond,
  };
  return filter(next, conjoin([...stay, ...rest]));
}

/** A join condition's conjuncts on one side become filters on that side, where the join type allows. */
function joinCondition(j: Join): LPlan | null {
  if (!j.cond) return null;
  const lw = j.left.output.length;
  const rw = j.right.output.length;
  const [cands, rest] = span(j.cond);
  const s = bySide(cands, lw);
  let pushLeft: BoundExpr[] = [];
  let pushRight: BoundExpr[] = [];
  let keep: BoundExpr[];
  switch (j.type) {
    case 'inner': case 'cross': case 'semi':
      [pushLeft, pushRight, keep] = [s.left, s.right, s.both];
      break;
    case 'left': case 'anti':
      [pushRight, keep] = [s.right, [...s.left, ...s.both]];
      break;
    case 'right':
      // The left side supplies the nulls: its own conjuncts filter it first.
      [pushLeft, keep] = [s.left, [...s.right, ...s.both]];
      break;
    default: return null;
  }
  // Constant conjuncts (no columns) stay in the condition of inner joins too: they gate the whole join.
  const constLeft = pushLeft.filter((c) => (refsOf(c)?.size ?? 0) === 0);
  pushLeft = pushLeft.filter((c) => (refsOf(c)?.size ?? 0) > 0);
  keep = [...constLeft, ...keep];
  if (pushLeft.length + pushRight.length === 0) return null;
  const cond = conjoin([...keep, ...rest]);
  return {
    ...j,
    left: filter(j.left, conjoin(pushLeft)),
    right: filter(j.right, conjoin(shiftLeft(pushRight, lw, rw))),
    cond,
  };
}

export const pushDownPredicates: Rule = {
  name: 'PushDownPredicates',
  apply: (plan) => transformDown(plan, (p) => {
    if (p.kind === 'filter') return throughUnary(p) ?? p;
    if (p.kind === 'join') return joinCondition(p) ?? p;
    return p;
  }),
};
