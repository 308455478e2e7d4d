/**
 * BooleanSimplification: `true AND x` is x, `false AND x` false, `true OR x` true, `false OR x`
 * x, `x AND x` / `x OR x` x; NOT moves inwards as Spark rewrites it: NOT (a OR b) is
 * NOT a AND NOT b, NOT (a AND b) is NOT a OR NOT b, NOT NOT a is a, NOT isnull(a) is
 * isnotnull(a) (and back), NOT (a > b) is a <= b (comparisons order every value, NaN last, so
 * the negation is exact for non-null operands, and null stays null).
 */
import type { BoundExpr } from '../../expr';
import { BooleanType } from '../../types';
import { exprKey, mapChildren } from '../analyzer/rewrite';
import { mapPlanExprs } from './exprs';
import type { Rule } from './optimizer';
import { transformUp } from './optimizer';

const NEGATED: Record<string, string> = { '>': '<=', '>=': '<', '<': '>=', '<=': '>' };

function lit(e: BoundExpr): boolean | null | undefined {
  return e.kind === 'literal' && e.type.kind === 'boolean' ? (e.value as boolean | null) : undefined;
}

function not(x: BoundExpr): BoundExpr {
  return { kind: 'strict', name: 'not', args: [x], fn: (a) => !a[0], type: BooleanType, nullable: x.nullable };
}

function isNot(e: BoundExpr): boolean {
  return e.kind === 'strict' && e.name === 'not' && e.args.length === 1;
}

function simplifyNode(e: BoundExpr): BoundExpr {
  if (e.kind === 'and' || e.kind === 'or') {
    const l = lit(e.left);
    const r = lit(e.right);
    if (e.kind === 'and') {
      if (l === true) return e.right;
      if (r === true) return e.left;
      if (l === false || r === false) return { kind: 'literal', value: false, type: BooleanType, nullable: false };
    } else {
      if (l === false) return e.right;
      if (r === false) return e.left;
      if (l === true || r === true) return { kind: 'literal', value: true, type: BooleanType, nullable: false };
    }
    if (exprKey(e.left) === exprKey(e.right) && !/stateful/.test(exprKey(e.left))) return e.left;
    return e;
  }
  if (e.kind === 'strict' && isNot(e)) {
    const x = e.args[0]!;
    if (x.kind === 'or') return { kind: 'and', left: not(x.left), right: not(x.right), type: BooleanType, nullable: x.nullable };
    if (x.kind === 'and') return { kind: 'or', left: not(x.left), right: not(x.right), type: BooleanType, nullable: x.nullable };
    if (x.kind === 'strict' && isNot(x)) return x.args[0]!;
    if (x.kind === 'lenient' && (x.name === 'isnull' || x.name === 'isnotnull') && x.args.length === 1) {
      const isnull = x.name === 'isnotnull';
      const fn = isnull ? (a: unknown[]) => a[0] === null : (a: unknown[]) => a[0] !== null;
      return { ...x, name: isnull ? 'isnull' : 'isnotnull', fn };
    }
    if (x.kind === 'strict' && x.args.length === 2 && x.name in NEGATED) {
      const f = x.fn;
      return { ...x, name: NEGATED[x.name]!, fn: (a: unknown[]) => !(f(a) as boolean) };
    }
  }
  return e;
}

/** Simplifies bottom-up until nothing changes at this node (a rewrite can enable another). */
function simplify(e: BoundExpr): BoundExpr {
  const c = mapChildren(e, simplify);
  const s = simplifyNode(c);
  return s === c ? (c === e || exprKey(c) !== exprKey(e) ? c : e) : simplify(s);
}

export const booleanSimplification: Rule = {
  name: 'BooleanSimplification',
  apply: (plan) => transformUp(plan, (p) => mapPlanExprs(p, (e) => {
    const s = simplify(e);
    return exprKey(s) === exprKey(e) ? e : s;
  })),
};
