/**
 * The CSV reader's columnar path: the same records, names, inferred types and values as
 * `readCsv`, delivered as column batches without a row array, a record array or a string
 * per numeric field.
 *
 * It reads the file's UTF-8 bytes, never decoding the whole file to a JS string first (a
 * string input is encoded once). One pass over the bytes splits records and fields and, in
 * the same loop, classifies each field for inference and parses the common numeric forms
 * (`[+-]?\d+`, `[+-]?\d+\.\d*` with at most 15 digits, `yyyy-mm-dd`) straight from the
 * bytes. What it keeps per field, column by column in chunks of `batchRows` records, is
 * where the field starts (0 for null) and, while the column may still be numeric, its number
 * (NaN: read it from the text). Once every record is read the types are final, and each
 * chunk becomes one batch: numeric columns copy (or, for doubles, adopt) the numbers, and
 * only string columns (and rare forms: exponents, suffixes, big integers, timestamps) read
 * text again. Strings of few distinct values go through a dictionary keyed by the bytes
 * (decoded once per distinct value); other string vectors decode their values from the
 * bytes when a consumer first reads them.
 */
import { batchesFromRows, DEFAULT_BATCH_ROWS } from '../columnar';
import type { ColumnBatch, ColumnVector } from '../columnar';
import { buildVector, layoutOf, lazyObjectVector, lazyVector } from '../columnar';
import { daysFromCivil, daysInMonth, field } from '../types';
import type { DataType, StructField } from '../types';
import { csvValue, fastCsvOptions, inferCsv, readCsv, safeHeader } from './csv';
import type { CsvOptions } from './csv';
import { inferField, mergeTypes } from './csv-infer';

const LF = 10;
const CR = 13;

const INT: DataType = { kind: 'int' };
const LONG: DataType = { kind: 'long' };
const DATE: DataType = { kind: 'date' };
const BOOLEAN: DataType = { kind: 'boolean' };
const DOUBLE: DataType = { kind: 'double' };
const STRING: DataType = { kind: 'string' };
const NULL: DataType = { kind: 'null' };

const POW10 = Array.from({ length: 23 }, (_, k) => 10 ** k);
const INT_MIN = -(2 ** 31);
const INT_END = 2 ** 31;

/** Per-field flags. */
const F_NULL = 0;
const F_EXACT = 1;
const F_TEXT = 2;

/**
 * Typed arrays for the chunks, cut from a few large buffers instead of allocated per chunk
 * and column: one allocation (pages the OS zeroes as they are first touched) per slab, and
 * no GC pressure from thousands of small external buffers. A slab holds `plan` elements.
 */
const SLAB_MAX = 1 << 24;

class Slabs {
  private ints = new Int32Array(0);
  private intsUsed = 0;
  private floats = new Float64Array(0);
  private floatsUsed = 0;
  /** Elements per new slab of positions and of numbers. */
  intPlan: number;
  floatPlan: number;
  constructor(intPlan: number, floatPlan: number) {
    this.intPlan = intPlan;
    this.floatPlan = floatPlan;
  }
  int32(n: number): Int32Array {
    if (this.intsUsed + n > this.ints.length) {
      this.ints = new Int32Array(Math.max(n, this.intPlan));
      this.intsUsed = 0;
    }
    const out = this.ints.subarray(this.intsUsed, this.intsUsed + n);
    this.intsUsed += n;
    return out;
  }
  float64(n: number): Float64Array {
    if (this.floatsUsed + n > this.floats.length) {
      this.floats = new Float64Array(Math.max(n, this.floatPlan));
      this.floatsUsed = 0;
    }
    const out = this.floats.subarray(this.floatsUsed, this.floatsUsed + n);
    this.floatsUsed += n;
    return out;
  }
}

/**
 * Up to `capacity` records, column by column: where each field starts (0: null; s + 1 for an
 * unquoted field at s; -(q + 1) for a quoted one whose opening quote is at q) and, for
 * columns still being inferred when the chunk began, the number a field reads as (NaN when
 * its text must be converted).
 */
class Chunk {
  rows = 0;
  readonly pos: Int32Array[] = [];
  readonly num: (Float64Array | null)[] = [];
  constructor(readonly capacity: number, done: Uint8Array, cols: number, private readonly slabs: Slabs) {
    this.widen(done, cols);
  }
  widen(done: Uint8Array, cols: number): void {
    for (let c = this.pos.length; c < cols; c++) {
      this.pos.push(this.slabs.int32(this.capacity));
      this.num.push(done[c] ? null : this.slabs.float64(this.capacity));
    }
  }
}

/** The file's bytes, their text (decoded on demand) and the field syntax. */
class Source {
  private text: string | null;
  private ascii: boolean;
  private readonly decoder = new TextDecoder();
  private scratch = new Uint8Array(256);
  /** Whether the last `unquote` copied one run of bytes, the ones just after the opening quote. */
  private verbatim = false;
  /** The last unescaped quoted value and its bytes. */
  private lastValue: string | null = null;
  private lastBytes = new Uint8Array(64);
  private lastLen = 0;
  readonly hi: number;
  /**
   * `E`: the escape byte (-1: none or the quote itself); `ml`: multiLine (a quote may run past
   * its line).
   */
  constructor(readonly bytes: Uint8Array, text: string | null, readonly S: number, readonly Q: number, readonly E: number, readonly ml: boolean) {
    this.text = text;
    this.ascii = text !== null && text.length === bytes.length;
    this.hi = Math.max(S, LF, CR);
  }

  /** Where the field ends: the separator, line end or end of the bytes after it. */
  endOf(p: number): number {
    const b = this.bytes;
    const n = b.length;
    const { S, hi } = this;
    let i = p > 0 ? p - 1 : closeQuote(b, -p - 1, this.Q, this.E, this.ml);
    let ch: number;
    while (i < n && ((ch = b[i]!) > hi || (ch !== S && ch !== LF && ch !== CR))) i++;
    return i;
  }

  /**
   * Decodes the whole text once, before many fields are read: a slice of it is then cheaper
   * than decoding each field (a header or an odd field alone does not pay for it).
   */
  decodeAll(): void {
    if (this.text !== null) return;
    this.text = this.decoder.decode(this.bytes);
    // Equal lengths mean every byte decodes to one char: offsets agree, and so do slices.
    this.ascii = this.text.length === this.bytes.length;
  }

  /** The string of bytes [s, e): a slice of the decoded text when it is byte for byte the same. */
  slice(s: number, e: number): string {
    return this.ascii ? this.text!.slice(s, e) : this.decoder.decode(this.bytes.subarray(s, e));
  }

  /** The value of the field at `p` (see Chunk.pos); null for an empty unquoted one. */
  value(p: number): string | null {
    if (p === 0) return null;
    const e = this.endOf(p);
    if (p > 0) return p - 1 === e ? null : this.slice(p - 1, e);
    const q = -p - 1;
    const len = this.unquote(q, e);
    // A quoted empty value is emptyValue, '' by default, which equals the default nullValue.
    if (len === 0) return null;
    // Nothing unescaped: the value is the text between the quotes, a slice of the decoded text.
    if (this.verbatim && this.ascii) return this.text!.slice(q + 1, q + 1 + len);
    return this.unescaped(len);
  }

  /**
   * The string of the `len` bytes `unquote` wrote: the last one's string again when the bytes
   * are the same (a stock phrase repeated down a column that is not dictionary-coded).
   */
  private unescaped(len: number): string {
    const out = this.scratch;
    let last = this.lastBytes;
    if (this.lastValue !== null && this.lastLen === len) {
      let j = 0;
      while (j < len && last[j] === out[j]) j++;
      if (j === len) return this.lastValue;
    }
    const v = decodeEntry(out, 0, len);
    if (last.length < len) last = this.lastBytes = new Uint8Array(2 * len);
    last.set(out.subarray(0, len));
    this.lastLen = len;
    this.lastValue = v;
    return v;
  }

  /**
   * A quoted field's bytes (opening quote at `q`, field ending at `e`) into `scratch`, unescaped
   * as `parseCsv` does: doubled quotes stand for one, text after the closing quote joins the
   * value and an unclosed quote runs to the end. Returns the length.
   */
  unquote(q: number, e: number): number {
    const b = this.bytes;
    const { Q, E, ml } = this;
    if (this.scratch.length < e - q) this.scratch = new Uint8Array(2 * (e - q));
    const out = this.scratch;
    let len = 0;
    let j = q + 1;
    this.verbatim = true;
    for (;;) {
      if (j >= e) return len;
      const ch = b[j]!;
      if (ch === E) {
        this.verbatim = false;
        // The escape before a quote stands for it; an escaped escape before a quote for the escape.
        const c1 = j + 1 < e ? b[j + 1]! : -1;
        if (c1 === Q) {
          out[len++] = Q;
          j += 2;
          continue;
        }
        if (c1 === E && j + 2 < e && b[j + 2] === Q) {
          out[len++] = E;
          j += 2;
          continue;
        }
        out[len++] = ch;
        j++;
        continue;
      }
      if (ch === Q) {
        if (j + 1 < e && b[j + 1] === Q) {
          this.verbatim = false;
          out[len++] = Q;
          j += 2;
          continue;
        }
        j++;
        break;
      }
      if (!ml && (ch === LF || ch === CR)) return len;
      out[len++] = ch;
      j++;
    }
    if (j < e) this.verbatim = false;
    for (; j < e; j++) out[len++] = b[j]!;
    return len;
  }

  /** The scratch buffer `unquote` wrote to. */
  unquoted(): Uint8Array {
    return this.scratch;
  }
}

/** Days since the epoch of the `\d{4}-\d{2}-\d{2}` at `s`, or -1e9 when it is not such a valid date. */
function isoDate(b: Uint8Array, s: number): number {
  let y = 0;
  let mo = 0;
  let d = 0;
  for (let k = 0; k < 10; k++) {
    if (k === 4 || k === 7) continue;
    const ch = b[s + k]! - 48;
    if (ch < 0 || ch > 9) return -1e9;
    if (k < 4) y = y * 10 + ch;
    else if (k < 7) mo = mo * 10 + ch;
    else d = d * 10 + ch;
  }
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return -1e9;
  return daysFromCivil(y, mo, d);
}

/** Whether b[s..] spells the lowercase `word` in any case (its first letter already matched). */
function isWord(b: Uint8Array, s: number, word: string): boolean {
  for (let k = 1; k < word.length; k++) if ((b[s + k]! | 32) !== word.charCodeAt(k)) return false;
  return true;
}

/** A header record's values and where the data starts (blank lines before it are skipped). */
function readHeader(src: Source): { head: (string | null)[]; next: number } {
  const { bytes: b, S, Q } = src;
  const n = b.length;
  let i = 0;
  while (i < n) {
    if (!src.ml) {
      // Without multiLine Spark drops lines that are blank after trimming before it takes the first.
      const j = blankRest(b, i);
      if (j >= 0) {
        i = j < n && b[j] === CR && b[j + 1] === LF ? j + 2 : j + 1;
        continue;
      }
    }
    const head: (string | null)[] = [];
    let quotedOne = false;
    for (;;) {
      const p = b[i] === Q ? -(i + 1) : i + 1;
      i = src.endOf(p);
      head.push(src.value(p));
      if (p < 0) quotedOne = true;
      if (i >= n) break;
      const ch = b[i++];
      if (ch === S) {
        if (i >= n) {
          head.push(null);
          break;
        }
        continue;
      }
      if (ch === CR && i < n && b[i] === LF) i++;
      break;
    }
    if (head.length === 1 && head[0] === null && !quotedOne) continue;
    return { head, next: i };
  }
  return { head: [], next: n };
}

/**
 * Position just past the quoted part of a field whose opening quote is at `i`: past its closing
 * quote, or the end of the bytes (multiLine) or of the line for an unclosed one. An escape
 * (`E`, -1 for none) before a quote or an escape keeps it from closing; so does a doubled quote.
 */
function closeQuote(b: Uint8Array, i: number, Q: number, E: number, ml: boolean): number {
  const n = b.length;
  let j = i + 1;
  if (E < 0 && ml) {
    for (;;) {
      const k = b.indexOf(Q, j);
      if (k < 0) return n;
      if (k + 1 < n && b[k + 1] === Q) {
        j = k + 2;
        continue;
      }
      return k + 1;
    }
  }
  while (j < n) {
    const ch = b[j]!;
    if (ch === Q) {
      if (j + 1 < n && b[j + 1] === Q) {
        j += 2;
        continue;
      }
      return j + 1;
    }
    if (ch === E) {
      const c1 = j + 1 < n ? b[j + 1] : -1;
      j += c1 === Q || (c1 === E && j + 2 < n && b[j + 2] === Q) ? 2 : 1;
      continue;
    }
    if (!ml && (ch === LF || ch === CR)) return j;
    j++;
  }
  return n;
}

/** Where the whitespace-only rest of a line from `i` ends (at its line break or the end), or -1 when the line has more. */
function blankRest(b: Uint8Array, i: number): number {
  const n = b.length;
  let j = i;
  let ch: number;
  // Scala's trim drops every char up to a space, a tab separator too.
  while (j < n && (ch = b[j]!) <= 32 && ch !== LF && ch !== CR) j++;
  return j >= n || b[j] === LF || b[j] === CR ? j : -1;
}

const NUMBER = new Float64Array(1);

/**
 * The type of b[s, e) when it is `[+-]?\d+` or `[+-]?\d+\.\d*` with at most 15 digits (its
 * value into NUMBER[0]), else null. (How the scan reads numbers when the separator is a digit,
 * sign or dot and so cannot end the digits loop.)
 */
function exactNumber(b: Uint8Array, s: number, e: number): DataType | null {
  const c0 = b[s]!;
  let j = c0 === 45 || c0 === 43 ? s + 1 : s;
  const j0 = j;
  let m = 0;
  let d: number;
  for (; j < e; j++) {
    d = b[j]! - 48;
    if (d < 0 || d > 9) break;
    m = m * 10 + d;
  }
  const digits = j - j0;
  if (digits === 0 || digits > 15) return null;
  if (j === e) {
    const x = c0 === 45 ? -m : m;
    NUMBER[0] = x;
    return x >= INT_MIN && x < INT_END ? INT : LONG;
  }
  if (b[j] !== 46) return null;
  const dot = j++;
  for (; j < e; j++) {
    d = b[j]! - 48;
    if (d < 0 || d > 9) break;
    m = m * 10 + d;
  }
  if (j !== e || digits + (e - dot - 1) > 15) return null;
  const y = m / POW10[e - dot - 1]!;
  NUMBER[0] = c0 === 45 ? -y : y;
  return DOUBLE;
}

interface Scan {
  readonly chunks: Chunk[];
  readonly types: DataType[];
  /** The most fields any record has. */
  readonly width: number;
  readonly records: number;
}

/**
 * Splits the bytes from `i0` into records and fields exactly as `parseCsv` does, storing
 * columns below `maxCols` (unless `store` is false: inference alone) and, when `infer`,
 * merging each field's inferred type into its column's (columns set in `done0` are not inferred).
 */
function scanRecords(src: Source, i0: number, maxCols: number, infer: boolean, R: number, store = true, done0: Uint8Array | null = null): Scan {
  const { bytes: b, S, Q, hi } = src;
  const n = b.length;
  // Numbers are parsed while the field's end is sought, unless the separator could be part of one.
  const fuse = !((S >= 48 && S <= 57) || S === 43 || S === 45 || S === 46);
  // A header fixes the width; without one, columns are added as records reach them.
  let cols = maxCols === Number.MAX_SAFE_INTEGER ? 1 : maxCols;
  const types: DataType[] = [];
  let done = new Uint8Array(cols);
  for (let c = 0; c < cols; c++) {
    types.push(NULL);
    done[c] = infer && !(done0 !== null && done0[c]) ? 0 : 1;
  }
  const chunks: Chunk[] = [];
  // The first chunk's slab fits it exactly; its bytes per record then size the next slabs
  // for the rest of the input (a little over, so one slab usually holds every later chunk).
  const slabs = new Slabs(store ? R * cols : 0, store && infer ? R * cols : 0);
  let chunk = new Chunk(store ? R : 0, done, cols, slabs);
  let ps = chunk.pos;
  let nm = chunk.num;
  let k = 0;
  let width = 0;
  let records = 0;
  let i = i0;
  const ml = src.ml;
  outer: while (i < n) {
    let c = 0;
    if (!ml && b[i]! <= 32 && b[i] !== LF && b[i] !== CR) {
      // A line blank after trimming is no record without multiLine.
      const j = blankRest(b, i);
      if (j >= 0) {
        i = j < n && b[j] === CR && b[j + 1] === LF ? j + 2 : j + 1;
        continue;
      }
    }
    for (;;) {
      const s = i;
      let ch = b[i]!;
      let fs = s + 1;
      let fl = F_TEXT;
      let x = 0;
      let ft: DataType | null = null;
      const active = c < cols && done[c] === 0;
      if (ch === Q) {
        fs = -(s + 1);
        i = closeQuote(b, i, Q, src.E, src.ml);
        while (i < n && ((ch = b[i]!) > hi || (ch !== S && ch !== LF && ch !== CR))) i++;
        // "" (or a lone quote ending its line) is a quoted empty value: null by default.
        if (i - s === 1 || (i - s === 2 && b[s + 1] === Q)) fl = F_NULL;
        else if (active) {
          const v = src.value(fs);
          if (v === null) fl = F_NULL;
          else ft = inferField(v);
        }
      } else if (!active) {
        while (i < n && ((ch = b[i]!) > hi || (ch !== S && ch !== LF && ch !== CR))) i++;
        if (i === s) fl = F_NULL;
      } else {
        const c0 = ch;
        let tried = false;
        if (fuse && ((c0 >= 48 && c0 <= 57) || c0 === 45 || c0 === 43)) {
          // A number read while looking for the field's end: [+-]?\d+ or [+-]?\d+\.\d* of at
          // most 15 digits is an integer below 2^53 over an exact power of ten, so one division
          // is correctly rounded: the double Number() gives.
          tried = true;
          let j = c0 >= 48 ? i : i + 1;
          const j0 = j;
          let m = 0;
          let d: number;
          while (j < n && (d = b[j]! - 48) >= 0 && d <= 9) {
            m = m * 10 + d;
            j++;
          }
          const digits = j - j0;
          if (digits > 0 && digits <= 15) {
            if (j === n || (ch = b[j]!) === S || ch === LF || ch === CR) {
              x = c0 === 45 ? -m : m;
              fl = F_EXACT;
              ft = x >= INT_MIN && x < INT_END ? INT : LONG;
            } else if (ch === 46) {
              const dot = j++;
              while (j < n && (d = b[j]! - 48) >= 0 && d <= 9) {
                m = m * 10 + d;
                j++;
              }
              if (digits + (j - dot - 1) <= 15 && (j === n || (ch = b[j]!) === S || ch === LF || ch === CR)) {
                const y = m / POW10[j - dot - 1]!;
                x = c0 === 45 ? -y : y;
                fl = F_EXACT;
                ft = DOUBLE;
              }
            }
          }
          i = j;
        }
        if (fl !== F_EXACT) {
          while (i < n && ((ch = b[i]!) > hi || (ch !== S && ch !== LF && ch !== CR))) i++;
          if (i === s) fl = F_NULL;
          else {
            const e = i;
            const lower = c0 | 32;
            if (lower >= 97 && lower <= 122) {
              // A word no special spelling (NaN, Inf, true, false) starts like is a string at once.
              if (c0 !== 78 && c0 !== 73 && lower !== 116 && lower !== 102) ft = STRING;
              else if (lower === 116 ? e - s === 4 && isWord(b, s, 'true') : lower === 102 && e - s === 5 && isWord(b, s, 'false')) ft = BOOLEAN;
            } else if (e - s === 10 && b[s + 4] === 45 && b[s + 7] === 45) {
              // yyyy-mm-dd, a valid day: the date parseDate gives (anything else goes to inferField).
              const days = isoDate(b, s);
              if (days !== -1e9) {
                ft = DATE;
                x = days;
                fl = F_EXACT;
              }
            } else if (!tried) {
              const r = exactNumber(b, s, e);
              if (r !== null) {
                x = NUMBER[0]!;
                fl = F_EXACT;
                ft = r;
              }
            }
            if (ft === null) ft = inferField(src.slice(s, e));
          }
        }
      }
      if (ft !== null && ft !== types[c]) {
        const t = mergeTypes(types[c]!, ft);
        types[c] = t;
        // Nothing merges a string column back to anything narrower.
        if (t.kind === 'string') done[c] = 1;
      }
      if (fl !== F_NULL) {
        if (c >= cols && c < maxCols) {
          // A record wider than any before it (only without a header, which fixes the width).
          const d2 = new Uint8Array(c + 1);
          d2.set(done);
          for (let c2 = cols; c2 <= c; c2++) {
            types.push(NULL);
            d2[c2] = infer ? 0 : 1;
          }
          done = d2;
          cols = c + 1;
          chunk.widen(done, cols);
          // The field is read again now that its column exists.
          i = s;
          continue;
        }
        if (c < cols && store) {
          ps[c]![k] = fs;
          const a = nm[c]!;
          if (a !== null) a[k] = fl === F_EXACT ? x : NaN;
        }
      }
      if (i >= n) {
        // A lone empty unquoted field is a blank line, which Spark skips.
        if (c > 0 || fl !== F_NULL || fs < 0) {
          if (c + 1 > width) width = c + 1;
          k++;
        }
        break outer;
      }
      i++;
      if (ch === S) {
        c++;
        // A delimiter just before the end still opens one more (empty) field.
        if (i >= n) {
          if (c + 1 > width) width = c + 1;
          k++;
          break outer;
        }
        continue;
      }
      if (ch === CR && i < n && b[i] === LF) i++;
      if (c > 0 || fl !== F_NULL || fs < 0) {
        if (c + 1 > width) width = c + 1;
        if (++k === R && !store) {
          records += k;
          k = 0;
        } else if (k === R) {
          chunk.rows = k;
          chunks.push(chunk);
          records += k;
          if (chunks.length === 1) {
            const perRecord = Math.max(1, (i - i0) / R);
            const rest = Math.ceil(((n - i) / perRecord) * 1.05) + 16;
            // At most 256 chunks (1M records) a slab: a first chunk of short records cannot make a huge one.
            const chunksLeft = Math.min(256, Math.ceil(rest / R));
            let active = 0;
            for (let c2 = 0; c2 < cols; c2++) active += done[c2] ? 0 : 1;
            // Capped, so a huge file takes several slabs rather than one giant buffer.
            slabs.intPlan = Math.min(SLAB_MAX, chunksLeft * R * cols);
            slabs.floatPlan = Math.min(SLAB_MAX, chunksLeft * R * active);
          }
          chunk = new Chunk(R, done, cols, slabs);
          ps = chunk.pos;
          nm = chunk.num;
          k = 0;
        }
      }
      break;
    }
  }
  if (k > 0 && !store) records += k;
  else if (k > 0) {
    chunk.rows = k;
    chunks.push(chunk);
    records += k;
  }
  return { chunks, types, width, records };
}

export interface CsvBatches {
  readonly fields: StructField[];
  readonly batches: ColumnBatch[];
}

/** The byte source over a file's bytes or text (a leading BOM skipped). */
function sourceOf(input: string | Uint8Array, o: CsvOptions): Source {
  const S = o.sep.charCodeAt(0);
  const Q = o.quote.charCodeAt(0);
  const esc = o.escape ?? '\\';
  const E = esc === '' || esc === o.quote ? -1 : esc.charCodeAt(0);
  const ml = o.multiLine === true;
  if (typeof input === 'string') return new Source(new TextEncoder().encode(input), input, S, Q, E, ml);
  const bom = input.length >= 3 && input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf;
  return new Source(bom ? input.subarray(3) : input, null, S, Q, E, ml);
}

/** The column names, the scan and the final types (null and string columns are strings) of one input. */
function scanInput(input: string | Uint8Array, o: CsvOptions, batchRows: number, store: boolean): { src: Source; names: string[]; scan: Scan; types: DataType[] } {
  const src = sourceOf(input, o);
  // The first record (header or data) fixes the columns, as CSVInferSchema does; longer
  // records lose their extra fields and shorter ones get nulls (PERMISSIVE).
  const { head, next } = readHeader(src);
  const i0 = o.header ? next : 0;
  const names = o.header ? safeHeader(head) : Array.from({ length: head.length }, (_, i) => `_c${i}`);
  const scan = scanRecords(src, i0, names.length, o.inferSchema, batchRows, store);
  const types = names.map((_, c): DataType => {
    const t = c < scan.types.length ? scan.types[c]! : NULL;
    return t.kind === 'null' || t.kind === 'string' ? { kind: 'string' } : { ...t };
  });
  return { src, names, scan, types };
}

/**
 * The schema Spark's CSV reader gives one file without a user schema (its first record's
 * columns; with inferSchema, CSVInferSchema's types), reading no values: what a data set's
 * schema is settled from before any row is parsed. Inference skips nothing for being
 * malformed, so in every mode this never fails on a bad record (FAILFAST raises when the
 * rows are parsed, as Spark's scan does).
 */
export function inferCsvFields(input: string | Uint8Array, o: CsvOptions): StructField[] {
  if (!fastCsvOptions({ ...o, mode: 'PERMISSIVE' })) return inferCsv(input, o);
  const { names, types } = scanInput(input, o, DEFAULT_BATCH_ROWS, false);
  return names.map((n, i) => field(n, types[i]!, true));
}

/**
 * The schema and column batches Spark's CSV reader gives for one file (see `readCsv`): its
 * bytes (UTF-8; a byte order mark is skipped, as the VFS's text decoding does) or its text.
 */
export function readCsvBatches(input: string | Uint8Array, o: CsvOptions, batchRows = DEFAULT_BATCH_ROWS): CsvBatches {
  if (!fastCsvOptions(o)) {
    // Options the byte tokenizer leaves to the general reader.
    const { fields, rows } = readCsv(input, o);
    return { fields, batches: batchesFromRows(fields.map((f) => f.type), rows, batchRows) };
  }
  const { src, names, scan, types } = scanInput(input, o, batchRows, true);
  const fields = names.map((n, i) => field(n, types[i]!, true));
  return { fields, batches: batchesOf(src, scan, types, batchRows) };
}

/**
 * One input's rows as batches of `fields`' types, by the byte reader, when it reads them as
 * the general reader would against those fields (`readCsvWithFields`): options the byte reader
 * takes (PERMISSIVE), no header check, and every column's values, as inferred from this input,
 * within the field's type (an int column of a double field, a date column of a timestamp
 * field, anything of a string field; so no value can fail to convert). Else null. This is how
 * a split of a data set whose schema was inferred over all its files is read: the split's own
 * inference may land on narrower types. Records of another width than the fields are kept
 * with nulls / without their extra fields, as PERMISSIVE does without a corrupt-record column.
 */
export function readCsvBatchesAs(input: string | Uint8Array, fields: readonly StructField[], o: CsvOptions, batchRows = DEFAULT_BATCH_ROWS): ColumnBatch[] | null {
  const corrupt = o.columnNameOfCorruptRecord ?? '_corrupt_record';
  if (!fastCsvOptions(o) || (o.header && o.enforceSchema === false) || fields.some((f) => f.name === corrupt)) return null;
  const types = fields.map((f) => f.type);
  const src = sourceOf(input, o);
  const i0 = o.header ? readHeader(src).next : 0;
  // String fields need no inference: their columns only keep where each field starts.
  const strings = Uint8Array.from(types, (t) => (t.kind === 'string' ? 1 : 0));
  const scan = scanRecords(src, i0, types.length, true, batchRows, true, strings);
  for (let c = 0; c < types.length; c++) {
    const local = scan.types[c]!;
    if (strings[c] || local.kind === 'null') continue;
    if (JSON.stringify(mergeTypes(local, types[c]!)) !== JSON.stringify(types[c])) return null;
  }
  return batchesOf(src, scan, types, batchRows);
}

/** The scanned chunks as batches of `types`, each column converted when first read. */
function batchesOf(src: Source, scan: Scan, types: readonly DataType[], batchRows: number): ColumnBatch[] {
  const rows = scan.records;
  // As batchesFromRows does for a table: string columns of few distinct values share a dictionary.
  const dicts = types.map((t) => (t.kind === 'string' && rows > batchRows ? new ByteDictionary(Math.max(1024, rows >> 2)) : null));
  // Columns are converted when a consumer first reads them (a count reads none). A dictionary
  // column converts every chunk at once, in file order, so its codes and the point where it
  // gives up are the same whichever batch is read first.
  const coded: (ColumnVector[] | null)[] = types.map(() => null);
  const codedColumn = (c: number): ColumnVector[] => (coded[c] ??= scan.chunks.map((ch) => convertColumn(types[c]!, ch, c, src, dicts[c]!)));
  return scan.chunks.map((ch, j) => ({
    types,
    numRows: ch.rows,
    columns: types.map((t, c) => lazyVector(layoutOf(t), dicts[c] ? () => codedColumn(c)[j]! : () => convertColumn(t, ch, c, src, null))),
  }));
}

const WORDS = new Int32Array(2);
const LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;

/** The validity bitmap of a chunk's column (bit set: the field is not null), eight fields a byte at a time. */
function validityOf(pos: Int32Array, n: number): Uint8Array {
  const validity = new Uint8Array((n + 7) >> 3);
  const full = n & ~7;
  for (let i = 0; i < full; i += 8) {
    validity[i >> 3] = (pos[i] !== 0 ? 1 : 0) | (pos[i + 1] !== 0 ? 2 : 0) | (pos[i + 2] !== 0 ? 4 : 0) | (pos[i + 3] !== 0 ? 8 : 0) |
      (pos[i + 4] !== 0 ? 16 : 0) | (pos[i + 5] !== 0 ? 32 : 0) | (pos[i + 6] !== 0 ? 64 : 0) | (pos[i + 7] !== 0 ? 128 : 0);
  }
  for (let i = full; i < n; i++) if (pos[i] !== 0) validity[i >> 3]! |= 1 << (i & 7);
  return validity;
}

/** Column `c` of a chunk as a vector of type `t` (values exactly as `csvValue` gives). */
function convertColumn(t: DataType, ch: Chunk, c: number, src: Source, dict: ByteDictionary | null): ColumnVector {
  const n = ch.rows;
  if (c >= ch.pos.length) return buildVector(t, n, () => null);
  const pos = ch.pos[c]!;
  const num = ch.num[c] ?? null;
  const value = (i: number) => src.value(pos[i]!);
  switch (t.kind) {
    case 'int': case 'date': {
      // The values overwrite the positions they are read from (each once, in order): no new buffer.
      const validity = validityOf(pos, n);
      const values = pos.subarray(0, n);
      for (let i = 0; i < n; i++) {
        if (pos[i] === 0) continue;
        const x = num![i]!;
        values[i] = x === x ? x : (csvValue(value(i), t) as number);
      }
      return { kind: 'int32', values, validity };
    }
    case 'long': {
      // The values overwrite the numbers they are read from, in the same eight bytes.
      const numbers = num!;
      const values = new BigInt64Array(numbers.buffer, numbers.byteOffset, n);
      const words = new Int32Array(numbers.buffer, numbers.byteOffset, 2 * n);
      for (let i = 0; i < n; i++) {
        if (pos[i] === 0) continue;
        const x = numbers[i]!;
        if (x === x && LITTLE_ENDIAN) {
          // Exact below 2^53: the low and high words of the two's complement value.
          longWords(x);
          words[2 * i] = WORDS[0]!;
          words[2 * i + 1] = WORDS[1]!;
        } else values[i] = BigInt(value(i)!);
      }
      return { kind: 'int64', values, validity: validityOf(pos, n) };
    }
    case 'double': {
      // The scan's numbers are the values: the vector adopts them, reading only the rare other forms.
      const values = num!.subarray(0, n);
      for (let i = 0; i < n; i++) {
        const x = values[i]!;
        if (x !== x && pos[i] !== 0) values[i] = csvValue(value(i), t) as number;
      }
      return { kind: 'float64', values, validity: validityOf(pos, n) };
    }
    case 'boolean': {
      // Every field of a boolean column is true or false in some case: the length tells which.
      const values = new Uint8Array(n);
      for (let i = 0; i < n; i++) {
        const p = pos[i]!;
        if (p === 0) continue;
        values[i] = (p > 0 ? src.endOf(p) - p + 1 : value(i)!.length) === 4 ? 1 : 0;
      }
      return { kind: 'bool', values, validity: validityOf(pos, n) };
    }
    case 'string': {
      if (dict && !dict.full) {
        // The codes overwrite the positions they are read from.
        const codes = pos.subarray(0, n);
        for (let i = 0; i < n; i++) {
          const p = pos[i]!;
          if (p === 0) {
            codes[i] = -1;
            continue;
          }
          let code: number;
          if (p > 0) code = dict.codeAt(src, p - 1);
          else {
            const len = src.unquote(-p - 1, src.endOf(p));
            code = dict.code(src.unquoted(), 0, len, hashBytes(src.unquoted(), 0, len));
          }
          if (code < 0) {
            // Too many distinct values: this and later batches keep plain strings (rows before
            // `i` hold codes now, the others still their positions).
            const entries = dict.entries;
            const coded = i;
            return lazyStrings(n, (values) => {
              src.decodeAll();
              for (let j = 0; j < coded; j++) values[j] = codes[j]! < 0 ? null : entries[codes[j]!]!;
              for (let j = coded; j < n; j++) values[j] = value(j);
            });
          }
          codes[i] = code;
        }
        const entries = dict.entries;
        return lazyStrings(n, (values) => {
          for (let i = 0; i < n; i++) values[i] = codes[i]! < 0 ? null : entries[codes[i]!]!;
        }, { entries, codes });
      }
      return lazyStrings(n, (values) => {
        src.decodeAll();
        for (let i = 0; i < n; i++) values[i] = value(i);
      });
    }
    default:
      return buildVector(t, n, (i) => csvValue(value(i), t));
  }
}

/** A string vector whose values are decoded from the file's bytes when a consumer first reads them. */
const lazyStrings = lazyObjectVector;

/** The two 32-bit words (low, high) of the integer `x`, |x| < 2^53, into WORDS. */
function longWords(x: number): void {
  const hi = Math.floor(x / 4294967296);
  WORDS[0] = x - hi * 4294967296;
  WORDS[1] = hi;
}

const entryDecoder = new TextDecoder();

/**
 * The distinct strings of a column and their codes, looked up by bytes without decoding
 * them: a hash of the bytes, then a byte compare with the entry's copy in a compact arena.
 * Each slot keeps (code + 1, hash, arena offset, length) side by side, so a probe touches
 * one cache line and the arena. A string is decoded once per distinct value; entries are
 * distinct. A column that turns out almost all distinct gives up (`full`): a dictionary
 * would cost a hash probe per value and save nothing.
 */
class ByteDictionary {
  readonly entries: string[] = [];
  private table = new Int32Array(4 * 1024);
  private mask = 1023;
  private arena = new Uint8Array(1 << 16);
  private used = 0;
  private seen = 0;
  full = false;

  constructor(private readonly limit: number) {}

  /** The code of the unquoted field of the text starting at `s` (it ends at a separator or line end). */
  codeAt(src: Source, s: number): number {
    const { bytes: b, S, hi } = src;
    const n = b.length;
    // The field's end and its hash in one pass.
    let h = 0x811c9dc5 | 0;
    let j = s;
    let ch: number;
    while (j < n && ((ch = b[j]!) > hi || (ch !== S && ch !== LF && ch !== CR))) {
      h = Math.imul(h ^ ch, 0x01000193);
      j++;
    }
    return this.code(b, s, j, h);
  }

  /** The code of bytes `src[s, e)` whose `hashBytes` is `h0`, adding it when new; -1 once given up. */
  code(src: Uint8Array, s: number, e: number, h0: number): number {
    const len = e - s;
    let h = Math.imul(h0 ^ len, 0x85ebca6b);
    h ^= h >>> 13;
    const t = this.table;
    const arena = this.arena;
    let slot = h & this.mask;
    this.seen++;
    for (;;) {
      const c = t[4 * slot]! - 1;
      if (c < 0) break;
      if (t[4 * slot + 1] === h && t[4 * slot + 3] === len) {
        const at = t[4 * slot + 2]! - s;
        let j = s;
        while (j < e && arena[at + j] === src[j]) j++;
        if (j === e) return c;
      }
      slot = (slot + 1) & this.mask;
    }
    const code = this.entries.length;
    // A column with more than one new entry in two past 64k values (or three in four past 4k:
    // some 7,000 or more distinct values drawn evenly) is closer to a key than a category: a
    // probe per value (a cache miss in a big table) and an entry decoded per new value cost
    // more than its strings, and giving up late pays for tens of thousands of entries.
    if (code >= this.limit || (this.seen >= 65536 ? code * 2 > this.seen : this.seen >= 4096 && code * 4 > this.seen * 3)) {
      this.full = true;
      return -1;
    }
    if (this.used + len > this.arena.length) {
      const a = new Uint8Array(Math.max(2 * this.arena.length, this.used + len));
      a.set(this.arena.subarray(0, this.used));
      this.arena = a;
    }
    this.arena.set(src.subarray(s, e), this.used);
    this.entries.push(decodeEntry(src, s, e));
    t[4 * slot] = code + 1;
    t[4 * slot + 1] = h;
    t[4 * slot + 2] = this.used;
    t[4 * slot + 3] = len;
    this.used += len;
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

/** FNV-1a over bytes `b[s, e)`, as `ByteDictionary.codeAt` computes it while finding a field's end. */
function hashBytes(b: Uint8Array, s: number, e: number): number {
  let h = 0x811c9dc5 | 0;
  for (let j = s; j < e; j++) h = Math.imul(h ^ b[j]!, 0x01000193);
  return h;
}

/**
 * The string of UTF-8 bytes `b[s, e)`: short ASCII runs from char codes (a decoder call costs
 * more than the string), anything else through the decoder.
 */
function decodeEntry(b: Uint8Array, s: number, e: number): string {
  if (e - s <= 64) {
    let ascii = true;
    for (let j = s; j < e; j++) if (b[j]! > 127) ascii = false;
    if (ascii) return String.fromCharCode.apply(null, b.subarray(s, e) as unknown as number[]);
  }
  return entryDecoder.decode(b.subarray(s, e));
}
