/** Aggregation checks and GROUPING() / GROUPING_ID() for the SELECT planner. */
import type { BoundExpr } from '../../expr';
import { LongType } from '../../types';
import type { Expr } from '../ast';
import { AnalysisException } from '../errors';
import type { Binder } from './binder';
import { exprKey } from './rewrite';

export const GID_PLACEHOLDER = -2_000_000;

export function containsInputRef(e: BoundExpr): boolean {
  if (e.kind === 'ref') return true;
  if (e.kind === 'literal' || e.kind === 'outerRef' || e.kind === 'lambdaVar') return false;
  if ('args' in e) return e.args.some(containsInputRef);
  if (e.kind === 'and' || e.kind === 'or') return containsInputRef(e.left) || containsInputRef(e.right);
  if (e.kind === 'case') return e.branches.some(([c, v]) => containsInputRef(c) || containsInputRef(v)) || (e.elseExpr !== null && containsInputRef(e.elseExpr));
  if (e.kind === 'in') return containsInputRef(e.expr) || e.list.some(containsInputRef);
  if (e.kind === 'subquery') return e.exprs.some(containsInputRef);
  if (e.kind === 'lambda') return containsInputRef(e.body);
  return false;
}

export function missingAggregation(b: Binder, e: Expr, hasGroupBy: boolean): AnalysisException {
  const name = b.name(e);
  if (!hasGroupBy) {
    return new AnalysisException(
      `The query does not include a GROUP BY clause. Add GROUP BY or turn it into the window functions using OVER clauses.`,
      'MISSING_GROUP_BY',
    );
  }
  return new AnalysisException(
    `The expression \`${name}\` is neither present in the group by, nor is it an aggregate function. Add to group by or wrap in \`first()\` (or \`first_value\`) if you don't care which value you get.`,
    'MISSING_AGGREGATION', { expression: `"${name}"` },
  );
}

export function groupingCall(e: Extract<Expr, { kind: 'func' }>, b: Binder, base: Binder, groupKeys: string[], sets: number[][] | null): BoundExpr {
  const n = e.name.toLowerCase();
  if (!sets) {
    throw new AnalysisException(`${n}() can only be used with GroupingSets/Cube/Rollup`, 'UNSUPPORTED_GROUPING_EXPRESSION');
  }
  const idx = e.args.map((a) => {
    const i = groupKeys.indexOf(exprKey(base.bind(a)));
    if (i < 0) throw new AnalysisException(`Column of grouping (${b.name(a)}) can't be found in grouping columns ${groupKeys.join(',')}.`, 'GROUPING_COLUMN_MISMATCH');
    return i;
  });
  const nG = groupKeys.length;
  const gid: BoundExpr = { kind: 'ref', index: GID_PLACEHOLDER, type: LongType, nullable: false };
  if (n === 'grouping') {
    const shift = BigInt(nG - 1 - idx[0]!);
    return { kind: 'strict', name: `grouping#${shift}`, args: [gid], fn: (a) => Number(((a[0] as bigint) >> shift) & 1n), type: { kind: 'byte' }, nullable: false };
  }
  if (idx.length === 0) return gid;
  return {
    kind: 'strict', name: `grouping_id#${idx.join(',')}`, args: [gid], type: LongType, nullable: false,
    fn: (a) => {
      let r = 0n;
      for (const i of idx) r = (r << 1n) | (((a[0] as bigint) >> BigInt(nG - 1 - i)) & 1n);
      return r;
    },
  };
}
