/**
 * RemoveRedundantAliases: a projection that only gives its input's columns new ids under the
 * same names (what a table or view reference under an alias leaves in the analyzed plan,
 * where Spark keeps the ids) goes away, except at the root, whose output is the query's.
 * A projection that passes some columns on under their own names outputs the input's
 * attributes for them. Operators above that hand their input's columns on (filters, sorts,
 * limits, joins, ...) then list the surviving attributes, so plans read with one id per
 * column as Spark's do.
 */
import type { Attribute, LPlan } from '../logical';
import type { Rule } from './optimizer';

function isRename(p: Extract<LPlan, { kind: 'project' }>): boolean {
  const c = p.child.output;
  return p.exprs.length === c.length && p.exprs.every((e, i) => {
    const a = p.output[i]!;
    const b = c[i]!;
    return e.kind === 'ref' && e.index === i && a.name === b.name && !a.hidden && !b.hidden && a.nullable === b.nullable
      && JSON.stringify(a.type) === JSON.stringify(b.type);
  });
}

/** `attrs` with the ids of `from` (same positions), keeping each one's own nullability. */
function passOn(old: readonly Attribute[], from: readonly Attribute[]): Attribute[] {
  return old.map((a, i) => {
    const b = from[i];
    if (!b || b === a) return a;
    return b.nullable === a.nullable ? b : { ...b, nullable: a.nullable };
  });
}

/** The output of a pass-through operator after its children changed. */
function refreshOutput(p: LPlan): LPlan {
  switch (p.kind) {
    case 'filter': case 'sort': case 'limit': case 'distinct':
      return { ...p, output: passOn(p.output, p.child.output) };
    case 'window': case 'generate':
      return { ...p, output: [...passOn(p.output.slice(0, p.child.output.length), p.child.output), ...p.output.slice(p.child.output.length)] };
    case 'repartition':
      return { ...p, output: [...passOn(p.output.slice(0, p.child.output.length), p.child.output), ...p.output.slice(p.child.output.length)] };
    case 'join':
      return { ...p, output: passOn(p.output, p.type === 'semi' || p.type === 'anti' ? p.left.output : [...p.left.output, ...p.right.output]) };
    default: return p;
  }
}

function rewrite(p: LPlan, root: boolean): LPlan {
  let next = p;
  const r = p as { child?: LPlan; left?: LPlan; right?: LPlan };
  if (r.left && r.right) {
    const left = rewrite(r.left, false);
    let right = rewrite(r.right, false);
    // A self-join reads the same relation twice: one side keeps its own ids (Spark's dedupRight).
    const ids = new Set(left.output.map((a) => a.id));
    if (p.kind === 'join' && right.output.some((a) => ids.has(a.id))) right = r.right;
    if (left !== r.left || right !== r.right) next = { ...p, left, right } as LPlan;
  } else if (r.child) {
    const child = rewrite(r.child, false);
    if (child !== r.child) next = { ...p, child } as LPlan;
  }
  if (next !== p && !root) next = refreshOutput(next);
  if (next.kind === 'aggregate' && !root) return groupingIds(next);
  if (next.kind === 'project' && !root) {
    if (isRename(next)) return next.child;
    return reuseIds(next);
  }
  return next;
}

/**
 * A projection passing a column on under its own name (`k` of `SELECT k, ...`, or the
 * columns a pruning projection keeps) outputs the input's attribute itself, id included,
 * unless that id is already among its outputs.
 */
function reuseIds(p: Extract<LPlan, { kind: 'project' }>): LPlan {
  const input = p.child.output;
  const used = new Set(p.output.map((a) => a.id));
  let output: Attribute[] | null = null;
  p.exprs.forEach((e, i) => {
    const a = p.output[i]!;
    const b = e.kind === 'ref' ? input[e.index] : undefined;
    if (!b || b.id === a.id || used.has(b.id) || b.name !== a.name || b.nullable !== a.nullable || !!a.hidden || !!b.hidden || JSON.stringify(a.type) !== JSON.stringify(b.type)) return;
    output ??= [...p.output];
    output[i] = b;
    used.add(b.id);
  });
  return output ? { ...p, output } : p;
}

export const removeRedundantAliases: Rule = {
  name: 'RemoveRedundantAliases',
  apply: (plan) => rewrite(plan, true),
};

/** An aggregate's grouping column output as the input's attribute (Spark groups by the attribute itself). */
function groupingIds(p: Extract<LPlan, { kind: 'aggregate' }>): LPlan {
  if (p.sets !== null) return p;
  const input = p.child.output;
  const used = new Set(p.output.map((a) => a.id));
  let output: Attribute[] | null = null;
  p.groups.forEach((g, i) => {
    const a = p.output[i]!;
    const b = g.kind === 'ref' ? input[g.index] : undefined;
    if (!b || b.id === a.id || used.has(b.id) || b.name !== a.name || !!b.hidden || JSON.stringify(a.type) !== JSON.stringify(b.type)) return;
    output ??= [...p.output];
    output[i] = b.nullable === a.nullable ? b : { ...b, nullable: a.nullable };
    used.add(b.id);
  });
  return output ? { ...p, output } : p;
}
