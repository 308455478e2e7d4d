/** CombineFilters: two adjacent filters become one conjunction (one pass over the rows). */
import { BooleanType } from '../../types';
import type { Rule } from './optimizer';
import { transformUp } from './optimizer';

export const combineFilters: Rule = {
  name: 'CombineFilters',
  apply: (plan) => transformUp(plan, (p) => {
    if (p.kind === 'filter' && p.child.kind === 'filter') {
      return { ...p, child: p.child.child, cond: { kind: 'and', left: p.child.cond, right: p.cond, type: BooleanType, nullable: true } };
    }
    return p;
  }),
};
