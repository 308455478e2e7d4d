/**
 * Columnar batches on the wire: what SQL stages ship to executors, exchange between stages
 * and return to the driver. Fixed-width columns travel as their typed arrays' bytes with
 * the validity bitmap; other columns as tagged values (Decimal and MapValue have codecs).
 * A string dictionary (shared by a table's batches) travels once per message, then codes per batch.
 *
 * Dictionaries are told apart by an id (dictionaryId), never by their contents' hash: the
 * process that builds a dictionary mints its id, and every copy decoded from the wire keeps
 * it, so two columns name one dictionary exactly when their codes mean the same strings.
 */
import { constantVector, layoutOf, lazyObjectVector, lazyVector } from '../../columnar';
import type { ColumnBatch, ColumnVector } from '../../columnar';
import type { DataType } from '../../types';
import { Decimal, MapValue } from '../../types';
import { Reader, Writer, registerCodec } from '../../values';

registerCodec<Decimal>({
  name: 'sql.Decimal',
  test: (v): v is Decimal => v instanceof Decimal,
  encode: (v, w) => {
    w.value(v.unscaled);
    w.u32(v.scale);
  },
  decode: (r) => new Decimal(r.value() as bigint, r.u32()),
});

registerCodec<MapValue>({
  name: 'sql.MapValue',
  test: (v): v is MapValue => v instanceof MapValue,
  encode: (v, w) => {
    w.value(v.keys);
    w.value(v.values);
  },
  decode: (r) => {
    const keys = r.value() as unknown[];
    return new MapValue(keys, r.value() as unknown[]);
  },
});

const KIND = { int32: 0, int64: 1, float64: 2, bool: 3, object: 4 } as const;
/**
 * A dictionary-coded string column: its number in the message, on first use followed by the
 * dictionary's id and entries; then the codes.
 */
const DICT = 5;
/** A column of strings (and nulls): their UTF-16 lengths (-1 = null), then one UTF-8 text of them all. */
const STR = 6;
/** Codes of a dictionary the message does not hold: its id and size, then the codes (the reader is handed the entries). */
const DICT_REF = 7;
/** A column of nulls only (nullColumn): the tag alone. */
const NULLS = 8;
/** A fixed-width column of few non-null values: its kind, the validity bitmap, then only the non-null values. */
const SPARSE = 9;
/** First word of a message holding dictionaries (encodeDictionaries) rather than batches. */
const DICTIONARIES = 0xffffffff;

const nullColumns = new WeakSet<ColumnVector>();

/**
 * A column of `n` nulls of type `t` that is built only if read: a column an aggregate does
 * not read rides through an exchange as its tag (NULLS), not as n values.
 */
export function nullColumn(t: DataType, n: number): ColumnVector {
  const v = lazyVector(layoutOf(t), () => constantVector(t, null, n));
  nullColumns.add(v);
  return v;
}

export function isNullColumn(v: ColumnVector): boolean {
  return nullColumns.has(v);
}

/** Dictionaries up to this size may travel beside what names them (a map task's DictionaryRefs, a task's CodeSet). */
export const INLINE_DICTIONARY = 4096;

/** The hash of a dictionary's entries, with the size it was computed at (a reader's dictionary may still grow). */
const dictHashes = new WeakMap<readonly string[], { readonly size: number; readonly hash: number }>();

/**
 * A hash of a dictionary's entries (FNV-1a over their UTF-16 units), computed once per
 * dictionary: a cheap consistency check beside the id (equal ids with different sizes or
 * hashes are refused), never an identity.
 */
export function dictionaryHash(entries: readonly string[]): number {
  const known = dictHashes.get(entries);
  if (known !== undefined && known.size === entries.length) return known.hash;
  let h = 0x811c9dc5;
  for (const s of entries) {
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    h = Math.imul(h ^ 0xff, 0x01000193);
  }
  dictHashes.set(entries, { size: entries.length, hash: h });
  return h;
}

/**
 * This process's prefix for the ids it mints: 64 random bits, so ids minted by different
 * workers (each with its own counter) differ; not derived from any data.
 */
const ID_PREFIX = (() => {
  const words = new Uint32Array(2);
  const c = (globalThis as { crypto?: { getRandomValues(a: Uint32Array): Uint32Array } }).crypto;
  if (c) c.getRandomValues(words);
  else for (let i = 0; i < 2; i++) words[i] = Math.floor(Math.random() * 2 ** 32);
  return `${words[0]!.toString(36)}.${words[1]!.toString(36)}.`;
})();
let minted = 0;
const dictIds = new WeakMap<readonly string[], string>();

/** The dictionaries alive in this process, by id: a dictionaries message names them without their entries being decoded again. */
const live = new Map<string, WeakRef<readonly string[]>>();
const gone = new FinalizationRegistry<string>((id) => {
  if (live.get(id)?.deref() === undefined) live.delete(id);
});

function identify(entries: readonly string[], id: string): void {
  dictIds.set(entries, id);
  if (live.get(id)?.deref() !== undefined) return;
  live.set(id, new WeakRef(entries));
  gone.register(entries, id);
}

/** A dictionary's id: minted here on first use unless the dictionary was decoded with one (decodeBatches, decodeDictionaries). */
export function dictionaryId(entries: readonly string[]): string {
  let id = dictIds.get(entries);
  if (id === undefined) identify(entries, (id = ID_PREFIX + (minted++).toString(36)));
  return id;
}

/** The dictionary's id if it has one (minted or decoded), without minting one. */
export function knownDictionaryId(entries: readonly string[]): string | undefined {
  return dictIds.get(entries);
}

/** Whether two dictionaries hold the same entries in the same order (the full comparison). */
export function sameEntries(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** How blocks name a dictionary they reference (DICT_REF): its id. */
export function dictionaryKey(entries: readonly string[]): string {
  return dictionaryId(entries);
}

interface Strings {
  readonly lengths: Int32Array;
  readonly text: string;
}

/** values[start..end) as a STR column's parts when they are all strings or null; null otherwise. */
function prepareStrings(values: readonly unknown[], start: number, end: number): Strings | null {
  const n = end - start;
  const lengths = new Int32Array(n);
  const parts: string[] = [];
  for (let i = 0; i < n; i++) {
    const v = values[start + i];
    if (v === null || v === undefined) lengths[i] = -1;
    else if (typeof v === 'string') {
      lengths[i] = v.length;
      parts.push(v);
    } else return null;
  }
  return { lengths, text: parts.join('') };
}

/** Bytes a STR column takes (its text counted as ASCII; the writer grows for more). */
function stringsBytes(p: Strings): number {
  return 16 + p.lengths.byteLength + p.text.length;
}

function writePreparedStrings(w: Writer, p: Strings): void {
  w.u8(STR);
  w.alignedBytes(new Uint8Array(p.lengths.buffer), 4);
  w.str(p.text);
}

/** Writes values[start..end) as a STR column when they are all strings or null; false otherwise. */
function writeStrings(w: Writer, values: readonly unknown[], start: number, end: number): boolean {
  const p = prepareStrings(values, start, end);
  if (p === null) return false;
  writePreparedStrings(w, p);
  return true;
}

/** A STR column after its tag (its row count is its lengths' count). */
function readStrings(r: Reader): ColumnVector {
  const lengths = int32s(r);
  const n = lengths.length;
  const text = r.str();
  const values = new Array<unknown>(n);
  let at = 0;
  for (let i = 0; i < n; i++) {
    const len = lengths[i]!;
    if (len < 0) values[i] = null;
    else {
      values[i] = text.slice(at, at + len);
      at += len;
    }
  }
  return { kind: 'object', values };
}

function rawBytes(a: Int32Array | BigInt64Array | Float64Array | Uint8Array, n: number): Uint8Array {
  return new Uint8Array(a.buffer, a.byteOffset, n * a.BYTES_PER_ELEMENT);
}

/**
 * Typed arrays travel aligned (Writer.alignedBytes) and come back as views of the message
 * (decodeBatches reads with views: blocks are messages of their own or views of one that
 * nothing writes to afterwards); a copy where the message itself sits unaligned in memory.
 */
function int32s(r: Reader): Int32Array {
  const b = r.alignedBytes(4);
  return new Int32Array(b.buffer, b.byteOffset, b.byteLength >> 2);
}

function int64s(r: Reader): BigInt64Array {
  const b = r.alignedBytes(8);
  return new BigInt64Array(b.buffer, b.byteOffset, b.byteLength >> 3);
}

function float64s(r: Reader): Float64Array {
  const b = r.alignedBytes(8);
  return new Float64Array(b.buffer, b.byteOffset, b.byteLength >> 3);
}

/** A byte array (validity bitmap, booleans) as written by Writer.bytes: a view where the reader allows. */
function byteView(r: Reader): Uint8Array {
  return r.alignedBytes(1);
}

/**
 * About how many bytes rows start..end of `b` encode to (fixed-width columns exactly, other
 * columns at a guess per row), so a writer is sized once instead of doubling through a large block.
 */
function batchBytes(b: ColumnBatch, start: number, end: number): number {
  const n = end - start;
  let size = 12;
  for (const c of b.columns) {
    size += 32;
    if (c.kind === 'object') size += n * (c.dictionary ? 4 : 16);
    else size += n * c.values.BYTES_PER_ELEMENT + ((n + 7) >> 3);
  }
  return size;
}

/**
 * `dicts`: the dictionaries the message keeps coded (-1 until written, then their id in the
 * message); `written.n` counts the ones written.
 */
function writeBatch(w: Writer, b: ColumnBatch, dicts: Map<readonly string[], number>, written: { n: number }, known: ReadonlyMap<string, readonly string[]> | undefined): void {
  const n = b.numRows;
  w.u32(n);
  w.u32(b.columns.length);
  for (const c of b.columns) {
    if (nullColumns.has(c)) {
      w.u8(NULLS);
      continue;
    }
    // A dictionary the reader holds (the one it sent): its codes alone.
    const id = known && c.kind === 'object' && c.dictionary ? knownDictionaryId(c.dictionary.entries) : undefined;
    if (id !== undefined && known!.get(id) === (c as Extract<ColumnVector, { kind: 'object' }>).dictionary!.entries) {
      const { entries, codes } = (c as Extract<ColumnVector, { kind: 'object' }>).dictionary!;
      w.u8(DICT_REF);
      w.str(id);
      w.u32(entries.length);
      w.alignedBytes(rawBytes(codes, n), 4);
      continue;
    }
    // Kernels group and compare strings by dictionary code: keep the codes across workers
    // (the dictionaries worth it are in `dicts`).
    if (c.kind === 'object' && c.dictionary && dicts?.has(c.dictionary.entries)) {
      w.u8(DICT);
      let id = dicts.get(c.dictionary.entries)!;
      if (id < 0) {
        id = written.n++;
        dicts.set(c.dictionary.entries, id);
        w.u32(id);
        w.str(dictionaryId(c.dictionary.entries));
        if (!writeStrings(w, c.dictionary.entries, 0, c.dictionary.entries.length)) throw new TypeError('a dictionary holds a non-string');
      } else w.u32(id);
      w.alignedBytes(rawBytes(c.dictionary.codes, n), 4);
      continue;
    }
    if (c.kind === 'object' && writeStrings(w, c.values, 0, n)) continue;
    w.u8(KIND[c.kind]);
    if (c.kind === 'object') {
      for (let i = 0; i < n; i++) w.value(c.values[i] ?? null);
      continue;
    }
    if (c.kind === 'bool') w.bytes(rawBytes(c.values, n));
    else w.alignedBytes(rawBytes(c.values, n), c.values.BYTES_PER_ELEMENT);
    w.bytes(c.validity.subarray(0, (n + 7) >> 3));
  }
}

function readVector(r: Reader, n: number, t: DataType, dicts: string[][], named: ReadonlyMap<string, readonly string[]> | undefined): ColumnVector {
  const kind = r.u8();
  switch (kind) {
    case NULLS: return nullColumn(t, n);
    case SPARSE: return readSparse(r, n);
    case STR: return readStrings(r);
    case DICT_REF: {
      const key = r.str();
      const size = r.u32();
      const entries = named?.get(key);
      if (!entries) throw new TypeError(`corrupt batch (dictionary ${key} not shipped)`);
      if (entries.length !== size) throw new TypeError(`corrupt batch (dictionary ${key} of ${entries.length} entries where ${size} were named)`);
      const codes = int32s(r);
      return lazyObjectVector(n, (values) => {
        for (let i = 0; i < n; i++) values[i] = codes[i]! < 0 ? null : entries[codes[i]!]!;
      }, { entries, codes });
    }
    case DICT: {
      const id = r.u32();
      if (id === dicts.length) {
        const key = r.str();
        if (r.u8() !== STR) throw new TypeError('corrupt batch (dictionary)');
        const entries = readStrings(r).values as string[];
        identify(entries, key);
        dicts.push(entries);
      }
      const entries = dicts[id];
      if (!entries) throw new TypeError('corrupt batch (unknown dictionary)');
      const codes = int32s(r);
      const values = new Array<unknown>(n);
      for (let i = 0; i < n; i++) values[i] = codes[i]! < 0 ? null : entries[codes[i]!]!;
      return { kind: 'object', values, dictionary: { entries, codes } };
    }
    case KIND.object: {
      const values = new Array<unknown>(n);
      for (let i = 0; i < n; i++) values[i] = r.value();
      return { kind: 'object', values };
    }
    case KIND.int32: return { kind: 'int32', values: int32s(r), validity: byteView(r) };
    case KIND.int64: return { kind: 'int64', values: int64s(r), validity: byteView(r) };
    case KIND.float64: return { kind: 'float64', values: float64s(r), validity: byteView(r) };
    case KIND.bool: return { kind: 'bool', values: byteView(r), validity: byteView(r) };
    default: throw new TypeError(`corrupt batch (column kind ${kind})`);
  }
}

/**
 * The batches as one message. With `known` (dictionaries by id that the reader will hand
 * decodeBatches), columns coded by one of those travel as codes naming it.
 */
export function encodeBatches(batches: readonly ColumnBatch[], known?: ReadonlyMap<string, readonly string[]>): Uint8Array {
  // A dictionary is worth its entries when the message has at least as many rows coded by it
  // (not for a few groups of a large dictionary).
  const rows = new Map<readonly string[], number>();
  for (const b of batches) {
    for (const c of b.columns) if (c.kind === 'object' && c.dictionary) rows.set(c.dictionary.entries, (rows.get(c.dictionary.entries) ?? 0) + b.numRows);
  }
  const dicts = new Map<readonly string[], number>();
  let size = batches.reduce((n, b) => n + batchBytes(b, 0, b.numRows), 4);
  for (const [entries, n] of rows) {
    if (entries.length > n) continue;
    dicts.set(entries, -1);
    // The entries travel once: their lengths and text (as ASCII; the writer grows for more).
    size += 64 + entries.length * 4;
    for (const e of entries) size += e.length;
  }
  const w = new Writer(size);
  w.u32(batches.length);
  const written = { n: 0 };
  for (const b of batches) writeBatch(w, b, dicts, written, known);
  return w.finishCompact();
}

/**
 * Rows `start .. end` of `b` as one encoded batch (what decodeBatches reads). With `refs`,
 * dictionary-coded columns travel as codes naming their dictionary (added to `refs` by its
 * dictionaryKey): the reader must be handed the entries (decodeBatches' `dictionaries`).
 */
export function encodeBatchRange(b: ColumnBatch, start: number, end: number, refs?: Map<string, readonly string[]>): Uint8Array {
  const n = end - start;
  // Each column's parts first, so the writer is sized once for the block (exactly but for
  // non-ASCII text and values of no fixed shape).
  const parts: RangePart[] = [];
  let size = 12;
  for (const c of b.columns) {
    const part = rangePart(c, start, end, refs);
    size += partBytes(part, n);
    parts.push(part);
  }
  const w = new Writer(size);
  w.u32(1);
  w.u32(n);
  w.u32(b.columns.length);
  for (const part of parts) writePart(w, part, start, end);
  return w.finishCompact();
}

type FixedKind = 'int32' | 'int64' | 'float64' | 'bool';

type RangePart =
  | { readonly kind: 'nulls' }
  | { readonly kind: 'ref'; readonly key: string; readonly size: number; readonly codes: Uint8Array }
  | { readonly kind: 'strings'; readonly strings: Strings }
  | { readonly kind: 'values'; readonly values: readonly unknown[] }
  | { readonly kind: 'sparse'; readonly type: FixedKind; readonly bits: Uint8Array; readonly packed: Uint8Array }
  | { readonly kind: 'fixed'; readonly type: FixedKind; readonly bits: Uint8Array; readonly values: Uint8Array };

function rangePart(c: ColumnVector, start: number, end: number, refs: Map<string, readonly string[]> | undefined): RangePart {
  const n = end - start;
  if (nullColumns.has(c)) return { kind: 'nulls' };
  if (c.kind === 'object') {
    const named = refs && c.dictionary ? refs.get(dictionaryKey(c.dictionary.entries)) : undefined;
    // Copies of one dictionary share its id; entries that differ under one id travel as strings.
    if (refs && c.dictionary && (named === undefined || sameEntries(named, c.dictionary.entries))) {
      const { entries, codes } = c.dictionary;
      const key = dictionaryKey(entries);
      if (named === undefined) refs.set(key, entries);
      return { kind: 'ref', key, size: entries.length, codes: new Uint8Array(codes.buffer, codes.byteOffset + start * 4, n * 4) };
    }
    const strings = prepareStrings(c.values, start, end);
    return strings ? { kind: 'strings', strings } : { kind: 'values', values: c.values };
  }
  const width = c.values.BYTES_PER_ELEMENT;
  const bits = new Uint8Array((n + 7) >> 3);
  const v = c.validity;
  let valid = 0;
  for (let i = 0; i < n; i++) {
    const k = start + i;
    if ((v[k >> 3]! & (1 << (k & 7))) !== 0) {
      bits[i >> 3]! |= 1 << (i & 7);
      valid++;
    }
  }
  if (c.kind !== 'bool' && valid * 4 <= n) {
    // Mostly nulls (a map task's ordinals past each group's first row): the values present
    // only, copied as 32-bit words (bit for bit, whatever the type).
    const words = width >> 2;
    const src = new Int32Array(c.values.buffer, c.values.byteOffset + start * width, n * words);
    const packed = new Int32Array(valid * words);
    let at = 0;
    for (let i = 0; i < n; i++) {
      if ((bits[i >> 3]! & (1 << (i & 7))) === 0) continue;
      for (let j = 0; j < words; j++) packed[at++] = src[i * words + j]!;
    }
    return { kind: 'sparse', type: c.kind, bits, packed: new Uint8Array(packed.buffer) };
  }
  return { kind: 'fixed', type: c.kind, bits, values: new Uint8Array(c.values.buffer, c.values.byteOffset + start * width, n * width) };
}

function partBytes(p: RangePart, n: number): number {
  switch (p.kind) {
    case 'nulls': return 1;
    case 'ref': return 24 + p.key.length + p.codes.byteLength;
    case 'strings': return stringsBytes(p.strings);
    case 'values': return 1 + n * 16;
    case 'sparse': return 24 + p.bits.byteLength + p.packed.byteLength;
    case 'fixed': return 24 + p.bits.byteLength + p.values.byteLength;
  }
}

function writePart(w: Writer, p: RangePart, start: number, end: number): void {
  switch (p.kind) {
    case 'nulls':
      w.u8(NULLS);
      return;
    case 'ref':
      w.u8(DICT_REF);
      w.str(p.key);
      w.u32(p.size);
      w.alignedBytes(p.codes, 4);
      return;
    case 'strings':
      writePreparedStrings(w, p.strings);
      return;
    case 'values':
      w.u8(KIND.object);
      for (let i = start; i < end; i++) w.value(p.values[i] ?? null);
      return;
    case 'sparse':
      w.u8(SPARSE);
      w.u8(KIND[p.type]);
      w.bytes(p.bits);
      w.alignedBytes(p.packed, 4);
      return;
    case 'fixed':
      w.u8(KIND[p.type]);
      if (p.type === 'bool') w.bytes(p.values);
      else w.alignedBytes(p.values, p.type === 'int32' ? 4 : 8);
      w.bytes(p.bits);
      return;
  }
}

/** A SPARSE column after its tag: `n` values, zero where null. */
function readSparse(r: Reader, n: number): ColumnVector {
  const kind = r.u8();
  const validity = byteView(r);
  const packed = int32s(r);
  const width = kind === KIND.int32 ? 4 : 8;
  // 32-bit words, bit for bit (an int64 or a NaN's payload as it was written).
  const words = width >> 2;
  const out = new Int32Array(n * words);
  let at = 0;
  for (let i = 0; i < n; i++) {
    if ((validity[i >> 3]! & (1 << (i & 7))) === 0) continue;
    for (let j = 0; j < words; j++) out[i * words + j] = packed[at++]!;
  }
  const bytes = out;
  switch (kind) {
    case KIND.int32: return { kind: 'int32', values: new Int32Array(bytes.buffer), validity };
    case KIND.int64: return { kind: 'int64', values: new BigInt64Array(bytes.buffer), validity };
    case KIND.float64: return { kind: 'float64', values: new Float64Array(bytes.buffer), validity };
    default: throw new TypeError(`corrupt batch (sparse column kind ${kind})`);
  }
}

/**
 * Dictionaries as one message, each under the id blocks name it by (what blocks written with
 * encodeBatchRange's `refs` name; entries sent inline by a task arrive without their id).
 * Each dictionary's entries are encoded once (again if it grew): a table's serve query after query.
 */
const sections = new WeakMap<readonly string[], { readonly size: number; readonly bytes: Uint8Array }>();

function section(entries: readonly string[]): Uint8Array {
  const known = sections.get(entries);
  if (known && known.size === entries.length) return known.bytes;
  const strings = prepareStrings(entries, 0, entries.length);
  if (strings === null) throw new TypeError('a dictionary holds a non-string');
  const w = new Writer(stringsBytes(strings));
  writePreparedStrings(w, strings);
  const bytes = w.finishCompact();
  sections.set(entries, { size: entries.length, bytes });
  return bytes;
}

export function encodeDictionaries(dicts: Iterable<readonly [string, readonly string[]]>): Uint8Array {
  const list = [...dicts];
  const bodies = list.map(([, entries]) => section(entries));
  const w = new Writer(bodies.reduce((n, b) => n + b.byteLength + 64, 8));
  w.u32(DICTIONARIES);
  w.u32(list.length);
  list.forEach(([id, entries], i) => {
    w.str(id);
    w.u32(entries.length);
    w.alignedBytes(bodies[i]!, 8);
  });
  return w.finishCompact();
}

/**
 * The dictionaries of an encodeDictionaries message, by dictionaryKey (their ids); null for a
 * message of batches. A dictionary alive in this process under the same id and size (a table
 * partition's copy, an earlier message's) is used as it is, its entries not decoded again.
 */
export function decodeDictionaries(bytes: Uint8Array): Map<string, readonly string[]> | null {
  const r = new Reader(bytes, { views: true });
  if (r.u32() !== DICTIONARIES) return null;
  const out = new Map<string, readonly string[]>();
  const count = r.u32();
  for (let k = 0; k < count; k++) {
    const key = r.str();
    const size = r.u32();
    const body = r.alignedBytes(8);
    const known = live.get(key)?.deref();
    if (known && known.length === size) {
      out.set(key, known);
      continue;
    }
    const sr = new Reader(body, { views: true });
    if (sr.u8() !== STR) throw new TypeError('corrupt dictionary message');
    const entries = readStrings(sr).values as string[];
    if (entries.length !== size) throw new TypeError('corrupt dictionary message');
    identify(entries, key);
    out.set(key, entries);
  }
  return out;
}

export function decodeBatches(bytes: Uint8Array, types: readonly DataType[], dictionaries?: ReadonlyMap<string, readonly string[]>): ColumnBatch[] {
  const r = new Reader(bytes, { views: true });
  const count = r.u32();
  const out: ColumnBatch[] = [];
  const dicts: string[][] = [];
  for (let k = 0; k < count; k++) {
    const n = r.u32();
    const cols = r.u32();
    if (cols !== types.length) throw new TypeError(`corrupt batch: ${cols} columns where ${types.length} were expected`);
    const columns: ColumnVector[] = [];
    for (let c = 0; c < cols; c++) columns.push(readVector(r, n, types[c]!, dicts, dictionaries));
    out.push({ types, numRows: n, columns });
  }
  return out;
}
