/**
 * `spark.read.json` without a schema, as Spark 3.5's JSON source infers and parses it:
 * - one record per line (or the whole file with multiLine), a top-level array giving a row per
 *   element; fields sorted by name;
 * - Jackson's token types: integers that fit a long → long, larger ones → decimal(p, 0),
 *   other numbers → double (NaN / Infinity allowed), strings, booleans, nested objects →
 *   structs, arrays → arrays; types merged as JsonInferSchema.compatibleType does (long and
 *   double → double, decimals widened, anything else → string, the value then written back as
 *   compact JSON); null-only fields → string; empty structs dropped;
 * - parse modes: PERMISSIVE (a malformed record becomes a row of nulls with its text in
 *   `_corrupt_record`, which the schema gains only when some record is malformed),
 *   DROPMALFORMED (skipped), FAILFAST (an error naming the record);
 * - options primitivesAsString, columnNameOfCorruptRecord, allowSingleQuotes (default on),
 *   dropFieldIfAllNull, lineSep.
 * The parser, the inference and the conversions are the shared JSON codec's (../expr/json),
 * which from_json, schema_of_json and the user-schema and streaming reads use too.
 */
import { SparkException } from '../errors';
import { JsonSyntaxError, canonicalJsonType, inferJsonType, jsonConverter, mergeJsonTypes, parseJson, parseMode } from '../expr/json';
import type { JValue } from '../expr/json';
import { field, structType } from '../types';
import type { DataType, StructField } from '../types';
import type { Row } from '../expr';

export interface JsonReadOptions {
  readonly mode?: string;
  readonly columnNameOfCorruptRecord?: string;
  readonly primitivesAsString?: boolean;
  readonly allowSingleQuotes?: boolean;
  readonly dropFieldIfAllNull?: boolean;
  readonly multiLine?: boolean;
  readonly lineSep?: string;
}

const STRING: DataType = { kind: 'string' };

/** Converters by type, built once per schema node (JacksonParser's makeConverter). */
const converters = new WeakMap<DataType, (v: JValue) => unknown>();

/** A parsed value as a value of an inferred type (which every value of the data converts to). */
function convert(v: JValue, t: DataType): unknown {
  let c = converters.get(t);
  if (c === undefined) {
    c = jsonConverter(t);
    converters.set(t, c);
  }
  return c(v);
}

/** The records of one input: its lines (or the whole text with multiLine), blank ones skipped. */
function recordTexts(text: string, o: JsonReadOptions): string[] {
  if (o.multiLine) return text.trim() === '' ? [] : [text];
  const lines = o.lineSep ? text.split(o.lineSep) : text.split(/\r?\n/);
  return lines.filter((l) => l.trim() !== '');
}

/** The objects of one record (a top-level array gives one per element), or null when malformed. */
function recordObjects(text: string, o: JsonReadOptions): Map<string, JValue>[] | null {
  let v: JValue | undefined;
  try {
    v = parseJson(text, { allowSingleQuotes: o.allowSingleQuotes ?? true });
  } catch (e) {
    if (e instanceof JsonSyntaxError) return null;
    throw e;
  }
  if (v === undefined) return [];
  if (v instanceof Map) return [v];
  if (Array.isArray(v) && v.every((e) => e instanceof Map)) return v as Map<string, JValue>[];
  return null;
}

/** The schema and rows Spark's JSON reader gives for the texts of a data set's files. */
export function readJsonTexts(texts: readonly string[], o: JsonReadOptions = {}): { fields: StructField[]; rows: Row[] } {
  const mode = parseMode(o.mode);
  const corruptName = o.columnNameOfCorruptRecord ?? '_corrupt_record';
  const records = texts.flatMap((t) => recordTexts(t, o)).map((text) => ({ text, objs: recordObjects(text, o) }));
  let root: DataType = structType([]);
  for (const r of records) {
    if (r.objs === null) {
      if (mode === 'FAILFAST') throw new SparkException('Malformed records are detected in schema inference. Parse Mode: FAILFAST.');
      if (mode === 'PERMISSIVE') root = mergeJsonTypes(root, structType([field(corruptName, STRING, true)]));
      continue;
    }
    for (const obj of r.objs) root = mergeJsonTypes(root, inferJsonType(obj, o));
  }
  const settled = canonicalJsonType(root, o);
  const fields = settled?.kind === 'struct' ? [...settled.fields] : [];
  const corrupt = fields.findIndex((f) => f.name === corruptName && f.type.kind === 'string');
  const rows: Row[] = [];
  for (const r of records) {
    if (r.objs === null) {
      if (mode === 'DROPMALFORMED') continue;
      rows.push(fields.map((_, i) => (i === corrupt ? r.text : null)));
      continue;
    }
    for (const obj of r.objs) rows.push(fields.map((f, i) => (i === corrupt ? null : convert(obj.get(f.name) ?? null, f.type))));
  }
  return { fields, rows };
}

/** One file's JSON Lines text (see readJsonTexts). */
export function readJsonLines(text: string, o: JsonReadOptions = {}): { fields: StructField[]; rows: Row[] } {
  return readJsonTexts([text], o);
}

/**
 * Rows of texts read against fields settled beforehand (a data set's inferred schema, read
 * again by the executors split by split): the rows `readJsonTexts` gives for those records.
 */
export function readJsonWithFields(texts: readonly string[], fields: readonly StructField[], o: JsonReadOptions = {}): Row[] {
  const mode = parseMode(o.mode);
  const corruptName = o.columnNameOfCorruptRecord ?? '_corrupt_record';
  const corrupt = fields.findIndex((f) => f.name === corruptName && f.type.kind === 'string');
  const rows: Row[] = [];
  for (const t of texts) {
    for (const text of recordTexts(t, o)) {
      const objs = recordObjects(text, o);
      if (objs === null) {
        if (mode === 'DROPMALFORMED') continue;
        if (mode === 'FAILFAST') throw new SparkException(`[MALFORMED_RECORD_IN_PARSING.WITHOUT_SUGGESTION] Malformed records are detected in record parsing: [${fields.map(() => 'null').join(',')}].\nParse Mode: FAILFAST. To process malformed records as null result, try setting the option 'mode' as 'PERMISSIVE'.`);
        rows.push(fields.map((_, i) => (i === corrupt ? text : null)));
        continue;
      }
      for (const obj of objs) rows.push(fields.map((f, i) => (i === corrupt ? null : convert(obj.get(f.name) ?? null, f.type))));
    }
  }
  return rows;
}
