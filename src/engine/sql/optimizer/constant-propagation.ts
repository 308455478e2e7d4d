/**
 * ConstantPropagation: in a filter's conjunction, `col = literal` lets the equalities of the
 * other conjuncts read the literal instead of the column (`a = 1 AND b = a + 1` becomes
 * `a = 1 AND b = 1 + 1`, which ConstantFolding then folds), as Spark's replaceConstants does.
 * Only where the row must satisfy the equality (top-level conjuncts, not under OR or NOT),
 * for deterministic conjuncts, and for types whose equal values are identical (not floating
 * point, where -0.0 = 0.0).
 */
import type { BoundExpr } from '../../expr';
import { exprKey, mapChildren } from '../analyzer/rewrite';
import { conjoin, movable, splitConjuncts } from './exprs';
import type { Rule } from './optimizer';
import { transformUp } from './optimizer';

const EXACT = new Set(['byte', 'short', 'int', 'long', 'string', 'date', 'timestamp', 'timestamp_ntz', 'boolean', 'decimal']);

/** The column and literal of `col = literal` (either way round), when substituting is exact. */
function equality(c: BoundExpr): [number, BoundExpr] | null {
  if (c.kind !== 'strict' || c.name !== '=' || c.args.length !== 2) return null;
  const [a, b] = c.args as [BoundExpr, BoundExpr];
  const [col, lit] = a.kind === 'ref' ? [a, b] : [b, a];
  if (col.kind !== 'ref' || lit.kind !== 'literal' || lit.value === null || !EXACT.has(col.type.kind)) return null;
  return JSON.stringify(col.type) === JSON.stringify(lit.type) ? [col.index, lit] : null;
}

/** `e` with the known columns replaced by their constants inside its equalities (as Spark's replaceConstants). */
function inEqualities(e: BoundExpr, known: ReadonlyMap<number, BoundExpr>): BoundExpr {
  const put = (x: BoundExpr): BoundExpr => (x.kind === 'ref' ? (known.get(x.index) ?? x) : mapChildren(x, put));
  if ((e.kind === 'strict' || e.kind === 'lenient') && (e.name === '=' || e.name === '<=>') && e.args.length === 2) return put(e);
  return mapChildren(e, (c) => inEqualities(c, known));
}

export const constantPropagation: Rule = {
  name: 'ConstantPropagation',
  apply: (plan) => transformUp(plan, (p) => {
    if (p.kind !== 'filter') return p;
    const cs = splitConjuncts(p.cond);
    if (!cs.every(movable)) return p;
    const known = new Map<number, BoundExpr>();
    const own = new Set<BoundExpr>();
    for (const c of cs) {
      const eq = equality(c);
      if (eq && !known.has(eq[0])) {
        known.set(eq[0], eq[1]);
        own.add(c);
      }
    }
    if (known.size === 0) return p;
    let changed = false;
    const next = cs.map((c) => {
      if (own.has(c)) return c;
      const r = inEqualities(c, known);
      if (exprKey(r) === exprKey(c)) return c;
      changed = true;
      return r;
    });
    return changed ? { ...p, cond: conjoin(next)! } : p;
  }),
};
