/**
 * Spark's two-phase aggregation for SQL stages: each aggregate split into partial functions
 * (run per map partition), merge functions over their columns (run per reduce partition or in
 * the driver) and a finish from the merged values.
 */
import type { ColumnBatch, ColumnVector } from '../../columnar';
import { buildAggregate } from '../../expr';
import type { BoundAggregate, BoundExpr } from '../../expr';
import type { DataType } from '../../types';
import { DoubleType } from '../../types';
import { newAttribute } from '../logical';
import type { Attribute, LPlan } from '../logical';
import { ORDINAL_SCALE } from './exchange-hash';
import { STATE_TYPE, splitStatistical } from './moment-states';
import { inputScan } from './stage-batches';

const MERGE: Record<string, string> = { count: 'sum', count_if: 'sum', sum: 'sum', min: 'min', max: 'max' };

/** One aggregate of Spark's two-phase aggregation: partial functions, their merges, the final value. */
interface AggSplit {
  readonly partials: readonly BoundAggregate[];
  /** The merged value is the aggregate's value (finish returns its one merged column as it is). */
  readonly identity?: boolean;
  /** Merge functions over the partial columns starting at `first`. */
  merges(first: number): BoundAggregate[];
  finish(merged: readonly unknown[]): unknown;
}

export const site = (name: string) => ({ name, argSql: ['partial'], sql: `${name}(partial)` });
export const ref = (index: number, type: DataType): BoundExpr => ({ kind: 'ref', index, type, nullable: true });

/**
 * The two phases of each aggregate, when all have them: count → sum of counts, sum of
 * integers or doubles → sum, min → min, max → max, avg of a double → sum and count, the
 * variance family, skewness, kurtosis, corr and covar → their moment states (moment-states.ts).
 * Null otherwise (DISTINCT, decimals, collections, order-sensitive functions ...).
 */
export function splitAggregates(aggs: readonly BoundAggregate[]): AggSplit[] | null {
  const out: AggSplit[] = [];
  for (const a of aggs) {
    if (a.distinct || a.type.kind === 'map' || a.type.kind === 'struct' || a.type.kind === 'array') return null;
    if (a.name === 'avg' && a.type.kind === 'double' && a.args.length === 1 && a.args[0]!.type.kind === 'double') {
      const sum = buildAggregate('sum', [a.args[0]!], site('sum'), false, a.filter);
      const count = buildAggregate('count', [a.args[0]!], site('count'), false, a.filter);
      if (sum.type.kind !== 'double' || count.type.kind !== 'long') return null;
      out.push({
        partials: [sum, count],
        merges: (first) => [buildAggregate('sum', [ref(first, sum.type)], site('sum'), false, null), buildAggregate('sum', [ref(first + 1, count.type)], site('sum'), false, null)],
        // + 0 as the in-driver average starts its sum from 0 (so -0.0 averages to 0.0).
        finish: ([s, c]) => (c === null || c === 0n ? null : ((s as number) + 0) / Number(c as bigint)),
      });
      continue;
    }
    const stat = splitStatistical(a);
    if (stat) {
      out.push({ partials: [stat.partial], merges: (first) => [stat.merge(ref(first, STATE_TYPE))], finish: ([s]) => stat.finish(s) });
      continue;
    }
    const m = MERGE[a.name];
    if (!m) return null;
    if (a.name === 'sum' && a.type.kind !== 'long' && a.type.kind !== 'double') return null;
    const merged = buildAggregate(m, [ref(0, a.type)], site(m), false, null);
    if (JSON.stringify(merged.type) !== JSON.stringify(a.type)) return null;
    out.push({ partials: [a], merges: (first) => [buildAggregate(m, [ref(first, a.type)], site(m), false, null)], finish: ([v]) => v, identity: true });
  }
  return out;
}

export function withOrdinals(batches: readonly ColumnBatch[], partition: number): ColumnBatch[] {
  let row = partition * ORDINAL_SCALE;
  return batches.map((b) => {
    const values = new Float64Array(b.numRows);
    for (let i = 0; i < b.numRows; i++) values[i] = row++;
    const ord: ColumnVector = { kind: 'float64', values, validity: new Uint8Array((b.numRows + 7) >> 3).fill(255) };
    return { types: [...b.types, DoubleType], numRows: b.numRows, columns: [...b.columns, ord] };
  });
}

type AggregatePlan = Extract<LPlan, { kind: 'aggregate' }>;

/** The partial functions of all aggregates, in order (splitAggregates must have succeeded). */
export function partialAggregates(fragment: AggregatePlan): BoundAggregate[] {
  return splitAggregates(fragment.aggs)!.flatMap((s) => s.partials);
}

export function partialOutput(fragment: AggregatePlan, ordinal: boolean): Attribute[] {
  const keys = fragment.groups.map((g, i) => newAttribute(`k${i}`, g.type, true));
  const partials = partialAggregates(fragment).map((a, i) => newAttribute(`p${i}`, a.type, true));
  return ordinal ? [...keys, ...partials, newAttribute('__first', DoubleType, true)] : [...keys, ...partials];
}

/** The merge half over partial rows (keys, partials[, first ordinal]) → keys, merged values[, first ordinal]. */
export function mergePlan(fragment: AggregatePlan, partials: readonly ColumnBatch[], ordinal: boolean): LPlan {
  const input = partialOutput(fragment, ordinal);
  const g = fragment.groups.length;
  const merges: BoundAggregate[] = [];
  let col = g;
  for (const s of splitAggregates(fragment.aggs)!) {
    merges.push(...s.merges(col));
    col += s.partials.length;
  }
  const keys: BoundExpr[] = fragment.groups.map((e, i) => ref(i, e.type));
  const output = [...input.slice(0, g), ...merges.map((m, i) => newAttribute(`m${i}`, m.type, true))];
  return {
    kind: 'aggregate', child: inputScan(input, partials), groups: keys,
    aggs: ordinal ? [...merges, minOrdinal(input.length - 1)] : merges, sets: null,
    output: ordinal ? [...output, newAttribute('__first', DoubleType, true)] : output,
  };
}

export function partialTypes(fragment: AggregatePlan, ordinal: boolean): DataType[] {
  return partialOutput(fragment, ordinal).map((a) => a.type);
}

/** Types of the merge half's output rows (keys, merged values[, first ordinal]). */
export function mergedTypes(fragment: AggregatePlan, ordinal: boolean): DataType[] {
  const m = mergePlan(fragment, [], ordinal);
  return m.output.map((a) => a.type);
}

/** Rows of keys and merged values → the aggregate's output rows. */
export function finishRows(fragment: AggregatePlan, rows: readonly unknown[][]): unknown[][] {
  const splits = splitAggregates(fragment.aggs)!;
  const g = fragment.groups.length;
  return rows.map((r) => {
    const out = r.slice(0, g);
    let col = g;
    for (const s of splits) {
      const n = s.partials.length;
      out.push(s.finish(r.slice(col, col + n)));
      col += n;
    }
    return out;
  });
}

export function minOrdinal(index: number): BoundAggregate {
  return buildAggregate('min', [{ kind: 'ref', index, type: DoubleType, nullable: false }], { name: 'min', argSql: ['ordinal'], sql: 'min(ordinal)' }, false, null);
}

/** Whether the merged columns are the aggregate's output as they are (every function merges to its own value). */
export function finishIsIdentity(fragment: AggregatePlan): boolean {
  return splitAggregates(fragment.aggs)!.every((s) => s.identity === true);
}
