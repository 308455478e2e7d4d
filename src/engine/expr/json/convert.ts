/**
 * JSON tokens → Spark values of a given type, as Spark 3.5's JacksonParser converts them, and
 * the record-level rules every user-schema JSON read shares (from_json, spark.read.json with a
 * schema, readStream.json, and the inferred-schema reader once its schema is known):
 * - integral types take integer tokens in range only; float/double take any number token and
 *   the strings NaN, Infinity, +Infinity, -Infinity, +INF, -INF; decimal takes number tokens
 *   (and number strings) rounded HALF_UP to its scale, failing past its precision;
 * - string takes a string token as is, any other token written back as compact JSON the way
 *   Jackson's generator copies it in 3.5 (integers exact, other numbers through Double.toString);
 * - timestamp takes a string (timestampFormat, else the cast rules with an optional zone
 *   offset) or an integer token as epoch seconds; date a string (dateFormat, else the cast
 *   rules, else a day count); binary a base64 string;
 * - a failed conversion of a top-level field keeps the record's other fields (PERMISSIVE's
 *   partial result); one inside a nested value fails the whole top-level field;
 * - malformed JSON fails the whole record; FAILFAST's error shows the record's result row.
 */
import { SparkException } from '../../errors';
import { Decimal, MapValue, formatDouble, formatFloat, parseDate, parseTimestamp, toUtcMicros } from '../../types';
import type { DataType, StructField } from '../../types';
import { parseByPattern } from '../functions/datetime';
import { base64Decode } from '../functions/string-more';
import { jsonString } from './generate';
import { JNum, JsonSyntaxError, parseJson } from './parse';
import type { JValue, JsonParseOptions } from './parse';

/** A token that does not convert to the wanted type (Spark's CannotParseJSONFieldException and kin). */
export class JsonConversionError extends Error {}

export interface JsonConvertOptions {
  readonly timestampFormat?: string;
  readonly timestampNTZFormat?: string;
  readonly dateFormat?: string;
  readonly allowNonNumericNumbers?: boolean;
}

export type ParseMode = 'PERMISSIVE' | 'DROPMALFORMED' | 'FAILFAST';

export function parseMode(m: string | undefined): ParseMode {
  const u = (m ?? 'PERMISSIVE').toUpperCase();
  return u === 'DROPMALFORMED' || u === 'FAILFAST' ? u : 'PERMISSIVE';
}

/**
 * A row as Spark's InternalRow.toString prints it, which is what its FAILFAST error shows: the
 * partial result (nulls for what did not convert) with the record's text in the corrupt-record
 * column if there is one. Arrays, maps and binary print as their contents here (Spark prints
 * the JVM object's identity for those).
 */
export function internalRowText(row: readonly unknown[], types: readonly DataType[]): string {
  const text = (v: unknown, t: DataType | undefined): string => {
    if (v === null || v === undefined) return 'null';
    switch (t?.kind) {
      case 'float': return formatFloat(v as number);
      case 'double': return formatDouble(v as number);
      case 'decimal': return (v as Decimal).toJavaString();
      case 'struct': return internalRowText(v as unknown[], t.fields.map((f) => f.type));
      case 'array': return `[${(v as unknown[]).map((e) => text(e, t.element)).join(',')}]`;
      default: return String(v);
    }
  };
  return `[${row.map((v, i) => text(v, types[i])).join(',')}]`;
}

/** Spark's FAILFAST error; `row` is the bad record's result row as internalRowText prints it. */
export function malformedRecordError(row: string): SparkException {
  return new SparkException(
    `[MALFORMED_RECORD_IN_PARSING.WITHOUT_SUGGESTION] Malformed records are detected in record parsing: ${row}.\n` +
      "Parse Mode: FAILFAST. To process malformed records as null result, try setting the option 'mode' as 'PERMISSIVE'.",
  );
}

/** A JSON value as compact JSON, as Jackson's generator copies a parsed token stream in Spark 3.5. */
export function compactJson(v: JValue): string {
  if (v === null) return 'null';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'string') return jsonString(v);
  if (v instanceof JNum) {
    if (v.isInt) return BigInt(v.text).toString();
    const n = Number(v.text);
    // Jackson quotes the non-numeric numbers it writes.
    return Number.isFinite(n) ? formatDouble(n) : jsonString(formatDouble(n));
  }
  if (Array.isArray(v)) return `[${v.map(compactJson).join(',')}]`;
  const parts: string[] = [];
  for (const [k, x] of v) parts.push(`${jsonString(k)}:${compactJson(x)}`);
  return `{${parts.join(',')}}`;
}

const fail = (what: string): never => {
  throw new JsonConversionError(what);
};

const INTEGRAL: Readonly<Record<string, readonly [bigint, bigint]>> = {
  byte: [-128n, 255n], short: [-32768n, 32767n], int: [-2147483648n, 2147483647n], long: [-(2n ** 63n), 2n ** 63n - 1n],
};

const NON_NUMERIC_STRINGS: Readonly<Record<string, number>> = {
  NaN: NaN, Infinity: Infinity, '+Infinity': Infinity, '+INF': Infinity, '-Infinity': -Infinity, '-INF': -Infinity,
};

const ZONED = /^(.*\d)\s*(Z|[+-]\d{2}(?::?\d{2})?)$/;

/** A timestamp string by the cast rules (Spark's default formatter), with an optional zone offset. */
function castTimestamp(text: string): number | null {
  const m = ZONED.exec(text.trim());
  if (m && /[T ]\d/.test(m[1]!)) {
    const local = parseTimestamp(m[1]!);
    if (local === null) return null;
    if (m[2] === 'Z') return local;
    const sign = m[2]![0] === '-' ? -1 : 1;
    const digits = m[2]!.slice(1).replace(':', '');
    const mins = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || '0');
    return local - sign * mins * 60_000_000;
  }
  const local = parseTimestamp(text);
  return local === null ? null : toUtcMicros(local);
}

function decimalOf(text: string, precision: number, scale: number): Decimal {
  const d = Decimal.fromStringKeepScale(text);
  if (d === null) return fail(`cannot parse ${text} as a decimal`);
  const r = d.toPrecision(precision, scale);
  return r ?? fail(`decimal precision ${precision} exceeded by ${text}`);
}

type Converter = (v: JValue) => unknown;

/** The converter of one Spark type; it throws JsonConversionError for a token it cannot take. */
export function jsonConverter(t: DataType, o: JsonConvertOptions = {}): Converter {
  const nonNumeric = o.allowNonNumericNumbers ?? true;
  const conv = (t: DataType): Converter => {
    switch (t.kind) {
      case 'null': return () => null;
      case 'boolean': return (v) => (v === null ? null : typeof v === 'boolean' ? v : fail('boolean'));
      case 'byte': case 'short': case 'int': case 'long': {
        const [lo, hi] = INTEGRAL[t.kind]!;
        const kind = t.kind;
        const [nlo, nhi] = [Number(lo), Number(hi)];
        return (v) => {
          if (v === null) return null;
          if (!(v instanceof JNum) || !v.isInt) return fail(kind);
          // Up to 15 digits a double holds the value exactly.
          if (v.text.length <= 15) {
            const x = Number(v.text) + 0; // -0 reads as 0
            if (kind === 'long') return BigInt(x);
            if (x < nlo || x > nhi) return fail(`${v.text} out of range of ${kind}`);
            // Jackson's getByteValue takes 128..255 as the byte of the same bits.
            return kind === 'byte' && x > 127 ? x - 256 : x;
          }
          const n = BigInt(v.text);
          if (n < lo || n > hi) return fail(`${v.text} out of range of ${kind}`);
          return kind === 'long' ? n : Number(n);
        };
      }
      case 'float': case 'double': {
        const round = t.kind === 'float' ? Math.fround : (x: number) => x;
        return (v) => {
          if (v === null) return null;
          if (v instanceof JNum) return round(Number(v.text));
          if (typeof v === 'string' && nonNumeric && v in NON_NUMERIC_STRINGS) return NON_NUMERIC_STRINGS[v];
          return fail('number');
        };
      }
      case 'decimal': {
        const { precision, scale } = t;
        return (v) => {
          if (v === null) return null;
          if (v instanceof JNum && Number.isFinite(Number(v.text))) return decimalOf(v.text, precision, scale);
          if (typeof v === 'string' && v !== '') return decimalOf(v.replace(/,/g, ''), precision, scale);
          return fail('decimal');
        };
      }
      case 'string': return (v) => (v === null ? null : typeof v === 'string' ? v : compactJson(v));
      case 'binary': return (v) => {
        if (v === null) return null;
        if (typeof v !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(v)) return fail('binary');
        return base64Decode(v);
      };
      case 'timestamp': {
        const fmt = o.timestampFormat;
        return (v) => {
          if (v === null) return null;
          if (v instanceof JNum && v.isInt) return Number(BigInt(v.text) * 1_000_000n);
          if (typeof v !== 'string' || v === '') return fail('timestamp');
          if (fmt !== undefined) {
            const local = parseByPattern(v, fmt);
            return local === null ? fail(`timestamp ${v}`) : toUtcMicros(local);
          }
          return castTimestamp(v) ?? fail(`timestamp ${v}`);
        };
      }
      case 'timestamp_ntz': {
        const fmt = o.timestampNTZFormat;
        return (v) => {
          if (v === null) return null;
          if (typeof v !== 'string' || v === '') return fail('timestamp_ntz');
          return (fmt !== undefined ? parseByPattern(v, fmt) : parseTimestamp(v)) ?? fail(`timestamp_ntz ${v}`);
        };
      }
      case 'date': {
        const fmt = o.dateFormat;
        return (v) => {
          if (v === null) return null;
          if (typeof v !== 'string' || v === '') return fail('date');
          if (fmt !== undefined) {
            const micros = parseByPattern(v, fmt);
            return micros === null ? fail(`date ${v}`) : Math.floor(micros / 86_400_000_000);
          }
          const d = parseDate(v);
          if (d !== null) return d;
          // Spark 1.5 wrote dates as day counts.
          return /^-?\d+$/.test(v.trim()) ? Number(v.trim()) : fail(`date ${v}`);
        };
      }
      case 'array': {
        const el = conv(t.element);
        return (v) => (v === null ? null : Array.isArray(v) ? v.map(el) : fail('array'));
      }
      case 'map': {
        const val = conv(t.value);
        return (v) => {
          if (v === null) return null;
          if (!(v instanceof Map)) return fail('map');
          const keys: string[] = [];
          const vals: unknown[] = [];
          for (const [k, x] of v) {
            keys.push(k);
            vals.push(val(x));
          }
          return new MapValue(keys, vals);
        };
      }
      case 'struct': {
        const fields = t.fields.map((f) => ({ name: f.name, conv: conv(f.type) }));
        return (v) => {
          if (v === null) return null;
          if (!(v instanceof Map)) return fail('struct');
          return fields.map((f) => {
            const x = v.get(f.name);
            return x === undefined ? null : f.conv(x);
          });
        };
      }
      default: return (v) => (v === null ? null : fail(t.kind));
    }
  };
  return conv(t);
}

/** A record whose fields did not all convert: the row with the fields that did (PERMISSIVE keeps it). */
export class PartialRecord extends Error {
  constructor(readonly row: unknown[]) {
    super('partial record');
  }
}

/**
 * The converter of a root object against top-level fields: a field that fails is null and the
 * record is reported (PartialRecord) with the others converted, as JacksonParser's root struct.
 */
export function rootStructConverter(fields: readonly StructField[], o: JsonConvertOptions = {}): (v: JValue) => unknown[] {
  const convs = fields.map((f) => ({ name: f.name, conv: jsonConverter(f.type, o) }));
  return (v) => {
    if (!(v instanceof Map)) throw new JsonConversionError('struct');
    let bad = false;
    const row = convs.map((f) => {
      if (!v.has(f.name)) return null;
      try {
        return f.conv(v.get(f.name)!);
      } catch (e) {
        if (!(e instanceof JsonConversionError)) throw e;
        bad = true;
        return null;
      }
    });
    if (bad) throw new PartialRecord(row);
    return row;
  };
}

export interface JsonRecordOptions extends JsonConvertOptions {
  readonly mode?: string;
  /** The corrupt-record column: filled with a malformed record's text when the fields hold it as a string. */
  readonly columnNameOfCorruptRecord?: string;
  readonly parse?: JsonParseOptions;
  /** A top-level array gives a row per element (the file sources); from_json takes objects only. */
  readonly arrayAsRows?: boolean;
}

/**
 * Rows of JSON records read against `fields` (Spark's FailureSafeParser over JacksonParser):
 * a blank record gives no row; a malformed one follows the mode (PERMISSIVE: the partial row,
 * or nulls, with the text in the corrupt-record column; DROPMALFORMED: no row; FAILFAST: an error).
 */
export function jsonRecordReader(fields: readonly StructField[], o: JsonRecordOptions = {}): (record: string) => unknown[][] {
  const mode = parseMode(o.mode);
  const corruptName = o.columnNameOfCorruptRecord ?? '_corrupt_record';
  const corrupt = fields.findIndex((f) => f.name === corruptName && f.type.kind === 'string');
  const dataFields = corrupt < 0 ? fields : fields.filter((_, i) => i !== corrupt);
  const root = rootStructConverter(dataFields, o);
  const element = jsonConverter({ kind: 'struct', fields: [...dataFields] } as DataType, o);
  const full = (row: unknown[], text: string | null): unknown[] => {
    if (corrupt < 0) return row;
    const out = row.slice();
    out.splice(corrupt, 0, text);
    return out;
  };
  const types = fields.map((f) => f.type);
  const bad = (text: string, partial: unknown[] | null): unknown[][] => {
    if (mode === 'DROPMALFORMED') return [];
    const row = full(partial ?? dataFields.map(() => null), text);
    if (mode === 'FAILFAST') throw malformedRecordError(internalRowText(row, types));
    return [row];
  };
  return (text) => {
    let v: JValue | undefined;
    try {
      v = parseJson(text, o.parse);
    } catch (e) {
      if (e instanceof JsonSyntaxError) return bad(text, null);
      throw e;
    }
    if (v === undefined) return [];
    try {
      if (Array.isArray(v) && o.arrayAsRows) {
        // A null element has no row to give: the whole record is bad.
        return v.map((e) => (e === null ? fail('null row') : (element(e) as unknown[]))).map((r) => full(r, null));
      }
      return [full(root(v), null)];
    } catch (e) {
      if (e instanceof PartialRecord) return bad(text, e.row);
      if (e instanceof JsonConversionError) return bad(text, null);
      throw e;
    }
  };
}
