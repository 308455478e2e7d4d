/**
 * InferFiltersFromConstraints: a filter or inner-join condition that drops rows where a column
 * is null (`x = 0`, `NOT (x = 9999)`, `a.k = b.k`) gets `isnotnull(x)` spelled out, as Spark
 * adds it: in front of the filter's condition, and as a filter on each join side the join type
 * lets through (both for inner and semi joins, the other side of outer and anti joins). Columns
 * already known non-null below are left alone. It only adds conditions the rows already meet.
 */
import type { BoundExpr } from '../../expr';
import type { LPlan } from '../logical';
import { and, conjoin, isNotNull, movable, splitConjuncts } from './exprs';
import { impliedNotNull, isNotNullOf, notNullColumns } from './constraints';
import type { Rule } from './optimizer';
import { transformUp } from './optimizer';

function refExpr(p: LPlan, i: number): BoundExpr {
  const a = p.output[i]!;
  return { kind: 'ref', index: i, type: a.type, nullable: a.nullable };
}

/** isnotnull filters for `cols` of `p` not already known non-null there. */
function newNotNulls(p: LPlan, cols: readonly number[]): BoundExpr[] {
  const known = notNullColumns(p);
  return cols.filter((i) => !known.has(i) && p.output[i]!.nullable).map((i) => isNotNull(refExpr(p, i)));
}

function withFilter(p: LPlan, conds: readonly BoundExpr[]): LPlan {
  const cond = conjoin(conds);
  if (!cond) return p;
  // Spark adds a Filter on top, which CombineFilters then merges after the existing condition.
  if (p.kind === 'filter') return { ...p, cond: and(p.cond, cond) };
  return { kind: 'filter', child: p, cond, output: p.output };
}

export const inferFiltersFromConstraints: Rule = {
  name: 'InferFiltersFromConstraints',
  apply: (plan) => transformUp(plan, (p) => {
    if (p.kind === 'filter') {
      const cs = splitConjuncts(p.cond).filter(movable);
      const explicit = new Set(cs.map(isNotNullOf).filter((i): i is number => i !== null));
      const cols: number[] = [];
      for (const c of cs) for (const i of impliedNotNull(c)) if (!explicit.has(i) && !cols.includes(i)) cols.push(i);
      const added = newNotNulls(p.child, cols);
      return added.length ? { ...p, cond: and(conjoin(added)!, p.cond) } : p;
    }
    if (p.kind === 'join' && p.cond) {
      const lw = p.left.output.length;
      const cols: number[] = [];
      for (const c of splitConjuncts(p.cond).filter(movable)) for (const i of impliedNotNull(c)) if (!cols.includes(i)) cols.push(i);
      const leftCols = cols.filter((i) => i < lw);
      const rightCols = cols.filter((i) => i >= lw).map((i) => i - lw);
      const both = p.type === 'inner' || p.type === 'cross' || p.type === 'semi';
      const inferLeft = both || p.type === 'right';
      const inferRight = both || p.type === 'left' || p.type === 'anti';
      const left = inferLeft ? withFilter(p.left, newNotNulls(p.left, leftCols)) : p.left;
      const right = inferRight ? withFilter(p.right, newNotNulls(p.right, rightCols)) : p.right;
      return left === p.left && right === p.right ? p : { ...p, left, right };
    }
    return p;
  }),
};
