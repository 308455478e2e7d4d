/**
 * CollapseProject: a projection over a projection becomes one, the inner expressions
 * substituted for the columns the outer one reads. Not when an inner expression is
 * non-deterministic (it would run a different number of times) or, being more than a column
 * or a literal, would be computed more than once (Spark's canCollapseExpressions).
 */
import type { BoundExpr } from '../../expr';
import { mapChildren } from '../analyzer/rewrite';
import { movable, substitute } from './exprs';
import type { Rule } from './optimizer';
import { transformUp } from './optimizer';

function countRefs(es: readonly BoundExpr[]): Map<number, number> {
  const n = new Map<number, number>();
  const visit = (e: BoundExpr): BoundExpr => {
    if (e.kind === 'ref') n.set(e.index, (n.get(e.index) ?? 0) + 1);
    else mapChildren(e, visit);
    return e;
  };
  es.forEach(visit);
  return n;
}

function cheap(e: BoundExpr): boolean {
  return e.kind === 'ref' || e.kind === 'literal';
}

export const collapseProject: Rule = {
  name: 'CollapseProject',
  apply: (plan) => transformUp(plan, (p) => {
    if (p.kind !== 'project' || p.child.kind !== 'project') return p;
    const inner = p.child;
    if (!p.exprs.every(movable)) return p;
    for (const [i, times] of countRefs(p.exprs)) {
      const e = inner.exprs[i];
      if (!e || !movable(e) || (times > 1 && !cheap(e))) return p;
    }
    return { ...p, child: inner.child, exprs: p.exprs.map((e) => substitute(e, (i) => inner.exprs[i]!)) };
  }),
};
