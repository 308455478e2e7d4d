/**
 * ColumnPruning: operators stop carrying columns nobody above reads. An aggregate reads its
 * input through a projection of the columns its keys and functions use; a projection over a
 * filter, sort, limit, window, generator, join or UNION ALL narrows that operator's inputs to
 * the columns it and the projection read; a projection over a projection or an aggregate drops
 * the expressions nobody reads. A projection of columns straight over a scan is the scan reading
 * only those columns (EXPLAIN prints the scan with them; readers that can skip columns do).
 * Column positions shift, so each rewritten operator's references are remapped.
 */
import type { LPlan } from '../logical';
import { remapRefs } from '../analyzer/rewrite';
import { mapPlanExprs, planExprs, refsOf, refsOfAll, remap, transformDown } from './exprs';
import type { Rule } from './optimizer';
import { transformUp } from './optimizer';
import { logicalPlanText } from './plan-text';

type Project = Extract<LPlan, { kind: 'project' }>;

/** `c` narrowed to the columns at `keep` (ascending), and where each old column went (-1: dropped). */
function pruned(c: LPlan, keep: readonly number[]): { plan: LPlan; map: number[] } {
  const map = new Array<number>(c.output.length).fill(-1);
  keep.forEach((old, i) => (map[old] = i));
  if (c.kind === 'project') {
    return { plan: { ...c, exprs: keep.map((i) => c.exprs[i]!), output: keep.map((i) => c.output[i]!) }, map };
  }
  const exprs = keep.map((i) => ({ kind: 'ref' as const, index: i, type: c.output[i]!.type, nullable: c.output[i]!.nullable }));
  return { plan: { kind: 'project', child: c, exprs, output: keep.map((i) => c.output[i]!) }, map };
}

function sorted(s: ReadonlySet<number>): number[] {
  return [...s].sort((a, b) => a - b);
}

/** The child of `c` narrowed to `need` (null: nothing to drop). */
function narrow(c: LPlan, need: ReadonlySet<number>): { plan: LPlan; map: number[] } | null {
  if (need.size >= c.output.length) return null;
  return pruned(c, sorted(need));
}

function identityMap(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

/** A projection's refs remapped after its child changed shape. */
function withChild(p: Project, child: LPlan, map: readonly number[]): LPlan {
  return { ...p, child, exprs: p.exprs.map((e) => remap(e, map)) };
}

function pruneUnderProject(p: Project): LPlan | null {
  const used = refsOfAll(p.exprs);
  if (!used) return null;
  const x = p.child;
  switch (x.kind) {
    case 'project': {
      const n = narrow(x, used);
      return n && withChild(p, n.plan, n.map);
    }
    case 'aggregate': {
      if (x.sets !== null) return null;
      const keys = x.groups.length;
      const keep = x.aggs.map((_, i) => used.has(keys + i));
      if (keep.every(Boolean)) return null;
      const map = identityMap(keys);
      let k = keys;
      keep.forEach((kept) => map.push(kept ? k++ : -1));
      const agg: LPlan = { ...x, aggs: x.aggs.filter((_, i) => keep[i]), output: x.output.filter((_, i) => i < keys || keep[i - keys]) };
      return withChild(p, agg, map);
    }
    case 'filter': case 'sort': case 'limit': {
      const own = refsOfAll(planExprs(x));
      if (!own) return null;
      const n = narrow(x.child, new Set([...used, ...own]));
      if (!n) return null;
      const node = { ...mapPlanExprs(x, (e) => remap(e, n.map)), child: n.plan, output: x.output.filter((_, i) => n.map[i]! >= 0) } as LPlan;
      return withChild(p, node, n.map);
    }
    case 'window': case 'generate': {
      const own = refsOfAll(planExprs(x));
      if (!own) return null;
      const width = x.child.output.length;
      const n = narrow(x.child, new Set([...[...used].filter((i) => i < width), ...own]));
      if (!n) return null;
      const newWidth = n.plan.output.length;
      const map = [...n.map, ...x.output.slice(width).map((_, i) => newWidth + i)];
      const node = { ...mapPlanExprs(x, (e) => remap(e, n.map)), child: n.plan, output: x.output.filter((_, i) => map[i]! >= 0) } as LPlan;
      return withChild(p, node, map);
    }
    case 'join': {
      const lw = x.left.output.length;
      const rw = x.right.output.length;
      const own = x.cond ? refsOfAll([x.cond]) : new Set<number>();
      if (!own) return null;
      const semi = x.type === 'semi' || x.type === 'anti';
      const need = new Set([...used, ...own]);
      const l = narrow(x.left, new Set([...need].filter((i) => i < lw)));
      const r = narrow(x.right, new Set([...need].filter((i) => i >= lw).map((i) => i - lw)));
      if (!l && !r) return null;
      const lmap = l ? l.map : identityMap(lw);
      const rmap = r ? r.map : identityMap(rw);
      const newLw = l ? l.plan.output.length : lw;
      const map = [...lmap, ...rmap.map((j) => (j < 0 ? -1 : newLw + j))];
      const output = semi ? x.output.filter((_, i) => lmap[i]! >= 0) : x.output.filter((_, i) => map[i]! >= 0);
      const node: LPlan = { ...x, left: l ? l.plan : x.left, right: r ? r.plan : x.right, cond: x.cond && remap(x.cond, map), output };
      return withChild(p, node, semi ? lmap : map);
    }
    case 'setOp': {
      if (x.op !== 'union' || !x.all || x.left.output.length !== x.output.length || x.right.output.length !== x.output.length) return null;
      if (used.size >= x.output.length) return null;
      const keep = sorted(used);
      const l = pruned(x.left, keep);
      const r = pruned(x.right, keep);
      const node: LPlan = { ...x, left: l.plan, right: r.plan, output: keep.map((i) => x.output[i]!) };
      return withChild(p, node, l.map);
    }
    default: return null;
  }
}

/**
 * Spark's removeProjectBeforeFilter: a projection of columns between a projection and a
 * filter goes (the filter reads the columns below it instead), or PushDownPredicates and
 * ColumnPruning would move the filter through it and put it back forever.
 */
function removeProjectBeforeFilter(plan: LPlan): LPlan {
  return transformUp(plan, (p) => {
    if (p.kind !== 'project' || p.child.kind !== 'filter' || p.child.child.kind !== 'project') return p;
    const f = p.child;
    const p2 = f.child as Project;
    if (!p2.exprs.every((e) => e.kind === 'ref') || !refsOf(f.cond)) return p;
    const map = p2.exprs.map((e) => (e as { index: number }).index);
    const through = (i: number) => map[i]!;
    const cond = remapRefs(f.cond, through);
    const filter: LPlan = { ...f, cond, child: p2.child, output: p2.child.output };
    return { ...p, child: filter, exprs: p.exprs.map((e) => remapRefs(e, through)) };
  });
}

export const columnPruning: Rule = {
  name: 'ColumnPruning',
  apply: (plan) => {
    const out = removeProjectBeforeFilter(transformDown(plan, (p) => {
      if (p.kind === 'aggregate') {
        const used = refsOfAll(planExprs(p));
        const n = used && narrow(p.child, used);
        if (!n) return p;
        return { ...mapPlanExprs(p, (e) => remap(e, n.map)), child: n.plan } as LPlan;
      }
      if (p.kind === 'project') return pruneUnderProject(p) ?? p;
      return p;
    }));
    // Pruning a filter's input and removing that projection again is no change.
    return out === plan || logicalPlanText(out) === logicalPlanText(plan) ? plan : out;
  },
};
