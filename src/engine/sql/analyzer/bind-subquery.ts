/** Binds IN (subquery), EXISTS and scalar subqueries, planning the subquery against the enclosing scope. */
import { castTo, comparisonType } from '../../expr';
import type { BoundExpr } from '../../expr';
import { BooleanType } from '../../types';
import type { Expr } from '../ast';
import { AnalysisException } from '../errors';
import { assertNever } from '../../util/assert-never';
import { not, wrapCasts } from './bind-helpers';
import type { Binder } from './binder';

type SubqueryExpr = Extract<Expr, { kind: 'inSubquery' | 'exists' | 'scalarSubquery' }>;

export function bindSubquery(b: Binder, e: SubqueryExpr): BoundExpr {
  switch (e.kind) {
    case 'inSubquery': {
      const exprs = e.exprs.map((x) => b.bind(x));
      const { plan, correlated } = b.planner.planSubquery(e.plan, b.scope);
      if (plan.output.length !== exprs.length) {
        throw new AnalysisException(`Cannot resolve "${b.name(e)}" due to data type mismatch: The number of columns in the left hand side of an IN subquery does not match the number of columns in the output of subquery.`, 'DATATYPE_MISMATCH.IN_SUBQUERY_LENGTH_MISMATCH');
      }
      const cast = exprs.map((x, i) => {
        const t = comparisonType(x.type, plan.output[i]!.type) ?? x.type;
        return castTo(x, t);
      });
      const inner = wrapCasts(plan, cast.map((c) => c.type));
      const r: BoundExpr = { kind: 'subquery', mode: 'in', plan: inner, exprs: cast, correlated, type: BooleanType, nullable: true };
      return e.negated ? not(r) : r;
    }
    case 'exists': {
      const { plan, correlated } = b.planner.planSubquery(e.plan, b.scope);
      const r: BoundExpr = { kind: 'subquery', mode: 'exists', plan, exprs: [], correlated, type: BooleanType, nullable: false };
      return e.negated ? not(r) : r;
    }
    case 'scalarSubquery': {
      const { plan, correlated } = b.planner.planSubquery(e.plan, b.scope);
      if (plan.output.length !== 1) {
        throw new AnalysisException(`Scalar subquery must return only one column, but got ${plan.output.length}.`, 'INVALID_SUBQUERY_EXPRESSION.SCALAR_SUBQUERY_RETURN_MORE_THAN_ONE_OUTPUT_COLUMN');
      }
      return { kind: 'subquery', mode: 'scalar', plan, exprs: [], correlated, type: plan.output[0]!.type, nullable: true };
    }
    default: return assertNever(e);
  }
}
