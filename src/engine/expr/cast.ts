/** Non-ANSI CAST: an impossible conversion yields NULL instead of an error. */
import {
  Decimal, formatDate, formatDouble, formatFloat, formatInterval, formatTimestamp, isInterval, MapValue,
  MICROS_PER_DAY, parseDate, parseTimestamp, parseIntervalLike, sameType, formatDayTime, formatYearMonth, toLocalMicros, toUtcMicros,
} from './cast-support';
import type { DataType } from '../types';

export type CastFn = (v: unknown) => unknown;

const LONG_MIN = -(2n ** 63n);
const LONG_MAX = 2n ** 63n - 1n;

function wrapInt(v: bigint, bits: number): number {
  return Number(BigInt.asIntN(bits, v));
}

/** Integral value of a numeric as BigInt (truncating), or null for NaN. */
function toBigIntTrunc(v: unknown, from: DataType): bigint | null {
  switch (from.kind) {
    case 'long': return v as bigint;
    case 'byte': case 'short': case 'int': return BigInt(v as number);
    case 'float': case 'double': {
      const x = v as number;
      if (Number.isNaN(x)) return 0n;
      if (x >= 9.223372036854776e18) return LONG_MAX;
      if (x <= -9.223372036854776e18) return LONG_MIN;
      return BigInt(Math.trunc(x));
    }
    case 'decimal': return (v as Decimal).toBigInt();
    case 'boolean': return v ? 1n : 0n;
    case 'timestamp': case 'timestamp_ntz': return BigInt(Math.floor((v as number) / 1_000_000));
    default: return null;
  }
}

function toDouble(v: unknown, from: DataType): number | null {
  switch (from.kind) {
    case 'byte': case 'short': case 'int': case 'float': case 'double': return v as number;
    case 'long': return Number(v as bigint);
    case 'decimal': return (v as Decimal).toNumber();
    case 'boolean': return v ? 1 : 0;
    case 'timestamp': case 'timestamp_ntz': return (v as number) / 1_000_000;
    case 'string': return parseDoubleText(v as string);
    default: return null;
  }
}

export function parseDoubleText(s: string): number | null {
  const t = s.trim();
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?[dDfF]?$/.test(t)) return Number(t.replace(/[dDfF]$/, ''));
  if (/^[+-]?(NaN|Infinity|inf)$/i.test(t)) {
    if (/nan/i.test(t)) return NaN;
    return t.startsWith('-') ? -Infinity : Infinity;
  }
  return null;
}

/** Spark's UTF8String.toLong: optional sign, digits, and a fraction that is dropped. */
function parseIntegralText(s: string): bigint | null {
  const m = /^\s*([+-]?\d+)(?:\.\d*)?\s*$/.exec(s) ?? /^\s*([+-]?)\.\d+\s*$/.exec(s);
  if (!m) return null;
  if (m[1] === '' || m[1] === '+' || m[1] === '-') return 0n;
  return BigInt(m[1]!);
}

export function castToString(v: unknown, from: DataType): string {
  switch (from.kind) {
    case 'string': return v as string;
    case 'float': return formatFloat(v as number);
    case 'double': return formatDouble(v as number);
    case 'decimal': return (v as Decimal).toString();
    case 'date': return formatDate(v as number);
    case 'timestamp': return formatTimestamp(toLocalMicros(v as number));
    case 'timestamp_ntz': return formatTimestamp(v as number);
    case 'boolean': return v ? 'true' : 'false';
    case 'binary': return Array.from(v as Uint8Array, (b) => String.fromCharCode(b)).join('');
    case 'interval': return isInterval(v) ? formatInterval(v) : String(v);
    case 'daytime': return `INTERVAL '${formatDayTime(v as number)}' DAY`;
    case 'yearmonth': return `INTERVAL '${formatYearMonth(v as number)}' YEAR TO MONTH`;
    case 'array': return '[' + (v as unknown[]).map((e) => (e === null ? 'null' : castToString(e, from.element))).join(', ') + ']';
    case 'struct': return '{' + from.fields.map((f, i) => {
      const e = (v as unknown[])[i];
      return e === null || e === undefined ? 'null' : castToString(e, f.type);
    }).join(', ') + '}';
    case 'map': {
      const m = v as MapValue;
      return '{' + m.keys.map((k, i) => `${castToString(k, from.key)} -> ${m.values[i] === null ? 'null' : castToString(m.values[i], from.value)}`).join(', ') + '}';
    }
    default: return String(v);
  }
}

export function castFn(from: DataType, to: DataType): CastFn {
  if (sameType(from, to)) return (v) => v;
  if (from.kind === 'null') return () => null;
  switch (to.kind) {
    case 'string': return (v) => castToString(v, from);
    case 'boolean':
      if (from.kind === 'string') {
        return (v) => {
          const s = (v as string).trim().toLowerCase();
          if (['t', 'true', 'y', 'yes', '1'].includes(s)) return true;
          if (['f', 'false', 'n', 'no', '0'].includes(s)) return false;
          return null;
        };
      }
      if (from.kind === 'decimal') return (v) => (v as Decimal).signum() !== 0;
      if (from.kind === 'long') return (v) => v !== 0n;
      return (v) => v !== 0;
    case 'byte': case 'short': case 'int': {
      const bits = to.kind === 'byte' ? 8 : to.kind === 'short' ? 16 : 32;
      if (from.kind === 'string') {
        return (v) => {
          const b = parseIntegralText(v as string);
          if (b === null) return null;
          return BigInt.asIntN(bits, b) === b ? Number(b) : null;
        };
      }
      if (from.kind === 'float' || from.kind === 'double') {
        // Java's (int)double saturates, then narrowing to byte/short wraps.
        return (v) => {
          const x = v as number;
          if (Number.isNaN(x)) return 0;
          const i = Math.max(-2147483648, Math.min(2147483647, Math.trunc(x)));
          return wrapInt(BigInt(i), bits);
        };
      }
      return (v) => {
        const b = toBigIntTrunc(v, from);
        return b === null ? null : wrapInt(b, bits);
      };
    }
    case 'long':
      if (from.kind === 'string') {
        return (v) => {
          const b = parseIntegralText(v as string);
          return b === null || b < LONG_MIN || b > LONG_MAX ? null : b;
        };
      }
      return (v) => {
        const b = toBigIntTrunc(v, from);
        return b === null ? null : BigInt.asIntN(64, b);
      };
    case 'float': return (v) => {
      const d = toDouble(v, from);
      return d === null ? null : Math.fround(d);
    };
    case 'double': return (v) => toDouble(v, from);
    case 'decimal': return (v) => {
      let d: Decimal | null;
      switch (from.kind) {
        case 'string': d = Decimal.fromString(v as string); break;
        case 'decimal': d = v as Decimal; break;
        case 'float': case 'double': d = Decimal.fromNumber(v as number); break;
        case 'long': d = Decimal.fromBigInt(v as bigint); break;
        case 'byte': case 'short': case 'int': d = Decimal.fromBigInt(BigInt(v as number)); break;
        case 'boolean': d = Decimal.fromBigInt(v ? 1n : 0n); break;
        case 'timestamp': d = Decimal.fromNumber((v as number) / 1_000_000); break;
        default: d = null;
      }
      return d === null ? null : d.toPrecision(to.precision, to.scale);
    };
    case 'date':
      if (from.kind === 'string') return (v) => parseDate(v as string);
      if (from.kind === 'timestamp') return (v) => Math.floor(toLocalMicros(v as number) / MICROS_PER_DAY);
      if (from.kind === 'timestamp_ntz') return (v) => Math.floor((v as number) / MICROS_PER_DAY);
      return () => null;
    case 'timestamp': case 'timestamp_ntz':
      if (to.kind === 'timestamp_ntz') {
        if (from.kind === 'string') return (v) => parseTimestamp(v as string);
        if (from.kind === 'date') return (v) => (v as number) * MICROS_PER_DAY;
        if (from.kind === 'timestamp') return (v) => toLocalMicros(v as number);
      } else {
        if (from.kind === 'string') return (v) => {
          const local = parseTimestamp(v as string);
          return local === null ? null : toUtcMicros(local);
        };
        if (from.kind === 'date') return (v) => toUtcMicros((v as number) * MICROS_PER_DAY);
        if (from.kind === 'timestamp_ntz') return (v) => toUtcMicros(v as number);
      }
      return (v) => {
        const d = toDouble(v, from);
        return d === null || !Number.isFinite(d) ? null : Math.floor(d * 1_000_000);
      };
    case 'binary':
      if (from.kind === 'byte' || from.kind === 'short' || from.kind === 'int' || from.kind === 'long') {
        const width = { byte: 1, short: 2, int: 4, long: 8 }[from.kind];
        return (v) => {
          let x = BigInt.asUintN(width * 8, typeof v === 'bigint' ? v : BigInt(v as number));
          const out = new Uint8Array(width);
          for (let i = width - 1; i >= 0; i--) {
            out[i] = Number(x & 0xffn);
            x >>= 8n;
          }
          return out;
        };
      }
      if (from.kind === 'string') return (v) => new Uint8Array(Array.from(unescape(encodeURIComponent(v as string)), (c) => c.charCodeAt(0)));
      return () => null;
    case 'interval':
      if (from.kind === 'string') return (v) => parseIntervalLike(v as string);
      return () => null;
    case 'daytime':
      if (from.kind === 'daytime') return (v) => v;
      return () => null;
    case 'yearmonth':
      if (from.kind === 'yearmonth') return (v) => v;
      return () => null;
    case 'array':
      if (from.kind === 'array') {
        const f = castFn(from.element, to.element);
        return (v) => (v as unknown[]).map((e) => (e === null ? null : f(e)));
      }
      return () => null;
    case 'map':
      if (from.kind === 'map') {
        const fk = castFn(from.key, to.key);
        const fv = castFn(from.value, to.value);
        return (v) => new MapValue((v as MapValue).keys.map(fk), (v as MapValue).values.map((e) => (e === null ? null : fv(e))));
      }
      return () => null;
    case 'struct':
      if (from.kind === 'struct' && from.fields.length === to.fields.length) {
        const fs = from.fields.map((f, i) => castFn(f.type, to.fields[i]!.type));
        return (v) => (v as unknown[]).map((e, i) => (e === null ? null : fs[i]!(e)));
      }
      return () => null;
    case 'null': return () => null;
    default: {
      const never: never = to;
      throw new Error(`unexpected ${JSON.stringify(never)}`);
    }
  }
}

/** Whether Spark allows CAST(from AS to) at all (otherwise an AnalysisException). */
export function canCast(from: DataType, to: DataType): boolean {
  if (from.kind === 'null' || sameType(from, to)) return true;
  if (to.kind === 'string') return true;
  const num = (t: DataType) => ['byte', 'short', 'int', 'long', 'float', 'double', 'decimal', 'boolean'].includes(t.kind);
  if (from.kind === 'string') return to.kind !== 'array' && to.kind !== 'map' && to.kind !== 'struct';
  if (num(from) && num(to)) return true;
  if ((from.kind === 'date' || from.kind.startsWith('timestamp')) && (to.kind === 'date' || to.kind.startsWith('timestamp'))) return true;
  if (from.kind.startsWith('timestamp') && num(to)) return true;
  if (num(from) && to.kind.startsWith('timestamp')) return true;
  if (to.kind === 'binary') return ['byte', 'short', 'int', 'long'].includes(from.kind);
  if (from.kind === 'array' && to.kind === 'array') return canCast(from.element, to.element);
  if (from.kind === 'map' && to.kind === 'map') return canCast(from.key, to.key) && canCast(from.value, to.value);
  if (from.kind === 'struct' && to.kind === 'struct') return from.fields.length === to.fields.length && from.fields.every((f, i) => canCast(f.type, to.fields[i]!.type));
  return false;
}
