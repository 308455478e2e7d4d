/**
 * The CSV reader's columnar path: the same records, names, inferred types and values as
 * `readCsv`, delivered as column batches without a row array, a record array or a string
 * per numeric field.
 *
 * One pass over the text records each field as a (start, end) offset pair (a quoted field
 * has its start negated, and its value is unescaped only when read). Inference then reads
 * the offsets column by column, classifying plain ints, plain decimals and words from char
 * codes and handing anything else to `inferField`; conversion parses ints, longs and
 * doubles straight from char codes into typed vectors, so only string columns (and rare
 * forms: exponents, suffixes, dates) build JS strings. The text is one decoded JS string:
 * V8 reads one-byte strings by char code as fast as a byte array, and string columns then
 * slice it instead of decoding bytes field by field.
 */
import { batchesFromRows, DEFAULT_BATCH_ROWS } from '../columnar';
import type { ColumnBatch, ColumnVector } from '../columnar';
import { buildVector } from '../columnar';
import { daysFromCivil, daysInMonth, field } from '../types';
import type { DataType, StructField } from '../types';
import { csvValue, readCsv, safeHeader } from './csv';
import type { CsvOptions } from './csv';
import { inferField, mergeTypes } from './csv-infer';

const LF = 10;
const CR = 13;

/** Field offsets of a whole text: field f spans [start[f], end[f]); records own runs of fields. */
class Tokens {
  start = new Int32Array(1024);
  end = new Int32Array(1024);
  fields = 0;
  /** Record r's fields are recFirst[r] .. recFirst[r + 1] - 1. */
  recFirst = new Int32Array(256);
  records = 0;
  /** The most fields any record has. */
  width = 0;

  reserve(fields: number, records: number): void {
    if (fields > this.start.length) {
      this.start = grow(this.start, fields);
      this.end = grow(this.end, fields);
    }
    if (records + 2 > this.recFirst.length) this.recFirst = grow(this.recFirst, records + 2);
  }

  push(s: number, e: number): void {
    if (this.fields === this.start.length) {
      this.start = grow(this.start, this.fields * 2);
      this.end = grow(this.end, this.fields * 2);
    }
    this.start[this.fields] = s;
    this.end[this.fields++] = e;
  }

  /** Closes the record begun at field `first`; a blank line (one unquoted empty field) is dropped, as Spark skips it. */
  endRecord(first: number): void {
    if (this.fields - first === 1 && this.start[first]! >= 0 && this.start[first] === this.end[first]) {
      this.fields = first;
      return;
    }
    if (this.records + 2 > this.recFirst.length) this.recFirst = grow(this.recFirst, this.recFirst.length * 2);
    if (this.fields - first > this.width) this.width = this.fields - first;
    this.recFirst[this.records++] = first;
    this.recFirst[this.records] = this.fields;
  }
}

function grow(a: Int32Array, n: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(n);
  b.set(a);
  return b;
}

/** The field offsets of `text`, splitting exactly as `parseCsv` does. */
function tokenize(text: string, quote: string, S: number, Q: number): Tokens {
  const t = new Tokens();
  const n = text.length;
  let i = 0;
  let first = 0;
  const hi = Math.max(S, LF, CR);
  let sized = false;
  while (i < n) {
    if (!sized && i > 65536) {
      // One resize to the size the first 64 KB predicts, instead of doubling from small.
      sized = true;
      const scale = (1.1 * n) / i;
      t.reserve(Math.ceil(t.fields * scale) + 16, Math.ceil(t.records * scale) + 16);
    }
    let c = text.charCodeAt(i);
    let s = i;
    if (c === Q) {
      s = -(i + 1);
      let j = i + 1;
      for (;;) {
        const k = text.indexOf(quote, j);
        if (k < 0) {
          i = n;
          break;
        }
        if (k + 1 < n && text.charCodeAt(k + 1) === Q) {
          j = k + 2;
          continue;
        }
        i = k + 1;
        break;
      }
    }
    // Most chars are above every special one (letters, digits): one comparison each.
    while (i < n && ((c = text.charCodeAt(i)) > hi || (c !== S && c !== LF && c !== CR))) i++;
    t.push(s, i);
    if (i >= n) {
      t.endRecord(first);
      return t;
    }
    i++;
    if (c === S) {
      // A delimiter just before the end still opens one more (empty) field.
      if (i >= n) {
        t.push(i, i);
        t.endRecord(first);
        return t;
      }
      continue;
    }
    if (c === CR && i < n && text.charCodeAt(i) === LF) i++;
    t.endRecord(first);
    first = t.fields;
  }
  return t;
}

/** A quoted field's value (opening quote at `q`, field ending at `e`), unescaped as `parseCsv` does. */
function quotedValue(text: string, quote: string, Q: number, q: number, e: number): string {
  const n = text.length;
  let acc = '';
  let j = q + 1;
  let i: number;
  for (;;) {
    const k = text.indexOf(quote, j);
    if (k < 0) {
      acc += text.slice(j);
      i = n;
      break;
    }
    if (k + 1 < n && text.charCodeAt(k + 1) === Q) {
      acc += text.slice(j, k + 1);
      j = k + 2;
      continue;
    }
    acc += text.slice(j, k);
    i = k + 1;
    break;
  }
  return i >= e ? acc : acc + text.slice(i, e);
}

const INT: DataType = { kind: 'int' };
const LONG: DataType = { kind: 'long' };
const DATE: DataType = { kind: 'date' };
const BOOLEAN: DataType = { kind: 'boolean' };
const DOUBLE: DataType = { kind: 'double' };
const STRING: DataType = { kind: 'string' };


/** Days since the epoch of the `\d{4}-\d{2}-\d{2}` at `s`, or null when it is not such a valid date. */
function isoDate(text: string, s: number): number | null {
  let y = 0;
  let mo = 0;
  let d = 0;
  for (let k = 0; k < 10; k++) {
    if (k === 4 || k === 7) continue;
    const ch = text.charCodeAt(s + k) - 48;
    if (ch < 0 || ch > 9) return null;
    if (k < 4) y = y * 10 + ch;
    else if (k < 7) mo = mo * 10 + ch;
    else d = d * 10 + ch;
  }
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null;
  return daysFromCivil(y, mo, d);
}

/** Whether text[s..] spells the lowercase `word` in any case. */
function isWord(text: string, s: number, word: string): boolean {
  for (let k = 1; k < word.length; k++) if ((text.charCodeAt(s + k) | 32) !== word.charCodeAt(k)) return false;
  return true;
}

interface ColumnScan {
  readonly type: DataType;
  /** Per data row: the number an int, long or double field reads as, where `exact` is 1. */
  readonly num: Float64Array | null;
  readonly exact: Uint8Array | null;
}

const POW10 = Array.from({ length: 23 }, (_, k) => 10 ** k);
const INT_MIN = -(2 ** 31);
const INT_END = 2 ** 31;

/**
 * Column `c`'s inferred type (CSVInferSchema's ladder, as `inferField` + `mergeTypes`) and,
 * in the same pass, the value of each field of a common numeric form read from its char
 * codes: `[+-]?\d+` or `[+-]?\d+\.\d*` with at most 15 digits. Those digits form an
 * integer below 2^53 and 10^k is exact, so one division is correctly rounded: the double
 * `Number()` gives. A word no special spelling (NaN, Inf, true, false) starts like is a
 * string at once; every other field goes through `inferField`, and is converted later from
 * its text.
 */
class ColumnScanState {
  t: DataType = { kind: 'null' };
  done = false;
  constructor(readonly num: Float64Array, readonly exact: Uint8Array) {}
  result(): ColumnScan {
    if (this.t.kind === 'null' || this.t.kind === 'string') return { type: STRING, num: null, exact: null };
    return { type: this.t, num: this.num, exact: this.exact };
  }
}

/** Every column's scan, a chunk of rows at a time for all columns, so the text being read stays in cache. */
function scanColumns(text: string, tk: Tokens, firstRow: number, width: number, value: (f: number) => string | null): ColumnScan[] {
  const rows = Math.max(0, tk.records - firstRow);
  const states = Array.from({ length: width }, () => new ColumnScanState(new Float64Array(rows), new Uint8Array(rows)));
  for (let r0 = firstRow; r0 < tk.records; r0 += 4096) {
    const r1 = Math.min(tk.records, r0 + 4096);
    for (let c = 0; c < width; c++) if (!states[c]!.done) scanColumn(text, tk, firstRow, r0, r1, c, value, states[c]!);
  }
  return states.map((st) => st.result());
}

function scanColumn(text: string, tk: Tokens, firstRow: number, r0: number, r1: number, c: number, value: (f: number) => string | null, st: ColumnScanState): void {
  const { start, end, recFirst } = tk;
  const { num, exact } = st;
  let t = st.t;
  for (let r = r0; r < r1; r++) {
    const f = recFirst[r]! + c;
    if (f >= recFirst[r + 1]!) continue;
    const s = start[f]!;
    const e = end[f]!;
    if (s === e) continue;
    let ft: DataType | null = null;
    if (s >= 0) {
      const c0 = text.charCodeAt(s);
      const lower = c0 | 32;
      if (lower >= 97 && lower <= 122) {
        if (c0 !== 78 && c0 !== 73 && lower !== 116 && lower !== 102) ft = STRING;
        else if (lower === 116 ? e - s === 4 && isWord(text, s, 'true') : lower === 102 && e - s === 5 && isWord(text, s, 'false')) ft = BOOLEAN;
      } else if (e - s === 10 && text.charCodeAt(s + 4) === 45 && text.charCodeAt(s + 7) === 45) {
        // yyyy-mm-dd, a valid day: the date parseDate gives (anything else goes to inferField).
        const days = isoDate(text, s);
        if (days !== null) {
          ft = DATE;
          num[r - firstRow] = days;
          exact[r - firstRow] = 1;
        }
      } else {
        let i = c0 === 43 || c0 === 45 ? s + 1 : s;
        let m = 0;
        let digits = 0;
        let ch = 0;
        for (; i < e; i++) {
          ch = text.charCodeAt(i);
          if (ch < 48 || ch > 57) break;
          m = m * 10 + (ch - 48);
          digits++;
        }
        if (digits > 0 && digits <= 15) {
          if (i === e) {
            const x = c0 === 45 ? -m : m;
            ft = x >= INT_MIN && x < INT_END ? INT : LONG;
            num[r - firstRow] = x;
            exact[r - firstRow] = 1;
          } else if (ch === 46) {
            const dot = i++;
            for (; i < e; i++) {
              ch = text.charCodeAt(i);
              if (ch < 48 || ch > 57) break;
              m = m * 10 + (ch - 48);
              digits++;
            }
            if (i === e && digits <= 15) {
              const x = m / POW10[e - dot - 1]!;
              ft = DOUBLE;
              num[r - firstRow] = c0 === 45 ? -x : x;
              exact[r - firstRow] = 1;
            }
          }
        }
      }
    }
    if (ft === null) ft = inferField(value(f)!);
    if (ft !== t) t = mergeTypes(t, ft);
    // Nothing merges a string column back to anything narrower.
    if (t.kind === 'string') {
      st.done = true;
      break;
    }
  }
  st.t = t;
}

export interface CsvBatches {
  readonly fields: StructField[];
  readonly batches: ColumnBatch[];
}

/** The schema and column batches Spark's CSV reader gives for one file's text (see `readCsv`). */
export function readCsvBatches(text: string, o: CsvOptions, batchRows = DEFAULT_BATCH_ROWS): CsvBatches {
  const { sep, quote } = o;
  if (sep.length !== 1 || quote.length !== 1 || sep === quote || /[\r\n]/.test(sep + quote)) {
    // Options the fast tokenizer leaves to the general reader.
    const { fields, rows } = readCsv(text, o);
    return { fields, batches: batchesFromRows(fields.map((f) => f.type), rows, batchRows) };
  }
  const Q = quote.charCodeAt(0);
  const tk = tokenize(text, quote, sep.charCodeAt(0), Q);
  const { start, end, recFirst } = tk;
  const value = (f: number): string | null => {
    const s = start[f]!;
    if (s < 0) return quotedValue(text, quote, Q, -s - 1, end[f]!);
    return s === end[f] ? null : text.slice(s, end[f]);
  };
  const width = tk.width;
  const firstRow = o.header && tk.records > 0 ? 1 : 0;
  const head: (string | null)[] = [];
  if (o.header && tk.records > 0) for (let f = recFirst[0]!; f < recFirst[1]!; f++) head.push(value(f));
  const names = o.header ? safeHeader(head) : Array.from({ length: width }, (_, i) => `_c${i}`);
  /** Field index of column `c` in record `r`, or -1 when the record is shorter. */
  const at = (r: number, c: number) => {
    const f = recFirst[r]! + c;
    return f < recFirst[r + 1]! ? f : -1;
  };
  const rows = tk.records - firstRow;
  const scans = o.inferSchema
    ? scanColumns(text, tk, firstRow, names.length, value).map((sc) => ({ ...sc, type: { ...sc.type } }))
    : names.map((): ColumnScan => ({ type: { kind: 'string' }, num: null, exact: null }));
  const types = scans.map((sc) => sc.type);
  const fields = names.map((n, i) => field(n, types[i]!, true));
  const batches: ColumnBatch[] = [];
  // As batchesFromRows does for a table: string columns of few distinct values share a dictionary.
  const dicts = types.map((t) => (t.kind === 'string' && rows > batchRows ? new StringDictionary(text, Math.max(1024, rows >> 2)) : null));
  for (let r0 = firstRow; r0 < tk.records; r0 += batchRows) {
    const r1 = Math.min(tk.records, r0 + batchRows);
    const columns = types.map((t, c) => convertColumn(t, r0, r1, r0 - firstRow, (r) => at(r, c), text, start, end, value, dicts[c]!, scans[c]!));
    batches.push({ types, numRows: r1 - r0, columns });
  }
  return { fields, batches };
}

const WORDS = new Int32Array(2);
const LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;

/** Rows r0..r1-1 of one column as a vector of type `t` (values exactly as `csvValue` gives). */
function convertColumn(
  t: DataType,
  r0: number,
  r1: number,
  /** Index of row r0 in the scan's arrays. */
  k0: number,
  at: (r: number) => number,
  text: string,
  start: Int32Array,
  end: Int32Array,
  value: (f: number) => string | null,
  dict: StringDictionary | null,
  scan: ColumnScan,
): ColumnVector {
  const { num, exact } = scan;
  const n = r1 - r0;
  const validity = new Uint8Array((n + 7) >> 3);
  switch (t.kind) {
    case 'int': case 'date': {
      const values = new Int32Array(n);
      for (let i = 0; i < n; i++) {
        const f = at(r0 + i);
        if (f < 0) continue;
        const s = start[f]!;
        const e = end[f]!;
        if (s === e) continue;
        const x = exact && exact[k0 + i] ? num![k0 + i]! : (csvValue(value(f), t) as number);
        values[i] = x;
        validity[i >> 3]! |= 1 << (i & 7);
      }
      return { kind: 'int32', values, validity };
    }
    case 'long': {
      const values = new BigInt64Array(n);
      const words = new Int32Array(values.buffer);
      for (let i = 0; i < n; i++) {
        const f = at(r0 + i);
        if (f < 0) continue;
        const s = start[f]!;
        const e = end[f]!;
        if (s === e) continue;
        if (LITTLE_ENDIAN && exact && exact[k0 + i]) {
          const x = num![k0 + i]!;
          // Exact below 2^53: the low and high words of the two's complement value.
          longWords(x);
          words[2 * i] = WORDS[0]!;
          words[2 * i + 1] = WORDS[1]!;
        } else values[i] = BigInt(value(f)!);
        validity[i >> 3]! |= 1 << (i & 7);
      }
      return { kind: 'int64', values, validity };
    }
    case 'double': {
      const values = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        const f = at(r0 + i);
        if (f < 0) continue;
        const s = start[f]!;
        const e = end[f]!;
        if (s === e) continue;
        const x = exact && exact[k0 + i] ? num![k0 + i]! : (csvValue(value(f), t) as number);
        values[i] = x;
        validity[i >> 3]! |= 1 << (i & 7);
      }
      return { kind: 'float64', values, validity };
    }
    case 'boolean': {
      // Every field of a boolean column is true or false in some case: the length tells which.
      const values = new Uint8Array(n);
      for (let i = 0; i < n; i++) {
        const f = at(r0 + i);
        if (f < 0) continue;
        const s = start[f]!;
        const e = end[f]!;
        if (s === e) continue;
        values[i] = (s >= 0 ? e - s : value(f)!.length) === 4 ? 1 : 0;
        validity[i >> 3]! |= 1 << (i & 7);
      }
      return { kind: 'bool', values, validity };
    }
    case 'string': {
      const values = new Array<unknown>(n);
      if (dict && !dict.full) {
        const codes = new Int32Array(n);
        for (let i = 0; i < n; i++) {
          const f = at(r0 + i);
          const s = f < 0 ? 0 : start[f]!;
          if (f < 0 || s === end[f]) {
            codes[i] = -1;
            values[i] = null;
            continue;
          }
          let code: number;
          if (s >= 0) code = dict.code(text, s, end[f]!);
          else {
            const v = value(f)!;
            code = dict.code(v, 0, v.length);
          }
          if (code < 0) {
            // Too many distinct values: this and later batches keep plain strings.
            for (let j = i; j < n; j++) {
              const g = at(r0 + j);
              values[j] = g < 0 ? null : value(g);
            }
            return { kind: 'object', values };
          }
          codes[i] = code;
          values[i] = dict.entries[code]!;
        }
        return { kind: 'object', values, dictionary: { entries: dict.entries, codes } };
      }
      for (let i = 0; i < n; i++) {
        const f = at(r0 + i);
        values[i] = f < 0 ? null : value(f);
      }
      return { kind: 'object', values };
    }
    default:
      return buildVector(t, n, (i) => {
        const f = at(r0 + i);
        return f < 0 ? null : csvValue(value(f), t);
      });
  }
}

/** The two 32-bit words (low, high) of the integer `x`, |x| < 2^53, into WORDS. */
function longWords(x: number): void {
  const hi = Math.floor(x / 4294967296);
  WORDS[0] = x - hi * 4294967296;
  WORDS[1] = hi;
}

/**
 * The distinct strings of a column and their codes, looked up from a span of the text
 * without slicing it: a hash of its char codes, then a char compare with the first
 * occurrence. Each slot keeps (code + 1, hash, start, length) side by side, so a probe
 * touches one cache line and the text. A string is made once per distinct value; entries
 * are distinct. A column that turns out mostly distinct gives up (`full`): a dictionary
 * would cost a hash probe per value and save nothing.
 */
class StringDictionary {
  readonly entries: string[] = [];
  private table = new Int32Array(4 * 1024);
  private mask = 1023;
  private seen = 0;
  full = false;

  constructor(private readonly text: string, private readonly limit: number) {}

  /** The code of `src[s, e)` (`src` is the text or an unquoted value), adding it when new; -1 once given up. */
  code(src: string, s: number, e: number): number {
    const len = e - s;
    let h = len;
    for (let j = s; j < e; j++) h = Math.imul(h ^ src.charCodeAt(j), 0x01000193);
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h ^= h >>> 13;
    const t = this.table;
    const text = this.text;
    let slot = h & this.mask;
    for (;;) {
      const c = t[4 * slot]! - 1;
      if (c < 0) break;
      if (t[4 * slot + 1] === h && t[4 * slot + 3] === len) {
        const at = t[4 * slot + 2]!;
        let k = 0;
        if (at >= 0 && src === text) while (k < len && text.charCodeAt(at + k) === text.charCodeAt(s + k)) k++;
        else {
          const v = this.entries[c]!;
          while (k < len && v.charCodeAt(k) === src.charCodeAt(s + k)) k++;
        }
        if (k === len) {
          this.seen++;
          return c;
        }
      }
      slot = (slot + 1) & this.mask;
    }
    const code = this.entries.length;
    if (code >= this.limit || (++this.seen >= 65536 && code * 2 > this.seen)) {
      this.full = true;
      return -1;
    }
    this.entries.push(src.slice(s, e));
    t[4 * slot] = code + 1;
    t[4 * slot + 1] = h;
    t[4 * slot + 2] = src === text ? s : -1;
    t[4 * slot + 3] = len;
    if (this.entries.length * 2 > this.mask) this.rehash();
    return code;
  }

  private rehash(): void {
    const old = this.table;
    const cap = 2 * (this.mask + 1);
    const t = new Int32Array(4 * cap);
    for (let o = 0; o < old.length; o += 4) {
      if (old[o] === 0) continue;
      let slot = old[o + 1]! & (cap - 1);
      while (t[4 * slot] !== 0) slot = (slot + 1) & (cap - 1);
      t[4 * slot] = old[o]!;
      t[4 * slot + 1] = old[o + 1]!;
      t[4 * slot + 2] = old[o + 2]!;
      t[4 * slot + 3] = old[o + 3]!;
    }
    this.table = t;
    this.mask = cap - 1;
  }
}
