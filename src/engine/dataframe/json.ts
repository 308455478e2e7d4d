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

/** A number token, kept as written so 1 and 1.0 stay apart and big integers stay exact. */
class JNum {
  constructor(readonly text: string, readonly isInt: boolean) {}
}
type JValue = null | boolean | string | JNum | JValue[] | Map<string, JValue>;

class Malformed extends Error {}

/** A strict JSON parser (plus single-quoted strings and NaN / Infinity, as Spark allows by default). */
class Parser {
  private i = 0;
  constructor(private readonly s: string, private readonly singleQuotes: boolean) {}

  parseDocument(): JValue {
    const v = this.value();
    this.ws();
    if (this.i !== this.s.length) throw new Malformed();
    return v;
  }

  private ws(): void {
    const s = this.s;
    while (this.i < s.length) {
      const c = s.charCodeAt(this.i);
      if (c === 32 || c === 9 || c === 10 || c === 13) this.i++;
      else break;
    }
  }

  private value(): JValue {
    this.ws();
    const c = this.s[this.i];
    if (c === '{') return this.object();
    if (c === '[') return this.array();
    if (c === '"' || (c === "'" && this.singleQuotes)) return this.string();
    if (c === 't' && this.s.startsWith('true', this.i)) return (this.i += 4), true;
    if (c === 'f' && this.s.startsWith('false', this.i)) return (this.i += 5), false;
    if (c === 'n' && this.s.startsWith('null', this.i)) return (this.i += 4), null;
    return this.number();
  }

  private object(): Map<string, JValue> {
    this.i++;
    const m = new Map<string, JValue>();
    this.ws();
    if (this.s[this.i] === '}') return this.i++, m;
    for (;;) {
      this.ws();
      const q = this.s[this.i];
      if (q !== '"' && !(q === "'" && this.singleQuotes)) throw new Malformed();
      const k = this.string();
      this.ws();
      if (this.s[this.i++] !== ':') throw new Malformed();
      m.set(k, this.value());
      this.ws();
      const c = this.s[this.i++];
      if (c === '}') return m;
      if (c !== ',') throw new Malformed();
    }
  }

  private array(): JValue[] {
    this.i++;
    const a: JValue[] = [];
    this.ws();
    if (this.s[this.i] === ']') return this.i++, a;
    for (;;) {
      a.push(this.value());
      this.ws();
      const c = this.s[this.i++];
      if (c === ']') return a;
      if (c !== ',') throw new Malformed();
    }
  }

  private string(): string {
    const q = this.s[this.i++]!;
    let out = '';
    let start = this.i;
    const s = this.s;
    while (this.i < s.length) {
      const c = s[this.i]!;
      if (c === q) {
        out += s.slice(start, this.i++);
        return out;
      }
      if (c.charCodeAt(0) < 32) throw new Malformed();
      if (c === '\\') {
        out += s.slice(start, this.i);
        const e = s[this.i + 1];
        const simple: Record<string, string> = { '"': '"', "'": "'", '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (e === 'u') {
          const hex = s.slice(this.i + 2, this.i + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw new Malformed();
          out += String.fromCharCode(parseInt(hex, 16));
          this.i += 6;
        } else if (e !== undefined && simple[e] !== undefined && (e !== "'" || this.singleQuotes)) {
          out += simple[e];
          this.i += 2;
        } else throw new Malformed();
        start = this.i;
      } else this.i++;
    }
    throw new Malformed();
  }

  private number(): JNum {
    const m = /^-?(?:(?:0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?|NaN|Infinity)|^\+?(?:NaN|Infinity)/.exec(this.s.slice(this.i, this.i + 400));
    if (!m || m[0] === '-' || m[0] === '') throw new Malformed();
    this.i += m[0].length;
    const special = /NaN|Infinity/.test(m[0]);
    return new JNum(m[0], !special && m[1] === undefined && m[2] === undefined);
  }
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
  let v: JValue;
  try {
    v = new Parser(text, o.allowSingleQuotes ?? true).parseDocument();
  } catch (e) {
    if (e instanceof Malformed) return null;
    throw e;
  }
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
