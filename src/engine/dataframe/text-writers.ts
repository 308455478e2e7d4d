/**
 * The text formats' writers (`df.write.csv / json / text`, the streaming file sink), laid out
 * as Spark 3.5 writes them:
 * - CSV (univocity's writer with Spark's write defaults): sep `,`, quote `"`, escape `\`; a
 *   value is quoted when it holds the separator, the quote, a line break, or is empty
 *   (emptyValue `""`), and leading/trailing white space is trimmed (ignoreLeading/Trailing-
 *   WhiteSpace default to true for writing); null is nullValue (empty); arrays, maps and
 *   structs are refused as Spark's CSV source refuses them.
 * - JSON lines (Jackson): fields in schema order, null fields left out (ignoreNullFields),
 *   doubles as Java prints them (`1.0`, `1.0E7`), binary as base64.
 * - text: one string column, a line per row (a null row is an empty line).
 * Dates use dateFormat (`yyyy-MM-dd`), timestamps timestampFormat
 * (`yyyy-MM-dd'T'HH:mm:ss.SSSXXX`) in the session time zone.
 */
import { AnalysisException } from '../sql/errors';
import { SparkException } from '../errors';
import { castToString } from '../expr/cast';
import { formatByPattern } from '../expr/functions/datetime';
import { base64Encode } from '../expr/functions/string';
import { formatDate, sqlName, toLocalMicros, zoneOffsetMs } from '../types';
import type { DataType, MapValue, StructField } from '../types';

export type WriteOptions = Readonly<Record<string, string>>;
type Rows = readonly (readonly unknown[])[];

export const DEFAULT_TIMESTAMP_WRITE_FORMAT = "yyyy-MM-dd'T'HH:mm:ss.SSSXXX";

/** An option by case-insensitive name, as Spark's CaseInsensitiveMap reads it. */
export function writeOption(o: WriteOptions, key: string): string | undefined {
  const k = Object.keys(o).find((x) => x.toLowerCase() === key.toLowerCase());
  return k === undefined ? undefined : o[k];
}

const flag = (o: WriteOptions, key: string, dflt: boolean): boolean => {
  const v = writeOption(o, key);
  return v === undefined ? dflt : v.toLowerCase() === 'true';
};

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

interface Temporal {
  date: (days: number) => string;
  timestamp: (micros: number) => string;
  timestampNtz: (micros: number) => string;
}

function temporal(o: WriteOptions): Temporal {
  const dateFormat = writeOption(o, 'dateFormat');
  const tsFormat = writeOption(o, 'timestampFormat') ?? DEFAULT_TIMESTAMP_WRITE_FORMAT;
  const ntzFormat = writeOption(o, 'timestampNTZFormat') ?? "yyyy-MM-dd'T'HH:mm:ss.SSS";
  return {
    date: dateFormat === undefined ? formatDate : (d) => formatByPattern(d * 86_400_000_000, dateFormat),
    timestamp: (t) => formatTimestampPattern(t, tsFormat),
    timestampNtz: (t) => formatByPattern(t, ntzFormat),
  };
}

/** A string as Jackson writes it: `"` and `\` escaped, control characters as \n-style or \u00XX escapes. */
function jsonString(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x22) out += '\\"';
    else if (c === 0x5c) out += '\\\\';
    else if (c >= 0x20) out += s[i];
    else if (c === 0x0a) out += '\\n';
    else if (c === 0x0d) out += '\\r';
    else if (c === 0x09) out += '\\t';
    else if (c === 0x08) out += '\\b';
    else if (c === 0x0c) out += '\\f';
    else out += `\\u00${c.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return `${out}"`;
}

function jsonValue(v: unknown, t: DataType, tm: Temporal, keepNulls: boolean): string {
  if (v === null || v === undefined) return 'null';
  switch (t.kind) {
    case 'struct': {
      const vals = v as unknown[];
      const parts: string[] = [];
      t.fields.forEach((f, i) => {
        const x = vals[i];
        if ((x === null || x === undefined) && !keepNulls) return;
        parts.push(`${jsonString(f.name)}:${jsonValue(x, f.type, tm, keepNulls)}`);
      });
      return `{${parts.join(',')}}`;
    }
    case 'map': {
      const m = v as MapValue;
      const parts: string[] = [];
      m.keys.forEach((k, i) => {
        const x = m.values[i];
        if ((x === null || x === undefined) && !keepNulls) return;
        parts.push(`${jsonString(castToString(k, t.key))}:${jsonValue(x, t.value, tm, keepNulls)}`);
      });
      return `{${parts.join(',')}}`;
    }
    case 'array': return `[${(v as unknown[]).map((e) => jsonValue(e, t.element, tm, keepNulls)).join(',')}]`;
    case 'string': return jsonString(v as string);
    case 'boolean': case 'byte': case 'short': case 'int': case 'long': return String(v);
    case 'float': case 'double': {
      const n = v as number;
      // Jackson writes non-finite doubles as quoted strings.
      return Number.isFinite(n) ? castToString(n, t) : jsonString(castToString(n, t));
    }
    case 'decimal': return castToString(v, t);
    case 'binary': return jsonString(base64Encode(v as Uint8Array));
    case 'date': return jsonString(tm.date(v as number));
    case 'timestamp': return jsonString(tm.timestamp(v as number));
    case 'timestamp_ntz': return jsonString(tm.timestampNtz(v as number));
    default: return jsonString(castToString(v, t));
  }
}

/** JSON lines, one object per row. */
export function encodeJsonLines(fields: readonly StructField[], rows: Rows, o: WriteOptions = {}): string {
  const tm = temporal(o);
  const keepNulls = !flag(o, 'ignoreNullFields', true);
  const sep = writeOption(o, 'lineSep') ?? '\n';
  const row: DataType = { kind: 'struct', fields: [...fields] } as DataType;
  return rows.map((r) => jsonValue(r, row, tm, keepNulls) + sep).join('');
}

function checkCsvTypes(fields: readonly StructField[]): void {
  for (const f of fields) {
    const k = f.type.kind;
    if (k === 'array' || k === 'map' || k === 'struct' || k === 'interval' || k === 'null') {
      throw new AnalysisException(`[UNSUPPORTED_DATA_TYPE_FOR_DATASOURCE] The CSV datasource doesn't support the column \`${f.name}\` of the type "${sqlName(f.type)}".`, 'UNSUPPORTED_DATA_TYPE_FOR_DATASOURCE');
    }
  }
}

function singleChar(o: WriteOptions, key: string, dflt: string): string {
  const v = writeOption(o, key);
  if (v === undefined) return dflt;
  if (v === '') return '\u0000';
  if ([...v].length !== 1 && !(key === 'sep' || key === 'delimiter')) throw new SparkException(`${key} cannot be more than one character`);
  return v;
}

/** Strips white space (every character up to U+0020) at either end, as univocity's writer does. */
function trim(s: string, left: boolean, right: boolean): string {
  let a = 0;
  let b = s.length;
  if (left) while (a < b && s.charCodeAt(a) <= 32) a++;
  if (right) while (b > a && s.charCodeAt(b - 1) <= 32) b--;
  return s.slice(a, b);
}

/** CSV text (header line first when asked). */
export function encodeCsv(fields: readonly StructField[], rows: Rows, o: WriteOptions = {}): string {
  checkCsvTypes(fields);
  const sep = writeOption(o, 'sep') ?? writeOption(o, 'delimiter') ?? ',';
  const quote = singleChar(o, 'quote', '"');
  const escape = singleChar(o, 'escape', '\\');
  const escapeQuotes = flag(o, 'escapeQuotes', true);
  const quoteAll = flag(o, 'quoteAll', false);
  const trimLeft = flag(o, 'ignoreLeadingWhiteSpace', true);
  const trimRight = flag(o, 'ignoreTrailingWhiteSpace', true);
  const nullValue = writeOption(o, 'nullValue') ?? '';
  const emptyValue = writeOption(o, 'emptyValue');
  const lineSep = writeOption(o, 'lineSep') ?? '\n';
  const tm = temporal(o);
  const text = (v: unknown, t: DataType): string => {
    switch (t.kind) {
      case 'date': return tm.date(v as number);
      case 'timestamp': return tm.timestamp(v as number);
      case 'timestamp_ntz': return tm.timestampNtz(v as number);
      default: return castToString(v, t);
    }
  };
  const quoted = (s: string) => {
    const inner = quote === '\u0000' ? s : s.split(quote).join(escape + quote);
    return `${quote}${inner}${quote}`;
  };
  const needsQuotes = (s: string) => s.includes(sep) || (quote !== '\u0000' && s.includes(quote)) || s.includes('\n') || s.includes('\r');
  const cell = (v: unknown, t: DataType): string => {
    if (v === null || v === undefined) return nullValue;
    let s = text(v, t);
    if (s === '') return emptyValue ?? `${quote}${quote}`;
    if (trimLeft || trimRight) s = trim(s, trimLeft, trimRight);
    if (quoteAll) return quoted(s);
    if (needsQuotes(s)) return escapeQuotes || !s.includes(quote) ? quoted(s) : `${quote}${s}${quote}`;
    return s;
  };
  const lines: string[] = [];
  if (flag(o, 'header', false)) lines.push(fields.map((f) => cell(f.name, { kind: 'string' } as DataType)).join(sep) + lineSep);
  for (const r of rows) lines.push(fields.map((f, i) => cell(r[i], f.type)).join(sep) + lineSep);
  return lines.join('');
}

/** Plain text: the single string column, a line per row. */
export function encodeText(fields: readonly StructField[], rows: Rows, o: WriteOptions = {}): string {
  if (fields.length !== 1) {
    throw new AnalysisException(`Text data source supports only a single column, and you have ${fields.length} columns.`);
  }
  if (fields[0]!.type.kind !== 'string') {
    throw new AnalysisException(`[UNSUPPORTED_DATA_TYPE_FOR_DATASOURCE] The Text datasource doesn't support the column \`${fields[0]!.name}\` of the type "${sqlName(fields[0]!.type)}".`, 'UNSUPPORTED_DATA_TYPE_FOR_DATASOURCE');
  }
  const sep = writeOption(o, 'lineSep') ?? '\n';
  return rows.map((r) => (r[0] === null || r[0] === undefined ? '' : String(r[0])) + sep).join('');
}

export interface TextFormat {
  /** Part-file extension as Spark names it. */
  readonly extension: string;
  encode(fields: readonly StructField[], rows: Rows, o: WriteOptions): string;
}

export const TEXT_FORMATS: Readonly<Record<string, TextFormat>> = {
  csv: { extension: '.csv', encode: encodeCsv },
  json: { extension: '.json', encode: encodeJsonLines },
  text: { extension: '.txt', encode: encodeText },
};

/** Checks the compression option (Flint writes text formats uncompressed only). */
export function textCompression(o: WriteOptions): void {
  const c = (writeOption(o, 'compression') ?? writeOption(o, 'codec'))?.toLowerCase();
  if (c === undefined || c === 'none' || c === 'uncompressed') return;
  if (['gzip', 'bzip2', 'deflate', 'lz4', 'snappy', 'zstd'].includes(c)) {
    throw new SparkException(`Flint writes text files uncompressed; the '${c}' codec is not available.`);
  }
  throw new SparkException(`Codec [${c}] is not available. Known codecs are bzip2, deflate, uncompressed, lz4, gzip, snappy, none.`);
}
