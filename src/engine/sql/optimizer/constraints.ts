/**
 * What the optimizer knows about a plan's rows (a small part of Spark's QueryPlanConstraints):
 * which output columns can never be null, because the source says so or because a filter
 * below dropped the rows where they were (`isnotnull(x)`, or a null-intolerant comparison
 * such as `x = 0`, which is null, so not true, when x is null).
 */
import type { BoundExpr } from '../../expr';
import type { LPlan } from '../logical';
import { splitConjuncts } from './exprs';

/**
 * Functions Spark marks NullIntolerant (a null argument gives a null result): comparisons
 * other than <=>, NOT, arithmetic, casts, negation, abs. Through them a condition implies
 * `isnotnull` of the columns it reads.
 */
const NULL_INTOLERANT = new Set(['=', '<>', '<', '<=', '>', '>=', 'not', '+', '-', '*', '/', '%', 'div', 'cast', 'negative', 'abs', 'positive']);

function scan(e: BoundExpr, out: number[]): void {
  if (e.kind === 'ref') {
    if (!out.includes(e.index)) out.push(e.index);
  } else if (e.kind === 'strict' && NULL_INTOLERANT.has(e.name)) {
    for (const a of e.args) scan(a, out);
  }
}

/** The columns a true `c` proves non-null, in the order they appear. */
export function impliedNotNull(c: BoundExpr): number[] {
  const out: number[] = [];
  if (c.kind === 'lenient' && c.name === 'isnotnull') scan(c.args[0]!, out);
  else scan(c, out);
  return out;
}

/** The column `c` is an explicit `isnotnull(col)` of, or null. */
export function isNotNullOf(c: BoundExpr): number | null {
  return c.kind === 'lenient' && c.name === 'isnotnull' && c.args[0]!.kind === 'ref' ? c.args[0]!.index : null;
}

/** Output columns of `p` that are never null. */
export function notNullColumns(p: LPlan): Set<number> {
  const out = new Set<number>();
  switch (p.kind) {
    case 'scan':
      p.output.forEach((a, i) => {
        if (!a.nullable) out.add(i);
      });
      return out;
    case 'filter': {
      for (const i of notNullColumns(p.child)) out.add(i);
      for (const c of splitConjuncts(p.cond)) for (const i of impliedNotNull(c)) out.add(i);
      return out;
    }
    case 'project': {
      const below = notNullColumns(p.child);
      p.exprs.forEach((e, i) => {
        if (e.kind === 'ref' && below.has(e.index)) out.add(i);
      });
      return out;
    }
    case 'sort': case 'limit': case 'distinct': case 'window': case 'generate':
      return notNullColumns(p.child);
    case 'join': {
      const lw = p.left.output.length;
      const left = p.type === 'right' || p.type === 'full' ? new Set<number>() : notNullColumns(p.left);
      if (p.type === 'semi' || p.type === 'anti') return left;
      const right = p.type === 'left' || p.type === 'full' ? new Set<number>() : notNullColumns(p.right);
      for (const i of left) out.add(i);
      for (const i of right) out.add(lw + i);
      return out;
    }
    default: return out;
  }
}
