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

/** Writes values[start..end) as a STR column when they are all strings or null; false otherwise. */
function writeStrings(w: Writer, values: readonly unknown[], start: number, end: number): boolean {
  const n = end - start;
  const lengths = new Int32Array(n);
  const parts: string[] = [];
  for (let i = 0; i < n; i++) {
    const v = values[start + i];
    if (v === null || v === undefined) lengths[i] = -1;
    else if (typeof v === 'string') {
      lengths[i] = v.length;
      parts.push(v);
    } else return false;
  }
  w.u8(STR);
  w.bytes(new Uint8Array(lengths.buffer));
  w.str(parts.join(''));
  return true;
}

/** A STR column after its tag (its row count is its lengths' count). */
function readStrings(r: Reader): ColumnVector {
  const lengths = new Int32Array(aligned(r));
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

/** Reader.bytes() copies into a fresh buffer, so typed views over it are aligned. */
function aligned(r: Reader): ArrayBuffer {
  return r.bytes().buffer as ArrayBuffer;
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
      w.bytes(rawBytes(codes, n));
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
      w.bytes(rawBytes(c.dictionary.codes, n));
      continue;
    }
    if (c.kind === 'object' && writeStrings(w, c.values, 0, n)) continue;
    w.u8(KIND[c.kind]);
    if (c.kind === 'object') {
      for (let i = 0; i < n; i++) w.value(c.values[i] ?? null);
      continue;
    }
    w.bytes(rawBytes(c.values, n));
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
      const codes = new Int32Array(aligned(r));
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
      const codes = new Int32Array(aligned(r));
      const values = new Array<unknown>(n);
      for (let i = 0; i < n; i++) values[i] = codes[i]! < 0 ? null : entries[codes[i]!]!;
      return { kind: 'object', values, dictionary: { entries, codes } };
    }
    case KIND.object: {
      const values = new Array<unknown>(n);
      for (let i = 0; i < n; i++) values[i] = r.value();
      return { kind: 'object', values };
    }
    case KIND.int32: return { kind: 'int32', values: new Int32Array(aligned(r)), validity: r.bytes() };
    case KIND.int64: return { kind: 'int64', values: new BigInt64Array(aligned(r)), validity: r.bytes() };
    case KIND.float64: return { kind: 'float64', values: new Float64Array(aligned(r)), validity: r.bytes() };
    case KIND.bool: return { kind: 'bool', values: r.bytes(), validity: r.bytes() };
    default: throw new TypeError(`corrupt batch (column kind ${kind})`);
  }
}

/**
 * The batches as one message. With `known` (dictionaries by id that the reader will hand
 * decodeBatches), columns coded by one of those travel as codes naming it.
 */
export function encodeBatches(batches: readonly ColumnBatch[], known?: ReadonlyMap<string, readonly string[]>): Uint8Array {
  const w = new Writer();
  w.u32(batches.length);
  // A dictionary is worth its entries when the message has at least as many rows coded by it
  // (not for a few groups of a large dictionary).
  const rows = new Map<readonly string[], number>();
  for (const b of batches) {
    for (const c of b.columns) if (c.kind === 'object' && c.dictionary) rows.set(c.dictionary.entries, (rows.get(c.dictionary.entries) ?? 0) + b.numRows);
  }
  const dicts = new Map<readonly string[], number>();
  for (const [entries, n] of rows) if (entries.length <= n) dicts.set(entries, -1);
  const written = { n: 0 };
  for (const b of batches) writeBatch(w, b, dicts, written, known);
  return w.finish().slice();
}

/**
 * Rows `start .. end` of `b` as one encoded batch (what decodeBatches reads). With `refs`,
 * dictionary-coded columns travel as codes naming their dictionary (added to `refs` by its
 * dictionaryKey): the reader must be handed the entries (decodeBatches' `dictionaries`).
 */
export function encodeBatchRange(b: ColumnBatch, start: number, end: number, refs?: Map<string, readonly string[]>): Uint8Array {
  const n = end - start;
  const w = new Writer();
  w.u32(1);
  w.u32(n);
  w.u32(b.columns.length);
  for (const c of b.columns) {
    if (nullColumns.has(c)) {
      w.u8(NULLS);
      continue;
    }
    const named = refs && c.kind === 'object' && c.dictionary ? refs.get(dictionaryKey(c.dictionary.entries)) : undefined;
    // Copies of one dictionary share its id; entries that differ under one id travel as strings.
    if (refs && c.kind === 'object' && c.dictionary && (named === undefined || sameEntries(named, c.dictionary.entries))) {
      const { entries, codes } = c.dictionary;
      const key = dictionaryKey(entries);
      if (named === undefined) refs.set(key, entries);
      w.u8(DICT_REF);
      w.str(key);
      w.u32(entries.length);
      w.bytes(new Uint8Array(codes.buffer, codes.byteOffset + start * 4, n * 4));
      continue;
    }
    if (c.kind === 'object' && writeStrings(w, c.values, start, end)) continue;
    if (c.kind === 'object') {
      w.u8(KIND.object);
      for (let i = start; i < end; i++) w.value(c.values[i] ?? null);
      continue;
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
      // Mostly nulls (a map task's ordinals past each group's first row): the values present only.
      w.u8(SPARSE);
      w.u8(KIND[c.kind]);
      w.bytes(bits);
      const packed = new Uint8Array(valid * width);
      const src = new Uint8Array(c.values.buffer, c.values.byteOffset + start * width, n * width);
      let at = 0;
      for (let i = 0; i < n; i++) {
        if ((bits[i >> 3]! & (1 << (i & 7))) === 0) continue;
        packed.set(src.subarray(i * width, (i + 1) * width), at);
        at += width;
      }
      w.bytes(packed);
      continue;
    }
    w.u8(KIND[c.kind]);
    w.bytes(new Uint8Array(c.values.buffer, c.values.byteOffset + start * width, n * width));
    w.bytes(bits);
  }
  return w.finish().slice();
}

/** A SPARSE column after its tag: `n` values, zero where null. */
function readSparse(r: Reader, n: number): ColumnVector {
  const kind = r.u8();
  const validity = r.bytes();
  const packed = r.bytes();
  const width = kind === KIND.int32 ? 4 : 8;
  const bytes = new Uint8Array(n * width);
  let at = 0;
  for (let i = 0; i < n; i++) {
    if ((validity[i >> 3]! & (1 << (i & 7))) === 0) continue;
    bytes.set(packed.subarray(at, at + width), i * width);
    at += width;
  }
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
  const w = new Writer();
  if (!writeStrings(w, entries, 0, entries.length)) throw new TypeError('a dictionary holds a non-string');
  const bytes = w.finish().slice();
  sections.set(entries, { size: entries.length, bytes });
  return bytes;
}

export function encodeDictionaries(dicts: Iterable<readonly [string, readonly string[]]>): Uint8Array {
  const w = new Writer();
  w.u32(DICTIONARIES);
  const list = [...dicts];
  w.u32(list.length);
  for (const [id, entries] of list) {
    w.str(id);
    w.u32(entries.length);
    w.bytes(section(entries));
  }
  return w.finish().slice();
}

/**
 * The dictionaries of an encodeDictionaries message, by dictionaryKey (their ids); null for a
 * message of batches. A dictionary alive in this process under the same id and size (a table
 * partition's copy, an earlier message's) is used as it is, its entries not decoded again.
 */
export function decodeDictionaries(bytes: Uint8Array): Map<string, readonly string[]> | null {
  const r = new Reader(bytes);
  if (r.u32() !== DICTIONARIES) return null;
  const out = new Map<string, readonly string[]>();
  const count = r.u32();
  for (let k = 0; k < count; k++) {
    const key = r.str();
    const size = r.u32();
    const body = r.bytes();
    const known = live.get(key)?.deref();
    if (known && known.length === size) {
      out.set(key, known);
      continue;
    }
    const sr = new Reader(body);
    if (sr.u8() !== STR) throw new TypeError('corrupt dictionary message');
    const entries = readStrings(sr).values as string[];
    if (entries.length !== size) throw new TypeError('corrupt dictionary message');
    identify(entries, key);
    out.set(key, entries);
  }
  return out;
}

export function decodeBatches(bytes: Uint8Array, types: readonly DataType[], dictionaries?: ReadonlyMap<string, readonly string[]>): ColumnBatch[] {
  const r = new Reader(bytes);
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
