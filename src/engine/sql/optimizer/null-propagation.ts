/**
 * NullPropagation: a null-intolerant function with a null literal argument is a null literal
 * of its type (`x + NULL`, `NULL = y`), and coalesce drops null literal arguments (a single
 * remaining argument is the result).
 */
import type { BoundExpr } from '../../expr';
import { exprKey, mapChildren } from '../analyzer/rewrite';
import { mapPlanExprs } from './exprs';
import type { Rule } from './optimizer';
import { transformUp } from './optimizer';

function isNullLit(e: BoundExpr): boolean {
  return e.kind === 'literal' && e.value === null;
}

function propagate(e: BoundExpr): BoundExpr {
  const c = mapChildren(e, propagate);
  if (c.kind === 'strict' && c.args.some(isNullLit)) return { kind: 'literal', value: null, type: c.type, nullable: true };
  if (c.kind === 'coalesce' && c.args.some(isNullLit)) {
    const args = c.args.filter((a) => !isNullLit(a));
    if (args.length === 0) return { kind: 'literal', value: null, type: c.type, nullable: true };
    // A single argument of another type keeps its coalesce (the result's type).
    if (args.length === 1 && JSON.stringify(args[0]!.type) === JSON.stringify(c.type)) return args[0]!;
    return args.length > 1 ? { ...c, args } : c;
  }
  return c;
}

export const nullPropagation: Rule = {
  name: 'NullPropagation',
  apply: (plan) => transformUp(plan, (p) => mapPlanExprs(p, (e) => {
    const s = propagate(e);
    return exprKey(s) === exprKey(e) ? e : s;
  })),
};
