/** Spark's implicit type widening (TypeCoercion / DecimalPrecision, non-ANSI). */
import { decimalType, DoubleType, MAX_DECIMAL_PRECISION, sameType, StringType, TimestampType } from './data-type';
import type { DataType, DecimalType } from './data-type';

const NUMERIC_ORDER = ['byte', 'short', 'int', 'long', 'float', 'double'];

/** The decimal that holds every value of an integral type. */
export function decimalForIntegral(t: DataType): DecimalType | null {
  switch (t.kind) {
    case 'byte': return decimalType(3, 0);
    case 'short': return decimalType(5, 0);
    case 'int': return decimalType(10, 0);
    case 'long': return decimalType(20, 0);
    case 'decimal': return t;
    default: return null;
  }
}

export function boundedDecimal(precision: number, scale: number): DecimalType {
  return decimalType(Math.min(precision, MAX_DECIMAL_PRECISION), Math.min(scale, MAX_DECIMAL_PRECISION));
}

/** DecimalType.adjustPrecisionScale: keep integral digits, give up scale down to 6. */
export function adjustedDecimal(precision: number, scale: number): DecimalType {
  if (precision <= MAX_DECIMAL_PRECISION) return decimalType(precision, scale);
  const intDigits = precision - scale;
  const minScale = Math.min(scale, 6);
  const adjScale = Math.max(MAX_DECIMAL_PRECISION - intDigits, minScale);
  return decimalType(MAX_DECIMAL_PRECISION, adjScale);
}

export function widerDecimal(a: DecimalType, b: DecimalType): DecimalType {
  const scale = Math.max(a.scale, b.scale);
  const range = Math.max(a.precision - a.scale, b.precision - b.scale);
  return boundedDecimal(range + scale, scale);
}

/** findTightestCommonType: numeric widening without going through strings. */
export function tightestCommonType(a: DataType, b: DataType): DataType | null {
  if (sameType(a, b)) return a;
  if (a.kind === 'null') return b;
  if (b.kind === 'null') return a;
  const ia = NUMERIC_ORDER.indexOf(a.kind);
  const ib = NUMERIC_ORDER.indexOf(b.kind);
  if (ia >= 0 && ib >= 0) return ia >= ib ? a : b;
  if (a.kind === 'decimal' || b.kind === 'decimal') {
    const other = a.kind === 'decimal' ? b : a;
    const dec = (a.kind === 'decimal' ? a : b) as DecimalType;
    if (other.kind === 'float' || other.kind === 'double') return DoubleType;
    const od = decimalForIntegral(other);
    if (od) return widerDecimal(dec, od);
    return null;
  }
  if ((a.kind === 'date' && b.kind === 'timestamp') || (a.kind === 'timestamp' && b.kind === 'date')) return TimestampType;
  if (a.kind === 'array' && b.kind === 'array') {
    const e = tightestCommonType(a.element, b.element);
    return e ? { kind: 'array', element: e, containsNull: a.containsNull || b.containsNull } : null;
  }
  if (a.kind === 'map' && b.kind === 'map') {
    const k = tightestCommonType(a.key, b.key);
    const v = tightestCommonType(a.value, b.value);
    return k && v ? { kind: 'map', key: k, value: v, valueContainsNull: a.valueContainsNull || b.valueContainsNull } : null;
  }
  if (a.kind === 'struct' && b.kind === 'struct' && a.fields.length === b.fields.length) {
    const fields = [];
    for (let i = 0; i < a.fields.length; i++) {
      const fa = a.fields[i]!;
      const fb = b.fields[i]!;
      if (fa.name.toLowerCase() !== fb.name.toLowerCase()) return null;
      const t = tightestCommonType(fa.type, fb.type);
      if (!t) return null;
      fields.push({ name: fa.name, type: t, nullable: fa.nullable || fb.nullable });
    }
    return { kind: 'struct', fields };
  }
  return null;
}

/** findWiderTypeForTwo: like tightest, but atomic types meet strings at string. */
export function widerCommonType(a: DataType, b: DataType): DataType | null {
  const t = tightestCommonType(a, b);
  if (t) return t;
  const atomic = (x: DataType) => x.kind !== 'array' && x.kind !== 'map' && x.kind !== 'struct' && x.kind !== 'binary' && x.kind !== 'boolean';
  if ((a.kind === 'string' && atomic(b)) || (b.kind === 'string' && atomic(a))) return StringType;
  if (a.kind === 'array' && b.kind === 'array') {
    const e = widerCommonType(a.element, b.element);
    return e ? { kind: 'array', element: e, containsNull: a.containsNull || b.containsNull } : null;
  }
  return null;
}

export function widerCommonTypeOf(types: readonly DataType[]): DataType | null {
  let acc: DataType | null = types[0] ?? null;
  for (let i = 1; i < types.length && acc; i++) acc = widerCommonType(acc, types[i]!);
  return acc;
}
