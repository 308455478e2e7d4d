/** Statistical aggregates: moments, correlation / covariance, distinct estimates, percentiles and histograms. */
import { DoubleType, LongType } from '../types';
import { arity, registerAggregate as reg } from './aggregate-registry';
import type { Builder } from './aggregate-registry';
import { compareValues, hashKey } from './compare';
import { castTo } from './coerce';
import { AnalysisException } from './sql-errors';
import { coerceArg } from './functions/registry';
import { histogramState, histogramType } from './histogram';

/** Central moments by Welford's online update in Spark's CentralMomentAgg order, so rounding matches (m3, m4 kept up to `order`). */
export class Moments {
  n = 0;
  mean = 0;
  m2 = 0;
  m3 = 0;
  m4 = 0;
  constructor(private readonly order: number) {}
  add(x: number): void {
    this.n++;
    const delta = x - this.mean;
    const deltaN = delta / this.n;
    this.mean += deltaN;
    this.m2 += delta * (delta - deltaN);
    const delta2 = delta * delta;
    const deltaN2 = deltaN * deltaN;
    if (this.order >= 3) this.m3 = this.m3 - 3.0 * deltaN * this.m2 + delta * (delta2 - deltaN2);
    if (this.order >= 4) this.m4 = this.m4 - 4.0 * deltaN * this.m3 - 6.0 * deltaN2 * this.m2 + delta * (delta * delta2 - deltaN * deltaN2);
  }
}

/** The pairwise co-moments of Spark's Covariance / PearsonCorrelation, updated pair by pair in Spark's order. */
export class CoMoments {
  n = 0;
  xAvg = 0;
  yAvg = 0;
  ck = 0;
  xM2 = 0;
  yM2 = 0;
  add(x: number, y: number): void {
    this.n++;
    const dx = x - this.xAvg;
    const dy = y - this.yAvg;
    this.xAvg += dx / this.n;
    this.yAvg += dy / this.n;
    this.ck += dx * (y - this.yAvg);
    this.xM2 += dx * (x - this.xAvg);
    this.yM2 += dy * (y - this.yAvg);
  }
}

/**
 * Each central-moment aggregate (by its bound name): the moment order it keeps and its value
 * from the moments (null for no variance or one row of a sample form). The partial/final split
 * of these aggregates (sql/physical/moment-states.ts) finishes with the same table.
 */
export const MOMENT_AGGREGATES: Readonly<Record<string, { readonly order: 2 | 3 | 4; readonly finish: (n: number, m2: number, m3: number, m4: number) => number | null }>> = {
  stddev: { order: 2, finish: (n, m2) => (n === 1 ? null : Math.sqrt(m2 / (n - 1))) },
  stddev_pop: { order: 2, finish: (n, m2) => Math.sqrt(m2 / n) },
  variance: { order: 2, finish: (n, m2) => (n === 1 ? null : m2 / (n - 1)) },
  var_pop: { order: 2, finish: (n, m2) => m2 / n },
  skewness: { order: 3, finish: (n, m2, m3) => (m2 === 0 ? null : (Math.sqrt(n) * m3) / Math.sqrt(m2 * m2 * m2)) },
  kurtosis: { order: 4, finish: (n, m2, _m3, m4) => (m2 === 0 ? null : (n * m4) / (m2 * m2) - 3.0) },
};

/** Each co-moment aggregate's value from its state (shared with the partial/final split). */
export const BIVARIATE_AGGREGATES: Readonly<Record<string, (n: number, ck: number, xM2: number, yM2: number) => number | null>> = {
  corr: (n, ck, x, y) => (n < 2 || x === 0 || y === 0 ? null : ck / Math.sqrt(x * y)),
  covar_pop: (n, ck) => ck / n,
  covar_samp: (n, ck) => (n === 1 ? null : ck / (n - 1)),
};

/** Central moments via Welford's online update, as Spark's CentralMomentAgg. */
function moments(name: keyof typeof MOMENT_AGGREGATES): Builder {
  const { order, finish } = MOMENT_AGGREGATES[name]!;
  return (args, site) => {
    arity(site, args, 1);
    const a = castTo(coerceArg(args[0]!, 'numeric', site, 0), DoubleType);
    return {
      name, args: [a], type: DoubleType, nullable: true,
      create: () => {
        const m = new Moments(order);
        return {
          update(v) {
            if (v[0] !== null) m.add(v[0] as number);
          },
          result: () => (m.n === 0 ? null : finish(m.n, m.m2, m.m3, m.m4)),
        };
      },
    };
  };
}
reg(['stddev', 'stddev_samp', 'std'], moments('stddev'));
reg(['stddev_pop'], moments('stddev_pop'));
reg(['variance', 'var_samp'], moments('variance'));
reg(['var_pop'], moments('var_pop'));
reg(['skewness'], moments('skewness'));
reg(['kurtosis'], moments('kurtosis'));

function bivariate(name: keyof typeof BIVARIATE_AGGREGATES): Builder {
  const finish = BIVARIATE_AGGREGATES[name]!;
  return (args, site) => {
    arity(site, args, 2);
    const xs = args.map((a, i) => castTo(coerceArg(a, 'numeric', site, i), DoubleType));
    return {
      name, args: xs, type: DoubleType, nullable: true,
      create: () => {
        const m = new CoMoments();
        return {
          update(v) {
            if (v[0] !== null && v[1] !== null) m.add(v[0] as number, v[1] as number);
          },
          result: () => (m.n === 0 ? null : finish(m.n, m.ck, m.xM2, m.yM2)),
        };
      },
    };
  };
}
reg(['corr'], bivariate('corr'));
reg(['covar_pop'], bivariate('covar_pop'));
reg(['covar_samp'], bivariate('covar_samp'));

reg(['approx_count_distinct'], (args) => ({
  name: 'approx_count_distinct', args: args.slice(0, 1), type: LongType, nullable: false,
  create: () => {
    const seen = new Set<string>();
    return { update: (v) => { if (v[0] !== null) seen.add(hashKey(v[0], args[0]!.type)); }, result: () => BigInt(seen.size) };
  },
}));

function percentile(name: string, discrete: boolean): Builder {
  return (args, site) => {
    arity(site, args, 1, 3);
    const a = castTo(coerceArg(args[0]!, 'numeric', site, 0), DoubleType);
    const p = args.length > 1 && args[1]!.kind === 'literal' ? Number(args[1]!.value) : 0.5;
    // WITHIN GROUP (ORDER BY x DESC) arrives as a third, boolean argument.
    const desc = args[2]?.kind === 'literal' && args[2].value === true;
    return {
      name, args: [a], type: DoubleType, nullable: true,
      create: () => {
        const xs: number[] = [];
        return {
          update: (v) => { if (v[0] !== null) xs.push(v[0] as number); },
          result: () => {
            if (xs.length === 0) return null;
            xs.sort((x, y) => (desc ? y - x : x - y));
            if (discrete) return xs[Math.max(0, Math.ceil(p * xs.length) - 1)]!;
            const pos = p * (xs.length - 1);
            const lo = Math.floor(pos);
            const hi = Math.ceil(pos);
            return xs[lo]! + (pos - lo) * (xs[hi]! - xs[lo]!);
          },
        };
      },
    };
  };
}
reg(['histogram_numeric'], (args, site) => {
  arity(site, args, 2);
  const nb = args[1]!;
  if (nb.kind !== 'literal' || nb.value === null || (nb.value as number) < 2) {
    throw new AnalysisException(`Cannot resolve "${site.sql}" due to data type mismatch: The number of histogram bins must be a constant integer of at least 2.`, 'DATATYPE_MISMATCH.VALUE_OUT_OF_RANGE');
  }
  const input = args[0]!.type.kind === 'null' ? castTo(args[0]!, DoubleType) : args[0]!;
  return {
    name: 'histogram_numeric', args: [input], type: histogramType(input.type), nullable: true,
    create: () => histogramState(Number(nb.value), input.type),
  };
});

/** percentile_approx over exact data: the smallest value with at least p of the rows at or below it. */
reg(['percentile_approx', 'approx_percentile'], (args, site) => {
  arity(site, args, 2, 3);
  const t = args[0]!.type;
  const p = args[1]!.kind === 'literal' ? Number(args[1]!.value) : 0.5;
  return {
    name: site.name, args: args.slice(0, 1), type: t, nullable: true,
    create: () => {
      const xs: unknown[] = [];
      return {
        update: (v) => { if (v[0] !== null) xs.push(v[0]); },
        result: () => {
          if (xs.length === 0) return null;
          xs.sort((x, y) => compareValues(x, y, t));
          return xs[Math.min(xs.length - 1, Math.max(0, Math.ceil(p * xs.length) - 1))];
        },
      };
    },
  };
});

reg(['median', 'percentile'], percentile('percentile', false));
reg(['percentile_cont'], percentile('percentile_cont', false));
reg(['percentile_disc'], percentile('percentile_disc', true));
