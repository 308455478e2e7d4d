/** Building blocks the analyzer and function library use to insert implicit casts. */
import {
  adjustedDecimal, decimalForIntegral, Decimal, DoubleType, isNumeric, sameType, simpleString, StringType,
  tightestCommonType, widerCommonType,
} from '../types';
import type { DataType, DecimalType } from '../types';
import type { BoundExpr } from './bound';
import { castFn } from './cast';

export function castTo(e: BoundExpr, to: DataType): BoundExpr {
  if (sameType(e.type, to)) return e;
  if (e.kind === 'literal') {
    const v = e.value === null ? null : castFn(e.type, to)(e.value);
    return { kind: 'literal', value: v, type: to, nullable: v === null };
  }
  const f = castFn(e.type, to);
  return { kind: 'strict', name: 'cast', args: [e], fn: (a) => f(a[0]), type: to, nullable: true };
}

/** The decimal type an integral literal needs (DecimalType.fromLiteral), else the type's own decimal. */
export function decimalOf(e: BoundExpr): DecimalType | null {
  if (e.type.kind === 'decimal') return e.type;
  if (e.kind === 'literal' && e.value !== null && (e.type.kind === 'int' || e.type.kind === 'long' || e.type.kind === 'short' || e.type.kind === 'byte')) {
    const digits = String(e.value).replace('-', '').length;
    return { kind: 'decimal', precision: Math.max(digits, 1), scale: 0 };
  }
  return decimalForIntegral(e.type);
}

/** Casts every expression to one common type (findWiderCommonType), or returns null. */
export function coerceAll(es: BoundExpr[], allowString = true): BoundExpr[] | null {
  let t: DataType | null = es[0]?.type ?? null;
  for (let i = 1; i < es.length && t; i++) t = allowString ? widerCommonType(t, es[i]!.type) : tightestCommonType(t, es[i]!.type);
  if (!t) return null;
  const target = t;
  return es.map((e) => castTo(e, target));
}

/** Types for a binary comparison (findCommonTypeForBinaryComparison, non-ANSI). */
export function comparisonType(a: DataType, b: DataType): DataType | null {
  if (sameType(a, b)) return a;
  if (a.kind === 'null') return b;
  if (b.kind === 'null') return a;
  if (a.kind === 'string' && (b.kind === 'date' || b.kind === 'timestamp' || b.kind === 'timestamp_ntz')) return b;
  if (b.kind === 'string' && (a.kind === 'date' || a.kind === 'timestamp' || a.kind === 'timestamp_ntz')) return a;
  if (a.kind === 'string' && isAtomicNonString(b)) return b.kind === 'decimal' || isNumeric(b) ? numericForString(b) : b;
  if (b.kind === 'string' && isAtomicNonString(a)) return a.kind === 'decimal' || isNumeric(a) ? numericForString(a) : a;
  return tightestCommonType(a, b) ?? widerCommonType(a, b);
}

function numericForString(t: DataType): DataType {
  // Comparing a string with a decimal goes through double, as Spark does.
  return t.kind === 'decimal' ? DoubleType : t;
}

function isAtomicNonString(t: DataType): boolean {
  return t.kind !== 'string' && t.kind !== 'array' && t.kind !== 'map' && t.kind !== 'struct';
}

export function typeName(t: DataType): string {
  return simpleString(t);
}

export { adjustedDecimal, Decimal, StringType };
