/** Array and map functions beyond the constructors: set algebra, edits, zips and map builders. */
import { arrayType, BooleanType, IntegerType, LongType, mapType, MapValue, NullType, structType, field, StringType, sqlName } from '../../types';
import type { DataType } from '../../types';
import type { BoundExpr } from '../bound';
import { hashKey, valuesEqual } from '../compare';
import { castTo, coerceAll } from '../coerce';
import { AnalysisException } from '../sql-errors';
import { XORShiftRandom } from './random';
import { checkArity, registerScalar, unexpectedType } from './registry';
import type { CallSite } from './registry';

function arrayArg(site: CallSite, args: BoundExpr[], i: number): Extract<DataType, { kind: 'array' }> {
  const t = args[i]!.type;
  if (t.kind === 'null') return arrayType(NullType) as Extract<DataType, { kind: 'array' }>;
  if (t.kind !== 'array') throw unexpectedType(site, i, args[i]!, '"ARRAY"');
  return t;
}

function mapArg(site: CallSite, args: BoundExpr[], i: number): Extract<DataType, { kind: 'map' }> {
  const t = args[i]!.type;
  if (t.kind !== 'map') throw unexpectedType(site, i, args[i]!, '"MAP"');
  return t;
}

/** The array and an element coerced to one element type (array_append, array_remove, ...). */
function withElement(site: CallSite, args: BoundExpr[], arrayIndex: number, elemIndex: number): { arr: BoundExpr; elem: BoundExpr; et: DataType } {
  const at = arrayArg(site, args, arrayIndex);
  const e = args[elemIndex]!;
  const c = at.element.kind === 'null' ? [castTo({ ...e }, e.type)] : coerceAll([{ ...e, type: at.element } as BoundExpr, e]);
  if (!c) {
    throw new AnalysisException(`Cannot resolve "${site.sql}" due to data type mismatch: Input to \`${site.name}\` should have been "ARRAY" followed by a value with same element type, but it's ["${sqlName(at)}", "${sqlName(e.type)}"].`, 'DATATYPE_MISMATCH.ARRAY_FUNCTION_DIFF_TYPES');
  }
  const et = c[0]!.type.kind === 'null' ? e.type : c[0]!.type;
  return { arr: castTo(args[arrayIndex]!, arrayType(et)), elem: castTo(e, et), et };
}

/** Two arrays coerced to one element type (array_union, arrays_overlap, ...). */
function twoArrays(site: CallSite, args: BoundExpr[]): { a: BoundExpr; b: BoundExpr; et: DataType } {
  checkArity(site, args, 2);
  const t1 = arrayArg(site, args, 0);
  const t2 = arrayArg(site, args, 1);
  const c = coerceAll([{ ...args[0]!, type: t1.element } as BoundExpr, { ...args[1]!, type: t2.element } as BoundExpr]);
  if (!c) {
    throw new AnalysisException(`Cannot resolve "${site.sql}" due to data type mismatch: Input to function \`${site.name}\` should have been two "ARRAY" with same element type, but it's ["${sqlName(t1)}", "${sqlName(t2)}"].`, 'DATATYPE_MISMATCH.BINARY_ARRAY_DIFF_TYPES');
  }
  const et = c[0]!.type;
  return { a: castTo(args[0]!, arrayType(et)), b: castTo(args[1]!, arrayType(et)), et };
}

function distinctBy(xs: readonly unknown[], et: DataType): unknown[] {
  const seen = new Set<string>();
  return xs.filter((x) => {
    const k = hashKey(x, et);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

registerScalar(['array_union'], (args, site) => {
  const { a, b, et } = twoArrays(site, args);
  return { kind: 'strict', name: site.name, args: [a, b], type: arrayType(et), nullable: true, fn: (v) => distinctBy([...(v[0] as unknown[]), ...(v[1] as unknown[])], et) };
});
registerScalar(['array_intersect'], (args, site) => {
  const { a, b, et } = twoArrays(site, args);
  return {
    kind: 'strict', name: site.name, args: [a, b], type: arrayType(et), nullable: true,
    fn: (v) => {
      const right = new Set((v[1] as unknown[]).map((x) => hashKey(x, et)));
      return distinctBy((v[0] as unknown[]).filter((x) => right.has(hashKey(x, et))), et);
    },
  };
});
registerScalar(['array_except'], (args, site) => {
  const { a, b, et } = twoArrays(site, args);
  return {
    kind: 'strict', name: site.name, args: [a, b], type: arrayType(et), nullable: true,
    fn: (v) => {
      const right = new Set((v[1] as unknown[]).map((x) => hashKey(x, et)));
      return distinctBy((v[0] as unknown[]).filter((x) => !right.has(hashKey(x, et))), et);
    },
  };
});
registerScalar(['arrays_overlap'], (args, site) => {
  const { a, b, et } = twoArrays(site, args);
  return {
    kind: 'strict', name: site.name, args: [a, b], type: BooleanType, nullable: true,
    fn: (v) => {
      const left = v[0] as unknown[];
      const right = v[1] as unknown[];
      const keys = new Set(left.filter((x) => x !== null).map((x) => hashKey(x, et)));
      if (right.some((x) => x !== null && keys.has(hashKey(x, et)))) return true;
      return left.length > 0 && right.length > 0 && (left.includes(null) || right.includes(null)) ? null : false;
    },
  };
});
registerScalar(['array_remove'], (args, site) => {
  checkArity(site, args, 2);
  const { arr, elem, et } = withElement(site, args, 0, 1);
  return { kind: 'strict', name: site.name, args: [arr, elem], type: arr.type, nullable: true, fn: (v) => (v[0] as unknown[]).filter((x) => x === null || !valuesEqual(x, v[1], et)) };
});
registerScalar(['array_position'], (args, site) => {
  checkArity(site, args, 2);
  const { arr, elem, et } = withElement(site, args, 0, 1);
  return { kind: 'strict', name: site.name, args: [arr, elem], type: LongType, nullable: true, fn: (v) => BigInt((v[0] as unknown[]).findIndex((x) => x !== null && valuesEqual(x, v[1], et)) + 1) };
});
registerScalar(['array_append', 'array_prepend'], (args, site) => {
  checkArity(site, args, 2);
  const { arr, elem } = withElement(site, args, 0, 1);
  const append = site.name === 'array_append';
  return { kind: 'lenient', name: site.name, args: [arr, elem], type: arrayType((arr.type as Extract<DataType, { kind: 'array' }>).element, true), nullable: true, fn: (v) => (v[0] === null ? null : append ? [...(v[0] as unknown[]), v[1]] : [v[1], ...(v[0] as unknown[])]) };
});
registerScalar(['array_insert'], (args, site) => {
  checkArity(site, args, 3);
  const { arr, elem } = withElement(site, args, 0, 2);
  const pos = castTo(args[1]!, IntegerType);
  return {
    kind: 'lenient', name: site.name, args: [arr, pos, elem], type: arrayType((arr.type as Extract<DataType, { kind: 'array' }>).element, true), nullable: true,
    fn: (v) => {
      if (v[0] === null || v[1] === null) return null;
      const xs = [...(v[0] as unknown[])];
      const p = v[1] as number;
      if (p === 0) throw new AnalysisException('[INVALID_INDEX_OF_ZERO] The index 0 is invalid. An index shall be either < 0 or > 0 (the first element has index 1).', 'INVALID_INDEX_OF_ZERO');
      if (p > 0) {
        while (xs.length < p - 1) xs.push(null);
        xs.splice(p - 1, 0, v[2]);
        return xs;
      }
      // Negative positions count from the end; inserting before the first element pads with nulls.
      const at = xs.length + p + 1;
      if (at < 0) return [v[2], ...new Array<unknown>(-at - 1).fill(null), ...xs];
      xs.splice(at, 0, v[2]);
      return xs;
    },
  };
});
registerScalar(['array_compact'], (args, site) => {
  checkArity(site, args, 1);
  const t = arrayArg(site, args, 0);
  return { kind: 'strict', name: site.name, args, type: arrayType(t.element, false), nullable: true, fn: (v) => (v[0] as unknown[]).filter((x) => x !== null) };
});
registerScalar(['array_size'], (args, site) => {
  checkArity(site, args, 1);
  arrayArg(site, args, 0);
  return { kind: 'strict', name: site.name, args, type: IntegerType, nullable: true, fn: (v) => (v[0] as unknown[]).length };
});
registerScalar(['array_repeat'], (args, site) => {
  checkArity(site, args, 2);
  const n = castTo(args[1]!, IntegerType);
  return { kind: 'lenient', name: site.name, args: [args[0]!, n], type: arrayType(args[0]!.type), nullable: true, fn: (v) => (v[1] === null ? null : new Array<unknown>(Math.max(0, v[1] as number)).fill(v[0])) };
});
registerScalar(['flatten'], (args, site) => {
  checkArity(site, args, 1);
  const t = arrayArg(site, args, 0);
  if (t.element.kind !== 'array') throw unexpectedType(site, 0, args[0]!, '"ARRAY" of "ARRAY"');
  return {
    kind: 'strict', name: site.name, args, type: t.element, nullable: true,
    fn: (v) => ((v[0] as unknown[]).some((x) => x === null) ? null : (v[0] as unknown[][]).flat()),
  };
});
registerScalar(['slice'], (args, site) => {
  checkArity(site, args, 3);
  arrayArg(site, args, 0);
  return {
    kind: 'strict', name: site.name, args: [args[0]!, castTo(args[1]!, IntegerType), castTo(args[2]!, IntegerType)], type: args[0]!.type, nullable: true,
    fn: (v) => {
      const xs = v[0] as unknown[];
      const start = v[1] as number;
      const len = v[2] as number;
      if (start === 0) throw new AnalysisException('[INVALID_PARAMETER_VALUE.START] Expects a positive or a negative value for `start`, but got 0.', 'INVALID_PARAMETER_VALUE.START');
      if (len < 0) throw new AnalysisException(`[INVALID_PARAMETER_VALUE.LENGTH] Expects \`length\` greater than or equal to 0, but got ${len}.`, 'INVALID_PARAMETER_VALUE.LENGTH');
      const from = start > 0 ? start - 1 : xs.length + start;
      return from < 0 ? [] : xs.slice(from, from + len);
    },
  };
});
registerScalar(['arrays_zip'], (args, site) => {
  const types = args.map((_, i) => arrayArg(site, args, i));
  const names = args.map((_, i) => (/^\w+$/.test(site.argSql[i] ?? '') && !/^\d/.test(site.argSql[i]!) ? site.argSql[i]! : String(i)));
  const st = structType(types.map((t, i) => field(names[i]!, t.element, true)));
  return {
    kind: 'strict', name: site.name, args, type: arrayType(st, false), nullable: true,
    fn: (v) => {
      const arrs = v as unknown[][];
      const n = Math.max(0, ...arrs.map((a) => a.length));
      return Array.from({ length: n }, (_, i) => arrs.map((a) => (i < a.length ? a[i] : null)));
    },
  };
});
registerScalar(['try_element_at', 'get'], (args, site) => {
  checkArity(site, args, 2);
  const t = args[0]!.type;
  const oneBased = site.name === 'try_element_at';
  if (t.kind === 'map') {
    const k = castTo(args[1]!, t.key);
    return {
      kind: 'strict', name: site.name, args: [args[0]!, k], type: t.value, nullable: true,
      fn: (v) => {
        const m = v[0] as MapValue;
        const i = m.keys.findIndex((x) => valuesEqual(x, v[1], t.key));
        return i < 0 ? null : m.values[i];
      },
    };
  }
  const at = arrayArg(site, args, 0);
  return {
    kind: 'strict', name: site.name, args: [args[0]!, castTo(args[1]!, IntegerType)], type: at.element, nullable: true,
    fn: (v) => {
      const xs = v[0] as unknown[];
      let i = v[1] as number;
      if (oneBased) {
        if (i === 0) throw new AnalysisException('[INVALID_INDEX_OF_ZERO] The index 0 is invalid. An index shall be either < 0 or > 0 (the first element has index 1).', 'INVALID_INDEX_OF_ZERO');
        i = i > 0 ? i - 1 : xs.length + i;
      }
      return i >= 0 && i < xs.length ? xs[i] : null;
    },
  };
});

export function mapOf(keys: readonly unknown[], values: readonly unknown[], kt: DataType): MapValue {
  const ks: unknown[] = [];
  const vs: unknown[] = [];
  const seen = new Map<string, number>();
  keys.forEach((k, i) => {
    if (k === null) throw new AnalysisException('[NULL_MAP_KEY] Cannot use null as map key.', 'NULL_MAP_KEY');
    const h = hashKey(k, kt);
    const j = seen.get(h);
    if (j !== undefined) {
      throw new AnalysisException(`[DUPLICATED_MAP_KEY] Duplicate map key ${String(k)} was found, please check the input data. If you want to remove the duplicated keys, you can set "spark.sql.mapKeyDedupPolicy" to "LAST_WIN" so that the key inserted at last takes precedence.`, 'DUPLICATED_MAP_KEY');
    }
    seen.set(h, ks.length);
    ks.push(k);
    vs.push(values[i]);
  });
  return new MapValue(ks, vs);
}

registerScalar(['map_from_arrays'], (args, site) => {
  checkArity(site, args, 2);
  const kt = arrayArg(site, args, 0).element;
  const vt = arrayArg(site, args, 1);
  return {
    kind: 'strict', name: site.name, args, type: mapType(kt, vt.element, true), nullable: true,
    fn: (v) => {
      const ks = v[0] as unknown[];
      const vs = v[1] as unknown[];
      if (ks.length !== vs.length) throw new AnalysisException('The key array and value array of MapData must have the same length.');
      return mapOf(ks, vs, kt);
    },
  };
});
registerScalar(['map_from_entries'], (args, site) => {
  checkArity(site, args, 1);
  const at = arrayArg(site, args, 0);
  const st = at.element;
  if (st.kind !== 'struct' || st.fields.length !== 2) throw unexpectedType(site, 0, args[0]!, '"ARRAY" of pair "STRUCT"');
  const kt = st.fields[0]!.type;
  return {
    kind: 'strict', name: site.name, args, type: mapType(kt, st.fields[1]!.type, true), nullable: true,
    fn: (v) => {
      const es = v[0] as Array<unknown[] | null>;
      if (es.some((e) => e === null)) return null;
      return mapOf(es.map((e) => e![0]), es.map((e) => e![1]), kt);
    },
  };
});
registerScalar(['map_entries'], (args, site) => {
  checkArity(site, args, 1);
  const mt = mapArg(site, args, 0);
  const st = structType([field('key', mt.key, false), field('value', mt.value, mt.valueContainsNull)]);
  return { kind: 'strict', name: site.name, args, type: arrayType(st, false), nullable: true, fn: (v) => (v[0] as MapValue).keys.map((k, i) => [k, (v[0] as MapValue).values[i]]) };
});
registerScalar(['map_concat'], (args, site) => {
  const types = args.map((_, i) => mapArg(site, args, i));
  const kt = types[0]?.key ?? StringType;
  const vt = types[0]?.value ?? StringType;
  return {
    kind: 'strict', name: site.name, args, type: mapType(kt, vt, true), nullable: true,
    fn: (v) => {
      const ms = v as MapValue[];
      return mapOf(ms.flatMap((m) => [...m.keys]), ms.flatMap((m) => [...m.values]), kt);
    },
  };
});
registerScalar(['map_contains_key'], (args, site) => {
  checkArity(site, args, 2);
  const mt = mapArg(site, args, 0);
  const k = castTo(args[1]!, mt.key);
  return { kind: 'strict', name: site.name, args: [args[0]!, k], type: BooleanType, nullable: true, fn: (v) => (v[0] as MapValue).keys.some((x) => valuesEqual(x, v[1], mt.key)) };
});
registerScalar(['str_to_map'], (args, site) => {
  checkArity(site, args, 1, 3);
  const cast = args.map((a) => castTo(a, StringType));
  return {
    kind: 'strict', name: site.name, args: cast, type: mapType(StringType, StringType, true), nullable: true,
    fn: (v) => {
      const pair = (v[1] as string | undefined) ?? ',';
      const kv = (v[2] as string | undefined) ?? ':';
      const ks: string[] = [];
      const vs: Array<string | null> = [];
      for (const part of (v[0] as string).split(new RegExp(pair))) {
        const [k, ...rest] = part.split(new RegExp(kv));
        ks.push(k!);
        vs.push(rest.length ? rest.join(kv) : null);
      }
      return mapOf(ks, vs, StringType);
    },
  };
});
registerScalar(['shuffle'], (args, site) => {
  checkArity(site, args, 1, 2);
  arrayArg(site, args, 0);
  const seedArg = args[1];
  const seed = seedArg && seedArg.kind === 'literal' && seedArg.value !== null ? BigInt(seedArg.value as number | bigint) : BigInt(Math.floor(Math.random() * 2 ** 53));
  // Spark's RandomIndicesGenerator: XORShiftRandom(seed + partitionIndex), inside-out Fisher-Yates per row.
  return {
    kind: 'stateful', name: site.name, args: args.slice(0, 1), type: args[0]!.type, nullable: true,
    init: () => {
      const rng = new XORShiftRandom(seed);
      return (v) => {
        if (v[0] === null) return null;
        const xs = v[0] as unknown[];
        const idx = xs.map((_, i) => i);
        for (let i = 0; i < xs.length; i++) {
          const j = rng.nextInt(i + 1);
          if (j !== i) {
            idx[i] = idx[j]!;
            idx[j] = i;
          }
        }
        return idx.map((i) => xs[i]);
      };
    },
  };
});
