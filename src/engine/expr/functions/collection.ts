/** Arrays, maps and structs: constructors, access, and higher-order functions. */
import { arrayType, BooleanType, IntegerType, mapType, MapValue, NullType, structType, field, StringType, sqlName } from '../../types';
import type { DataType } from '../../types';
import type { BoundExpr } from '../bound';
import { compareValues, hashKey, valuesEqual } from '../compare';
import { castTo, coerceAll } from '../coerce';
import { AnalysisException, SparkRuntimeException } from '../sql-errors';
import { checkArity, registerScalar, unexpectedType } from './registry';

registerScalar(['array'], (args, site) => {
  const c = args.length === 0 ? [] : coerceAll(args);
  if (!c) throw new AnalysisException(`Cannot resolve "${site.sql}" due to data type mismatch: Input to function \`array\` should all be the same type.`, 'DATATYPE_MISMATCH.DATA_DIFF_TYPES');
  const et: DataType = c[0]?.type ?? NullType;
  return { kind: 'lenient', name: 'array', args: c, type: arrayType(et.kind === 'null' && c.length === 0 ? StringType : et, c.some((a) => a.nullable)), nullable: false, fn: (a) => a.slice() };
});
registerScalar(['map'], (args, site) => {
  if (args.length % 2 !== 0) throw new AnalysisException(`Cannot resolve "${site.sql}" due to data type mismatch: map expects a positive even number of arguments.`, 'WRONG_NUM_ARGS.WITHOUT_SUGGESTION');
  const keys = coerceAll(args.filter((_, i) => i % 2 === 0)) ?? [];
  const vals = coerceAll(args.filter((_, i) => i % 2 === 1)) ?? [];
  const kt = keys[0]?.type ?? StringType;
  const vt = vals[0]?.type ?? StringType;
  const all: BoundExpr[] = [];
  keys.forEach((k, i) => all.push(k, vals[i]!));
  return {
    kind: 'lenient', name: 'map', args: all, type: mapType(kt, vt, vals.some((v) => v.nullable)), nullable: false,
    fn: (a) => {
      const ks: unknown[] = [];
      const vs: unknown[] = [];
      for (let i = 0; i < a.length; i += 2) {
        const j = ks.findIndex((k) => hashKey(k, kt) === hashKey(a[i], kt));
        if (j >= 0) vs[j] = a[i + 1];
        else {
          ks.push(a[i]);
          vs.push(a[i + 1]);
        }
      }
      return new MapValue(ks, vs);
    },
  };
});
registerScalar(['named_struct'], (args) => {
  const fields = [];
  const vals: BoundExpr[] = [];
  for (let i = 0; i + 1 < args.length; i += 2) {
    const n = args[i]!;
    fields.push(field(String(n.kind === 'literal' ? n.value : `col${i / 2 + 1}`), args[i + 1]!.type, args[i + 1]!.nullable));
    vals.push(args[i + 1]!);
  }
  return { kind: 'lenient', name: 'named_struct', args: vals, type: structType(fields), nullable: false, fn: (a) => a.slice() };
});
registerScalar(['size', 'cardinality'], (args, site) => {
  checkArity(site, args, 1);
  const t = args[0]!.type.kind;
  if (t !== 'array' && t !== 'map' && t !== 'null') throw unexpectedType(site, 0, args[0]!, '("ARRAY" or "MAP")');
  return { kind: 'lenient', name: 'size', args, type: IntegerType, nullable: false, fn: (a) => (a[0] === null ? -1 : Array.isArray(a[0]) ? a[0].length : (a[0] as MapValue).size) };
});
registerScalar(['array_contains'], (args, site) => {
  checkArity(site, args, 2);
  const at = args[0]!.type;
  if (at.kind !== 'array') {
    throw new AnalysisException(`Cannot resolve "${site.sql}" due to data type mismatch: Input to \`array_contains\` should have been "ARRAY" followed by a value with same element type, but it's ["${sqlName(at)}", "${sqlName(args[1]!.type)}"].`, 'DATATYPE_MISMATCH.ARRAY_FUNCTION_DIFF_TYPES');
  }
  const c = coerceAll([{ ...args[1]!, type: at.element } as BoundExpr, args[1]!], false);
  if (!c) {
    throw new AnalysisException(`Cannot resolve "${site.sql}" due to data type mismatch: Input to \`array_contains\` should have been "ARRAY" followed by a value with same element type, but it's ["${sqlName(at)}", "${sqlName(args[1]!.type)}"].`, 'DATATYPE_MISMATCH.ARRAY_FUNCTION_DIFF_TYPES');
  }
  const et = c[0]!.type;
  const arr = castTo(args[0]!, arrayType(et));
  const val = castTo(args[1]!, et);
  return {
    kind: 'strict', name: 'array_contains', args: [arr, val], type: BooleanType, nullable: true,
    fn: (a) => {
      let sawNull = false;
      for (const e of a[0] as unknown[]) {
        if (e === null) sawNull = true;
        else if (valuesEqual(e, a[1], et)) return true;
      }
      return sawNull ? null : false;
    },
  };
});
registerScalar(['sort_array'], (args, site) => {
  checkArity(site, args, 1, 2);
  const t = args[0]!.type;
  if (t.kind !== 'array') throw unexpectedType(site, 0, args[0]!, '"ARRAY"');
  if (args[1] && (args[1].kind !== 'literal' || args[1].type.kind !== 'boolean' || args[1].value === null)) {
    throw new AnalysisException(`Cannot resolve "${site.sql}" due to data type mismatch: Sort order in second argument requires a boolean literal.`, 'DATATYPE_MISMATCH.SORT_ORDER_NOT_BOOLEAN_LITERAL');
  }
  const asc = args[1] ? args[1].value === true : true;
  return {
    kind: 'strict', name: `sort_array#${asc}`, args: args.slice(0, 1), type: t, nullable: true,
    fn: (a) => [...(a[0] as unknown[])].sort((x, y) => (asc ? 1 : -1) * compareValues(x, y, t.element)),
  };
});
registerScalar(['array_sort'], (args, site) => {
  checkArity(site, args, 1, 2);
  const t = args[0]!.type;
  if (t.kind !== 'array') throw unexpectedType(site, 0, args[0]!, '"ARRAY"');
  if (args.length === 2) {
    // A comparator lambda (left, right) -> int; Spark sorts with it as Java's TimSort would (stable).
    return {
      kind: 'higherOrder', name: 'array_sort', args, type: t, nullable: true,
      fn: (v, call) => {
        if (v[0] === null) return null;
        return [...(v[0] as unknown[])].sort((x, y) => {
          const c = call(1, [x, y]);
          if (c === null) throw new SparkRuntimeException('The comparator has returned a NULL for a comparison.', 'COMPARATOR_RETURNS_NULL');
          return Number(c);
        });
      },
    };
  }
  return {
    kind: 'strict', name: 'array_sort', args, type: t, nullable: true,
    fn: (a) => [...(a[0] as unknown[])].sort((x, y) => (x === null ? (y === null ? 0 : 1) : y === null ? -1 : compareValues(x, y, t.element))),
  };
});
registerScalar(['element_at'], (args, site) => {
  checkArity(site, args, 2);
  return subscript(args[0]!, args[1]!, true, site.sql);
});
export function subscript(base: BoundExpr, index: BoundExpr, oneBased: boolean, sql: string): BoundExpr {
  const t = base.type;
  if (t.kind === 'array') {
    const idx = castTo(index, IntegerType);
    return {
      kind: 'strict', name: oneBased ? 'element_at' : 'subscript', args: [base, idx], type: t.element, nullable: true,
      fn: (a) => {
        const arr = a[0] as unknown[];
        let i = a[1] as number;
        if (oneBased) {
          if (i === 0) return null;
          i = i > 0 ? i - 1 : arr.length + i;
        }
        return i >= 0 && i < arr.length ? arr[i] : null;
      },
    };
  }
  if (t.kind === 'map') {
    const k = castTo(index, t.key);
    return {
      kind: 'strict', name: 'subscript', args: [base, k], type: t.value, nullable: true,
      fn: (a) => {
        const m = a[0] as MapValue;
        const i = m.keys.findIndex((x) => valuesEqual(x, a[1], t.key));
        return i < 0 ? null : m.values[i];
      },
    };
  }
  if (t.kind === 'struct' && !oneBased && index.kind === 'literal' && typeof index.value === 'string') {
    // struct['name'] extracts a field (ExtractValue), case-insensitively as the analyzer resolves it.
    const want = index.value.toLowerCase();
    const i = t.fields.findIndex((f) => f.name.toLowerCase() === want);
    if (i >= 0) {
      const f = t.fields[i]!;
      return { kind: 'strict', name: `getfield#${i}`, args: [base], type: f.type, nullable: true, fn: (a) => (a[0] as unknown[])[i] };
    }
    throw new AnalysisException(`No such struct field \`${index.value}\` in ${t.fields.map((f) => `\`${f.name}\``).join(', ')}.`, 'FIELD_NOT_FOUND');
  }
  throw new AnalysisException(`Cannot resolve "${sql}" due to data type mismatch: The first argument should be an array or map.`, 'DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE');
}
registerScalar(['map_keys'], (args) => {
  const t = args[0]!.type;
  return { kind: 'strict', name: 'map_keys', args, type: arrayType(t.kind === 'map' ? t.key : StringType), nullable: true, fn: (a) => [...(a[0] as MapValue).keys] };
});
registerScalar(['map_values'], (args) => {
  const t = args[0]!.type;
  return { kind: 'strict', name: 'map_values', args, type: arrayType(t.kind === 'map' ? t.value : StringType), nullable: true, fn: (a) => [...(a[0] as MapValue).values] };
});
registerScalar(['array_distinct'], (args) => {
  const t = args[0]!.type;
  const et = t.kind === 'array' ? t.element : StringType;
  return {
    kind: 'strict', name: 'array_distinct', args, type: t, nullable: true,
    fn: (a) => {
      const seen = new Set<string>();
      return (a[0] as unknown[]).filter((e) => {
        const k = hashKey(e, et);
        if (seen.has(k)) return false;
        seen.add(k);
        return true;
      });
    },
  };
});
registerScalar(['array_max', 'array_min'], (args, site) => {
  const t = args[0]!.type;
  const et = t.kind === 'array' ? t.element : StringType;
  const sign = site.name === 'array_max' ? 1 : -1;
  return {
    kind: 'strict', name: site.name, args, type: et, nullable: true,
    fn: (a) => {
      let best: unknown = null;
      for (const e of a[0] as unknown[]) if (e !== null && (best === null || sign * compareValues(e, best, et) > 0)) best = e;
      return best;
    },
  };
});
registerScalar(['array_join'], (args) => ({
  kind: 'strict', name: 'array_join', args: [args[0]!, ...args.slice(1, 3).map((a) => castTo(a, StringType))], type: StringType, nullable: true,
  // With a null replacement, nulls print as it; without one they are skipped.
  fn: (a) => (a[0] as unknown[]).flatMap((e) => (e !== null ? [String(e)] : a.length > 2 ? [a[2] as string] : [])).join(a[1] as string),
}));
registerScalar(['sequence'], (args) => {
  const t = args[0]!.type;
  return {
    kind: 'strict', name: 'sequence', args, type: arrayType(t), nullable: true,
    fn: (a) => {
      const big = typeof a[0] === 'bigint';
      const s = Number(a[0]);
      const e = Number(a[1]);
      const step = a[2] !== undefined ? Number(a[2]) : s <= e ? 1 : -1;
      const out: unknown[] = [];
      for (let x = s; step > 0 ? x <= e : x >= e; x += step) out.push(big ? BigInt(x) : x);
      return out;
    },
  };
});

/** transform/filter/exists/aggregate over arrays with lambda arguments. */
function hof(name: string, type: (args: BoundExpr[]) => DataType, fn: (vals: unknown[], call: (f: number, v: unknown[]) => unknown) => unknown): void {
  registerScalar(name, (args) => ({ kind: 'higherOrder', name, args, type: type(args), nullable: true, fn }));
}
hof('transform', (args) => arrayType(args[1]!.type), (v, call) => (v[0] === null ? null : (v[0] as unknown[]).map((e, i) => call(1, [e, i]))));
hof('filter', (args) => args[0]!.type, (v, call) => (v[0] === null ? null : (v[0] as unknown[]).filter((e, i) => call(1, [e, i]) === true)));
hof('exists', () => BooleanType, (v, call) => (v[0] === null ? null : (v[0] as unknown[]).some((e) => call(1, [e]) === true)));
hof('forall', () => BooleanType, (v, call) => (v[0] === null ? null : (v[0] as unknown[]).every((e) => call(1, [e]) === true)));
hof('aggregate', (args) => (args.length > 3 ? args[3]!.type : args[1]!.type), (v, call) => {
  if (v[0] === null) return null;
  let acc = v[1];
  for (const e of v[0] as unknown[]) acc = call(2, [acc, e]);
  return v.length > 3 ? call(3, [acc]) : acc;
});
