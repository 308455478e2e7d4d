/**
 * PullOutGroupingExpressions (Spark 3.1+, in Finish Analysis): a grouping expression that is
 * neither a column nor a constant (`id % 2`, `upper(name)`) is computed by a projection below
 * the aggregate as `_groupingexpression#N`, next to the input's columns, and the aggregate
 * groups by that column and outputs it as the key. Identical expressions share one column.
 * The aggregate functions' arguments are left as they are (they read the input's columns,
 * which the projection keeps; ColumnPruning drops the ones nobody reads). Grouping sets are
 * left alone: their keys are the Expand's columns already.
 */
import type { BoundExpr } from '../../expr';
import { newAttribute } from '../logical';
import type { Attribute, LPlan } from '../logical';
import { exprKey } from '../analyzer/rewrite';
import { containsInputRef } from '../analyzer/select-aggregation';
import type { Rule } from './optimizer';
import { transformUp } from './optimizer';

function hasSubquery(e: BoundExpr): boolean {
  switch (e.kind) {
    case 'subquery': case 'outerRef': return true;
    case 'literal': case 'ref': case 'lambdaVar': return false;
    case 'strict': case 'lenient': case 'coalesce': case 'higherOrder': case 'stateful': return e.args.some(hasSubquery);
    case 'and': case 'or': return hasSubquery(e.left) || hasSubquery(e.right);
    case 'case': return e.branches.some(([c, v]) => hasSubquery(c) || hasSubquery(v)) || (e.elseExpr !== null && hasSubquery(e.elseExpr));
    case 'in': return hasSubquery(e.expr) || e.list.some(hasSubquery);
    case 'lambda': return hasSubquery(e.body);
    default: return false;
  }
}

/** Spark's `!e.foldable && e.children.nonEmpty`: an expression over the input's columns (subqueries aside). */
function complex(e: BoundExpr): boolean {
  return e.kind !== 'ref' && e.kind !== 'literal' && containsInputRef(e) && !hasSubquery(e);
}

function pullOut(p: Extract<LPlan, { kind: 'aggregate' }>): LPlan {
  if (p.sets !== null || !p.groups.some(complex)) return p;
  const input = p.child.output;
  const exprs: BoundExpr[] = input.map((a, i) => ({ kind: 'ref', index: i, type: a.type, nullable: a.nullable }));
  const projected: Attribute[] = [...input];
  const byKey = new Map<string, number>();
  const output = [...p.output];
  const groups = p.groups.map((g, i) => {
    if (!complex(g)) return g;
    const key = exprKey(g);
    let index = byKey.get(key);
    if (index === undefined) {
      index = exprs.length;
      byKey.set(key, index);
      exprs.push(g);
      projected.push(newAttribute('_groupingexpression', g.type, g.nullable));
    }
    // The aggregate outputs the key column itself (its nullability as the aggregate had it).
    const a = projected[index]!;
    const old = output[i]!;
    output[i] = a.nullable === old.nullable ? a : { ...a, nullable: old.nullable };
    const ref: BoundExpr = { kind: 'ref', index, type: g.type, nullable: g.nullable };
    return ref;
  });
  return { ...p, groups, output, child: { kind: 'project', child: p.child, exprs, output: projected } };
}

export const pullOutGroupingExpressions: Rule = {
  name: 'PullOutGroupingExpressions',
  apply: (plan) => {
    const out = transformUp(plan, (p) => (p.kind === 'aggregate' ? pullOut(p) : p));
    // The root's columns are the query's: a root aggregate keeps its output names.
    return out !== plan && out.kind === 'aggregate' ? { ...out, output: plan.output } : out;
  },
};
