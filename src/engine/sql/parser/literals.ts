/** Numeric, typed and interval literals as Spark's AstBuilder types them. */
import {
  BinaryType, BooleanType, ByteType, DateType, Decimal, decimalType, DoubleType, FloatType, IntegerType, IntervalType,
  LongType, NullType, parseDate, parseTimestamp, toUtcMicros, ShortType, StringType, TimestampNTZType, TimestampType,
} from '../../types';
import type { Interval } from '../../types';
import type { Expr } from '../ast';
import { ParseException } from '../errors';

type Literal = Extract<Expr, { kind: 'literal' }>;

export function lit(value: unknown, type: Literal['type'], pos: number, text?: string): Literal {
  return { kind: 'literal', value, type, pos, text };
}

export function nullLit(pos: number): Literal {
  return lit(null, NullType, pos);
}
export function boolLit(v: boolean, pos: number): Literal {
  return lit(v, BooleanType, pos);
}
export function strLit(v: string, pos: number): Literal {
  return lit(v, StringType, pos);
}
export function intLit(v: number, pos: number): Literal {
  return lit(v, IntegerType, pos);
}

const INT_MIN = -2147483648n;
const INT_MAX = 2147483647n;
const LONG_MIN = -(2n ** 63n);
const LONG_MAX = 2n ** 63n - 1n;

/** spark.sql.legacy.exponentLiteralAsDecimal.enabled: `1E10` is a decimal, as in Spark 2.x. */
let exponentAsDecimal = false;
export function setExponentLiteralAsDecimal(on: boolean): void {
  exponentAsDecimal = on;
}

export function numberLiteral(text: string, pos: number, negative = false): Literal {
  const m = /^(.*?)(BD|[LSYDF])?$/i.exec(text)!;
  const body = (negative ? '-' : '') + m[1]!;
  const suffix = (m[2] ?? '').toUpperCase();
  const isIntegral = /^-?\d+$/.test(body);
  const outOfRange = (what: string, min: bigint, max: bigint): ParseException =>
    new ParseException(`Numeric literal ${body} does not fit in range [${min}, ${max}] for type ${what}.`);
  switch (suffix) {
    case 'L': {
      if (!isIntegral) throw new ParseException(`Invalid number ${text}`);
      const v = BigInt(body);
      if (v < LONG_MIN || v > LONG_MAX) throw outOfRange('bigint', LONG_MIN, LONG_MAX);
      return lit(v, LongType, pos);
    }
    case 'S': {
      const v = Number(body);
      if (!isIntegral || v < -32768 || v > 32767) throw outOfRange('smallint', -32768n, 32767n);
      return lit(v, ShortType, pos);
    }
    case 'Y': {
      const v = Number(body);
      if (!isIntegral || v < -128 || v > 127) throw outOfRange('tinyint', -128n, 127n);
      return lit(v, ByteType, pos);
    }
    case 'D': return lit(Number(body), DoubleType, pos);
    case 'F': return lit(Math.fround(Number(body)), FloatType, pos);
    case 'BD': {
      const d = Decimal.fromString(body)!;
      return decimalLiteral(d, pos);
    }
    default: break;
  }
  if (isIntegral) {
    const v = BigInt(body);
    if (v >= INT_MIN && v <= INT_MAX) return lit(Number(v), IntegerType, pos);
    if (v >= LONG_MIN && v <= LONG_MAX) return lit(v, LongType, pos);
    return decimalLiteral(new Decimal(v, 0), pos);
  }
  if (/[eE]/.test(body)) {
    if (exponentAsDecimal) {
      const d = Decimal.fromStringKeepScale(body)!;
      const precision = Math.max(d.precision(), d.scale);
      if (precision <= 38) return lit(d, decimalType(precision, d.scale), pos, d.toJavaString());
    }
    return lit(Number(body), DoubleType, pos);
  }
  return decimalLiteral(Decimal.fromString(body)!, pos);
}

export function decimalLiteral(d: Decimal, pos: number): Literal {
  const precision = Math.max(d.precision(), d.scale);
  if (precision > 38) return lit(d.toNumber(), DoubleType, pos);
  return lit(d, decimalType(precision, d.scale), pos);
}

export function typedLiteral(typeName: string, text: string, pos: number): Literal {
  const t = typeName.toLowerCase();
  const bad = (name: string) =>
    new ParseException(`[INVALID_TYPED_LITERAL] The value of the typed literal ${name} is invalid: '${text}'.`, 'INVALID_TYPED_LITERAL');
  switch (t) {
    case 'date': {
      const d = parseDate(text);
      if (d === null) throw bad('"DATE"');
      return lit(d, DateType, pos);
    }
    case 'timestamp': case 'timestamp_ltz': {
      const ts = parseTimestamp(text);
      if (ts === null) throw bad('"TIMESTAMP"');
      return lit(toUtcMicros(ts), TimestampType, pos);
    }
    case 'timestamp_ntz': {
      const ts = parseTimestamp(text);
      if (ts === null) throw bad('"TIMESTAMP_NTZ"');
      return lit(ts, TimestampNTZType, pos);
    }
    case 'x': {
      if (!/^[0-9a-fA-F]*$/.test(text) || text.length % 2 === 1) throw bad('"X"');
      const bytes = new Uint8Array(text.length / 2);
      for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(text.slice(2 * i, 2 * i + 2), 16);
      return lit(bytes, BinaryType, pos, `X'${text.toUpperCase()}'`);
    }
    default:
      throw new ParseException(`Literals of type '${typeName.toUpperCase()}' are currently not supported.`);
  }
}

const UNIT_MICROS: Record<string, number> = {
  microsecond: 1, millisecond: 1000, second: 1_000_000, minute: 60_000_000, hour: 3_600_000_000,
};

/** Adds `n unit` to an interval under construction. */
export function addIntervalUnit(iv: { months: number; days: number; micros: number }, n: number, unitRaw: string): boolean {
  const unit = unitRaw.toLowerCase().replace(/s$/, '');
  if (unit === 'year') iv.months += 12 * n;
  else if (unit === 'month') iv.months += n;
  else if (unit === 'week') iv.days += 7 * n;
  else if (unit === 'day') iv.days += n;
  else if (UNIT_MICROS[unit] !== undefined) iv.micros += Math.round(n * UNIT_MICROS[unit]!);
  else return false;
  return true;
}

/** Parses the string of `INTERVAL '...'` (multi-unit form, `1 day 2 hours`). */
export function parseIntervalString(text: string): Interval | null {
  const iv = { months: 0, days: 0, micros: 0 };
  const s = text.trim().replace(/^interval\s+/i, '');
  const re = /([+-]?\d+(?:\.\d+)?)\s*([a-zA-Z]+)/g;
  let m: RegExpExecArray | null;
  let consumed = '';
  while ((m = re.exec(s))) {
    if (!addIntervalUnit(iv, Number(m[1]), m[2]!)) return null;
    consumed += m[0];
  }
  if (consumed.replace(/\s/g, '') !== s.replace(/\s/g, '') || consumed === '') return null;
  return iv;
}

export function intervalLiteral(iv: Interval, pos: number): Literal {
  return lit(iv, IntervalType, pos);
}
