/**
 * Values crossing between Python and the SQL engine: PySpark's schema inference for
 * createDataFrame (int → long, float → double, str → string, list → array, dict → map),
 * Python values stored as the engine's (long as bigint), and engine rows back as Python.
 */
import { MapValue, arrayType, field, mapType } from '../types';
import type { DataType, StructField } from '../types';
import type { Row } from '../expr';
import { prettyCell } from './show';
import { PyDict, PyFloat, floatValue, isFloat, isInt, mkFloat, pyErr } from '../values/py';

const typeLabel = (t: DataType): string => ({
  null: 'NullType', boolean: 'BooleanType', long: 'LongType', double: 'DoubleType', string: 'StringType',
  array: 'ArrayType', map: 'MapType',
} as Record<string, string>)[t.kind] ?? t.kind;

/** PySpark's `_infer_type` for the plain Python values (nested Rows are not inferred yet). */
export function inferType(v: unknown): DataType {
  if (v === null || v === undefined) return { kind: 'null' };
  if (typeof v === 'boolean') return { kind: 'boolean' };
  if (isInt(v)) return { kind: 'long' };
  if (isFloat(v)) return { kind: 'double' };
  if (typeof v === 'string') return { kind: 'string' };
  if (Array.isArray(v)) return arrayType(v.reduce<DataType>((t, e) => mergeType(t, inferType(e)), { kind: 'null' }), true);
  if (v instanceof PyDict) {
    let k: DataType = { kind: 'null' };
    let val: DataType = { kind: 'null' };
    for (const [kk, vv] of v.entries()) {
      k = mergeType(k, inferType(kk));
      val = mergeType(val, inferType(vv));
    }
    return mapType(k, val, true);
  }
  throw pyErr('TypeError', `[CANNOT_INFER_TYPE_FOR_FIELD] type ${typeof v} is not supported by Flint's createDataFrame yet.`);
}

/** PySpark's `_merge_type`: NullType gives way, anything else must agree. */
export function mergeType(a: DataType, b: DataType): DataType {
  if (a.kind === 'null') return b;
  if (b.kind === 'null') return a;
  if (a.kind === 'array' && b.kind === 'array') return arrayType(mergeType(a.element, b.element), true);
  if (a.kind === 'map' && b.kind === 'map') return mapType(mergeType(a.key, b.key), mergeType(a.value, b.value), true);
  if (a.kind !== b.kind) throw pyErr('TypeError', `[CANNOT_MERGE_TYPE] Can not merge type \`${typeLabel(a)}\` and \`${typeLabel(b)}\`.`);
  return a;
}

/** Fields for rows of Python values under the given column names (all nullable, as PySpark infers). */
export function inferFields(names: readonly string[], rows: readonly (readonly unknown[])[]): StructField[] {
  return names.map((name, i) => {
    const t = rows.reduce<DataType>((acc, r) => mergeType(acc, inferType(r[i])), { kind: 'null' });
    if (t.kind === 'null') throw pyErr('ValueError', '[CANNOT_DETERMINE_TYPE] Some of types cannot be determined after inferring.');
    return field(name, t, true);
  });
}

const num = (v: unknown): number => (v instanceof PyFloat ? floatValue(v) : Number(v));

/** A Python value as the engine stores a value of type `t`. */
export function toEngine(v: unknown, t: DataType): unknown {
  if (v === null || v === undefined) return null;
  switch (t.kind) {
    case 'long': return typeof v === 'bigint' ? v : BigInt(Math.trunc(num(v)));
    case 'byte': case 'short': case 'int': return Math.trunc(num(v));
    case 'float': case 'double': return num(v);
    case 'boolean': return Boolean(v);
    case 'string': return typeof v === 'string' ? v : String(v);
    case 'array': return (v as unknown[]).map((e) => toEngine(e, t.element));
    case 'map': {
      const d = v as PyDict;
      const keys: unknown[] = [];
      const values: unknown[] = [];
      for (const [k, val] of d.entries()) {
        keys.push(toEngine(k, t.key));
        values.push(toEngine(val, t.value));
      }
      return new MapValue(keys, values);
    }
    default: return v;
  }
}

export function rowToEngine(values: readonly unknown[], fields: readonly StructField[]): Row {
  return fields.map((f, i) => toEngine(values[i], f.type));
}

/** An engine value as Python sees it; `makeRow` builds a pyspark Row for struct values. */
export function toPython(v: unknown, t: DataType, makeRow: (names: string[], values: unknown[]) => unknown): unknown {
  if (v === null || v === undefined) return null;
  switch (t.kind) {
    case 'long': {
      const b = v as bigint | number;
      return typeof b === 'bigint' && b >= BigInt(Number.MIN_SAFE_INTEGER) && b <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(b) : b;
    }
    case 'float': case 'double': return mkFloat(v as number);
    case 'array': return (v as unknown[]).map((e) => toPython(e, t.element, makeRow));
    case 'map': {
      const m = v as MapValue;
      const d = new PyDict();
      m.keys.forEach((k, i) => d.set(toPython(k, t.key, makeRow), toPython(m.values[i], t.value, makeRow)));
      return d;
    }
    case 'struct': {
      const vals = v as unknown[];
      return makeRow(t.fields.map((f) => f.name), t.fields.map((f, i) => toPython(vals[i], f.type, makeRow)));
    }
    // Decimals, dates and timestamps have no Python counterpart in PyFlint yet: their SQL text stands in.
    case 'decimal': case 'date': case 'timestamp': case 'timestamp_ntz': case 'interval': case 'daytime': case 'yearmonth': case 'binary':
      return prettyCell(v, t);
    case 'null': case 'boolean': case 'byte': case 'short': case 'int': case 'string':
      return v;
    default: {
      const never: never = t;
      throw new Error(`unexpected type ${JSON.stringify(never)}`);
    }
  }
}
