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
 */
import { SparkException } from '../errors';
import { JNum, JsonSyntaxError, parseJson } from '../expr/json';
import type { JValue } from '../expr/json';
import { Decimal, arrayType, decimalType, field, structType } from '../types';
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
const NULL: DataType = { kind: 'null' };
const LONG_MIN = -(2n ** 63n);
const LONG_MAX = 2n ** 63n - 1n;

function numberType(n: JNum): DataType {
  if (!n.isInt) return { kind: 'double' };
  const v = BigInt(n.text);
  if (v >= LONG_MIN && v <= LONG_MAX) return { kind: 'long' };
  const digits = n.text.replace('-', '').length;
  return digits <= 38 ? decimalType(digits, 0) : { kind: 'double' };
}

function inferValue(v: JValue, o: JsonReadOptions): DataType {
  if (v === null) return NULL;
  if (typeof v === 'boolean') return o.primitivesAsString ? STRING : { kind: 'boolean' };
  if (typeof v === 'string') return STRING;
  if (v instanceof JNum) return o.primitivesAsString ? STRING : numberType(v);
  if (Array.isArray(v)) return arrayType(v.reduce<DataType>((t, e) => compatible(t, inferValue(e, o)), NULL), true);
  return structType([...v.keys()].sort(byName).map((k) => field(k, inferValue(v.get(k)!, o), true)));
}

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The decimal that holds every value of an integral type (DecimalType.forType). */
const integralDecimal = (t: DataType): DataType => decimalType(t.kind === 'long' ? 20 : 10, 0);
const numeric = (t: DataType) => t.kind === 'long' || t.kind === 'double';

function compatible(a: DataType, b: DataType): DataType {
  if (a.kind === 'null') return b;
  if (b.kind === 'null') return a;
  if (a.kind === b.kind && a.kind !== 'struct' && a.kind !== 'array' && a.kind !== 'decimal') return a;
  if (numeric(a) && numeric(b)) return { kind: 'double' };
  if ((a.kind === 'double' && b.kind === 'decimal') || (a.kind === 'decimal' && b.kind === 'double')) return { kind: 'double' };
  if (a.kind === 'decimal' && b.kind === 'decimal') {
    const scale = Math.max(a.scale, b.scale);
    const range = Math.max(a.precision - a.scale, b.precision - b.scale);
    return range + scale > 38 ? { kind: 'double' } : decimalType(range + scale, scale);
  }
  if (a.kind === 'long' && b.kind === 'decimal') return compatible(integralDecimal(a), b);
  if (a.kind === 'decimal' && b.kind === 'long') return compatible(a, integralDecimal(b));
  if (a.kind === 'array' && b.kind === 'array') return arrayType(compatible(a.element, b.element), true);
  if (a.kind === 'struct' && b.kind === 'struct') {
    const names = [...new Set([...a.fields.map((f) => f.name), ...b.fields.map((f) => f.name)])].sort(byName);
    return structType(names.map((n) => field(n, compatible(a.fields.find((f) => f.name === n)?.type ?? NULL, b.fields.find((f) => f.name === n)?.type ?? NULL), true)));
  }
  return STRING;
}

/** Null-only types become string (or go, with dropFieldIfAllNull); empty structs go (SPARK-8093). */
function canonical(t: DataType, o: JsonReadOptions): DataType | null {
  if (t.kind === 'null') return o.dropFieldIfAllNull ? null : STRING;
  if (t.kind === 'array') {
    const e = canonical(t.element, o);
    return e === null ? null : arrayType(e, true);
  }
  if (t.kind === 'struct') {
    const fs = t.fields.filter((f) => f.name !== '').flatMap((f) => {
      const c = canonical(f.type, o);
      return c === null ? [] : [field(f.name, c, true)];
    });
    return fs.length ? structType(fs) : null;
  }
  return t;
}

/** A value as compact JSON, numbers as written (what a string-typed field gets for a non-string token). */
function compact(v: JValue): string {
  if (v === null) return 'null';
  if (typeof v === 'boolean') return String(v);
  if (typeof v === 'string') return JSON.stringify(v);
  if (v instanceof JNum) return v.text;
  if (Array.isArray(v)) return `[${v.map(compact).join(',')}]`;
  return `{${[...v].map(([k, x]) => `${JSON.stringify(k)}:${compact(x)}`).join(',')}}`;
}

function convert(v: JValue, t: DataType): unknown {
  if (v === null) return null;
  switch (t.kind) {
    case 'string': return typeof v === 'string' ? v : compact(v);
    case 'boolean': return typeof v === 'boolean' ? v : null;
    case 'long': return v instanceof JNum && v.isInt ? BigInt(v.text) : null;
    case 'double': return v instanceof JNum ? Number(v.text.replace(/^\+/, '')) : null;
    case 'decimal': {
      if (!(v instanceof JNum) || !v.isInt) return null;
      return Decimal.fromString(v.text)?.toPrecision(t.precision, t.scale) ?? null;
    }
    case 'array': return Array.isArray(v) ? v.map((e) => convert(e, t.element)) : null;
    case 'struct': return v instanceof Map ? t.fields.map((f) => convert(v.get(f.name) ?? null, f.type)) : null;
    default: return null;
  }
}

type Mode = 'PERMISSIVE' | 'DROPMALFORMED' | 'FAILFAST';

function parseMode(m: string | undefined): Mode {
  const u = (m ?? 'PERMISSIVE').toUpperCase();
  return u === 'DROPMALFORMED' || u === 'FAILFAST' ? u : 'PERMISSIVE';
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
      if (mode === 'PERMISSIVE') root = compatible(root, structType([field(corruptName, STRING, true)]));
      continue;
    }
    for (const obj of r.objs) root = compatible(root, inferValue(obj, o));
  }
  const settled = canonical(root, o);
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
