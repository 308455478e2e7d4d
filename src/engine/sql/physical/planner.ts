/** Maps resolved logical plans to physical operators, and renders EXPLAIN text. */
import type { BoundExpr, Row } from '../../expr';
import { assertNever } from '../../util/assert-never';
import type { LPlan } from '../logical';
import { HashAggregateExec } from './aggregate-exec';
import { DistinctExec, FilterExec, GenerateExec, LimitExec, ProjectExec, ScanExec } from './basic-execs';
import type { Exec, ExecContext } from './exec';
import { JoinExec } from './join-exec';
import { SetOpExec } from './set-op-exec';
import { SortExec } from './sort-exec';
import { WindowExec } from './window-exec';
import { TakeOrderedAndProjectExec } from './take-ordered-exec';
import { planWindowGroupLimit } from './window-group-limit';
import { isDeterministic } from './exec';
import { RepartitionExec, ZERO_PID, containsSpid, replaceSpid, withPartitionIds } from './partitioning';

/** The logical node each operator was planned from (the Spark UI maps metrics back to the plan). */
const plannedFrom = new WeakMap<Exec, LPlan>();

export function logicalOf(e: Exec): LPlan | undefined {
  return plannedFrom.get(e);
}

export function planPhysical(p: LPlan): Exec {
  const e = planNode(p);
  if (!plannedFrom.has(e)) plannedFrom.set(e, p);
  return e;
}

function planNode(p: LPlan): Exec {
  switch (p.kind) {
    // A scan may carry its table's batches (`batches`), letting columnar operators skip the row view.
    case 'scan': return new ScanExec(p.output, p.rows, p.name, p.batches);
    case 'command': return new ScanExec(p.output, p.run, 'Command');
    case 'project':
      // A projection that only renames (refs 0..n-1 in order) moves no data: skip it.
      if (p.exprs.length === p.child.output.length && p.exprs.every((e, i) => e.kind === 'ref' && e.index === i)) return planPhysical(p.child);
      if (containsSpid(p.exprs)) return planWithPartitionIds(p);
      return new ProjectExec(planPhysical(p.child), p.exprs, p.output);
    case 'filter':
      if (containsSpid([p.cond])) return planWithPartitionIds(p);
      return new FilterExec(planWindowGroupLimit(p.child, p.cond, planPhysical) ?? planPhysical(p.child), p.cond, p.output);
    case 'aggregate': return new HashAggregateExec(planPhysical(p.child), p.groups, p.aggs, p.sets, p.output);
    case 'window': return new WindowExec(planPhysical(p.child), p.windows, p.output);
    case 'sort': return new SortExec(planPhysical(p.child), p.keys, p.global, p.output);
    case 'limit': return planLimit(p);
    case 'join': return new JoinExec(planPhysical(p.left), planPhysical(p.right), p.type, p.cond, p.output);
    case 'setOp': return new SetOpExec(p.op, p.all, planPhysical(p.left), planPhysical(p.right), p.output);
    case 'distinct': return new DistinctExec(planPhysical(p.child), p.output);
    case 'generate': return new GenerateExec(planPhysical(p.child), p.generator, p.outer, p.position, p.output);
    case 'repartition': {
      // Round robin and coalesce place rows by their input partition: carry it up as a column.
      const byInput = p.mode === 'roundRobin' || p.mode === 'coalesce';
      const c = byInput ? withPartitionIds(p.child) : null;
      return new RepartitionExec(planPhysical(c ?? p.child), c !== null, p.mode, p.num, p.exprs, p.keys, p.output, p.withPid ?? false, p.child.output);
    }
    default: return assertNever(p, 'logical plan');
  }
}

/** A projection or filter calling spark_partition_id(): the child's partition of each row, or 0 where it has one. */
function planWithPartitionIds(p: Extract<LPlan, { kind: 'project' | 'filter' }>): Exec {
  const c = withPartitionIds(p.child);
  const pid: BoundExpr = c ? { kind: 'ref', index: c.output.length - 1, type: ZERO_PID.type, nullable: false } : ZERO_PID;
  const child = planPhysical(c ?? p.child);
  if (p.kind === 'project') return new ProjectExec(child, p.exprs.map((e) => replaceSpid(e, pid)), p.output);
  const filtered = new FilterExec(child, replaceSpid(p.cond, pid), c ? c.output : p.output);
  if (!c) return filtered;
  return new ProjectExec(filtered, p.output.map((a, i) => ({ kind: 'ref', index: i, type: a.type, nullable: a.nullable })), p.output);
}

/** ORDER BY + LIMIT (with a deterministic projection between them) becomes a bounded top-N. */
function planLimit(p: Extract<LPlan, { kind: 'limit' }>): Exec {
  if (p.limit !== Infinity) {
    const c = p.child;
    if (c.kind === 'sort' && c.global) return new TakeOrderedAndProjectExec(planPhysical(c.child), c.keys, p.limit, p.offset, null, p.output);
    if (c.kind === 'project' && c.child.kind === 'sort' && c.child.global && c.exprs.every(isDeterministic)) {
      const s = c.child;
      return new TakeOrderedAndProjectExec(planPhysical(s.child), s.keys, p.limit, p.offset, c.exprs, p.output);
    }
  }
  return new LimitExec(planPhysical(p.child), p.limit, p.offset, p.output);
}

const physicalCache = new WeakMap<object, Exec>();

/**
 * Runs a plan in the calling thread; subqueries are planned once and cached. `observe` sees
 * the physical plan before it runs (the Spark UI instruments it for metrics).
 */
export function executePlan(p: LPlan, outer: Row[] = [], observe?: (root: Exec) => void): Row[] {
  const ctx: ExecContext = {
    outer,
    runSubquery: (plan, o) => {
      let exec = physicalCache.get(plan as object);
      if (!exec) {
        exec = planPhysical(plan as LPlan);
        physicalCache.set(plan as object, exec);
      }
      return exec.execute({ outer: o, runSubquery: ctx.runSubquery });
    },
  };
  const root = planPhysical(p);
  observe?.(root);
  return root.execute(ctx);
}

/** `== Physical Plan ==` text in Spark's indented tree shape. */
export function explainText(exec: Exec): string {
  const lines: string[] = [];
  const walk = (e: Exec, prefix: string, last: boolean, root: boolean): void => {
    lines.push(root ? e.describe() : `${prefix}${last ? '+- ' : ':- '}${e.describe()}`);
    const next = root ? '' : prefix + (last ? '   ' : ':  ');
    e.children.forEach((c, i) => walk(c, next, i === e.children.length - 1, false));
  };
  walk(exec, '', true, true);
  return `== Physical Plan ==\n${lines.join('\n')}\n`;
}
