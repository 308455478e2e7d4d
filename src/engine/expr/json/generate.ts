/**
 * Spark values → JSON text, as Spark 3.5's JacksonGenerator writes them (to_json, the JSON
 * writer, the streaming file sink):
 * - struct fields in schema order, null fields left out unless ignoreNullFields is false;
 *   map entries and array elements always written, null as `null`; map keys as their string;
 * - strings with Jackson's escapes (`"`, `\`, control characters as \n-style or \u00XX);
 * - numbers as Java prints them (`1.0`, `1.0E7`), non-finite floats quoted ("NaN"),
 *   decimals as BigDecimal.toString (`0E-10`), binary as base64;
 * - dates by dateFormat (`yyyy-MM-dd`), timestamps by timestampFormat
 *   (`yyyy-MM-dd'T'HH:mm:ss.SSSXXX`) in the session time zone, timestamp_ntz by
 *   timestampNTZFormat (`yyyy-MM-dd'T'HH:mm:ss.SSS`);
 * - pretty: Jackson's default pretty printer (two-space indents, `"k" : v`, `[ 1, 2 ]`).
 */
import { castToString } from '../cast';
import { formatByPattern } from '../functions/datetime';
import { base64Encode } from '../functions/string';
import { optionFlag } from './parse';
import { formatDate, formatDouble, formatFloat, toLocalMicros, zoneOffsetMs } from '../../types';
import type { DataType, Decimal, MapValue } from '../../types';

export const DEFAULT_TIMESTAMP_WRITE_FORMAT = "yyyy-MM-dd'T'HH:mm:ss.SSSXXX";
export const DEFAULT_TIMESTAMP_NTZ_WRITE_FORMAT = "yyyy-MM-dd'T'HH:mm:ss.SSS";

const two = (n: number) => String(n).padStart(2, '0');

/** A zone offset as the pattern letters X / XX / XXX print it (`Z` for zero). */
function offsetText(ms: number, width: number): string {
  if (ms === 0) return 'Z';
  const sign = ms < 0 ? '-' : '+';
  const mins = Math.round(Math.abs(ms) / 60_000);
  const h = two(Math.floor(mins / 60));
  const m = two(mins % 60);
  if (width === 1) return m === '00' ? `${sign}${h}` : `${sign}${h}${m}`;
  return width === 2 ? `${sign}${h}${m}` : `${sign}${h}:${m}`;
}

/** A timestamp (UTC microseconds) through a datetime pattern in the session zone; the offset letters X/XX/XXX too. */
export function formatTimestampPattern(micros: number, pattern: string): string {
  const local = toLocalMicros(micros);
  const offset = zoneOffsetMs(Math.floor(micros / 1000));
  // Split around unquoted X runs; the rest goes through the shared pattern formatter.
  const out: string[] = [];
  let chunk = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === "'") {
      const end = pattern.indexOf("'", i + 1);
      const stop = end < 0 ? pattern.length : end;
      chunk += pattern.slice(i, stop + 1);
      i = stop;
    } else if (c === 'X') {
      let n = 1;
      while (pattern[i + n] === 'X') n++;
      if (chunk) out.push(formatByPattern(local, chunk));
      chunk = '';
      out.push(offsetText(offset, Math.min(n, 3)));
      i += n - 1;
    } else chunk += c;
  }
  if (chunk) out.push(formatByPattern(local, chunk));
  return out.join('');
}

/** How the text formats write dates and timestamps (their dateFormat / timestampFormat / timestampNTZFormat options). */
export interface TextTemporal {
  date: (days: number) => string;
  timestamp: (micros: number) => string;
  timestampNtz: (micros: number) => string;
}

export function textTemporal(get: (key: string) => string | undefined): TextTemporal {
  const dateFormat = get('dateFormat');
  const tsFormat = get('timestampFormat') ?? DEFAULT_TIMESTAMP_WRITE_FORMAT;
  const ntzFormat = get('timestampNTZFormat') ?? DEFAULT_TIMESTAMP_NTZ_WRITE_FORMAT;
  return {
    date: dateFormat === undefined ? formatDate : (d) => formatByPattern(d * 86_400_000_000, dateFormat),
    timestamp: (t) => formatTimestampPattern(t, tsFormat),
    timestampNtz: (t) => formatByPattern(t, ntzFormat),
  };
}

/** A string as Jackson writes it: `"` and `\` escaped, control characters as \n-style or \u00XX escapes. */
export function jsonString(s: string): string {
  let out = '"';
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c !== 0x22 && c !== 0x5c) continue;
    out += s.slice(start, i);
    start = i + 1;
    if (c === 0x22) out += '\\"';
    else if (c === 0x5c) out += '\\\\';
    else if (c === 0x0a) out += '\\n';
    else if (c === 0x0d) out += '\\r';
    else if (c === 0x09) out += '\\t';
    else if (c === 0x08) out += '\\b';
    else if (c === 0x0c) out += '\\f';
    else out += `\\u00${c.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return `${out}${s.slice(start)}"`;
}

export interface JsonWriteOptions {
  readonly temporal: TextTemporal;
  /** Write struct fields that are null (`"a":null`); Spark's default leaves them out. */
  readonly keepNullFields?: boolean;
  readonly pretty?: boolean;
}

/** The writer options from Spark's option names (case-insensitive lookup is the caller's). */
export function jsonWriteOptions(get: (key: string) => string | undefined): JsonWriteOptions {
  return { temporal: textTemporal(get), keepNullFields: !optionFlag(get, 'ignoreNullFields', true), pretty: optionFlag(get, 'pretty', false) };
}

/** A map key as JacksonGenerator writes it: the key value's toString (dates and timestamps as their internal numbers). */
function mapKey(k: unknown, t: DataType): string {
  switch (t.kind) {
    case 'date': case 'timestamp': case 'timestamp_ntz': return String(k);
    case 'float': return formatFloat(k as number);
    case 'double': return formatDouble(k as number);
    case 'decimal': return (k as Decimal).toJavaString();
    default: return castToString(k, t);
  }
}

const INDENT = '  ';

/** A function writing values of type `t` as JSON. */
export function jsonGenerator(t: DataType, o: JsonWriteOptions): (v: unknown) => string {
  const tm = o.temporal;
  const keepNulls = o.keepNullFields ?? false;
  const pretty = o.pretty ?? false;
  const obj = (entries: string[], depth: number): string => {
    if (!pretty) return `{${entries.join(',')}}`;
    if (entries.length === 0) return '{ }';
    const pad = '\n' + INDENT.repeat(depth + 1);
    return `{${pad}${entries.join(`,${pad}`)}\n${INDENT.repeat(depth)}}`;
  };
  const arr = (elems: string[]): string => {
    if (!pretty) return `[${elems.join(',')}]`;
    return elems.length === 0 ? '[ ]' : `[ ${elems.join(', ')} ]`;
  };
  const sep = pretty ? ' : ' : ':';
  const write = (v: unknown, t: DataType, depth: number): string => {
    if (v === null || v === undefined) return 'null';
    switch (t.kind) {
      case 'struct': {
        const vals = v as unknown[];
        const parts: string[] = [];
        t.fields.forEach((f, i) => {
          const x = vals[i];
          if ((x === null || x === undefined) && !keepNulls) return;
          parts.push(`${jsonString(f.name)}${sep}${write(x, f.type, depth + 1)}`);
        });
        return obj(parts, depth);
      }
      case 'map': {
        const m = v as MapValue;
        return obj(m.keys.map((k, i) => `${jsonString(mapKey(k, t.key))}${sep}${write(m.values[i], t.value, depth + 1)}`), depth);
      }
      case 'array': return arr((v as unknown[]).map((e) => write(e, t.element, depth)));
      case 'string': return jsonString(v as string);
      case 'boolean': case 'byte': case 'short': case 'int': case 'long': return String(v);
      case 'float': case 'double': {
        const n = v as number;
        const s = t.kind === 'float' ? formatFloat(n) : formatDouble(n);
        // Jackson writes non-finite floats as quoted strings.
        return Number.isFinite(n) ? s : jsonString(s);
      }
      case 'decimal': return (v as Decimal).toJavaString();
      case 'binary': return jsonString(base64Encode(v as Uint8Array));
      case 'date': return jsonString(tm.date(v as number));
      case 'timestamp': return jsonString(tm.timestamp(v as number));
      case 'timestamp_ntz': return jsonString(tm.timestampNtz(v as number));
      case 'null': return 'null';
      default: return jsonString(castToString(v, t));
    }
  };
  return (v) => write(v, t, 0);
}
