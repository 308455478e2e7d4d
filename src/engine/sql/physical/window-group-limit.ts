/**
 * Plans a filter's input with a WindowGroupLimit under its window when the filter bounds a
 * rank()/row_number() column: `r <= k`, `r < k`, `r = k` (or the literal on the left), as
 * one conjunct, through projections that only pass columns along.
 */
import type { BoundExpr } from '../../expr';
import { splitConjuncts } from '../../expr';
import type { LPlan } from '../logical';
import type { Exec } from './exec';
import { ProjectExec } from './basic-execs';
import { WindowExec } from './window-exec';
import { WindowGroupLimitExec } from './window-group-limit-exec';

/** The bound k on column `col` that `c` implies, or null. */
function bound(c: BoundExpr, col: number): number | null {
  if (c.kind !== 'strict' || c.args.length !== 2) return null;
  const [a, b] = c.args as [BoundExpr, BoundExpr];
  const flip: Record<string, string> = { '>=': '<=', '>': '<', '=': '=' };
  const [ref, lit, op] = a.kind === 'ref' ? [a, b, c.name] : [b, a, flip[c.name]];
  if (ref.kind !== 'ref' || ref.index !== col || lit.kind !== 'literal' || typeof lit.value !== 'number' || !Number.isInteger(lit.value)) return null;
  if (op === '<=' || op === '=') return lit.value;
  if (op === '<') return lit.value - 1;
  return null;
}

export function planWindowGroupLimit(child: LPlan, cond: BoundExpr, planPhysical: (p: LPlan) => Exec): Exec | null {
  // Follow the filter's columns down through pass-through projections to the window.
  const chain: Array<Extract<LPlan, { kind: 'project' }>> = [];
  let node = child;
  while (node.kind === 'project' && node.exprs.every((e) => e.kind === 'ref')) {
    chain.push(node);
    node = node.child;
  }
  if (node.kind !== 'window' || node.windows.length !== 1) return null;
  const w = node.windows[0]!;
  if (w.fn.kind !== 'rank' && w.fn.kind !== 'row_number') return null;
  const rankCol = node.child.output.length;
  // A filter column reaching the rank column through the projections.
  const reaches = (col: number): boolean => {
    let c = col;
    for (const p of chain) {
      const e = p.exprs[c];
      if (e?.kind !== 'ref') return false;
      c = e.index;
    }
    return c === rankCol;
  };
  let k: number | null = null;
  for (const c of splitConjuncts(cond)) {
    for (let col = 0; col < child.output.length && k === null; col++) if (reaches(col)) k = bound(c, col);
  }
  // Spark's spark.sql.optimizer.windowGroupLimitThreshold is 1000.
  if (k === null || k < 1 || k > 1000) return null;
  const limited = new WindowGroupLimitExec(planPhysical(node.child), w.partitionBy, w.orderBy, w.fn.kind, k, node.child.output);
  let exec: Exec = new WindowExec(limited, node.windows, node.output);
  for (const p of chain.reverse()) exec = new ProjectExec(exec, p.exprs, p.output);
  return exec;
}
