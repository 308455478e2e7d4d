/**
 * Result values rendered the way Spark's HiveResult prints them in SQL golden files and
 * in the `spark-sql` shell: `NULL` at top level, `null` and quoted strings when nested.
 */
import type { DataType } from './data-type';
import type { Decimal } from './decimal';
import { formatDate, formatTimestamp } from './datetime';
import { toLocalMicros } from './timezone';
import { formatInterval, isInterval } from './interval';
import type { MapValue } from './map-value';

/** Java's Double.toString: plain between 1e-3 and 1e7, otherwise `d.dddE±n`. */
export function formatDouble(v: number): string {
  return javaFloatingString(v, String);
}

/** Java's Float.toString: the shortest digits that round-trip through a 32-bit float. */
export function formatFloat(v: number): string {
  return javaFloatingString(v, shortestFloatDigits);
}

function shortestFloatDigits(v: number): string {
  for (let p = 1; p <= 9; p++) {
    const s = v.toPrecision(p);
    if (Math.fround(Number(s)) === v) return String(Number(s));
  }
  return String(v);
}

function javaFloatingString(v: number, shortest: (v: number) => string): string {
  if (Number.isNaN(v)) return 'NaN';
  if (v === Infinity) return 'Infinity';
  if (v === -Infinity) return '-Infinity';
  if (v === 0) return Object.is(v, -0) ? '-0.0' : '0.0';
  const a = Math.abs(v);
  const text = shortest(a);
  const sign = v < 0 ? '-' : '';
  // Split the shortest representation into digits and a decimal exponent.
  let digits: string;
  const em = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(text);
  if (!em) return sign + text;
  const intPart = em[1]!;
  const fracPart = em[2] ?? '';
  const e = em[3] ? parseInt(em[3], 10) : 0;
  digits = (intPart + fracPart).replace(/^0+/, '');
  const lead = (intPart + fracPart).length - digits.length;
  const exp = intPart.length - 1 + e - lead;
  digits = digits.replace(/0+$/, '') || '0';
  if (a >= 1e-3 && a < 1e7) {
    if (exp >= 0) {
      const ip = digits.length > exp + 1 ? digits.slice(0, exp + 1) : digits.padEnd(exp + 1, '0');
      const fp = digits.length > exp + 1 ? digits.slice(exp + 1) : '0';
      return `${sign}${ip}.${fp}`;
    }
    return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
  }
  const mant = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : `${digits}.0`;
  return `${sign}${mant}E${exp}`;
}

export function formatValue(v: unknown, t: DataType, nested = false): string {
  if (v === null || v === undefined) return nested ? 'null' : 'NULL';
  switch (t.kind) {
    case 'null': return nested ? 'null' : 'NULL';
    case 'boolean': return v ? 'true' : 'false';
    case 'byte': case 'short': case 'int': case 'long': return String(v);
    case 'float': return formatFloat(v as number);
    case 'double': return formatDouble(v as number);
    case 'decimal': return (v as Decimal).toString();
    case 'string': return nested ? `"${v as string}"` : (v as string);
    case 'binary': return nested ? `"${binaryText(v as Uint8Array)}"` : binaryText(v as Uint8Array);
    case 'date': return formatDate(v as number);
    case 'timestamp': return formatTimestamp(toLocalMicros(v as number));
    case 'timestamp_ntz': return formatTimestamp(v as number);
    case 'interval': return isInterval(v) ? formatInterval(v) : String(v);
    case 'daytime': return formatDayTime(v as number);
    case 'yearmonth': return formatYearMonth(v as number);
    case 'array': return `[${(v as unknown[]).map((e) => formatValue(e, t.element, true)).join(',')}]`;
    case 'map': {
      const m = v as MapValue;
      return `{${m.keys.map((k, i) => `${formatValue(k, t.key, true)}:${formatValue(m.values[i], t.value, true)}`).join(',')}}`;
    }
    case 'struct': {
      const vals = v as unknown[];
      return `{${t.fields.map((f, i) => `"${f.name}":${formatValue(vals[i], f.type, true)}`).join(',')}}`;
    }
    default: {
      const never: never = t;
      throw new Error(`unexpected type ${JSON.stringify(never)}`);
    }
  }
}

/** Hive-style year-month interval text: `100-0`, `-2-2`. */
export function formatYearMonth(months: number): string {
  const a = Math.abs(months);
  return `${months < 0 ? '-' : ''}${Math.floor(a / 12)}-${a % 12}`;
}

/** Hive-style day-time interval text: `3 00:00:00.000000000`. */
export function formatDayTime(micros: number): string {
  const sign = micros < 0 ? '-' : '';
  let a = Math.abs(micros);
  const days = Math.floor(a / 86_400_000_000);
  a -= days * 86_400_000_000;
  const h = Math.floor(a / 3_600_000_000);
  a -= h * 3_600_000_000;
  const m = Math.floor(a / 60_000_000);
  a -= m * 60_000_000;
  const sec = Math.floor(a / 1_000_000);
  const frac = a - sec * 1_000_000;
  const p2 = (x: number) => String(x).padStart(2, '0');
  return `${sign}${days} ${p2(h)}:${p2(m)}:${p2(sec)}.${String(frac).padStart(6, '0')}000`;
}

function binaryText(b: Uint8Array): string {
  let s = '';
  for (const x of b) s += String.fromCharCode(x);
  return s;
}
