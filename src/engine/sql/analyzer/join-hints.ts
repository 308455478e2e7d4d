/**
 * Join strategy hints (Spark's ResolveJoinStrategyHints + EliminateResolvedHint):
 * `SELECT /*+ BROADCAST(t) *\/ ...` marks the relations named t in the SELECT's FROM clause,
 * and each join over such a relation (through single-child operators) carries the hint on
 * that side (`JoinHint`), for JoinSelection to read. The first hint given for a side wins,
 * as Spark's merge keeps the outermost one. Hints naming no relation change nothing.
 */
import type { Hint } from '../ast';
import type { JoinHint, JoinStrategyHint, LPlan } from '../logical';

const STRATEGIES: Readonly<Record<string, JoinStrategyHint>> = {
  BROADCAST: 'broadcast', BROADCASTJOIN: 'broadcast', MAPJOIN: 'broadcast',
  SHUFFLE_MERGE: 'merge', MERGE: 'merge', MERGEJOIN: 'merge',
  SHUFFLE_HASH: 'shuffleHash',
  SHUFFLE_REPLICATE_NL: 'shuffleReplicateNL',
};

/** The join strategy a hint name stands for (case-insensitive), or undefined. */
export function joinStrategyOf(name: string): JoinStrategyHint | undefined {
  return STRATEGIES[name.toUpperCase()];
}

/** The relation names a hint lists (`t`, `db.t`), lower-cased parts. */
function hintRelations(h: Hint): string[][] {
  const out: string[][] = [];
  for (const a of h.args) {
    if (a.expr.kind === 'column') out.push(a.expr.parts.map((x) => x.toLowerCase()));
  }
  return out;
}

/** Whether `side` is a relation the hint names: every visible column qualified by a name ending with it. */
function named(side: LPlan, names: readonly string[][]): boolean {
  const visible = side.output.filter((a) => !a.hidden);
  if (visible.length === 0) return false;
  return names.some((n) => visible.every((a) => {
    const q = a.qualifier;
    return q.length >= n.length && n.every((part, i) => q[q.length - n.length + i]!.toLowerCase() === part);
  }));
}

function withChildren(p: LPlan, f: (c: LPlan) => LPlan): LPlan {
  switch (p.kind) {
    case 'scan': case 'command': return p;
    case 'join': case 'setOp': {
      const left = f(p.left);
      const right = f(p.right);
      return left === p.left && right === p.right ? p : { ...p, left, right };
    }
    default: {
      const child = f(p.child);
      return child === p.child ? p : ({ ...p, child } as LPlan);
    }
  }
}

/**
 * The SELECT's plan with its join strategy hints applied to the joins whose sides they name.
 * Subqueries keep their own hints: the walk stops at a side that is a named relation.
 */
export function applyJoinHints(plan: LPlan, hints: readonly Hint[]): LPlan {
  const strategy = hints.map((h) => ({ s: joinStrategyOf(h.name), names: hintRelations(h) })).filter((x) => x.s !== undefined && x.names.length > 0);
  if (strategy.length === 0) return plan;
  const sideHint = (side: LPlan): JoinStrategyHint | undefined => strategy.find((x) => named(side, x.names))?.s;
  const visit = (p: LPlan): LPlan => {
    const q = withChildren(p, visit);
    if (q.kind !== 'join') return q;
    const left = q.hint?.left ?? sideHint(q.left);
    const right = q.hint?.right ?? sideHint(q.right);
    if (left === q.hint?.left && right === q.hint?.right) return q;
    const hint: JoinHint = { ...(left ? { left } : {}), ...(right ? { right } : {}) };
    return { ...q, hint };
  };
  return visit(plan);
}

/** Plans a join strategy hint without relation names covers whole (`SELECT /*+ BROADCAST *\/ ...`, DataFrame.hint). */
const subtreeHints = new WeakMap<LPlan, JoinStrategyHint>();

/** Marks `plan` with the first join strategy hint among `hints` that names no relation. */
export function markSubtreeHint(plan: LPlan, hints: readonly Hint[]): LPlan {
  const h = hints.find((x) => x.args.length === 0 && joinStrategyOf(x.name) !== undefined);
  if (h && !subtreeHints.has(plan)) subtreeHints.set(plan, joinStrategyOf(h.name)!);
  return plan;
}

/** The hint a marked plan below `side` (through single-child operators) gives it (EliminateResolvedHint). */
function subtreeHint(side: LPlan): JoinStrategyHint | undefined {
  for (let cur: LPlan = side; ; cur = (cur as { child: LPlan }).child) {
    const h = subtreeHints.get(cur);
    if (h) return h;
    if (cur.kind === 'scan' || cur.kind === 'command' || cur.kind === 'join' || cur.kind === 'setOp') return undefined;
  }
}

/** A join just planned (maybe under the projection of a USING join) with the hints its sides' plans carry. */
export function withSubtreeHints(plan: LPlan): LPlan {
  if (plan.kind === 'join') {
    const left = plan.hint?.left ?? subtreeHint(plan.left);
    const right = plan.hint?.right ?? subtreeHint(plan.right);
    if (left === plan.hint?.left && right === plan.hint?.right) return plan;
    return { ...plan, hint: { ...(left ? { left } : {}), ...(right ? { right } : {}) } };
  }
  if (plan.kind === 'project' || plan.kind === 'filter') {
    const child = withSubtreeHints(plan.child);
    return child === plan.child ? plan : { ...plan, child };
  }
  return plan;
}
