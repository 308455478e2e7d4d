/** Small bound-expression builders shared by the binder files. */
import { castTo, comparisonType } from '../../expr';
import type { BoundExpr } from '../../expr';
import { BooleanType, sqlName, StringType } from '../../types';
import type { DataType } from '../../types';
import type { LPlan } from '../logical';

export function not(x: BoundExpr): BoundExpr {
  return { kind: 'strict', name: 'not', args: [x], fn: (a) => !a[0], type: BooleanType, nullable: x.nullable };
}

export function widerOrNull(a: DataType, b: DataType): DataType | null {
  const t = comparisonType(a, b);
  if (!t) return null;
  if (a.kind === 'string' || b.kind === 'string') {
    if (a.kind !== b.kind && a.kind !== 'null' && b.kind !== 'null') return StringType;
  }
  return t;
}

export function wrapCasts(plan: LPlan, types: DataType[]): LPlan {
  if (plan.output.every((a, i) => sqlName(a.type) === sqlName(types[i]!))) return plan;
  return {
    kind: 'project', child: plan,
    exprs: plan.output.map((a, i) => castTo({ kind: 'ref', index: i, type: a.type, nullable: a.nullable }, types[i]!)),
    output: plan.output.map((a, i) => ({ ...a, type: types[i]! })),
  };
}

