/**
 * EliminateOuterJoin: a filter above an outer join that can never be true for the rows the
 * join pads with nulls turns the join into a narrower one (Spark's rule): a left join whose
 * filter needs a right-side column non-null is an inner join, a right join likewise with the
 * left side, a full join a left, right or inner one. The padded rows were all filtered out,
 * so the rows are the same; the filters can then move into the join's sides.
 */
import type { JoinType } from '../ast';
import { impliedNotNull } from './constraints';
import { movable, splitConjuncts } from './exprs';
import type { Rule } from './optimizer';
import { transformUp } from './optimizer';

export const eliminateOuterJoin: Rule = {
  name: 'EliminateOuterJoin',
  apply: (plan) => transformUp(plan, (p) => {
    if (p.kind !== 'filter' || p.child.kind !== 'join') return p;
    const j = p.child;
    if (j.type !== 'left' && j.type !== 'right' && j.type !== 'full') return p;
    const lw = j.left.output.length;
    const cols = new Set<number>();
    for (const c of splitConjuncts(p.cond)) if (movable(c)) for (const i of impliedNotNull(c)) cols.add(i);
    const leftNeeded = [...cols].some((i) => i < lw);
    const rightNeeded = [...cols].some((i) => i >= lw);
    let type: JoinType = j.type;
    if (j.type === 'left' && rightNeeded) type = 'inner';
    else if (j.type === 'right' && leftNeeded) type = 'inner';
    else if (j.type === 'full') type = leftNeeded && rightNeeded ? 'inner' : leftNeeded ? 'left' : rightNeeded ? 'right' : 'full';
    return type === j.type ? p : { ...p, child: { ...j, type } };
  }),
};
