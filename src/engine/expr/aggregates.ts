/**
 * Core aggregates (count, sum, avg, min / max, first / last, collect, boolean) and the
 * public aggregate API. Statistical aggregates live in aggregates-stats.ts, which is
 * imported here so that loading this module registers every core family.
 */
import { arrayType, BooleanType, Decimal, decimalType, DoubleType, LongType, sqlName } from '../types';
import type { DataType } from '../types';
import { arity, registerAggregate as reg } from './aggregate-registry';
import type { Builder } from './aggregate-registry';
import './aggregates-stats';
import { compareValues, hashKey } from './compare';
import { castTo } from './coerce';
import { AnalysisException } from './sql-errors';
import { coerceArg, unexpectedType } from './functions/registry';

export { buildAggregate, isAggregateName, registerAggregate } from './aggregate-registry';
export type { AggState, BoundAggregate } from './aggregate-registry';

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
