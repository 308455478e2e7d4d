/**
 * Columnar batches on the wire: what SQL stages ship to executors, exchange between stages
 * and return to the driver. Fixed-width columns travel as their typed arrays' bytes with
 * the validity bitmap; other columns as tagged values (Decimal and MapValue have codecs).
 * A string dictionary (shared by a table's batches) travels once per message, then codes per batch.
 */
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

function readStrings(r: Reader, n: number): ColumnVector {
  const lengths = new Int32Array(aligned(r));
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

function writeBatch(w: Writer, b: ColumnBatch, dicts: Map<readonly string[], number> | null): void {
  const n = b.numRows;
  w.u32(n);
  w.u32(b.columns.length);
  for (const c of b.columns) {
    if (c.kind === 'object' && c.dictionary && dicts) {
      // Kernels group and compare strings by dictionary code: keep the codes across workers.
      w.u8(DICT);
      let id = dicts.get(c.dictionary.entries);
      if (id === undefined) {
        id = dicts.size;
        dicts.set(c.dictionary.entries, id);
        w.u32(id);
        w.value(c.dictionary.entries);
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

function readVector(r: Reader, n: number, dicts: string[][]): ColumnVector {
  const kind = r.u8();
  switch (kind) {
    case STR: return readStrings(r, n);
    case DICT: {
      const id = r.u32();
      if (id === dicts.length) dicts.push(r.value() as string[]);
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
  const dicts = new Map<readonly string[], number>();
  for (const b of batches) writeBatch(w, b, dicts);
  return w.finish().slice();
}

/** Rows `start .. end` of `b` as one encoded batch (what decodeBatches reads). */
export function encodeBatchRange(b: ColumnBatch, start: number, end: number): Uint8Array {
  const n = end - start;
  const w = new Writer();
  w.u32(1);
  w.u32(n);
  w.u32(b.columns.length);
  for (const c of b.columns) {
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

export function decodeBatches(bytes: Uint8Array, types: readonly DataType[]): ColumnBatch[] {
  const r = new Reader(bytes);
  const count = r.u32();
  const out: ColumnBatch[] = [];
  const dicts: string[][] = [];
  for (let k = 0; k < count; k++) {
    const n = r.u32();
    const cols = r.u32();
    if (cols !== types.length) throw new TypeError(`corrupt batch: ${cols} columns where ${types.length} were expected`);
    const columns: ColumnVector[] = [];
    for (let c = 0; c < cols; c++) columns.push(readVector(r, n, dicts));
    out.push({ types, numRows: n, columns });
  }
  return out;
}
