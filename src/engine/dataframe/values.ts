/**
 * Values crossing between Python and the SQL engine: PySpark's schema inference for
 * createDataFrame (int → long, float → double, str → string, list → array, dict → map),
 * Python values stored as the engine's (long as bigint), and engine rows back as Python.
 */
import { MapValue, MatrixUDT, VectorUDT, arrayType, daysFromCivil, decimalType, field, mapType, parseDate, parseTimestamp, structType, toLocalMicros, toUtcMicros, Decimal } from '../types';
import type { DataType, StructField, UdtInfo } from '../types';
import type { Row } from '../expr';
import { prettyCell } from './show';
import { PyByteArray, PyBytes, PyDict, PyFloat, PyTuple, call, floatValue, getattr, toArray, isFloat, isInt, mkFloat, pyErr, str as pyStr, typeOf } from '../values/py';

/** Python objects with a Spark counterpart: pyspark Rows, datetime values, decimals. */
function pyKind(v: unknown): 'row' | 'datetime' | 'date' | 'decimal' | 'vector' | 'matrix' | null {
  if (v === null || typeof v !== 'object') return null;
  const t = typeOf(v);
  if (t.module === 'pyspark.ml.linalg' || t.module === 'pyspark.mllib.linalg') {
    if (t.name === 'DenseVector' || t.name === 'SparseVector') return 'vector';
    if (t.name === 'DenseMatrix' || t.name === 'SparseMatrix') return 'matrix';
  }
  if (t.name === 'Row' && t.module === 'pyspark.sql.types') return 'row';
  if (t.module === 'datetime' && (t.name === 'datetime' || t.name === 'date')) return t.name;
  if (t.name === 'Decimal' && t.module === 'decimal') return 'decimal';
  return null;
}

/** A Row's field names (null for a positional Row) and values. */
function rowParts(v: unknown): { names: string[] | null; values: unknown[] } {
  const names = getattr(v, '__fields__');
  return { names: names === null ? null : (names as string[]), values: getattr(v, '_values') as unknown[] };
}

function structValues(v: unknown): unknown[] {
  if (v instanceof PyTuple) return v.items;
  if (pyKind(v) === 'row') return rowParts(v).values;
  return v as unknown[];
}

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
  if (v instanceof PyTuple) return structType(v.items.map((e, i) => field(`_${i + 1}`, inferType(e), true)));
  if (v instanceof PyBytes) return { kind: 'binary' };
  switch (pyKind(v)) {
    case 'row': {
      const { names, values } = rowParts(v);
      return structType(values.map((e, i) => field(names ? names[i]! : `_${i + 1}`, inferType(e), true)));
    }
    case 'datetime': return { kind: 'timestamp' };
    case 'date': return { kind: 'date' };
    case 'decimal': return decimalType(38, 18);
    case 'vector': return VectorUDT;
    case 'matrix': return MatrixUDT;
    case null: break;
  }
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
  if (a.kind === 'struct' && b.kind === 'struct' && (a.udt || b.udt)) {
    if (a.udt?.name !== b.udt?.name) throw pyErr('TypeError', `[CANNOT_MERGE_TYPE] Can not merge type \`${typeLabel(a)}\` and \`${typeLabel(b)}\`.`);
    return a;
  }
  if (a.kind === 'struct' && b.kind === 'struct' && a.fields.length === b.fields.length) {
    return structType(a.fields.map((f, i) => field(f.name, mergeType(f.type, b.fields[i]!.type), true)));
  }
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
    case 'struct': {
      // A user-defined type's Python object serializes itself to its sqlType's values.
      const vals = t.udt && pyKind(v) === t.udt.name ? toArray(call(getattr(v, '_serialize'), [])) : structValues(v);
      return t.fields.map((f, i) => toEngine(vals[i], f.type));
    }
    case 'date': {
      if (typeof v === 'string') return parseDate(v);
      if (typeof v === 'number') return v;
      return daysFromCivil(Number(getattr(v, 'year')), Number(getattr(v, 'month')), Number(getattr(v, 'day')));
    }
    case 'timestamp': case 'timestamp_ntz': {
      if (typeof v === 'string') return parseTimestamp(v);
      if (typeof v === 'number') return v;
      const n = (k: string) => Number(getattr(v, k));
      const local = (daysFromCivil(n('year'), n('month'), n('day')) * 86400 + n('hour') * 3600 + n('minute') * 60 + n('second')) * 1e6 + n('microsecond');
      return t.kind === 'timestamp' ? toUtcMicros(local) : local;
    }
    case 'binary': return v instanceof PyByteArray ? v.b.slice() : v instanceof PyBytes ? v.b : v;
    case 'decimal': return pyKind(v) === 'decimal' ? Decimal.fromStringKeepScale(pyStr(v)) : v;
    default: return v;
  }
}

export function rowToEngine(values: readonly unknown[], fields: readonly StructField[]): Row {
  return fields.map((f, i) => toEngine(values[i], f.type));
}

/** An engine value as Python sees it; `makeRow` builds a pyspark Row for struct values. */
/** Builders of Python datetime values, supplied by the layer that can import the datetime module. */
export interface PyDatetimeFactory {
  date(y: number, m: number, d: number): unknown;
  datetime(y: number, mo: number, d: number, h: number, mi: number, s: number, us: number): unknown;
  /** The Python object of a user-defined type's value (its sqlType's values, as Python). */
  udt?(info: UdtInfo, values: unknown[]): unknown;
  /** A decimal.Decimal from its plain text (`15.000000`). */
  decimal?(text: string): unknown;
}

function civil(days: number): [number, number, number] {
  const dt = new Date(days * 86400000);
  return [dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate()];
}

export function toPython(v: unknown, t: DataType, makeRow: (names: string[], values: unknown[]) => unknown, dt?: PyDatetimeFactory): unknown {
  if (v === null || v === undefined) return null;
  if (dt && t.kind === 'date') return dt.date(...civil(v as number));
  if (dt && (t.kind === 'timestamp' || t.kind === 'timestamp_ntz')) {
    const local = t.kind === 'timestamp' ? toLocalMicros(v as number) : (v as number);
    const days = Math.floor(local / 86400e6);
    const rest = local - days * 86400e6;
    const secs = Math.floor(rest / 1e6);
    return dt.datetime(...civil(days), Math.floor(secs / 3600), Math.floor(secs / 60) % 60, secs % 60, rest % 1e6);
  }
  switch (t.kind) {
    case 'long': {
      const b = v as bigint | number;
      return typeof b === 'bigint' && b >= BigInt(Number.MIN_SAFE_INTEGER) && b <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(b) : b;
    }
    case 'float': case 'double': return mkFloat(v as number);
    case 'array': return (v as unknown[]).map((e) => toPython(e, t.element, makeRow, dt));
    case 'map': {
      const m = v as MapValue;
      const d = new PyDict();
      m.keys.forEach((k, i) => d.set(toPython(k, t.key, makeRow, dt), toPython(m.values[i], t.value, makeRow, dt)));
      return d;
    }
    case 'struct': {
      const vals = v as unknown[];
      if (t.udt && dt?.udt) return dt.udt(t.udt, t.fields.map((f, i) => toPython(vals[i], f.type, makeRow, dt)));
      return makeRow(t.fields.map((f) => f.name), t.fields.map((f, i) => toPython(vals[i], f.type, makeRow, dt)));
    }
    case 'decimal': return dt?.decimal ? dt.decimal((v as Decimal).toString()) : prettyCell(v, t);
    // Binary collects as bytearray, as in PySpark.
    case 'binary': return v instanceof Uint8Array ? new PyByteArray(v.slice()) : prettyCell(v, t);
    // Without a factory, dates and timestamps show as their SQL text.
    case 'date': case 'timestamp': case 'timestamp_ntz': case 'interval': case 'daytime': case 'yearmonth':
      return prettyCell(v, t);
    case 'null': case 'boolean': case 'byte': case 'short': case 'int': case 'string':
      return v;
    default: {
      const never: never = t;
      throw new Error(`unexpected type ${JSON.stringify(never)}`);
    }
  }
}
