/**
 * Reading one file's text against a user schema, as Spark's file sources do (the batch reader
 * with `.schema(...)` and every streaming file source): JSON Lines, CSV and text, with the
 * JSON/CSV parse modes PERMISSIVE (malformed records become nulls, their text in the
 * corrupt-record column if the schema has one), DROPMALFORMED and FAILFAST.
 */
import { SparkException } from '../errors';
import type { Row } from '../expr';
import { MapValue, parseDate, parseTimestamp } from '../types';
import type { DataType, StructField } from '../types';
import { readCsvWithFields } from '../dataframe/csv';
import type { CsvOptions } from '../dataframe/csv';

export type ParseMode = 'PERMISSIVE' | 'DROPMALFORMED' | 'FAILFAST';

export interface ReadOptions {
  readonly mode?: string;
  readonly columnNameOfCorruptRecord?: string;
  readonly header?: boolean;
  readonly sep?: string;
  readonly quote?: string;
  /** text: one row per file instead of one per line. */
  readonly wholetext?: boolean;
  readonly lineSep?: string;
  /** csv: every CSV option (Spark's CSVOptions); without it the fields above. */
  readonly csv?: CsvOptions;
}

class Malformed extends Error {}

function parseMode(m: string | undefined): ParseMode {
  const u = (m ?? 'PERMISSIVE').toUpperCase();
  if (u === 'PERMISSIVE' || u === 'DROPMALFORMED' || u === 'FAILFAST') return u;
  return 'PERMISSIVE';
}

const failFast = (record: string): SparkException =>
  new SparkException(
    `[MALFORMED_RECORD_IN_PARSING.WITHOUT_SUGGESTION] Malformed records are detected in record parsing: ${record}.\n` +
      "Parse Mode: FAILFAST. To process malformed records as null result, try setting the option 'mode' as 'PERMISSIVE'.",
  );

const INT_RANGE: Record<string, [number, number]> = { byte: [-128, 127], short: [-32768, 32767], int: [-2147483648, 2147483647] };

/** A parsed JSON value as a value of type `t` (Spark's JacksonParser conversions). */
function jsonValue(v: unknown, t: DataType): unknown {
  if (v === null || v === undefined) return null;
  switch (t.kind) {
    case 'string': return typeof v === 'string' ? v : JSON.stringify(v);
    case 'long':
      if (typeof v === 'number' && Number.isInteger(v)) return BigInt(v);
      throw new Malformed();
    case 'int': case 'short': case 'byte': {
      const [lo, hi] = INT_RANGE[t.kind]!;
      if (typeof v === 'number' && Number.isInteger(v) && v >= lo && v <= hi) return v;
      throw new Malformed();
    }
    case 'double': case 'float':
      if (typeof v === 'number') return t.kind === 'float' ? Math.fround(v) : v;
      if (v === 'NaN') return NaN;
      if (v === 'Infinity' || v === '+Infinity' || v === 'Inf') return Infinity;
      if (v === '-Infinity' || v === '-Inf') return -Infinity;
      throw new Malformed();
    case 'decimal':
      if (typeof v === 'number') return v;
      throw new Malformed();
    case 'boolean':
      if (typeof v === 'boolean') return v;
      throw new Malformed();
    case 'timestamp': case 'timestamp_ntz': {
      if (typeof v === 'number') return Math.round(v * 1_000_000);
      const ts = typeof v === 'string' ? parseTimestamp(v) : null;
      if (ts === null) throw new Malformed();
      return ts;
    }
    case 'date': {
      const d = typeof v === 'string' ? parseDate(v) : null;
      if (d === null) throw new Malformed();
      return d;
    }
    case 'array':
      if (!Array.isArray(v)) throw new Malformed();
      return v.map((e) => jsonValue(e, t.element));
    case 'struct':
      if (typeof v !== 'object' || Array.isArray(v)) throw new Malformed();
      return t.fields.map((f) => jsonValue((v as Record<string, unknown>)[f.name], f.type));
    case 'map': {
      if (typeof v !== 'object' || Array.isArray(v)) throw new Malformed();
      const o = v as Record<string, unknown>;
      return new MapValue(Object.keys(o), Object.keys(o).map((k) => jsonValue(o[k], t.value)));
    }
    default:
      return v;
  }
}

function splitLines(text: string, sep?: string): string[] {
  const lines = sep ? text.split(sep) : text.split(/\r?\n/);
  if (lines.length && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

function readJson(text: string, fields: readonly StructField[], o: ReadOptions): Row[] {
  const mode = parseMode(o.mode);
  const corrupt = fields.findIndex((f) => f.name === (o.columnNameOfCorruptRecord ?? '_corrupt_record') && f.type.kind === 'string');
  const rows: Row[] = [];
  for (const line of splitLines(text, o.lineSep)) {
    if (line.trim() === '') continue;
    let row: Row;
    try {
      const obj = JSON.parse(line) as unknown;
      if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) throw new Malformed();
      const rec = obj as Record<string, unknown>;
      row = fields.map((f, i) => (i === corrupt ? null : jsonValue(rec[f.name], f.type)));
    } catch (e) {
      if (!(e instanceof Malformed) && !(e instanceof SyntaxError)) throw e;
      if (mode === 'FAILFAST') throw failFast(line);
      if (mode === 'DROPMALFORMED') continue;
      row = fields.map((_, i) => (i === corrupt ? line : null));
    }
    rows.push(row);
  }
  return rows;
}

function readCsvWithSchema(text: string, fields: readonly StructField[], o: ReadOptions): Row[] {
  const csv: CsvOptions = o.csv ?? {
    header: o.header === true, inferSchema: false, sep: o.sep ?? ',', quote: o.quote ?? '"', mode: o.mode, columnNameOfCorruptRecord: o.columnNameOfCorruptRecord,
  };
  return readCsvWithFields(text, fields, csv);
}

/** Rows of one file's text read with `fields` as the schema. */
export function readWithSchema(format: string, text: string, fields: readonly StructField[], o: ReadOptions = {}): Row[] {
  switch (format) {
    case 'json': return readJson(text, fields, o);
    case 'csv': return readCsvWithSchema(text, fields, o);
    case 'text': return o.wholetext ? [[text]] : splitLines(text, o.lineSep).map((l) => [l]);
    default:
      throw new SparkException(`Flint cannot read the '${format}' format yet.`);
  }
}
