/**
 * Columnar batches on the wire: what SQL stages ship to executors, exchange between stages
 * and return to the driver. Fixed-width columns travel as their typed arrays' bytes with
 * the validity bitmap; other columns as tagged values (Decimal and MapValue have codecs).
 * A string dictionary (shared by a table's batches) travels once per message, then codes per batch.
 */
import { lazyObjectVector } from '../../columnar';
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
/** A dictionary-coded string column: dictionary id (entries written on first use in the message), codes. */
const DICT = 5;
/** A column of strings (and nulls): their UTF-16 lengths (-1 = null), then one UTF-8 text of them all. */
const STR = 6;
/** Codes of a dictionary the message does not hold: its size and hash, then the codes (the reader is handed the entries). */
const DICT_REF = 7;
/** First word of a message holding dictionaries (encodeDictionaries) rather than batches. */
const DICTIONARIES = 0xffffffff;

const dictHashes = new WeakMap<readonly string[], number>();

/** A hash of a dictionary's entries (FNV-1a over their UTF-16 units), computed once per dictionary. */
export function dictionaryHash(entries: readonly string[]): number {
  let h = dictHashes.get(entries);
  if (h !== undefined) return h;
  h = 0x811c9dc5;
  for (const s of entries) {
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    h = Math.imul(h ^ 0xff, 0x01000193);
  }
  dictHashes.set(entries, h);
  return h;
}

/** How blocks name a dictionary they reference (DICT_REF): its size and hash. */
export function dictionaryKey(entries: readonly string[]): string {
  return `${entries.length}:${dictionaryHash(entries)}`;
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
function writeBatch(w: Writer, b: ColumnBatch, dicts: Map<readonly string[], number>, written: { n: number }): void {
  const n = b.numRows;
  w.u32(n);
  w.u32(b.columns.length);
  for (const c of b.columns) {
    // Kernels group and compare strings by dictionary code: keep the codes across workers
    // (the dictionaries worth it are in `dicts`).
    if (c.kind === 'object' && c.dictionary && dicts?.has(c.dictionary.entries)) {
      w.u8(DICT);
      let id = dicts.get(c.dictionary.entries)!;
      if (id < 0) {
        id = written.n++;
        dicts.set(c.dictionary.entries, id);
        w.u32(id);
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

function readVector(r: Reader, n: number, dicts: string[][], named: ReadonlyMap<string, readonly string[]> | undefined): ColumnVector {
  const kind = r.u8();
  switch (kind) {
    case STR: return readStrings(r);
    case DICT_REF: {
      const key = `${r.u32()}:${r.i32()}`;
      const entries = named?.get(key);
      if (!entries) throw new TypeError(`corrupt batch (dictionary ${key} not shipped)`);
      const codes = new Int32Array(aligned(r));
      return lazyObjectVector(n, (values) => {
        for (let i = 0; i < n; i++) values[i] = codes[i]! < 0 ? null : entries[codes[i]!]!;
      }, { entries, codes });
    }
    case DICT: {
      const id = r.u32();
      if (id === dicts.length) {
        if (r.u8() !== STR) throw new TypeError('corrupt batch (dictionary)');
        dicts.push(readStrings(r).values as string[]);
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

export function encodeBatches(batches: readonly ColumnBatch[]): Uint8Array {
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
  for (const b of batches) writeBatch(w, b, dicts, written);
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
    if (refs && c.kind === 'object' && c.dictionary) {
      const { entries, codes } = c.dictionary;
      const key = dictionaryKey(entries);
      refs.set(key, entries);
      w.u8(DICT_REF);
      w.u32(entries.length);
      w.i32(dictionaryHash(entries));
      w.bytes(new Uint8Array(codes.buffer, codes.byteOffset + start * 4, n * 4));
      continue;
    }
    if (c.kind === 'object' && writeStrings(w, c.values, start, end)) continue;
    w.u8(KIND[c.kind]);
    if (c.kind === 'object') {
      for (let i = start; i < end; i++) w.value(c.values[i] ?? null);
      continue;
    }
    const width = c.values.BYTES_PER_ELEMENT;
    w.bytes(new Uint8Array(c.values.buffer, c.values.byteOffset + start * width, n * width));
    const bits = new Uint8Array((n + 7) >> 3);
    const v = c.validity;
    for (let i = 0; i < n; i++) {
      const k = start + i;
      if ((v[k >> 3]! & (1 << (k & 7))) !== 0) bits[i >> 3]! |= 1 << (i & 7);
    }
    w.bytes(bits);
  }
  return w.finish().slice();
}

/** Dictionaries as one message (what blocks written with encodeBatchRange's `refs` name). */
const oneDictionary = new WeakMap<readonly string[], Uint8Array>();

export function encodeDictionaries(dicts: Iterable<readonly string[]>): Uint8Array {
  const list = [...dicts];
  if (list.length === 1) {
    // A table's dictionary serves query after query: encoded once.
    let bytes = oneDictionary.get(list[0]!);
    if (!bytes) oneDictionary.set(list[0]!, (bytes = encodeList(list)));
    return bytes;
  }
  return encodeList(list);
}

function encodeList(list: readonly (readonly string[])[]): Uint8Array {
  const w = new Writer();
  w.u32(DICTIONARIES);
  w.u32(list.length);
  for (const entries of list) {
    w.u32(entries.length);
    w.i32(dictionaryHash(entries));
    if (!writeStrings(w, entries, 0, entries.length)) throw new TypeError('a dictionary holds a non-string');
  }
  return w.finish().slice();
}

/** The dictionaries of an encodeDictionaries message, by dictionaryKey; null for a message of batches. */
export function decodeDictionaries(bytes: Uint8Array): Map<string, readonly string[]> | null {
  const r = new Reader(bytes);
  if (r.u32() !== DICTIONARIES) return null;
  const out = new Map<string, readonly string[]>();
  const count = r.u32();
  for (let k = 0; k < count; k++) {
    const size = r.u32();
    const key = `${size}:${r.i32()}`;
    if (r.u8() !== STR) throw new TypeError('corrupt dictionary message');
    const entries = readStrings(r).values as string[];
    if (entries.length !== size) throw new TypeError('corrupt dictionary message');
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
    for (let c = 0; c < cols; c++) columns.push(readVector(r, n, dicts, dictionaries));
    out.push({ types, numRows: n, columns });
  }
  return out;
}
