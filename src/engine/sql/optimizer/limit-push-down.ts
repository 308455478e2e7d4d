/**
 * LimitPushDown: a LIMIT without OFFSET over UNION ALL limits each side first, and over a left
 * (right) outer join limits its left (right) side, whose every row yields at least one output
 * row in order (Spark's LocalLimit). A side already limited to as few rows is left alone.
 */
import type { LPlan } from '../logical';
import type { Rule } from './optimizer';
import { transformUp } from './optimizer';

type Limit = Extract<LPlan, { kind: 'limit' }>;

function limited(c: LPlan, n: number): LPlan {
  if (c.kind === 'limit' && c.offset === 0 && c.limit <= n) return c;
  return { kind: 'limit', child: c, limit: n, offset: 0, output: c.output, local: true };
}

function push(p: Limit, c: LPlan): LPlan | null {
  if (c.kind === 'setOp' && c.op === 'union' && c.all) {
    const left = limited(c.left, p.limit);
    const right = limited(c.right, p.limit);
    return left === c.left && right === c.right ? null : { ...c, left, right };
  }
  // Only the left outer join: the join streams its left side in order, so the first n rows
  // of the join come from the first n rows of that side.
  if (c.kind === 'join' && c.type === 'left') {
    const left = limited(c.left, p.limit);
    return left === c.left ? null : { ...c, left };
  }
  return null;
}

export const limitPushDown: Rule = {
  name: 'LimitPushDown',
  apply: (plan) => transformUp(plan, (p) => {
    if (p.kind !== 'limit' || p.offset !== 0 || p.limit === Infinity) return p;
    const c = p.child;
    const direct = push(p, c);
    if (direct) return { ...p, child: direct };
    if (c.kind === 'project' && c.child.kind === 'join') {
      const j = push(p, c.child);
      if (j) return { ...p, child: { ...c, child: j } };
    }
    return p;
  }),
};
