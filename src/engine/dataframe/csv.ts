/**
 * CSV as Spark 3.5's reader sees it: RFC 4180 records (quoted commas, doubled quotes,
 * CRLF), `_c0`-style names without a header, and CSVInferSchema's type ladder
 * (int → long → double → timestamp/date → boolean → string) when inferSchema is set.
 *
 * Ingest speed matters (files of tens of MB): fields are sliced out of the text between
 * delimiter and quote positions rather than built a character at a time.
 */
import { FlintError, SparkException } from '../errors';
import { parseByPattern } from '../expr/functions/datetime';
import { castFn } from '../expr';
import { AnalysisException } from '../expr/sql-errors';
import { field, parseDate, parseTimestamp } from '../types';
import type { DataType, StructField } from '../types';
import type { Row } from '../expr';
import { inferField, isDoubleText, mergeTypes } from './csv-infer';

export interface CsvOptions {
  readonly header: boolean;
  readonly inferSchema: boolean;
  readonly sep: string;
  /** '' turns quoting off (Spark's `quote=""` is the null character). */
  readonly quote: string;
  /** Inside a quoted value, this before a quote stands for the quote (Spark's default backslash). */
  readonly escape?: string;
  /** Escapes the escape just before a quote (Spark's default: the escape when it differs from the quote). */
  readonly charToEscapeQuoteEscaping?: string;
  /** Lines starting with this are skipped ('' = none, Spark's default). */
  readonly comment?: string;
  /** A field equal to this is null (Spark's default ''), in inference too. */
  readonly nullValue?: string;
  /** What a quoted empty field ("") reads as (Spark's default ''; null when it equals nullValue). */
  readonly emptyValue?: string;
  readonly nanValue?: string;
  readonly positiveInf?: string;
  readonly negativeInf?: string;
  /** PERMISSIVE (default), DROPMALFORMED or FAILFAST. */
  readonly mode?: string;
  readonly columnNameOfCorruptRecord?: string;
  /** Quoted values may span lines (Spark's default false: a record ends at its line). */
  readonly multiLine?: boolean;
  readonly ignoreLeadingWhiteSpace?: boolean;
  readonly ignoreTrailingWhiteSpace?: boolean;
  readonly dateFormat?: string;
  readonly timestampFormat?: string;
  /** A user schema's names win over the header's (default true); false checks the header against it. */
  readonly enforceSchema?: boolean;
  /** A record separator other than LF, CRLF and CR. */
  readonly lineSep?: string;
  /** Input charset (utf-8 is what the fast path reads; others are decoded by TextDecoder). */
  readonly encoding?: string;
  /**
   * Spark's CSV column pruning (the `columnPruning` option, else
   * `spark.sql.csv.parser.columnPruning.enabled`, default true; off with multiLine): when a
   * query reads only some columns (`columns`), only those are converted and only they make a
   * record malformed (see `csvRows`).
   */
  readonly columnPruning?: boolean;
  /** The columns (indexes into the fields, the corrupt-record column included) a query reads: Spark's requiredSchema. */
  readonly columns?: readonly number[];
}

type Rec = (string | null)[];

const LF = 10;
const CR = 13;

/** Records of a CSV text; `null` marks an unquoted empty field (Spark's default nullValue). */
export function parseCsv(text: string, sep = ',', quote = '"'): Rec[] {
  if (sep.length !== 1 || quote.length !== 1 || sep === quote || /[\r\n]/.test(sep + quote)) return parseCsvGeneral(text, sep, quote);
  const S = sep.charCodeAt(0);
  const Q = quote.charCodeAt(0);
  const n = text.length;
  const records: Rec[] = [];
  let rec: Rec = [];
  // Blank lines are skipped, as Spark's line reader does: a record of one unquoted empty field.
  const endRecord = () => {
    if (!(rec.length === 1 && rec[0] === null)) records.push(rec);
    rec = [];
  };
  let i = 0;
  while (i < n) {
    let value: string | null;
    let c = text.charCodeAt(i);
    if (c === Q) {
      // Quoted: doubled quotes stand for one; a closing quote may be followed by plain text,
      // which joins the value; an unclosed quote runs to the end of the text.
      let acc = '';
      let j = i + 1;
      for (;;) {
        const k = text.indexOf(quote, j);
        if (k < 0) { acc += text.slice(j); i = n; break; }
        if (k + 1 < n && text.charCodeAt(k + 1) === Q) { acc += text.slice(j, k + 1); j = k + 2; continue; }
        acc += text.slice(j, k);
        i = k + 1;
        break;
      }
      const t0 = i;
      while (i < n && (c = text.charCodeAt(i)) !== S && c !== LF && c !== CR) i++;
      value = t0 === i ? acc : acc + text.slice(t0, i);
    } else {
      const t0 = i;
      while (i < n && (c = text.charCodeAt(i)) !== S && c !== LF && c !== CR) i++;
      value = t0 === i ? null : text.slice(t0, i);
    }
    rec.push(value);
    if (i >= n) { endRecord(); return records; }
    c = text.charCodeAt(i);
    i++;
    if (c === S) {
      // A delimiter just before the end still opens one more (empty) field.
      if (i >= n) { rec.push(null); endRecord(); }
      continue;
    }
    if (c === CR && i < n && text.charCodeAt(i) === LF) i++;
    endRecord();
  }
  return records;
}

/** Character-at-a-time reader for option combinations the fast path does not cover. */
function parseCsvGeneral(text: string, sep: string, quote: string): Rec[] {
  const records: Rec[] = [];
  let rec: Rec = [];
  let cur = '';
  let quoted = false;
  let inQuotes = false;
  let i = 0;
  const endField = () => {
    rec.push(cur === '' && !quoted ? null : cur);
    cur = '';
    quoted = false;
  };
  while (i < text.length) {
    const c = text[i]!;
    if (inQuotes) {
      if (c === quote && text[i + 1] === quote) {
        cur += quote;
        i += 2;
        continue;
      }
      if (c === quote) inQuotes = false;
      else cur += c;
      i++;
      continue;
    }
    if (c === quote && cur === '') {
      inQuotes = true;
      quoted = true;
    } else if (c === sep) {
      endField();
    } else if (c === '\n' || c === '\r') {
      endField();
      records.push(rec);
      rec = [];
      if (c === '\r' && text[i + 1] === '\n') i++;
    } else {
      cur += c;
    }
    i++;
  }
  if (cur !== '' || quoted || rec.length > 0) {
    endField();
    records.push(rec);
  }
  return records.filter((r) => !(r.length === 1 && r[0] === null));
}

export function csvValue(v: string | null, t: DataType): unknown {
  if (v === null) return null;
  switch (t.kind) {
    case 'int': return Number(v);
    case 'long': return BigInt(v);
    case 'double': return doubleValue(v);
    case 'boolean': return v.toLowerCase() === 'true';
    case 'date': return parseDate(v);
    case 'timestamp': return parseTimestamp(v);
    case 'decimal': return castFn({ kind: 'string' }, t)(v);
    default: return v;
  }
}

function doubleValue(v: string): number {
  const last = v.charCodeAt(v.length - 1);
  // Ending in a digit or '.', there is no type suffix or Inf spelling to rewrite.
  if ((last >= 48 && last <= 57) || last === 46) return Number(v);
  if (v === 'Inf') return Infinity;
  if (v === '-Inf') return -Infinity;
  return Number(v.replace(/[dDfF]$/, ''));
}

/**
 * Column names from a header record as Spark's CSV reader makes them safe: an empty or
 * missing name becomes `_c<index>` (diamonds.csv's blank first field is `_c0`), and a name
 * that occurs more than once (case-insensitively, Spark's default) gets its index appended.
 */
export function safeHeader(head: readonly (string | null | undefined)[]): string[] {
  const seen = new Map<string, number>();
  for (const n of head) if (n) seen.set(n.toLowerCase(), (seen.get(n.toLowerCase()) ?? 0) + 1);
  return head.map((n, i) => (!n ? `_c${i}` : (seen.get(n.toLowerCase()) ?? 0) > 1 ? `${n}${i}` : n));
}


/** Spark's CSVOptions from reader options (`get` gives an option's text, case-insensitively keyed). */
export function csvOptionsFrom(get: (k: string) => string | undefined, corruptDefault = '_corrupt_record', pruningConf?: string): CsvOptions {
  const str = (k: string, d: string) => get(k) ?? d;
  const bool = (k: string, d: boolean) => {
    const v = get(k);
    if (v === undefined) return d;
    const l = v.toLowerCase();
    if (l === 'true') return true;
    if (l === 'false') return false;
    throw new FlintError('IllegalArgumentException', `${k} flag can be true or false.`);
  };
  // CSVOptions.getChar: '' is the null character (the feature off), more than one char an error.
  const char = (k: string, d: string) => {
    const v = get(k);
    if (v === undefined) return d;
    if (v.length > 1) throw new FlintError('IllegalArgumentException', `${k} cannot be more than one character`);
    return v;
  };
  const sep0 = get('sep') ?? get('delimiter') ?? ',';
  const sep = sep0 === '\\t' ? '\t' : sep0;
  if (sep === '') throw new FlintError('IllegalArgumentException', '[INVALID_DELIMITER_VALUE.EMPTY_STRING] Invalid value for delimiter. Delimiter cannot be empty string.');
  const quote = char('quote', '"');
  const escape = char('escape', '\\');
  const o: CsvOptions = {
    header: bool('header', false),
    inferSchema: bool('inferSchema', false),
    sep,
    quote,
    escape,
    charToEscapeQuoteEscaping: char('charToEscapeQuoteEscaping', escape !== quote ? escape : ''),
    comment: char('comment', ''),
    nullValue: str('nullValue', ''),
    emptyValue: str('emptyValue', ''),
    nanValue: str('nanValue', 'NaN'),
    positiveInf: str('positiveInf', 'Inf'),
    negativeInf: str('negativeInf', '-Inf'),
    mode: str('mode', 'PERMISSIVE'),
    columnNameOfCorruptRecord: str('columnNameOfCorruptRecord', corruptDefault),
    multiLine: bool('multiLine', false),
    ignoreLeadingWhiteSpace: bool('ignoreLeadingWhiteSpace', false),
    ignoreTrailingWhiteSpace: bool('ignoreTrailingWhiteSpace', false),
    dateFormat: get('dateFormat'),
    timestampFormat: get('timestampFormat'),
    enforceSchema: bool('enforceSchema', true),
    lineSep: get('lineSep'),
    encoding: get('encoding') ?? get('charset') ?? 'UTF-8',
  };
  // CSVOptions.isColumnPruningOptionEnabled: the option, else the conf, never with multiLine by default.
  const pruning = bool('columnPruning', o.multiLine !== true && (pruningConf ?? 'true').toLowerCase() !== 'false');
  const lineSep = o.lineSep;
  if (lineSep !== undefined && (lineSep.length === 0 || lineSep.length > 2)) {
    throw new FlintError('IllegalArgumentException', `requirement failed: ${lineSep.length === 0 ? "'lineSep' cannot be an empty string." : "'lineSep' can contain only 1 character."}`);
  }
  parseMode(o.mode);
  return { ...o, columnPruning: pruning };
}

/**
 * `o` reading only `columns` of `fields` when column pruning applies to them: Spark prunes the
 * data columns (its UnivocityParser gets the required schema without the corrupt-record
 * column) whenever that leaves some out. Null: every column is read as it is.
 */
export function csvPruned(o: CsvOptions, fields: readonly StructField[], columns: readonly number[]): CsvOptions | null {
  const corrupt = corruptIndex(fields, o);
  const data = columns.filter((c) => c !== corrupt && c >= 0 && c < fields.length);
  // Spark's CSVFileFormat refuses a scan reading only the corrupt-record column (whatever the pruning).
  if (corrupt >= 0 && data.length === 0 && columns.includes(corrupt)) {
    throw new AnalysisException(
      'The feature is not supported: Queries from raw JSON/CSV files are disallowed when the referenced columns only include the internal corrupt record column (named `_corrupt_record` by default). ' +
        'For example: `spark.read.schema(schema).json(file).filter($"_corrupt_record".isNotNull).count()` and `spark.read.schema(schema).json(file).select("_corrupt_record")`. ' +
        'Instead, you can cache or save the parsed results and then send the same query. For example, `val df = spark.read.schema(schema).json(file).cache()` and then `df.filter($"_corrupt_record".isNotNull).count()`.',
      'UNSUPPORTED_FEATURE.QUERY_ONLY_CORRUPT_RECORD_COLUMN',
    );
  }
  if (o.columnPruning === false || (o.columnPruning === undefined && o.multiLine === true)) return null;
  const width = fields.length - (corrupt >= 0 ? 1 : 0);
  if (data.length >= width) return null;
  return { ...o, columns: [...new Set(columns)].filter((c) => c >= 0 && c < fields.length).sort((a, b) => a - b) };
}

/** The corrupt-record column of `fields` (a string field of that name), or -1. */
export function corruptIndex(fields: readonly StructField[], o: CsvOptions): number {
  const corruptName = o.columnNameOfCorruptRecord ?? '_corrupt_record';
  return fields.findIndex((f) => f.name === corruptName && f.type.kind === 'string');
}

export type CsvParseMode = 'PERMISSIVE' | 'DROPMALFORMED' | 'FAILFAST';

/** Spark's ParseMode.fromString: an unknown mode falls back to PERMISSIVE (Spark logs a warning). */
export function parseMode(m: string | undefined): CsvParseMode {
  const u = (m ?? 'PERMISSIVE').toUpperCase();
  return u === 'DROPMALFORMED' || u === 'FAILFAST' ? u : 'PERMISSIVE';
}

/** Whether the byte reader (`readCsvBatches`) reads these options as Spark does. */
export function fastCsvOptions(o: CsvOptions): boolean {
  const { sep, quote } = o;
  const esc = o.escape ?? '\\';
  return sep.length === 1 && quote.length === 1 && sep !== quote && !/[\r\n]/.test(sep + quote) && sep.charCodeAt(0) <= 127 && quote.charCodeAt(0) <= 127 &&
    esc.length <= 1 && (esc === '' || (esc.charCodeAt(0) <= 127 && esc !== sep && !/[\r\n]/.test(esc))) &&
    (o.charToEscapeQuoteEscaping === undefined || o.charToEscapeQuoteEscaping === (esc !== quote ? esc : '')) &&
    !o.comment && (o.nullValue ?? '') === '' && (o.emptyValue ?? '') === '' &&
    (o.nanValue ?? 'NaN') === 'NaN' && (o.positiveInf ?? 'Inf') === 'Inf' && (o.negativeInf ?? '-Inf') === '-Inf' &&
    parseMode(o.mode) === 'PERMISSIVE' && !o.ignoreLeadingWhiteSpace && !o.ignoreTrailingWhiteSpace &&
    o.dateFormat === undefined && o.timestampFormat === undefined && o.lineSep === undefined && isUtf8(o.encoding);
}

export function isUtf8(enc: string | undefined): boolean {
  return enc === undefined || /^utf-?8$/i.test(enc);
}

/** One record's tokens (null: an unquoted empty field) and its text, for the corrupt-record column. */
interface Tokenized {
  readonly recs: Rec[];
  readonly texts: string[];
}

const isSpace = (c: string) => c <= ' ';

/** `s` without trailing chars up to a space (univocity's ignoreTrailingWhitespaces). */
function trimEnd(s: string): string {
  let e = s.length;
  while (e > 0 && s.charCodeAt(e - 1) <= 32) e--;
  return s.slice(0, e);
}

/**
 * Records as Spark's CSV reader tokenizes them (univocity with Spark's settings): without
 * multiLine the text is cut into lines first (LF, CRLF, CR or lineSep) and a quote cannot
 * run past its line; blank lines (whitespace only, without multiLine) and comment lines are
 * skipped. In a quoted value the escape before a quote stands for it, a doubled quote for one,
 * and text after the closing quote joins the value. A quoted empty value is emptyValue.
 */
export function tokenizeCsv(text: string, o: CsvOptions): Tokenized {
  const multi = o.multiLine === true;
  const recs: Rec[] = [];
  const texts: string[] = [];
  const comment = o.comment ?? '';
  const push = (rec: Rec, raw: string) => {
    if (comment !== '' && raw.startsWith(comment)) return;
    if (rec.length === 1 && rec[0] === null && (multi ? raw === '' : raw.trim() === '')) return;
    if (!multi && raw.trim() === '') return;
    recs.push(rec);
    texts.push(raw);
  };
  if (!multi) {
    const lines = o.lineSep !== undefined ? text.split(o.lineSep) : text.split(/\r\n|\r|\n/);
    for (const line of lines) {
      if (line.trim() === '' || (comment !== '' && line.startsWith(comment))) continue;
      const t = tokenizeFrom(line, 0, o, false);
      push(t.rec, line);
    }
    return { recs, texts };
  }
  let i = 0;
  while (i < text.length) {
    if (comment !== '' && text.startsWith(comment, i)) {
      const m = /\r\n|\r|\n/.exec(text.slice(i));
      i = m ? i + m.index + m[0].length : text.length;
      continue;
    }
    const t = tokenizeFrom(text, i, o, true);
    push(t.rec, text.slice(i, t.rawEnd));
    i = t.next;
  }
  return { recs, texts };
}

/** One record from `text` at `i`: its tokens, where its text ends and where the next begins. */
function tokenizeFrom(text: string, i0: number, o: CsvOptions, multi: boolean): { rec: Rec; rawEnd: number; next: number } {
  const { sep, quote } = o;
  const esc = o.escape ?? '\\';
  const escEsc = o.charToEscapeQuoteEscaping ?? (esc !== quote ? esc : '');
  const lineSep = multi ? o.lineSep : undefined;
  const n = text.length;
  const lead = o.ignoreLeadingWhiteSpace === true;
  const trail = o.ignoreTrailingWhiteSpace === true;
  const emptyValue = o.emptyValue ?? '';
  const rec: Rec = [];
  let i = i0;
  const atEol = (j: number) => (lineSep !== undefined ? text.startsWith(lineSep, j) : text[j] === '\n' || text[j] === '\r');
  const eolLen = (j: number) => (lineSep !== undefined ? lineSep.length : text[j] === '\r' && text[j + 1] === '\n' ? 2 : 1);
  for (;;) {
    let j = i;
    if (lead) while (j < n && isSpace(text[j]!) && !text.startsWith(sep, j) && !atEol(j)) j++;
    let value: string | null;
    if (quote !== '' && text.startsWith(quote, j)) {
      let acc = '';
      j += quote.length;
      let closed = false;
      while (j < n) {
        const c = text[j]!;
        if (esc !== '' && esc !== quote && escEsc !== '' && text.startsWith(escEsc + esc + quote, j) && escEsc !== esc) {
          acc += esc;
          j += escEsc.length + esc.length;
          continue;
        }
        if (esc !== '' && esc !== quote && text.startsWith(esc, j)) {
          if (text.startsWith(quote, j + esc.length)) { acc += quote; j += esc.length + quote.length; continue; }
          if (escEsc === esc && text.startsWith(esc + quote, j + esc.length)) { acc += esc; j += 2 * esc.length; continue; }
          acc += esc;
          j += esc.length;
          continue;
        }
        if (text.startsWith(quote, j)) {
          if (text.startsWith(quote, j + quote.length)) { acc += quote; j += 2 * quote.length; continue; }
          j += quote.length;
          closed = true;
          break;
        }
        if (!multi && (c === '\n' || c === '\r')) break;
        acc += c;
        j++;
      }
      const t0 = j;
      while (j < n && !text.startsWith(sep, j) && !atEol(j)) j++;
      let after = text.slice(t0, j);
      if (closed && trail) after = trimEnd(after);
      value = acc + after;
      if (value === '' ) value = emptyValue;
    } else {
      const t0 = j;
      while (j < n && !text.startsWith(sep, j) && !atEol(j)) j++;
      let v = text.slice(t0, j);
      if (trail) v = trimEnd(v);
      value = v === '' ? null : v;
    }
    rec.push(value);
    if (j >= n) return { rec, rawEnd: n, next: n };
    if (text.startsWith(sep, j)) {
      i = j + sep.length;
      if (i >= n) { rec.push(null); return { rec, rawEnd: n, next: n }; }
      continue;
    }
    return { rec, rawEnd: j, next: j + eolLen(j) };
  }
}

/** The per-field type test with the reader's options (nullValue is skipped by the caller). */
function inferWith(v: string, o: CsvOptions): DataType {
  if (v === (o.nanValue ?? 'NaN') || v === (o.positiveInf ?? 'Inf') || v === (o.negativeInf ?? '-Inf')) {
    const t = inferField(v);
    return t.kind === 'int' || t.kind === 'long' || t.kind === 'decimal' ? t : { kind: 'double' };
  }
  const t = inferField(v);
  if (o.dateFormat === undefined && o.timestampFormat === undefined) return t;
  if (t.kind === 'int' || t.kind === 'long' || t.kind === 'decimal' || t.kind === 'double') return t;
  if (o.dateFormat !== undefined && parseByPattern(v, o.dateFormat) !== null && (o.dateFormat.includes('H') ? false : true)) return { kind: 'date' };
  if (o.timestampFormat !== undefined) return parseByPattern(v, o.timestampFormat) !== null ? { kind: 'timestamp' } : t.kind === 'boolean' ? t : { kind: 'string' };
  if (o.dateFormat !== undefined && t.kind === 'date') return { kind: 'string' };
  return t;
}

class Malformed extends Error {}

const INT_RANGE: Record<string, [number, number]> = { byte: [-128, 127], short: [-32768, 32767], int: [-2147483648, 2147483647] };
const LONG_MIN = -(2n ** 63n);
const LONG_END = 2n ** 63n;

/** A converter of a non-null token to a value of `t`, throwing Malformed as UnivocityParser's would fail. */
function converter(t: DataType, o: CsvOptions): (v: string) => unknown {
  const nan = o.nanValue ?? 'NaN';
  const pinf = o.positiveInf ?? 'Inf';
  const ninf = o.negativeInf ?? '-Inf';
  switch (t.kind) {
    case 'string': return (v) => v;
    case 'byte': case 'short': case 'int': {
      const [lo, hi] = INT_RANGE[t.kind]!;
      return (v) => {
        if (!/^[+-]?\d+$/.test(v)) throw new Malformed();
        const x = Number(v);
        if (x < lo || x > hi) throw new Malformed();
        return x;
      };
    }
    case 'long': return (v) => {
      if (!/^[+-]?\d+$/.test(v)) throw new Malformed();
      const x = BigInt(v);
      if (x < LONG_MIN || x >= LONG_END) throw new Malformed();
      return x;
    };
    case 'double': case 'float': return (v) => {
      let x: number;
      if (v === nan) x = NaN;
      else if (v === pinf) x = Infinity;
      else if (v === ninf) x = -Infinity;
      else {
        const s = v.trim();
        if (!isDoubleText(s) || /Inf$/.test(s)) throw new Malformed();
        x = doubleValue(s);
      }
      return t.kind === 'float' ? Math.fround(x) : x;
    };
    case 'boolean': return (v) => {
      const l = v.toLowerCase();
      if (l === 'true') return true;
      if (l === 'false') return false;
      throw new Malformed();
    };
    case 'date': {
      const f = o.dateFormat;
      return (v) => {
        const d = f !== undefined ? parseByPattern(v, f) : parseDate(v);
        if (d === null) throw new Malformed();
        return f !== undefined ? Math.floor(d / 86_400_000_000) : d;
      };
    }
    case 'timestamp': case 'timestamp_ntz': {
      const f = o.timestampFormat;
      return (v) => {
        const x = f !== undefined ? parseByPattern(v, f) : parseTimestamp(v);
        if (x === null) throw new Malformed();
        return x;
      };
    }
    default: {
      const cast = castFn({ kind: 'string' }, t);
      // Decimals parse with the en-US grouping commas dropped (ExprUtils.getDecimalParser).
      const dec = t.kind === 'decimal';
      return (v) => {
        const x = cast(dec ? v.replace(/,/g, '') : v);
        if (x === null || x === undefined) throw new Malformed();
        return x;
      };
    }
  }
}

/** The text Spark shows for a partial row in a FAILFAST error (InternalRow.toString). */
function rowText(row: readonly unknown[]): string {
  return `[${row.map((v) => (v === null || v === undefined ? 'null' : String(v))).join(',')}]`;
}

export function csvFailFast(row: readonly unknown[]): SparkException {
  return new SparkException(
    `[MALFORMED_RECORD_IN_PARSING.WITHOUT_SUGGESTION] Malformed records are detected in record parsing: ${rowText(row)}.\n` +
      "Parse Mode: FAILFAST. To process malformed records as null result, try setting the option 'mode' as 'PERMISSIVE'.",
  );
}

/**
 * Rows of tokenized records against `fields` as UnivocityParser and FailureSafeParser make
 * them: a token equal to nullValue is null; a record whose token count differs from the data
 * columns, or a token that does not convert, is malformed: PERMISSIVE keeps the row (missing
 * and bad values null, extra tokens dropped) with the record's text in the corrupt-record
 * column when the schema has one (a string field of that name); DROPMALFORMED drops it;
 * FAILFAST raises.
 *
 * With `o.columns` (`csvPruned`: Spark's column pruning, univocity selecting the required
 * fields by position) only those data columns are converted (the others stay null), a record
 * is malformed only when one of them does not convert (its token count no longer matters: the
 * selected fields are always there, missing ones null), and when no data column is read every
 * record is a row (Spark's parser then returns an empty row without parsing: a DROPMALFORMED
 * or FAILFAST count() counts every record).
 */
export function csvRows(t: Tokenized, fields: readonly StructField[], o: CsvOptions): Row[] {
  const mode = parseMode(o.mode);
  const corrupt = corruptIndex(fields, o);
  const dataIdx = fields.map((_, i) => i).filter((i) => i !== corrupt);
  const required = o.columns ? new Set(o.columns) : null;
  const pruned = required !== null && dataIdx.some((i) => !required.has(i));
  // The data positions converted (positions in the record = order among the data columns).
  const read = dataIdx.map((i, k) => [i, k] as const).filter(([i]) => !pruned || required.has(i));
  const convs = dataIdx.map((i) => (!pruned || required.has(i) ? converter(fields[i]!.type, o) : null));
  const nullValue = o.nullValue ?? '';
  const w = fields.length;
  const rows: Row[] = [];
  const { recs, texts } = t;
  for (let r = 0; r < recs.length; r++) {
    const rec = recs[r]!;
    let bad = !pruned && rec.length !== dataIdx.length;
    const row = new Array<unknown>(w).fill(null);
    for (const [, k] of read) {
      const v = rec[k];
      if (v === null || v === undefined || v === nullValue) continue;
      try {
        row[dataIdx[k]!] = convs[k]!(v);
      } catch (e) {
        if (!(e instanceof Malformed)) throw e;
        bad = true;
      }
    }
    if (bad) {
      if (mode === 'DROPMALFORMED') continue;
      if (corrupt >= 0) row[corrupt] = texts[r]!;
      // Spark's partial row holds the required columns only.
      if (mode === 'FAILFAST') throw csvFailFast(pruned ? row.filter((_, i) => required.has(i)) : row);
    }
    rows.push(row);
  }
  return rows;
}

/** Decodes a file's bytes in the reader's charset. */
export function decodeCsv(input: string | Uint8Array, o: CsvOptions): string {
  if (typeof input === 'string') return input;
  const enc = o.encoding ?? 'utf-8';
  let dec: TextDecoder;
  try {
    dec = new TextDecoder(isUtf8(enc) ? 'utf-8' : enc);
  } catch {
    throw new FlintError('UnsupportedCharsetException', `java.nio.charset.UnsupportedCharsetException: ${enc}`);
  }
  return dec.decode(input);
}

/** Drops the header record, checking it against a user schema when enforceSchema is false. */
function takeHeader(t: Tokenized, o: CsvOptions, schema: readonly StructField[] | null, path?: string): Rec | null {
  if (!o.header || t.recs.length === 0) return null;
  const head = t.recs.shift()!;
  t.texts.shift();
  if (schema && o.enforceSchema === false) {
    const corruptName = o.columnNameOfCorruptRecord ?? '_corrupt_record';
    const names = schema.filter((f) => !(f.name === corruptName && f.type.kind === 'string')).map((f) => f.name);
    const got = head.map((h) => h ?? '');
    const bad = got.length !== names.length ? -1 : names.findIndex((n, i) => n.toLowerCase() !== got[i]!.toLowerCase());
    if (got.length !== names.length || bad >= 0) {
      const detail = got.length !== names.length
        ? `Number of column in CSV header is not equal to number of fields in the schema:\n Header length: ${got.length}, schema size: ${names.length}`
        : `Header: ${got.join(', ')}\n Schema: ${names.join(', ')}\nExpected: ${names[bad]} but found: ${got[bad]}`;
      throw new FlintError('IllegalArgumentException', `CSV header does not conform to the schema.\n ${detail}${path ? `\nCSV file: ${path}` : ''}`);
    }
  }
  return head;
}

/** The columns and CSVInferSchema's types of tokenized records whose header (if any) is taken. */
function inferTokenized(t: Tokenized, head: Rec | null, o: CsvOptions): StructField[] {
  // The first record (the header, or the first data record) fixes the columns, as CSVInferSchema does.
  const width = head ? head.length : t.recs.length > 0 ? t.recs[0]!.length : 0;
  const names = head ? safeHeader(head) : Array.from({ length: width }, (_, i) => `_c${i}`);
  const nullValue = o.nullValue ?? '';
  const types = names.map((): DataType => ({ kind: o.inferSchema ? 'null' : 'string' }));
  if (o.inferSchema) {
    for (const rec of t.recs) {
      const m = Math.min(rec.length, width);
      for (let c = 0; c < m; c++) {
        const v = rec[c];
        if (v === null || v === undefined || v === '' || v === nullValue || types[c]!.kind === 'string') continue;
        types[c] = mergeTypes(types[c]!, inferWith(v, o));
      }
    }
    for (let c = 0; c < width; c++) if (types[c]!.kind === 'null') types[c] = { kind: 'string' };
  }
  return names.map((n, i) => field(n, { ...types[i]! }, true));
}

/** The schema and rows Spark's CSV reader gives for one file's text (without a user schema). */
export function readCsv(input: string | Uint8Array, o: CsvOptions): { fields: StructField[]; rows: Row[] } {
  const t = tokenizeCsv(decodeCsv(input, o), o);
  const fields = inferTokenized(t, takeHeader(t, o, null), o);
  return { fields, rows: csvRows(t, fields, o) };
}

/** The schema `readCsv` gives, without converting a row (so no mode can fail). */
export function inferCsv(input: string | Uint8Array, o: CsvOptions): StructField[] {
  const t = tokenizeCsv(decodeCsv(input, o), o);
  return inferTokenized(t, takeHeader(t, o, null), o);
}

/** Rows of one file's text read against a user schema (header dropped per file). */
export function readCsvWithFields(input: string | Uint8Array, fields: readonly StructField[], o: CsvOptions, path?: string): Row[] {
  const t = tokenizeCsv(decodeCsv(input, o), o);
  takeHeader(t, o, fields, path);
  return csvRows(t, fields, o);
}
