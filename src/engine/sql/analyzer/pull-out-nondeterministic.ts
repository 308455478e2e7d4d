/**
 * Spark's PullOutNondeterministic for aggregates: a non-deterministic expression in the
 * grouping keys (rand(), spark_partition_id(), monotonically_increasing_id(), ...) is computed
 * once per input row by a projection below the aggregate (`_nondeterministic#N`), which keeps
 * the input's columns, and the grouping keys read that column. Evaluated in the aggregate
 * itself, the key would be computed again on the other side of its exchange, where neither the
 * row's partition nor its random value is the one the row was grouped by.
 */
import type { BoundExpr } from '../../expr';
import { newAttribute } from '../logical';
import type { LPlan } from '../logical';
import { exprKey, mapChildren } from './rewrite';

/**
 * A leaf of non-determinism: a per-row function Spark marks Nondeterministic. Python UDFs are
 * per-row ('stateful') here too, but deterministic unless declared otherwise, as in Spark.
 */
export function isNondeterministicLeaf(e: BoundExpr): boolean {
  return e.kind === 'stateful' && !e.name.startsWith('udf:');
}

export function hasNondeterministic(e: BoundExpr): boolean {
  if (isNondeterministicLeaf(e)) return true;
  let found = false;
  mapChildren(e, (c) => {
    if (!found && hasNondeterministic(c)) found = true;
    return c;
  });
  return found;
}

/**
 * Equal leaves share one column. Every spark_partition_id() call is the same expression; a
 * seeded function's seed is not visible in its bound form, so other calls are each their own.
 */
function leafKey(e: BoundExpr): string {
  return e.kind === 'stateful' && e.name === 'spark_partition_id' && e.args.length === 0 ? 'spark_partition_id()' : exprKey(e);
}

/** `agg` over a projection computing the non-deterministic leaves of its grouping keys; `agg` itself when it has none. */
export function pullOutNondeterministic(agg: Extract<LPlan, { kind: 'aggregate' }>): LPlan {
  if (!agg.groups.some(hasNondeterministic)) return agg;
  const input = agg.child.output;
  const pulled = new Map<string, number>();
  const exprs: BoundExpr[] = input.map((a, i) => ({ kind: 'ref', index: i, type: a.type, nullable: a.nullable }));
  const output = [...input];
  const replace = (e: BoundExpr, add = true): BoundExpr => {
    if (!isNondeterministicLeaf(e)) return mapChildren(e, (c) => replace(c, add));
    const key = leafKey(e);
    let index = pulled.get(key);
    if (index === undefined) {
      if (!add) return e;
      index = exprs.length;
      pulled.set(key, index);
      exprs.push(e);
      output.push(newAttribute('_nondeterministic', e.type, e.nullable));
    }
    return { kind: 'ref', index, type: e.type, nullable: e.nullable };
  };
  const groups = agg.groups.map((g) => (hasNondeterministic(g) ? replace(g) : g));
  // The aggregate functions read the pulled-out column where they hold the same expression.
  const aggs = agg.aggs.map((a) => {
    if (!a.args.some(hasNondeterministic) && !(a.filter && hasNondeterministic(a.filter))) return a;
    return { ...a, args: a.args.map((x) => replace(x, false)), filter: a.filter && replace(a.filter, false) };
  });
  return { ...agg, groups, aggs, child: { kind: 'project', child: agg.child, exprs, output } };
}
