/** ConstantFolding: evaluates deterministic expressions over literals once, at planning time. */
import { compile, isFoldable, newEnv } from '../../expr';
import type { BoundExpr } from '../../expr';
import type { Rule } from './optimizer';
import { transformUp } from './optimizer';

function fold(e: BoundExpr): BoundExpr {
  if (e.kind === 'literal' || !isFoldable(e)) return e;
  try {
    const v = compile(e)([], newEnv(() => []));
    return { kind: 'literal', value: v, type: e.type, nullable: v === null };
  } catch {
    // Errors (e.g. invalid regex) must surface at run time, as Spark raises them then.
    return e;
  }
}

export const foldConstants: Rule = {
  name: 'ConstantFolding',
  apply: (plan) => transformUp(plan, (p) => {
    if (p.kind === 'project') {
      const exprs = p.exprs.map(fold);
      return exprs.some((e, i) => e !== p.exprs[i]) ? { ...p, exprs } : p;
    }
    if (p.kind === 'filter') {
      const cond = fold(p.cond);
      return cond !== p.cond ? { ...p, cond } : p;
    }
    return p;
  }),
};
