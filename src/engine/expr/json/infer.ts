/**
 * Spark 3.5's JsonInferSchema over parsed JSON (the JSON reader without a schema, and
 * schema_of_json): integers that fit a long → long, larger ones → decimal(p, 0) (double past
 * 38 digits), other numbers → double (decimal with prefersDecimal), strings, booleans, objects →
 * structs with their fields sorted by name, arrays → arrays of the merged element type; types
 * merged as compatibleType does (long and double → double, decimals widened, anything else →
 * string); canonicalizeType turns null-only types into string (or drops them with
 * dropFieldIfAllNull) and drops empty structs.
 */
import { Decimal, arrayType, decimalType, field, structType } from '../../types';
import type { DataType } from '../../types';
import { JNum } from './parse';
import type { JValue } from './parse';

export interface JsonInferOptions {
  readonly primitivesAsString?: boolean;
  readonly prefersDecimal?: boolean;
  readonly dropFieldIfAllNull?: boolean;
}

const STRING: DataType = { kind: 'string' };
const DOUBLE: DataType = { kind: 'double' };
const NULL: DataType = { kind: 'null' };
const LONG_MIN = -(2n ** 63n);
const LONG_MAX = 2n ** 63n - 1n;

function numberType(n: JNum, o: JsonInferOptions): DataType {
  if (!n.isInt) {
    // prefersDecimal: a float that fits decimal(38) reads as decimal(max(precision, scale), scale) of its digits.
    const d = o.prefersDecimal && Number.isFinite(Number(n.text)) ? Decimal.fromString(n.text) : null;
    if (d !== null && Math.max(d.precision(), d.scale) <= 38) return decimalType(Math.max(d.precision(), d.scale), d.scale);
    return DOUBLE;
  }
  const v = BigInt(n.text);
  if (v >= LONG_MIN && v <= LONG_MAX) return { kind: 'long' };
  const digits = n.text.replace('-', '').length;
  return digits <= 38 ? decimalType(digits, 0) : DOUBLE;
}

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The type JsonInferSchema.inferField gives one parsed value (null → the null type). */
export function inferJsonType(v: JValue, o: JsonInferOptions = {}): DataType {
  if (v === null) return NULL;
  if (typeof v === 'boolean') return o.primitivesAsString ? STRING : { kind: 'boolean' };
  if (typeof v === 'string') return STRING;
  if (v instanceof JNum) return o.primitivesAsString ? STRING : numberType(v, o);
  if (Array.isArray(v)) return arrayType(v.reduce<DataType>((t, e) => mergeJsonTypes(t, inferJsonType(e, o)), NULL), true);
  return structType([...v.keys()].sort(byName).map((k) => field(k, inferJsonType(v.get(k)!, o), true)));
}

/** The decimal that holds every value of an integral type (DecimalType.forType). */
const integralDecimal = (t: DataType): DataType => decimalType(t.kind === 'long' ? 20 : 10, 0);
const numeric = (t: DataType) => t.kind === 'long' || t.kind === 'double';

/** JsonInferSchema.compatibleType. */
export function mergeJsonTypes(a: DataType, b: DataType): DataType {
  if (a.kind === 'null') return b;
  if (b.kind === 'null') return a;
  if (a.kind === b.kind && a.kind !== 'struct' && a.kind !== 'array' && a.kind !== 'decimal') return a;
  if (numeric(a) && numeric(b)) return DOUBLE;
  if ((a.kind === 'double' && b.kind === 'decimal') || (a.kind === 'decimal' && b.kind === 'double')) return DOUBLE;
  if (a.kind === 'decimal' && b.kind === 'decimal') {
    const scale = Math.max(a.scale, b.scale);
    const range = Math.max(a.precision - a.scale, b.precision - b.scale);
    return range + scale > 38 ? DOUBLE : decimalType(range + scale, scale);
  }
  if (a.kind === 'long' && b.kind === 'decimal') return mergeJsonTypes(integralDecimal(a), b);
  if (a.kind === 'decimal' && b.kind === 'long') return mergeJsonTypes(a, integralDecimal(b));
  if (a.kind === 'array' && b.kind === 'array') return arrayType(mergeJsonTypes(a.element, b.element), true);
  if (a.kind === 'struct' && b.kind === 'struct') {
    const names = [...new Set([...a.fields.map((f) => f.name), ...b.fields.map((f) => f.name)])].sort(byName);
    return structType(names.map((n) => field(n, mergeJsonTypes(a.fields.find((f) => f.name === n)?.type ?? NULL, b.fields.find((f) => f.name === n)?.type ?? NULL), true)));
  }
  return STRING;
}

/** JsonInferSchema.canonicalizeType: null-only types become string (or go, with dropFieldIfAllNull); empty structs go (SPARK-8093). */
export function canonicalJsonType(t: DataType, o: JsonInferOptions = {}): DataType | null {
  if (t.kind === 'null') return o.dropFieldIfAllNull ? null : STRING;
  if (t.kind === 'array') {
    const e = canonicalJsonType(t.element, o);
    return e === null ? null : arrayType(e, true);
  }
  if (t.kind === 'struct') {
    const fs = t.fields.filter((f) => f.name !== '').flatMap((f) => {
      const c = canonicalJsonType(f.type, o);
      return c === null ? [] : [field(f.name, c, true)];
    });
    return fs.length ? structType(fs) : null;
  }
  return t;
}
