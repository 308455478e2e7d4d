/**
 * CSV as Spark 3.5's reader sees it: RFC 4180 records (quoted commas, doubled quotes,
 * CRLF), `_c0`-style names without a header, and CSVInferSchema's type ladder
 * (int → long → double → timestamp/date → boolean → string) when inferSchema is set.
 */
import { field, parseDate, parseTimestamp } from '../types';
import type { DataType, StructField } from '../types';
import type { Row } from '../expr';

export interface CsvOptions {
  readonly header: boolean;
  readonly inferSchema: boolean;
  readonly sep: string;
  readonly quote: string;
}

/** Records of a CSV text; `null` marks an unquoted empty field (Spark's default nullValue). */
export function parseCsv(text: string, sep = ',', quote = '"'): (string | null)[][] {
  const records: (string | null)[][] = [];
  let rec: (string | null)[] = [];
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
  // Blank lines are skipped, as Spark's line reader does.
  return records.filter((r) => !(r.length === 1 && r[0] === null));
}

const INT = /^[+-]?\d+$/;
const DOUBLE = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?[dDfF]?$|^[+-]?(NaN|Infinity|Inf)$/;

function inferField(v: string): DataType {
  if (INT.test(v)) {
    const n = BigInt(v);
    if (n >= -(2n ** 31n) && n < 2n ** 31n) return { kind: 'int' };
    if (n >= -(2n ** 63n) && n < 2n ** 63n) return { kind: 'long' };
    return { kind: 'decimal', precision: v.replace(/^[+-]/, '').length, scale: 0 };
  }
  if (DOUBLE.test(v)) return { kind: 'double' };
  if (/^\d{4}-\d{2}-\d{2}$/.test(v) && parseDate(v) !== null) return { kind: 'date' };
  if (/^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}/.test(v) && parseTimestamp(v) !== null) return { kind: 'timestamp' };
  if (/^(true|false)$/i.test(v)) return { kind: 'boolean' };
  return { kind: 'string' };
}

const RANK: Record<string, number> = { null: 0, int: 1, long: 2, decimal: 3, double: 4 };

function merge(a: DataType, b: DataType): DataType {
  if (a.kind === 'null') return b;
  if (b.kind === 'null' || a.kind === b.kind) return a;
  if (a.kind in RANK && b.kind in RANK) {
    if (a.kind === 'decimal' || b.kind === 'decimal') return (a.kind === 'double' || b.kind === 'double') ? { kind: 'double' } : (a.kind === 'decimal' ? a : b);
    return RANK[a.kind]! >= RANK[b.kind]! ? a : b;
  }
  if ((a.kind === 'date' && b.kind === 'timestamp') || (a.kind === 'timestamp' && b.kind === 'date')) return { kind: 'timestamp' };
  return { kind: 'string' };
}

export function csvValue(v: string | null, t: DataType): unknown {
  if (v === null) return null;
  switch (t.kind) {
    case 'int': return Number(v);
    case 'long': return BigInt(v);
    case 'double': return Number(v.replace(/[dDfF]$/, '').replace(/^([+-]?)Inf$/, '$1Infinity'));
    case 'boolean': return v.toLowerCase() === 'true';
    case 'date': return parseDate(v);
    case 'timestamp': return parseTimestamp(v);
    default: return v;
  }
}

/** The schema and rows Spark's CSV reader gives for one file's text. */
export function readCsv(text: string, o: CsvOptions): { fields: StructField[]; rows: Row[] } {
  const records = parseCsv(text, o.sep, o.quote);
  // A loop, not Math.max(...spread): spreading a million records overflows the call stack.
  let width = 0;
  for (const r of records) if (r.length > width) width = r.length;
  const head = o.header ? records.shift() ?? [] : [];
  const names = Array.from({ length: o.header ? head.length : width }, (_, i) => (o.header ? head[i] ?? `_c${i}` : `_c${i}`));
  const types = names.map((_, i) => {
    if (!o.inferSchema) return { kind: 'string' } as DataType;
    const t = records.reduce<DataType>((acc, r) => merge(acc, r[i] === null || r[i] === undefined ? { kind: 'null' } : inferField(r[i]!)), { kind: 'null' });
    return t.kind === 'null' ? ({ kind: 'string' } as DataType) : t;
  });
  const fields = names.map((n, i) => field(n ?? `_c${i}`, types[i]!, true));
  const rows = records.map((r) => fields.map((f, i) => csvValue(r[i] ?? null, f.type)));
  return { fields, rows };
}
