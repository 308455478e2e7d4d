/**
 * CSV as Spark 3.5's reader sees it: RFC 4180 records (quoted commas, doubled quotes,
 * CRLF), `_c0`-style names without a header, and CSVInferSchema's type ladder
 * (int → long → double → timestamp/date → boolean → string) when inferSchema is set.
 *
 * Ingest speed matters (files of tens of MB): fields are sliced out of the text between
 * delimiter and quote positions rather than built a character at a time.
 */
import { field, parseDate, parseTimestamp } from '../types';
import type { DataType, StructField } from '../types';
import type { Row } from '../expr';
import { inferField, mergeTypes } from './csv-infer';

export interface CsvOptions {
  readonly header: boolean;
  readonly inferSchema: boolean;
  readonly sep: string;
  readonly quote: string;
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
    default: return v;
  }
}

function doubleValue(v: string): number {
  const last = v.charCodeAt(v.length - 1);
  // Ending in a digit or '.', there is no type suffix or Inf spelling to rewrite.
  if ((last >= 48 && last <= 57) || last === 46) return Number(v);
  return Number(v.replace(/[dDfF]$/, '').replace(/^([+-]?)Inf$/, '$1Infinity'));
}

function inferColumn(records: readonly Rec[], col: number): DataType {
  let t: DataType = { kind: 'null' };
  for (let r = 0; r < records.length; r++) {
    const v = records[r]![col];
    if (v === null || v === undefined) continue;
    t = mergeTypes(t, inferField(v));
    // Nothing merges a string column back to anything narrower.
    if (t.kind === 'string') break;
  }
  return t.kind === 'null' ? { kind: 'string' } : t;
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

/** The schema and rows Spark's CSV reader gives for one file's text. */
export function readCsv(text: string, o: CsvOptions): { fields: StructField[]; rows: Row[] } {
  const records = parseCsv(text, o.sep, o.quote);
  // A loop, not Math.max(...spread): spreading a million records overflows the call stack.
  let width = 0;
  for (const r of records) if (r.length > width) width = r.length;
  const head = o.header ? records.shift() ?? [] : [];
  const names = o.header ? safeHeader(head) : Array.from({ length: width }, (_, i) => `_c${i}`);
  const types = names.map((_, i): DataType => (o.inferSchema ? { ...inferColumn(records, i) } : { kind: 'string' }));
  const fields = names.map((n, i) => field(n ?? `_c${i}`, types[i]!, true));
  const w = fields.length;
  const rows: Row[] = new Array<Row>(records.length);
  for (let r = 0; r < records.length; r++) {
    const rec = records[r]!;
    const row = new Array<unknown>(w);
    for (let i = 0; i < w; i++) row[i] = csvValue(rec[i] ?? null, types[i]!);
    rows[r] = row;
  }
  return { fields, rows };
}
