/**
 * RemoveNoopOperators: a projection that hands on its input's columns unchanged (the same
 * attributes, in order) and a window without window functions go away.
 */
import type { Attribute, LPlan } from '../logical';
import type { Rule } from './optimizer';
import { transformUp } from './optimizer';

function sameAttr(a: Attribute, b: Attribute): boolean {
  return a === b || (a.id === b.id && a.name === b.name && a.nullable === b.nullable && !!a.hidden === !!b.hidden
    && a.qualifier.join('.') === b.qualifier.join('.') && JSON.stringify(a.type) === JSON.stringify(b.type)
    && JSON.stringify(a.alsoQualifiers ?? []) === JSON.stringify(b.alsoQualifiers ?? []));
}

function isNoop(p: Extract<LPlan, { kind: 'project' }>): boolean {
  const c = p.child.output;
  return p.exprs.length === c.length && p.exprs.every((e, i) => e.kind === 'ref' && e.index === i && sameAttr(p.output[i]!, c[i]!));
}

export const removeNoopOperators: Rule = {
  name: 'RemoveNoopOperators',
  apply: (plan) => transformUp(plan, (p) => {
    if (p.kind === 'project' && isNoop(p)) return p.child;
    if (p.kind === 'window' && p.windows.length === 0) return p.child;
    return p;
  }),
};
