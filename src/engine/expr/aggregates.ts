/**
 * Aggregate functions as state factories. An operator creates one state per group and
 * feeds it argument values; window frames reuse the same states.
 */
import { arrayType, BooleanType, Decimal, decimalType, DoubleType, LongType, sqlName } from '../types';
import type { DataType } from '../types';
import type { BoundExpr } from './bound';
import { compareValues, hashKey } from './compare';
import { castTo } from './coerce';
import { AnalysisException } from './sql-errors';
import type { CallSite } from './functions/registry';
import { coerceArg, unexpectedType, wrongArgs } from './functions/registry';
import { histogramState, histogramType } from './histogram';

export interface AggState {
  update(vals: unknown[]): void;
  result(): unknown;
}

export interface BoundAggregate {
  readonly name: string;
  readonly args: BoundExpr[];
  readonly distinct: boolean;
  readonly filter: BoundExpr | null;
  readonly type: DataType;
  readonly nullable: boolean;
  readonly ignoreNulls: boolean;
  create(): AggState;
}

type Builder = (args: BoundExpr[], site: CallSite, ignoreNulls: boolean) => Omit<BoundAggregate, 'distinct' | 'filter' | 'ignoreNulls'>;

const aggs = new Map<string, Builder>();
function reg(names: string[], b: Builder): void {
  for (const n of names) aggs.set(n, b);
}
/** For aggregate families defined in their own files (functions/aggregates-more.ts). */
export const registerAggregate: (names: string[], b: Builder) => void = reg;

export function isAggregateName(name: string): boolean {
  return aggs.has(name.toLowerCase());
}

export function buildAggregate(name: string, args: BoundExpr[], site: CallSite, distinct: boolean, filter: BoundExpr | null, ignoreNulls = false): BoundAggregate {
  const b = aggs.get(name.toLowerCase())!;
  const base = b(args, site, ignoreNulls);
  const create = distinct ? distinctWrap(base.create, base.args) : base.create;
  return { ...base, distinct, filter, ignoreNulls, create };
}

function distinctWrap(create: () => AggState, args: BoundExpr[]): () => AggState {
  const types = args.map((a) => a.type);
  return () => {
    const inner = create();
    const seen = new Set<string>();
    return {
      update(vals) {
        const k = vals.map((v, i) => hashKey(v, types[i]!)).join('\u0001');
        if (seen.has(k)) return;
        seen.add(k);
        inner.update(vals);
      },
      result: () => inner.result(),
    };
  };
}

function arity(site: CallSite, args: BoundExpr[], min: number, max = min): void {
  if (args.length < min || args.length > max) throw wrongArgs(site, min === max ? String(min) : `[${min}, ${max}]`, args.length);
}

reg(['count'], (args) => ({
  name: 'count', args, type: LongType, nullable: false,
  create: () => {
    let n = 0n;
    return {
      update(vals) {
        for (let i = 0; i < vals.length; i++) if (vals[i] === null) return;
        n++;
      },
      result: () => n,
    };
  },
}));
reg(['count_if'], (args) => ({
  name: 'count_if', args, type: LongType, nullable: false,
  create: () => {
    let n = 0n;
    return { update: (v) => { if (v[0] === true) n++; }, result: () => n };
  },
}));

function sumType(t: DataType): DataType {
  if (t.kind === 'decimal') return decimalType(Math.min(38, t.precision + 10), t.scale);
  if (['byte', 'short', 'int', 'long'].includes(t.kind)) return LongType;
  return DoubleType;
}

reg(['sum'], (args, site) => {
  arity(site, args, 1);
  const a = coerceArg(args[0]!, 'numeric', site, 0);
  const rt = sumType(a.type);
  const input = castTo(a, rt.kind === 'decimal' ? rt : rt);
  return {
    name: 'sum', args: [input], type: rt, nullable: true,
    create: () => {
      let acc: unknown = null;
      return {
        update(vals) {
          const v = vals[0];
          if (v === null) return;
          if (acc === null) acc = v;
          else if (rt.kind === 'long') acc = BigInt.asIntN(64, (acc as bigint) + (v as bigint));
          else if (rt.kind === 'decimal') acc = (acc as Decimal).add(v as Decimal);
          else acc = (acc as number) + (v as number);
        },
        result: () => (rt.kind === 'decimal' && acc !== null ? (acc as Decimal).toPrecision(rt.precision, rt.scale) : acc),
      };
    },
  };
});

reg(['avg', 'mean'], (args, site) => {
  arity(site, args, 1);
  const a = coerceArg(args[0]!, 'numeric', site, 0);
  if (a.type.kind === 'decimal') {
    const t = a.type;
    const rt = decimalType(Math.min(38, t.precision + 4), Math.min(38, t.scale + 4));
    return {
      name: 'avg', args: [a], type: rt, nullable: true,
      create: () => {
        let sum = new Decimal(0n, t.scale);
        let n = 0n;
        return {
          update(v) {
            if (v[0] === null) return;
            sum = sum.add(v[0] as Decimal);
            n++;
          },
          result: () => (n === 0n ? null : sum.div(new Decimal(n, 0), rt.scale)?.toPrecision(rt.precision, rt.scale) ?? null),
        };
      },
    };
  }
  const input = castTo(a, DoubleType);
  return {
    name: 'avg', args: [input], type: DoubleType, nullable: true,
    create: () => {
      let sum = 0;
      let n = 0;
      return {
        update(v) {
          if (v[0] === null) return;
          sum += v[0] as number;
          n++;
        },
        result: () => (n === 0 ? null : sum / n),
      };
    },
  };
});

for (const [name, sign] of [['max', 1], ['min', -1]] as const) {
  reg([name], (args, site) => {
    arity(site, args, 1);
    const t = args[0]!.type;
    if (t.kind === 'map') throw unexpectedType(site, 0, args[0]!, 'orderable');
    return {
      name, args, type: t, nullable: true,
      create: () => {
        let best: unknown = null;
        return {
          update(v) {
            if (v[0] !== null && (best === null || sign * compareValues(v[0], best, t) > 0)) best = v[0];
          },
          result: () => best,
        };
      },
    };
  });
}
for (const [name, sign] of [['max_by', 1], ['min_by', -1]] as const) {
  reg([name], (args) => ({
    name, args, type: args[0]!.type, nullable: true,
    create: () => {
      let best: unknown = null;
      let val: unknown = null;
      return {
        update(v) {
          if (v[1] !== null && (best === null || sign * compareValues(v[1], best, args[1]!.type) > 0)) {
            best = v[1];
            val = v[0];
          }
        },
        result: () => val,
      };
    },
  }));
}

function firstLast(last: boolean): Builder {
  return (args, site, ignoreNullsFlag) => {
    arity(site, args, 1, 2);
    const ignore = ignoreNullsFlag || (args[1]?.kind === 'literal' && args[1].value === true);
    return {
      name: site.name, args: args.slice(0, 1), type: args[0]!.type, nullable: true,
      create: () => {
        let seen = false;
        let val: unknown = null;
        return {
          update(v) {
            if (ignore && v[0] === null) return;
            if (last || !seen) val = v[0];
            seen = true;
          },
          result: () => val,
        };
      },
    };
  };
}
reg(['first', 'first_value', 'any_value'], firstLast(false));
reg(['last', 'last_value'], firstLast(true));

reg(['collect_list', 'array_agg', 'collect_set'], (args, site) => ({
  name: site.name, args, type: arrayType(args[0]!.type, false), nullable: false,
  create: () => {
    const out: unknown[] = [];
    const seen = new Set<string>();
    const set = site.name === 'collect_set';
    return {
      update(v) {
        if (v[0] === null) return;
        if (set) {
          const k = hashKey(v[0], args[0]!.type);
          if (seen.has(k)) return;
          seen.add(k);
        }
        out.push(v[0]);
      },
      result: () => out.slice(),
    };
  },
}));

function boolAgg(all: boolean): Builder {
  return (args, site) => {
    arity(site, args, 1);
    if (args[0]!.type.kind !== 'boolean' && args[0]!.type.kind !== 'null') {
      throw new AnalysisException(
        `Cannot resolve "${site.sql}" due to data type mismatch: Parameter 1 requires the "BOOLEAN" type, however "${site.argSql[0]}" has the type "${sqlName(args[0]!.type)}".`,
        'DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE',
      );
    }
    return {
      name: site.name, args: [castTo(args[0]!, BooleanType)], type: BooleanType, nullable: true,
      create: () => {
        let acc: boolean | null = null;
        return {
          update(v) {
            if (v[0] === null) return;
            acc = acc === null ? (v[0] as boolean) : all ? acc && (v[0] as boolean) : acc || (v[0] as boolean);
          },
          result: () => acc,
        };
      },
    };
  };
}
reg(['every', 'bool_and'], boolAgg(true));
reg(['bool_or', 'any', 'some'], boolAgg(false));

/** Central moments via Welford's online update, as Spark's CentralMomentAgg. */
function moments(name: string, order: number, finish: (n: number, m1: number, m2: number, m3: number, m4: number) => number | null): Builder {
  return (args, site) => {
    arity(site, args, 1);
    const a = castTo(coerceArg(args[0]!, 'numeric', site, 0), DoubleType);
    return {
      name, args: [a], type: DoubleType, nullable: true,
      create: () => {
        let n = 0, mean = 0, m2 = 0, m3 = 0, m4 = 0;
        return {
          update(v) {
            if (v[0] === null) return;
            // The same update order as Spark's CentralMomentAgg, so rounding matches.
            const x = v[0] as number;
            n++;
            const delta = x - mean;
            const deltaN = delta / n;
            mean += deltaN;
            m2 += delta * (delta - deltaN);
            const delta2 = delta * delta;
            const deltaN2 = deltaN * deltaN;
            if (order >= 3) m3 = m3 - 3.0 * deltaN * m2 + delta * (delta2 - deltaN2);
            if (order >= 4) m4 = m4 - 4.0 * deltaN * m3 - 6.0 * deltaN2 * m2 + delta * (delta * delta2 - deltaN * deltaN2);
          },
          result: () => (n === 0 ? null : finish(n, mean, m2, m3, m4)),
        };
      },
    };
  };
}
reg(['stddev', 'stddev_samp', 'std'], moments('stddev', 2, (n, _m, m2) => (n === 1 ? null : Math.sqrt(m2 / (n - 1)))));
reg(['stddev_pop'], moments('stddev_pop', 2, (n, _m, m2) => Math.sqrt(m2 / n)));
reg(['variance', 'var_samp'], moments('variance', 2, (n, _m, m2) => (n === 1 ? null : m2 / (n - 1))));
reg(['var_pop'], moments('var_pop', 2, (n, _m, m2) => m2 / n));
reg(['skewness'], moments('skewness', 3, (n, _m, m2, m3) => (m2 === 0 ? null : (Math.sqrt(n) * m3) / Math.sqrt(m2 * m2 * m2))));
reg(['kurtosis'], moments('kurtosis', 4, (n, _m, m2, _m3, m4) => (m2 === 0 ? null : (n * m4) / (m2 * m2) - 3.0)));

function bivariate(name: string, finish: (n: number, ck: number, xm2: number, ym2: number) => number | null): Builder {
  return (args, site) => {
    arity(site, args, 2);
    const xs = args.map((a, i) => castTo(coerceArg(a, 'numeric', site, i), DoubleType));
    return {
      name, args: xs, type: DoubleType, nullable: true,
      create: () => {
        let n = 0, xAvg = 0, yAvg = 0, ck = 0, xM2 = 0, yM2 = 0;
        return {
          update(v) {
            if (v[0] === null || v[1] === null) return;
            const x = v[0] as number;
            const y = v[1] as number;
            n++;
            const dx = x - xAvg;
            const dy = y - yAvg;
            xAvg += dx / n;
            yAvg += dy / n;
            ck += dx * (y - yAvg);
            xM2 += dx * (x - xAvg);
            yM2 += dy * (y - yAvg);
          },
          result: () => (n === 0 ? null : finish(n, ck, xM2, yM2)),
        };
      },
    };
  };
}
reg(['corr'], bivariate('corr', (n, ck, x, y) => (n < 2 || x === 0 || y === 0 ? null : ck / Math.sqrt(x * y))));
reg(['covar_pop'], bivariate('covar_pop', (n, ck) => ck / n));
reg(['covar_samp'], bivariate('covar_samp', (n, ck) => (n === 1 ? null : ck / (n - 1))));

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
