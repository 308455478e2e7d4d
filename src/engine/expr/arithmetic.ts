/** Binary arithmetic with Spark's result typing (DecimalPrecision) and Java overflow semantics. */
import { adjustedDecimal, DoubleType, LongType, MICROS_PER_DAY, tightestCommonType, toLocalMicros, toUtcMicros } from '../types';
import type { DataType, Decimal, DecimalType, Interval } from '../types';
import type { BoundExpr } from './bound';
import { castTo, decimalOf } from './coerce';
import { SparkRuntimeException } from './sql-errors';

export class ArithmeticTypeError extends Error {}

function wrap(t: DataType): (x: number) => number {
  switch (t.kind) {
    case 'int': return (x) => x | 0;
    case 'short': return (x) => (x << 16) >> 16;
    case 'byte': return (x) => (x << 24) >> 24;
    default: return (x) => x;
  }
}

function javaRem(a: number, b: number): number | null {
  if (b === 0) return null;
  return a % b;
}

type Op = '+' | '-' | '*' | '/' | '%' | 'div' | '&' | '|' | '^';

function resultDecimal(op: Op, a: DecimalType, b: DecimalType): DecimalType {
  const [p1, s1, p2, s2] = [a.precision, a.scale, b.precision, b.scale];
  switch (op) {
    case '+': case '-': {
      const s = Math.max(s1, s2);
      return adjustedDecimal(Math.max(p1 - s1, p2 - s2) + s + 1, s);
    }
    case '*': return adjustedDecimal(p1 + p2 + 1, s1 + s2);
    case '/': {
      const s = Math.max(6, s1 + p2 + 1);
      return adjustedDecimal(p1 - s1 + s2 + s, s);
    }
    case '%': {
      const s = Math.max(s1, s2);
      return adjustedDecimal(Math.min(p1 - s1, p2 - s2) + s, s);
    }
    default: return adjustedDecimal(Math.max(p1 - s1, p2 - s2) + Math.max(s1, s2), Math.max(s1, s2));
  }
}

export function arithmetic(op: Op, l: BoundExpr, r: BoundExpr): BoundExpr {
  // Datetime arithmetic first: date ± days, date - date, timestamp ± interval.
  const dt = datetimeArithmetic(op, l, r);
  if (dt) return dt;
  if (l.type.kind === 'string') l = castTo(l, DoubleType);
  if (r.type.kind === 'string') r = castTo(r, DoubleType);
  if (l.type.kind === 'null' && r.type.kind === 'null') {
    l = castTo(l, op === '/' ? DoubleType : { kind: 'int' });
    r = castTo(r, l.type);
  }
  const numeric = (t: DataType) => ['byte', 'short', 'int', 'long', 'float', 'double', 'decimal', 'null'].includes(t.kind);
  if (!numeric(l.type) || !numeric(r.type)) throw new ArithmeticTypeError(op);
  if (op === '&' || op === '|' || op === '^') {
    const t = tightestCommonType(l.type, r.type)!;
    const lc = castTo(l, t);
    const rc = castTo(r, t);
    const fn = t.kind === 'long'
      ? (a: unknown[]) => bitLong(op, a[0] as bigint, a[1] as bigint)
      : (a: unknown[]) => bitInt(op, a[0] as number, a[1] as number);
    return { kind: 'strict', name: op, args: [lc, rc], fn, type: t, nullable: lc.nullable || rc.nullable };
  }
  const hasDecimal = l.type.kind === 'decimal' || r.type.kind === 'decimal';
  const hasFloat = ['float', 'double'].includes(l.type.kind) || ['float', 'double'].includes(r.type.kind);
  if (op === 'div') {
    const lc = castTo(l, LongType);
    const rc = castTo(r, LongType);
    return { kind: 'strict', name: 'div', args: [lc, rc], fn: (a) => ((a[1] as bigint) === 0n ? null : BigInt.asIntN(64, (a[0] as bigint) / (a[1] as bigint))), type: LongType, nullable: true };
  }
  if (hasDecimal && !hasFloat) {
    const dl = decimalOf(l.type.kind === 'null' ? castTo(l, r.type) : l)!;
    const dr = decimalOf(r.type.kind === 'null' ? castTo(r, l.type) : r)!;
    const lc = castTo(l, dl);
    const rc = castTo(r, dr);
    const rt = resultDecimal(op, dl, dr);
    const fn = decimalOp(op, rt);
    return { kind: 'strict', name: op, args: [lc, rc], fn, type: rt, nullable: true };
  }
  if (op === '/') {
    const lc = castTo(l, DoubleType);
    const rc = castTo(r, DoubleType);
    return { kind: 'strict', name: op, args: [lc, rc], fn: (a) => ((a[1] as number) === 0 ? null : (a[0] as number) / (a[1] as number)), type: DoubleType, nullable: true };
  }
  let t = tightestCommonType(l.type, r.type)!;
  if (t.kind === 'decimal') t = DoubleType;
  const lc = castTo(l, t);
  const rc = castTo(r, t);
  const nullable = lc.nullable || rc.nullable || op === '%';
  if (t.kind === 'long') {
    const f: Record<string, (a: bigint, b: bigint) => bigint | null> = {
      '+': (a, b) => BigInt.asIntN(64, a + b),
      '-': (a, b) => BigInt.asIntN(64, a - b),
      '*': (a, b) => BigInt.asIntN(64, a * b),
      '%': (a, b) => (b === 0n ? null : a % b),
    };
    const g = f[op]!;
    return { kind: 'strict', name: op, args: [lc, rc], fn: (a) => g(a[0] as bigint, a[1] as bigint), type: t, nullable };
  }
  const w = wrap(t);
  const isF = t.kind === 'float';
  const f: Record<string, (a: number, b: number) => number | null> = {
    '+': (a, b) => a + b,
    '-': (a, b) => a - b,
    '*': (a, b) => (t.kind === 'int' ? Math.imul(a, b) : a * b),
    '%': javaRem,
  };
  const g = f[op]!;
  return {
    kind: 'strict', name: op, args: [lc, rc], type: t, nullable,
    fn: (a) => {
      const v = g(a[0] as number, a[1] as number);
      return v === null ? null : isF ? Math.fround(v) : w(v);
    },
  };
}

function bitInt(op: string, a: number, b: number): number {
  return op === '&' ? a & b : op === '|' ? a | b : a ^ b;
}
function bitLong(op: string, a: bigint, b: bigint): bigint {
  return op === '&' ? a & b : op === '|' ? a | b : a ^ b;
}

function decimalOp(op: Op, rt: DecimalType): (a: unknown[]) => unknown {
  const fit = (d: Decimal | null) => (d === null ? null : d.toPrecision(rt.precision, rt.scale));
  switch (op) {
    case '+': return (a) => fit((a[0] as Decimal).add(a[1] as Decimal));
    case '-': return (a) => fit((a[0] as Decimal).sub(a[1] as Decimal));
    case '*': return (a) => fit((a[0] as Decimal).mul(a[1] as Decimal));
    case '/': return (a) => fit((a[0] as Decimal).div(a[1] as Decimal, rt.scale));
    case '%': return (a) => fit((a[0] as Decimal).rem(a[1] as Decimal));
    default: return () => null;
  }
}

function datetimeArithmetic(op: Op, l: BoundExpr, r: BoundExpr): BoundExpr | null {
  const lk = l.type.kind;
  const rk = r.type.kind;
  const intLike = (k: string) => k === 'int' || k === 'short' || k === 'byte';
  if (lk === 'date' && (op === '+' || op === '-') && rk !== 'date' && rk !== 'interval' && rk !== 'daytime' && rk !== 'yearmonth' && rk !== 'timestamp') {
    // date ± n is date_add / date_sub, which takes only INT, SMALLINT, TINYINT (or NULL).
    if (!intLike(rk) && rk !== 'null') throw new DateArithmeticError(op === '+' ? 'date_add' : 'date_sub', 1);
    const n = rk === 'null' ? castTo(r, { kind: 'int' }) : r;
    const s = op === '+' ? 1 : -1;
    return { kind: 'strict', name: op === '+' ? 'date_add' : 'date_sub', args: [l, n], fn: (a) => (a[0] as number) + s * (a[1] as number), type: l.type, nullable: true };
  }
  if (rk === 'date' && op === '+' && lk !== 'date' && lk !== 'interval' && lk !== 'daytime' && lk !== 'yearmonth') {
    if (!intLike(lk) && lk !== 'null') throw new DateArithmeticError('date_add', 1);
    return datetimeArithmetic(op, r, l);
  }
  if (rk === 'date' && op === '-' && (lk === 'date' || lk === 'string' || lk === 'null')) {
    const left = lk === 'date' ? l : castTo(l, { kind: 'date' });
    return { kind: 'strict', name: 'subtract_dates', args: [left, r], fn: (a) => ((a[0] as number) - (a[1] as number)) * MICROS_PER_DAY, type: { kind: 'daytime', from: 'day', to: 'day' }, nullable: true };
  }
  const isTs = (k: string) => k === 'timestamp' || k === 'timestamp_ntz';
  const ansi = (k: string) => k === 'yearmonth' || k === 'daytime';
  if ((lk === 'interval' || ansi(lk)) && (isTs(rk) || rk === 'date') && op === '+') return datetimeArithmetic(op, r, l);
  if ((isTs(lk) || lk === 'date') && ansi(rk) && (op === '+' || op === '-')) {
    const s = op === '+' ? 1 : -1;
    if (rk === 'yearmonth') {
      if (lk === 'date') return { kind: 'strict', name: op + 'ym', args: [l, r], type: l.type, nullable: true, fn: (a) => addMonthsToDays(a[0] as number, s * (a[1] as number)) };
      return { kind: 'strict', name: op + 'ym', args: [l, r], type: l.type, nullable: true, fn: (a) => addInterval(a[0] as number, { months: a[1] as number, days: 0, micros: 0 }, s, lk !== 'timestamp_ntz') };
    }
    const dayOnly = r.type.kind === 'daytime' && r.type.from === 'day' && r.type.to === 'day';
    if (lk === 'date' && dayOnly) {
      return { kind: 'strict', name: op + 'dt', args: [l, r], type: l.type, nullable: true, fn: (a) => (a[0] as number) + s * Math.trunc((a[1] as number) / MICROS_PER_DAY) };
    }
    return {
      kind: 'strict', name: op + 'dt', args: [l, r], type: lk === 'date' ? { kind: 'timestamp' } : l.type, nullable: true,
      fn: (a) => (lk === 'date' ? toUtcMicros((a[0] as number) * MICROS_PER_DAY) : (a[0] as number)) + s * (a[1] as number),
    };
  }
  if ((isTs(lk) || lk === 'date') && rk === 'interval' && (op === '+' || op === '-')) {
    const s = op === '+' ? 1 : -1;
    const fromDate = lk === 'date';
    // A date plus whole days or months stays a date; sub-day parts make it a timestamp.
    const staysDate = fromDate && r.kind === 'literal' && r.value !== null && (r.value as Interval).micros === 0;
    return {
      kind: 'strict', name: op, args: [l, r], type: staysDate ? l.type : fromDate ? { kind: 'timestamp' } : l.type, nullable: true,
      fn: (a) => {
        if (staysDate) return Math.floor(addInterval((a[0] as number) * MICROS_PER_DAY, a[1] as Interval, s, false) / MICROS_PER_DAY);
        return addInterval(fromDate ? toUtcMicros((a[0] as number) * MICROS_PER_DAY) : (a[0] as number), a[1] as Interval, s, l.type.kind !== 'timestamp_ntz');
      },
    };
  }
  if (isTs(lk) && isTs(rk) && op === '-') {
    return { kind: 'strict', name: op, args: [l, r], fn: (a) => (a[0] as number) - (a[1] as number), type: { kind: 'daytime', from: 'day', to: 'second' }, nullable: true };
  }
  return intervalArithmetic(op, l, r);
}

const YM_ORDER = ['year', 'month'] as const;
const DT_ORDER = ['day', 'hour', 'minute', 'second'] as const;

function overflow(what: string): never {
  throw new SparkRuntimeException(`${what} overflow.`, 'INTERVAL_ARITHMETIC_OVERFLOW', 'org.apache.spark.SparkArithmeticException');
}

/** interval ± interval of the same family, and interval × or ÷ a number (Spark's interval arithmetic). */
function intervalArithmetic(op: Op, l: BoundExpr, r: BoundExpr): BoundExpr | null {
  const lt = l.type;
  const rt = r.type;
  const num = (t: DataType) => ['byte', 'short', 'int', 'long', 'float', 'double', 'decimal'].includes(t.kind);
  const s = op === '-' ? -1 : 1;
  if ((op === '+' || op === '-') && lt.kind === 'yearmonth' && rt.kind === 'yearmonth') {
    const from = YM_ORDER[Math.min(YM_ORDER.indexOf(lt.from), YM_ORDER.indexOf(rt.from))]!;
    const to = YM_ORDER[Math.max(YM_ORDER.indexOf(lt.to), YM_ORDER.indexOf(rt.to))]!;
    return {
      kind: 'strict', name: op, args: [l, r], type: { kind: 'yearmonth', from, to }, nullable: true,
      fn: (a) => {
        const m = (a[0] as number) + s * (a[1] as number);
        return m > 2147483647 || m < -2147483648 ? overflow('integer') : m;
      },
    };
  }
  if ((op === '+' || op === '-') && lt.kind === 'daytime' && rt.kind === 'daytime') {
    const from = DT_ORDER[Math.min(DT_ORDER.indexOf(lt.from), DT_ORDER.indexOf(rt.from))]!;
    const to = DT_ORDER[Math.max(DT_ORDER.indexOf(lt.to), DT_ORDER.indexOf(rt.to))]!;
    return { kind: 'strict', name: op, args: [l, r], type: { kind: 'daytime', from, to }, nullable: true, fn: (a) => (a[0] as number) + s * (a[1] as number) };
  }
  if ((op === '+' || op === '-') && lt.kind === 'interval' && rt.kind === 'interval') {
    return {
      kind: 'strict', name: op, args: [l, r], type: lt, nullable: true,
      fn: (a) => {
        const x = a[0] as Interval;
        const y = a[1] as Interval;
        return { months: x.months + s * y.months, days: x.days + s * y.days, micros: x.micros + s * y.micros };
      },
    };
  }
  if ((op === '*' || op === '/') && ((lt.kind === 'interval' || lt.kind === 'yearmonth' || lt.kind === 'daytime') && num(rt) || (op === '*' && num(lt) && (rt.kind === 'interval' || rt.kind === 'yearmonth' || rt.kind === 'daytime')))) {
    const [iv, n] = num(lt) ? [r, l] : [l, r];
    const factor = castTo(n, DoubleType);
    const div = op === '/';
    const scale = (x: number, f: number): number => (div ? x / f : x * f);
    if (iv.type.kind === 'interval') {
      return {
        kind: 'strict', name: `${op}interval`, args: [iv, factor], type: iv.type, nullable: true,
        fn: (a) => {
          const x = a[0] as Interval;
          const f = a[1] as number;
          if (div && f === 0) throw new SparkRuntimeException('Division by zero.', 'INTERVAL_DIVIDED_BY_ZERO', 'org.apache.spark.SparkArithmeticException');
          // IntervalUtils.fromDoubles: whole months and days, the day fraction moves into microseconds.
          const months = scale(x.months, f);
          const days = scale(x.days, f);
          const tm = Math.trunc(months);
          const td = Math.trunc(days);
          if (Math.abs(tm) > 2147483647 || Math.abs(td) > 2147483647) overflow('integer');
          return { months: tm, days: td, micros: Math.round(scale(x.micros, f) + MICROS_PER_DAY * (days - td)) };
        },
      };
    }
    return {
      kind: 'strict', name: `${op}interval`, args: [iv, factor], type: iv.type, nullable: true,
      fn: (a) => {
        const f = a[1] as number;
        if (div && f === 0) throw new SparkRuntimeException('Division by zero.', 'INTERVAL_DIVIDED_BY_ZERO', 'org.apache.spark.SparkArithmeticException');
        const v = scale(a[0] as number, f);
        const rounded = Math.sign(v) * Math.round(Math.abs(v));
        if (iv.type.kind === 'yearmonth' && (rounded > 2147483647 || rounded < -2147483648)) overflow('integer');
        return rounded;
      },
    };
  }
  return null;
}

/** date ± non-integer: Spark reports the date_add/date_sub argument type. */
export class DateArithmeticError extends Error {
  constructor(readonly fn: string, readonly paramIndex: number) {
    super(fn);
  }
}

/** Adds months and days in the session's wall-clock time, then the exact microseconds. */
export function addInterval(ts: number, iv: Interval, sign: number, zoned = true): number {
  if (zoned && (iv.months !== 0 || iv.days !== 0)) {
    const local = addInterval(toLocalMicros(ts), { months: iv.months, days: iv.days, micros: 0 }, sign, false);
    return toUtcMicros(local) + sign * iv.micros;
  }
  let out = ts;
  if (iv.months !== 0) {
    const days = Math.floor(out / MICROS_PER_DAY);
    const rest = out - days * MICROS_PER_DAY;
    out = addMonthsToDays(days, sign * iv.months) * MICROS_PER_DAY + rest;
  }
  return out + sign * (iv.days * MICROS_PER_DAY + iv.micros);
}

import { civilFromDays, daysFromCivil, daysInMonth } from '../types';

export function addMonthsToDays(days: number, months: number): number {
  const [y, m, d] = civilFromDays(days);
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = total - ny * 12 + 1;
  return daysFromCivil(ny, nm, Math.min(d, daysInMonth(ny, nm)));
}
