/** ConstantFolding: evaluates deterministic expressions over literals once, at planning time, in every operator. */
import { compile, isFoldable, newEnv } from '../../expr';
import type { BoundExpr } from '../../expr';
import { mapChildren } from '../analyzer/rewrite';
import { mapPlanExprs } from './exprs';
import type { Rule } from './optimizer';
import { transformUp } from './optimizer';

function fold(e: BoundExpr): BoundExpr {
  if (e.kind === 'literal') return e;
  if (!isFoldable(e)) {
    // Lambda bodies read their parameters: folding inside them stays as it is.
    if (e.kind === 'lambda' || e.kind === 'subquery') return e;
    const c = mapChildren(e, fold);
    return c;
  }
  try {
    const v = compile(e)([], newEnv(() => []));
    return { kind: 'literal', value: v, type: e.type, nullable: v === null };
  } catch {
    // Errors (e.g. invalid regex) must surface at run time, as Spark raises them then.
    return e;
  }
}

function same(a: BoundExpr, b: BoundExpr): boolean {
  if (a === b) return true;
  let eq = a.kind === b.kind;
  if (eq && a.kind !== 'literal') {
    const ka: BoundExpr[] = [];
    const kb: BoundExpr[] = [];
    mapChildren(a, (x) => (ka.push(x), x));
    mapChildren(b, (x) => (kb.push(x), x));
    eq = ka.length === kb.length && ka.every((x, i) => same(x, kb[i]!));
  } else if (eq) {
    eq = false;
  }
  return eq;
}

export const foldConstants: Rule = {
  name: 'ConstantFolding',
  apply: (plan) => transformUp(plan, (p) => mapPlanExprs(p, (e) => {
    // A generator (explode(array(1, 2))) is run by its operator: only its arguments fold.
    const f = p.kind === 'generate' ? mapChildren(e, fold) : fold(e);
    return same(f, e) ? e : f;
  })),
};
