/**
 * CSVInferSchema's per-value test, read from character codes: ingest calls it once per cell,
 * so it avoids regexes and only builds a BigInt for integers past the exact-double range.
 */
import { parseDate, parseTimestamp } from '../types';
import type { DataType } from '../types';

const D0 = 48;
const D9 = 57;
const isDigit = (c: number) => c >= D0 && c <= D9;
const isSign = (c: number) => c === 43 || c === 45;

/** Digits count when `v` is `[+-]?\d+`, else -1. */
function intDigits(v: string): number {
  const n = v.length;
  const i = n > 0 && isSign(v.charCodeAt(0)) ? 1 : 0;
  if (i === n) return -1;
  for (let j = i; j < n; j++) if (!isDigit(v.charCodeAt(j))) return -1;
  return n - i;
}

// Shared results, so inferring a million cells allocates nothing; readCsv copies the final type.
const INT: DataType = { kind: 'int' };
const LONG: DataType = { kind: 'long' };
const DOUBLE: DataType = { kind: 'double' };
const DATE: DataType = { kind: 'date' };
const TIMESTAMP: DataType = { kind: 'timestamp' };
const BOOLEAN: DataType = { kind: 'boolean' };
const STRING: DataType = { kind: 'string' };

const INT_MIN = -(2 ** 31);
const INT_END = 2 ** 31;
const LONG_MIN = -(2n ** 63n);
const LONG_END = 2n ** 63n;

function intType(v: string, digits: number): DataType {
  // Up to 15 digits a double holds the value exactly, so the int bound needs no BigInt.
  if (digits <= 15) {
    const x = Number(v);
    return x >= INT_MIN && x < INT_END ? INT : LONG;
  }
  const b = BigInt(v);
  if (b >= LONG_MIN && b < LONG_END) return b >= BigInt(INT_MIN) && b < BigInt(INT_END) ? INT : LONG;
  return { kind: 'decimal', precision: digits, scale: 0 };
}

/** `[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?[dDfF]?`, a signed NaN / Infinity, `Inf` or `-Inf`, whole string. */
export function isDoubleText(v: string): boolean {
  const n = v.length;
  let i = n > 0 && isSign(v.charCodeAt(0)) ? 1 : 0;
  const rest = i === 0 ? v : v.slice(i);
  // Java's toDouble (signed NaN / Infinity) or the default positiveInf / negativeInf (`Inf`, `-Inf`; not `+Inf`).
  if (rest === 'NaN' || rest === 'Infinity' || (rest === 'Inf' && v.charCodeAt(0) !== 43)) return true;
  let mantissa = 0;
  while (i < n && isDigit(v.charCodeAt(i))) { i++; mantissa++; }
  if (i < n && v.charCodeAt(i) === 46) {
    i++;
    while (i < n && isDigit(v.charCodeAt(i))) { i++; mantissa++; }
  }
  if (mantissa === 0) return false;
  if (i < n && (v.charCodeAt(i) | 32) === 101) {
    i++;
    if (i < n && isSign(v.charCodeAt(i))) i++;
    const e0 = i;
    while (i < n && isDigit(v.charCodeAt(i))) i++;
    if (i === e0) return false;
  }
  if (i < n) {
    const c = v.charCodeAt(i) | 32;
    if (c === 100 || c === 102) i++;
  }
  return i === n;
}

/** `\d{4}-\d{2}-\d{2}` at the start of `v`. */
function datePrefix(v: string): boolean {
  if (v.length < 10 || v.charCodeAt(4) !== 45 || v.charCodeAt(7) !== 45) return false;
  for (const j of [0, 1, 2, 3, 5, 6, 8, 9]) if (!isDigit(v.charCodeAt(j))) return false;
  return true;
}

/** After a date prefix: `[ T]\d{2}:\d{2}`. */
function timeAfterDate(v: string): boolean {
  if (v.length < 16) return false;
  const sep = v.charCodeAt(10);
  return (sep === 32 || sep === 84) && isDigit(v.charCodeAt(11)) && isDigit(v.charCodeAt(12)) && v.charCodeAt(13) === 58 && isDigit(v.charCodeAt(14)) && isDigit(v.charCodeAt(15));
}

export function inferField(v: string): DataType {
  const digits = intDigits(v);
  if (digits > 0) return intType(v, digits);
  if (isDoubleText(v)) return DOUBLE;
  if (datePrefix(v)) {
    if (v.length === 10 && parseDate(v) !== null) return DATE;
    if (timeAfterDate(v) && parseTimestamp(v) !== null) return TIMESTAMP;
  }
  if (v.length === 4 || v.length === 5) {
    const l = v.toLowerCase();
    if (l === 'true' || l === 'false') return BOOLEAN;
  }
  return STRING;
}

const RANK: Record<string, number> = { null: 0, int: 1, long: 2, decimal: 3, double: 4 };

export function mergeTypes(a: DataType, b: DataType): DataType {
  if (a.kind === 'null') return b;
  if (b.kind === 'null' || a.kind === b.kind) return a;
  if (a.kind in RANK && b.kind in RANK) {
    if (a.kind === 'decimal' || b.kind === 'decimal') return (a.kind === 'double' || b.kind === 'double') ? { kind: 'double' } : (a.kind === 'decimal' ? a : b);
    return RANK[a.kind]! >= RANK[b.kind]! ? a : b;
  }
  if ((a.kind === 'date' && b.kind === 'timestamp') || (a.kind === 'timestamp' && b.kind === 'date')) return { kind: 'timestamp' };
  return { kind: 'string' };
}
