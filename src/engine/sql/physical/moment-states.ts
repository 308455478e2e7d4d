/**
 * Mergeable states of the statistical aggregates, as Spark's CentralMomentAgg and
 * PearsonCorrelation / Covariance keep them, so stddev, variance, skewness, kurtosis, corr
 * and covar run as ordinary partial / final aggregates:
 *
 * - a partial aggregate updates the state row by row exactly as the one-phase aggregate does
 *   (Welford's update, expr/aggregates-stats.ts) and returns it as an array of doubles;
 * - a merge aggregate combines states in input order with Chan et al.'s pairwise formulas
 *   (the ones Spark's merge expressions use);
 * - the finish computes the function's value from the merged state with the same formulas
 *   as the one-phase aggregate (null for no rows, for n = 1 of the sample forms, ...).
 *
 * Merged states can differ from a one-pass state in the last bits, as in Spark.
 */
import type { AggState, BoundAggregate, BoundExpr } from '../../expr';
import { BIVARIATE_AGGREGATES, CoMoments, MOMENT_AGGREGATES, Moments } from '../../expr/aggregates-stats';
import type { DataType } from '../../types';
import { DoubleType } from '../../types';

/** The state column's type: array<double> (n, mean, m2[, m3[, m4]] or n, xAvg, yAvg, ck, xM2, yM2). */
export const STATE_TYPE: DataType = { kind: 'array', element: DoubleType, containsNull: false };

/** Name of the partial central-moment aggregate of order 2 (grouped-accumulators has a kernel for it). */
export const MOMENT2_STATE = 'partial_moments2';

export interface StateSplit {
  readonly partial: BoundAggregate;
  merge(arg: BoundExpr): BoundAggregate;
  finish(state: unknown): unknown;
}

function aggregate(name: string, args: BoundExpr[], filter: BoundExpr | null, create: () => AggState): BoundAggregate {
  return { name, args, distinct: false, filter, type: STATE_TYPE, nullable: true, ignoreNulls: false, create };
}

/** The moments state of a partition's rows: Welford's update in Spark's order. */
function momentState(order: 2 | 3 | 4): AggState {
  const m = new Moments(order);
  return {
    update(v) {
      if (v[0] !== null) m.add(v[0] as number);
    },
    result: () => (m.n === 0 ? null : order === 2 ? [m.n, m.mean, m.m2] : order === 3 ? [m.n, m.mean, m.m2, m.m3] : [m.n, m.mean, m.m2, m.m3, m.m4]),
  };
}

/** Merges moment states (Chan et al.; Spark's CentralMomentAgg merge expressions). */
function momentMerge(order: 2 | 3 | 4): AggState {
  let n = 0, mean = 0, m2 = 0, m3 = 0, m4 = 0;
  return {
    update(v) {
      const s = v[0] as number[] | null;
      if (s === null) return;
      const [n2, mean2, m2b, m3b = 0, m4b = 0] = s as [number, number, number, number?, number?];
      const n1 = n;
      const nn = n1 + n2;
      const delta = mean2 - mean;
      const deltaN = nn === 0 ? 0 : delta / nn;
      const newMean = mean + deltaN * n2;
      const newM2 = m2 + m2b + delta * deltaN * n1 * n2;
      if (order >= 3) {
        const newM3 = m3 + m3b + deltaN * deltaN * delta * n1 * n2 * (n1 - n2) + 3.0 * deltaN * (n1 * m2b - n2 * m2);
        if (order >= 4) {
          m4 = m4 + m4b
            + deltaN * deltaN * deltaN * delta * n1 * n2 * (n1 * n1 - n1 * n2 + n2 * n2)
            + 6.0 * deltaN * deltaN * (n1 * n1 * m2b + n2 * n2 * m2)
            + 4.0 * deltaN * (n1 * m3b - n2 * m3);
        }
        m3 = newM3;
      }
      n = nn;
      mean = newMean;
      m2 = newM2;
    },
    result: () => (n === 0 ? null : [n, mean, m2, m3, m4]),
  };
}

/** The bivariate state (n, xAvg, yAvg, ck, xM2, yM2): the one-phase update, pair by pair. */
function bivariateState(): AggState {
  const m = new CoMoments();
  return {
    update(v) {
      if (v[0] !== null && v[1] !== null) m.add(v[0] as number, v[1] as number);
    },
    result: () => (m.n === 0 ? null : [m.n, m.xAvg, m.yAvg, m.ck, m.xM2, m.yM2]),
  };
}

/** Merges bivariate states (Spark's Covariance / PearsonCorrelation merge expressions). */
function bivariateMerge(): AggState {
  let n = 0, xAvg = 0, yAvg = 0, ck = 0, xM2 = 0, yM2 = 0;
  return {
    update(v) {
      const s = v[0] as number[] | null;
      if (s === null) return;
      const [n2, xAvg2, yAvg2, ck2, xM22, yM22] = s as [number, number, number, number, number, number];
      const n1 = n;
      const nn = n1 + n2;
      const dx = xAvg2 - xAvg;
      const dxN = nn === 0 ? 0 : dx / nn;
      const dy = yAvg2 - yAvg;
      const dyN = nn === 0 ? 0 : dy / nn;
      xAvg += dxN * n2;
      yAvg += dyN * n2;
      ck += ck2 + dx * dyN * n1 * n2;
      xM2 += xM22 + dx * dxN * n1 * n2;
      yM2 += yM22 + dy * dyN * n1 * n2;
      n = nn;
    },
    result: () => (n === 0 ? null : [n, xAvg, yAvg, ck, xM2, yM2]),
  };
}

/**
 * The partial / merge / finish of a statistical aggregate over doubles (its arguments are
 * already cast to double by the builder), or null for any other aggregate.
 */
export function splitStatistical(a: BoundAggregate): StateSplit | null {
  if (a.distinct || a.type.kind !== 'double' || !a.args.every((x) => x.type.kind === 'double')) return null;
  const m = MOMENT_AGGREGATES[a.name];
  if (m && a.args.length === 1) {
    const { order, finish } = m;
    return {
      partial: aggregate(order === 2 ? MOMENT2_STATE : `partial_moments${order}`, a.args, a.filter, () => momentState(order)),
      merge: (arg) => aggregate(`merge_moments${order}`, [arg], null, () => momentMerge(order)),
      finish: (state) => {
        if (state === null || state === undefined) return null;
        const [n, , m2, m3, m4] = state as number[];
        return n === 0 ? null : finish(n!, m2!, m3!, m4!);
      },
    };
  }
  const f = BIVARIATE_AGGREGATES[a.name];
  if (f && a.args.length === 2) {
    return {
      partial: aggregate('partial_bivariate', a.args, a.filter, bivariateState),
      merge: (arg) => aggregate('merge_bivariate', [arg], null, bivariateMerge),
      finish: (state) => {
        if (state === null || state === undefined) return null;
        const [n, , , ck, xM2, yM2] = state as number[];
        return n === 0 ? null : f(n!, ck!, xM2!, yM2!);
      },
    };
  }
  return null;
}
