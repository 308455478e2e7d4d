/**
 * Reading one file's text against a user schema, as Spark's file sources do (the batch reader
 * with `.schema(...)` and every streaming file source): JSON Lines, CSV and text, with the
 * JSON/CSV parse modes PERMISSIVE (malformed records become nulls, their text in the
 * corrupt-record column if the schema has one), DROPMALFORMED and FAILFAST.
 */
import { SparkException } from '../errors';
import type { Row } from '../expr';
import { jsonParseOptions, jsonRecordReader, optionFlag } from '../expr/json';
import type { JsonRecordOptions } from '../expr/json';
import type { StructField } from '../types';
import { readCsvWithFields } from '../dataframe/csv';
import type { CsvOptions } from '../dataframe/csv';

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
  /** json: the parser features and datetime formats (mode and the corrupt-record column come from the fields above). */
  readonly json?: JsonReadSettings;
}

export type JsonReadSettings = Omit<JsonRecordOptions, 'mode' | 'columnNameOfCorruptRecord' | 'arrayAsRows'> & { readonly multiLine?: boolean };

/** The JSON source's parser features, datetime formats and multiLine, from Spark's option names. */
export function jsonReadSettings(get: (key: string) => string | undefined): JsonReadSettings {
  return {
    parse: jsonParseOptions(get), timestampFormat: get('timestampFormat'), timestampNTZFormat: get('timestampNTZFormat'), dateFormat: get('dateFormat'),
    multiLine: optionFlag(get, 'multiLine', false),
  };
}

function splitLines(text: string, sep?: string): string[] {
  const lines = sep ? text.split(sep) : text.split(/\r?\n/);
  if (lines.length && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

function readJson(text: string, fields: readonly StructField[], o: ReadOptions): Row[] {
  const read = jsonRecordReader(fields, { ...o.json, mode: o.mode, columnNameOfCorruptRecord: o.columnNameOfCorruptRecord, arrayAsRows: true });
  const rows: Row[] = [];
  for (const line of o.json?.multiLine ? [text] : splitLines(text, o.lineSep)) for (const r of read(line)) rows.push(r);
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
