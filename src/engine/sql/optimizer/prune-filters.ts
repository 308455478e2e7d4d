/**
 * PruneFilters: a filter whose condition is always true goes away; one that is always false
 * or null becomes an empty relation of the same columns; `isnotnull(x)` conjuncts for columns
 * already known non-null below are dropped.
 */
import type { LPlan } from '../logical';
import { conjoin, splitConjuncts } from './exprs';
import { isNotNullOf, notNullColumns } from './constraints';
import type { Rule } from './optimizer';
import { transformUp } from './optimizer';

export const pruneFilters: Rule = {
  name: 'PruneFilters',
  apply: (plan) => transformUp(plan, (p) => {
    if (p.kind !== 'filter') return p;
    const c = p.cond;
    if (c.kind === 'literal') {
      if (c.value === true) return p.child;
      const empty: LPlan = { kind: 'scan', name: 'LocalRelation', rows: () => [], output: p.output };
      return empty;
    }
    const known = notNullColumns(p.child);
    const cs = splitConjuncts(c);
    const keep = cs.filter((x) => {
      const i = isNotNullOf(x);
      return i === null || !known.has(i);
    });
    if (keep.length === cs.length) return p;
    const cond = conjoin(keep);
    return cond ? { ...p, cond } : p.child;
  }),
};
