/**
 * Rule-based optimizer in Spark's RuleExecutor shape: named rules grouped in batches that
 * run once or to a fixed point. Rules only rewrite; they never change results.
 */
import type { LPlan } from '../logical';
import { booleanSimplification } from './boolean-simplification';
import { collapseProject } from './collapse-project';
import { columnPruning } from './column-pruning';
import { constantPropagation } from './constant-propagation';
import { eliminateOuterJoin } from './eliminate-outer-join';
import { foldConstants } from './fold-constants';
import { inferFiltersFromConstraints } from './infer-filters-from-constraints';
import { limitPushDown } from './limit-push-down';
import { nullPropagation } from './null-propagation';
import { logicalPlanText } from './plan-text';
import { pruneFilters } from './prune-filters';
import { pullOutGroupingExpressions } from './pull-out-grouping-expressions';
import { pushDownPredicates } from './push-down-predicates';
import { removeNoopOperators } from './remove-noop-operators';
import { removeRedundantAliases } from './remove-redundant-aliases';

export interface Rule {
  readonly name: string;
  apply(plan: LPlan): LPlan;
}

export interface Batch {
  readonly name: string;
  readonly strategy: { kind: 'once' } | { kind: 'fixedPoint'; maxIterations: number };
  readonly rules: readonly Rule[];
}

/** spark.sql.optimizer.maxIterations. */
const FIXED_POINT = { kind: 'fixedPoint', maxIterations: 100 } as const;

/**
 * Spark 3.5's operatorOptimizationRuleSet, the rules Flint has, in Spark's order
 * (PushDownPredicates includes CombineFilters, as in Spark).
 */
const OPERATOR_OPTIMIZATION: readonly Rule[] = [
  eliminateOuterJoin, pushDownPredicates, limitPushDown, columnPruning, collapseProject, nullPropagation, constantPropagation, foldConstants,
  booleanSimplification, pruneFilters, removeRedundantAliases, removeNoopOperators,
];

/** Optimizer.defaultBatches' batches (names and order as in Spark 3.5) that hold rules Flint has. */
export const BATCHES: readonly Batch[] = [
  { name: 'Finish Analysis', strategy: { kind: 'once' }, rules: [pullOutGroupingExpressions] },
  { name: 'Union', strategy: FIXED_POINT, rules: [removeNoopOperators] },
  { name: 'Operator Optimization before Inferring Filters', strategy: FIXED_POINT, rules: OPERATOR_OPTIMIZATION },
  { name: 'Infer Filters', strategy: { kind: 'once' }, rules: [inferFiltersFromConstraints] },
  { name: 'Operator Optimization after Inferring Filters', strategy: FIXED_POINT, rules: OPERATOR_OPTIMIZATION },
];

/** One rule application that changed the plan (Spark's PlanChangeLogger), for the Spark UI. */
export interface OptimizerStep {
  readonly batch: string;
  readonly rule: string;
  /** The batch's iteration (1-based; a fixed-point batch repeats until nothing changes). */
  readonly iteration: number;
  readonly before: string;
  readonly after: string;
}

/** `trace`, when given, receives every rule application that changed the plan (plans as text). */
export function optimize(plan: LPlan, batches: readonly Batch[] = BATCHES, trace?: OptimizerStep[]): LPlan {
  let p = plan;
  for (const batch of batches) {
    const max = batch.strategy.kind === 'once' ? 1 : batch.strategy.maxIterations;
    for (let i = 0; i < max; i++) {
      const before = p;
      for (const rule of batch.rules) {
        const prev = p;
        p = rule.apply(p);
        if (trace && p !== prev) {
          const a = logicalPlanText(prev);
          const b = logicalPlanText(p);
          if (a !== b) trace.push({ batch: batch.name, rule: rule.name, iteration: i + 1, before: a, after: b });
        }
      }
      if (p === before) break;
    }
  }
  return p;
}

/** Applies `f` bottom-up to every node, keeping node identity where nothing changed. */
export function transformUp(plan: LPlan, f: (p: LPlan) => LPlan): LPlan {
  let changed = false;
  const next = { ...plan } as Record<string, unknown>;
  for (const key of ['child', 'left', 'right'] as const) {
    const c = (plan as Record<string, unknown>)[key] as LPlan | undefined;
    if (c) {
      const t = transformUp(c, f);
      if (t !== c) {
        next[key] = t;
        changed = true;
      }
    }
  }
  return f(changed ? (next as LPlan) : plan);
}
