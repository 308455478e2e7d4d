/**
 * Hash exchanges of SQL stages: Spark's hashpartitioning (pmod(murmur3(keys, 42), n)) over
 * key vectors, and the scatter of a map task's batches into one batch ordered by reducer.
 */
import { lazyObjectVector } from '../../columnar';
import type { ColumnBatch, ColumnVector } from '../../columnar';
import { compileVector, lookupScalar } from '../../expr';
import type { BoundExpr, Env } from '../../expr';
import type { DataType } from '../../types';
import { DoubleType } from '../../types';
import { fmix, mixH1, mixK1, murmur3 } from '../../expr/functions/hash-algorithms';
import { valueAt } from './stage-batches';
import { isNullColumn, nullColumn } from './batch-wire';
import { GroupTable } from './group-table';

/** A row's ordinal: its map partition times 2^32 plus its position there (exact in a double). */
export const ORDINAL_SCALE = 2 ** 32;

// Murmur3_x86_32 as Spark's Murmur3Hash applies it to ints and longs (seed chained per key): the steps of hash().

const INT_HASHED = new Set(['int', 'short', 'byte', 'date', 'yearmonth']);
const MICROS = new Set(['timestamp', 'timestamp_ntz', 'daytime']);
const bits = new DataView(new ArrayBuffer(8));
const utf8 = new TextEncoder();

function hashLongParts(h: number, lo: number, hi: number): number {
  return fmix(mixH1(mixH1(h, mixK1(lo)), mixK1(hi)), 8);
}

/** Murmur3 of the string's UTF-8 bytes (Spark's hashUnsafeBytes); ASCII strings are read in place. */
function hashString(str: string, seed: number): number {
  const len = str.length;
  for (let i = 0; i < len; i++) if (str.charCodeAt(i) >= 0x80) return murmur3.bytes(utf8.encode(str), seed);
  let h = seed;
  const aligned = len - (len % 4);
  for (let i = 0; i < aligned; i += 4) {
    const word = str.charCodeAt(i) | (str.charCodeAt(i + 1) << 8) | (str.charCodeAt(i + 2) << 16) | (str.charCodeAt(i + 3) << 24);
    h = mixH1(h, mixK1(word));
  }
  // ASCII bytes are below 0x80, so their signed value is the code itself.
  for (let i = aligned; i < len; i++) h = mixH1(h, mixK1(str.charCodeAt(i)));
  return fmix(h, len);
}

/**
 * Chains Spark's Murmur3Hash of one key column into `h` (null leaves h), as the hash
 * function does per type; false for types hashed only through the generic expression.
 */
const SEED = 42;
const seededHashes = new WeakMap<readonly string[], Int32Array>();

/** Murmur3 of each dictionary entry from Spark's seed, computed once per dictionary. */
function entryHashes(entries: readonly string[]): Int32Array {
  let out = seededHashes.get(entries);
  if (!out) {
    out = new Int32Array(entries.length);
    for (let c = 0; c < entries.length; c++) out[c] = hashString(entries[c]!, SEED);
    seededHashes.set(entries, out);
  }
  return out;
}

/** `first`: no key column came before (every h[i] is the seed). */
function hashColumn(v: ColumnVector, t: DataType, h: Int32Array, first: boolean): boolean {
  const n = h.length;
  const valid = (i: number) => (v.kind === 'object' ? v.values[i] !== null && v.values[i] !== undefined : (v.validity[i >> 3]! & (1 << (i & 7))) !== 0);
  if (v.kind === 'int32' && INT_HASHED.has(t.kind)) {
    for (let i = 0; i < n; i++) if (valid(i)) h[i] = fmix(mixH1(h[i]!, mixK1(v.values[i]!)), 4);
    return true;
  }
  if (v.kind === 'bool' && t.kind === 'boolean') {
    for (let i = 0; i < n; i++) if (valid(i)) h[i] = fmix(mixH1(h[i]!, mixK1(v.values[i] ? 1 : 0)), 4);
    return true;
  }
  if (v.kind === 'int64' && t.kind === 'long') {
    const w = new Int32Array(v.values.buffer, v.values.byteOffset, n * 2);
    for (let i = 0; i < n; i++) if (valid(i)) h[i] = hashLongParts(h[i]!, w[2 * i]!, w[2 * i + 1]!);
    return true;
  }
  if (v.kind === 'float64' && MICROS.has(t.kind)) {
    for (let i = 0; i < n; i++) {
      if (!valid(i)) continue;
      const x = v.values[i]!;
      const hi = Math.floor(x / 4294967296);
      h[i] = hashLongParts(h[i]!, (x - hi * 4294967296) | 0, hi | 0);
    }
    return true;
  }
  if (v.kind === 'float64' && (t.kind === 'double' || t.kind === 'float')) {
    // -0.0 hashes as 0.0 and every NaN alike, as Spark normalizes them before grouping.
    for (let i = 0; i < n; i++) {
      if (!valid(i)) continue;
      const x = v.values[i]!;
      const y = x === 0 ? 0 : Number.isNaN(x) ? NaN : x;
      if (t.kind === 'float') {
        bits.setFloat32(0, y);
        h[i] = fmix(mixH1(h[i]!, mixK1(bits.getInt32(0))), 4);
      } else {
        bits.setFloat64(0, y);
        h[i] = hashLongParts(h[i]!, bits.getInt32(4), bits.getInt32(0));
      }
    }
    return true;
  }
  if (v.kind === 'object' && t.kind === 'string') {
    if (v.dictionary && first) {
      // The first key column hashes from the seed alone: each entry once (kept with the dictionary).
      const { entries, codes } = v.dictionary;
      const byCode = entryHashes(entries);
      for (let i = 0; i < n; i++) {
        const c = codes[i]!;
        if (c >= 0) h[i] = byCode[c]!;
      }
      return true;
    }
    for (let i = 0; i < n; i++) if (valid(i)) h[i] = hashString(v.values[i] as string, h[i]!);
    return true;
  }
  return false;
}

/** Spark's hashpartitioning: pmod(murmur3(keys, 42), n), hashed over the key vectors. */
export function partitionIds(groups: readonly BoundExpr[], b: ColumnBatch, n: number, env: Env): Int32Array {
  const rows = b.numRows;
  const out = new Int32Array(rows);
  const h = new Int32Array(rows).fill(SEED);
  let fast = true;
  for (let k = 0; k < groups.length; k++) {
    const g = groups[k]!;
    const v = g.kind === 'ref' ? b.columns[g.index]! : compileVector(g)(b, env);
    if (!hashColumn(v, g.type, h, k === 0)) {
      fast = false;
      break;
    }
  }
  if (!fast) {
    const hash = lookupScalar('hash')!([...groups], { name: 'hash', argSql: groups.map(() => ''), sql: 'hash' });
    const v = compileVector(hash)(b, env);
    for (let i = 0; i < rows; i++) h[i] = valueAt(v, i) as number;
  }
  for (let i = 0; i < rows; i++) out[i] = ((h[i]! % n) + n) % n;
  return out;
}

/**
 * Per batch, which rows are the first of their group (keys `groups`) in the batches, or null
 * unless the keys are one column the group table keys by array index (codes of one
 * dictionary, ints): a map lookup per row would cost more than the ordinals it saves. Only
 * those rows' ordinals decide the groups' order.
 */
export function firstRowsOfGroups(groups: readonly BoundExpr[], batches: readonly ColumnBatch[], env: Env): Uint8Array[] | null {
  if (groups.length !== 1 || !DIRECT_KEYS.has(groups[0]!.type.kind)) return null;
  const key = groups[0]!;
  const fn = key.kind === 'ref' ? null : compileVector(key);
  const vectors = batches.map((b) => (key.kind === 'ref' ? b.columns[key.index]! : fn!(b, env)));
  const first = vectors[0];
  const entries = first?.kind === 'object' ? first.dictionary?.entries : undefined;
  const cheap = vectors.every((v) => (entries ? v.kind === 'object' && v.dictionary?.entries === entries : v.kind === 'int32'));
  if (!cheap) return null;
  const table = new GroupTable([key.type]);
  let next = 0;
  return batches.map((b, k) => {
    const gids = table.assign([vectors[k]!], b.numRows);
    const marks = new Uint8Array(b.numRows);
    // New groups take the next id, in row order.
    for (let i = 0; i < b.numRows; i++) {
      if (gids[i] === next) {
        marks[i] = 1;
        next++;
      }
    }
    return marks;
  });
}

const DIRECT_KEYS = new Set(['byte', 'short', 'int', 'long', 'date', 'float', 'double', 'string', 'boolean', 'timestamp', 'timestamp_ntz']);

/**
 * The rows of `batches` reordered by reducer (input order kept within each) into one batch,
 * with a last float64 column holding each row's position in map partition `partition` (if set;
 * with `firsts`, null but for the rows marked there);
 * reducer r's rows are `offsets[r] .. offsets[r + 1]`.
 */
export function scatterBatches(
  batches: readonly ColumnBatch[], ids: readonly Int32Array[], n: number, partition: number | null, firsts?: readonly Uint8Array[] | null,
): { batch: ColumnBatch; offsets: Int32Array } {
  const offsets = new Int32Array(n + 1);
  for (const a of ids) for (let i = 0; i < a.length; i++) offsets[a[i]! + 1]!++;
  for (let r = 0; r < n; r++) offsets[r + 1]! += offsets[r]!;
  const total = offsets[n]!;
  // Each row's place in the output, computed once for all columns.
  const places = ids.map((a) => {
    const out = new Int32Array(a.length);
    return out;
  });
  const pos = offsets.slice(0, n);
  for (let b = 0; b < ids.length; b++) {
    const a = ids[b]!;
    const pl = places[b]!;
    for (let i = 0; i < a.length; i++) pl[i] = pos[a[i]!]!++;
  }
  const first = batches[0];
  const types = partition === null ? [...(first?.types ?? [])] : [...(first?.types ?? []), DoubleType];
  const columns: ColumnVector[] = [];
  const ncols = first?.columns.length ?? 0;
  for (let c = 0; c < ncols; c++) columns.push(scatterVector(batches, c, places, total));
  if (partition === null) return { batch: { types, numRows: total, columns }, offsets };
  const ord = allocVector('float64', total) as Extract<ColumnVector, { kind: 'float64' }>;
  let row = partition * ORDINAL_SCALE;
  if (firsts) {
    const valid = ord.validity;
    places.forEach((pl, b) => {
      const f = firsts[b]!;
      for (let i = 0; i < pl.length; i++) {
        const j = pl[i]!;
        ord.values[j] = row++;
        if (f[i]) valid[j >> 3]! |= 1 << (j & 7);
      }
    });
  } else {
    ord.validity.fill(255);
    for (const pl of places) for (let i = 0; i < pl.length; i++) ord.values[pl[i]!] = row++;
  }
  columns.push(ord);
  return { batch: { types, numRows: total, columns }, offsets };
}

/** The rows of `batches` in one batch of `total` rows, row i of batch b at `places[b][i]` (a permutation). */
export function placeRows(batches: readonly ColumnBatch[], places: readonly Int32Array[], total: number): ColumnBatch {
  const first = batches[0]!;
  const columns: ColumnVector[] = [];
  for (let c = 0; c < first.columns.length; c++) columns.push(scatterVector(batches, c, places, total));
  return { types: first.types, numRows: total, columns };
}

/**
 * Column `c` of the batches scattered to `places`. Strings coded by one dictionary in every
 * batch stay coded (their values built only when read), so exchanges can ship the codes.
 */
function scatterVector(batches: readonly ColumnBatch[], c: number, places: readonly Int32Array[], total: number): ColumnVector {
  // A column of nulls (one the aggregate does not read) stays one, unbuilt.
  if (batches.every((b) => isNullColumn(b.columns[c]!))) return nullColumn(batches[0]!.types[c]!, total);
  const first = batches[0]!.columns[c]!;
  const entries = first.kind === 'object' ? first.dictionary?.entries : undefined;
  if (entries && batches.every((b) => { const v = b.columns[c]!; return v.kind === 'object' && v.dictionary?.entries === entries; })) {
    const codes = new Int32Array(total);
    for (let b = 0; b < batches.length; b++) {
      const src = (batches[b]!.columns[c] as Extract<ColumnVector, { kind: 'object' }>).dictionary!.codes;
      const pl = places[b]!;
      for (let i = 0; i < pl.length; i++) codes[pl[i]!] = src[i]!;
    }
    return lazyObjectVector(total, (values) => {
      for (let i = 0; i < total; i++) values[i] = codes[i]! < 0 ? null : entries[codes[i]!]!;
    }, { entries, codes });
  }
  const dest = allocVector(first.kind, total);
  for (let b = 0; b < batches.length; b++) scatterColumn(batches[b]!.columns[c]!, dest, places[b]!);
  return dest;
}

function scatterColumn(src: ColumnVector, dest: ColumnVector, places: Int32Array): void {
  const n = places.length;
  if (src.kind === 'object' || dest.kind === 'object') {
    const dv = (dest as Extract<ColumnVector, { kind: 'object' }>).values;
    const sv = (src as Extract<ColumnVector, { kind: 'object' }>).values;
    for (let i = 0; i < n; i++) dv[places[i]!] = sv[i] ?? null;
    return;
  }
  const valid = src.validity;
  const dvalid = dest.validity;
  for (let i = 0; i < n; i++) {
    if ((valid[i >> 3]! & (1 << (i & 7))) !== 0) {
      const j = places[i]!;
      dvalid[j >> 3]! |= 1 << (j & 7);
    }
  }
  if (src.kind === 'int64') {
    // Copied as int32 pairs: no BigInt per value.
    const sv = new Int32Array(src.values.buffer, src.values.byteOffset, n * 2);
    const dv = new Int32Array((dest as Extract<ColumnVector, { kind: 'int64' }>).values.buffer);
    for (let i = 0; i < n; i++) {
      const j = places[i]! * 2;
      dv[j] = sv[2 * i]!;
      dv[j + 1] = sv[2 * i + 1]!;
    }
    return;
  }
  const sv = src.values;
  const dv = (dest as Exclude<ColumnVector, { kind: 'object' | 'int64' }>).values;
  for (let i = 0; i < n; i++) dv[places[i]!] = sv[i]!;
}

function allocVector(kind: ColumnVector['kind'], n: number): ColumnVector {
  const validity = new Uint8Array((n + 7) >> 3);
  switch (kind) {
    case 'object': return { kind, values: new Array<unknown>(n) };
    case 'int32': return { kind, values: new Int32Array(n), validity };
    case 'int64': return { kind, values: new BigInt64Array(n), validity };
    case 'float64': return { kind, values: new Float64Array(n), validity };
    case 'bool': return { kind, values: new Uint8Array(n), validity };
    default: {
      const never: never = kind;
      throw new Error(`unexpected vector kind ${String(never)}`);
    }
  }
}

/**
 * The rows of `batches` in one batch ordered by their column `ord` (float64 ordinals, unique
 * per row), without that column: a numeric sort of the ordinals and a binary search per row
 * give each row its place; the columns are then scattered once (no row objects).
 */
export function batchByOrdinal(batches: readonly ColumnBatch[], ord: number): ColumnBatch[] {
  const total = batches.reduce((s, b) => s + b.numRows, 0);
  if (total === 0) return [];
  const narrow = batches.map((b) => ({ types: b.types.slice(0, ord), numRows: b.numRows, columns: b.columns.slice(0, ord) }));
  const counted = placesByCounting(batches, ord, total);
  if (counted) return [placeRows(narrow, counted, total)];
  const sorted = new Float64Array(total);
  let k = 0;
  for (const b of batches) {
    const v = (b.columns[ord] as Extract<ColumnVector, { kind: 'float64' }>).values;
    for (let i = 0; i < b.numRows; i++) sorted[k++] = v[i]!;
  }
  sorted.sort();
  const places = batches.map((b) => {
    const v = (b.columns[ord] as Extract<ColumnVector, { kind: 'float64' }>).values;
    const out = new Int32Array(b.numRows);
    for (let i = 0; i < b.numRows; i++) {
      const x = v[i]!;
      let lo = 0;
      let hi = total - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (sorted[mid]! < x) lo = mid + 1;
        else hi = mid;
      }
      out[i] = lo;
    }
    return out;
  });
  return [placeRows(narrow, places, total)];
}

/**
 * Each row's place by its ordinal (partition × 2^32 + position) without sorting: a mark per
 * possible position of each partition (up to the largest seen) and a running count of the
 * marks. Null when those positions outnumber the rows four times (few groups of many rows).
 */
function placesByCounting(batches: readonly ColumnBatch[], ord: number, total: number): Int32Array[] | null {
  const maxPos: number[] = [];
  for (const b of batches) {
    const v = (b.columns[ord] as Extract<ColumnVector, { kind: 'float64' }>).values;
    for (let i = 0; i < b.numRows; i++) {
      const x = v[i]!;
      const p = Math.floor(x / ORDINAL_SCALE);
      const r = x - p * ORDINAL_SCALE;
      if (!(r <= (maxPos[p] ?? -1))) maxPos[p] = r;
    }
  }
  const base: number[] = [];
  let span = 0;
  for (let p = 0; p < maxPos.length; p++) {
    base[p] = span;
    span += maxPos[p] === undefined ? 0 : maxPos[p]! + 1;
    if (span > 4 * total) return null;
  }
  const rank = new Int32Array(span);
  for (const b of batches) {
    const v = (b.columns[ord] as Extract<ColumnVector, { kind: 'float64' }>).values;
    for (let i = 0; i < b.numRows; i++) {
      const x = v[i]!;
      const p = Math.floor(x / ORDINAL_SCALE);
      rank[base[p]! + x - p * ORDINAL_SCALE] = 1;
    }
  }
  let seen = 0;
  for (let j = 0; j < span; j++) {
    const m = rank[j]!;
    rank[j] = seen;
    seen += m;
  }
  return batches.map((b) => {
    const v = (b.columns[ord] as Extract<ColumnVector, { kind: 'float64' }>).values;
    const out = new Int32Array(b.numRows);
    for (let i = 0; i < b.numRows; i++) {
      const x = v[i]!;
      const p = Math.floor(x / ORDINAL_SCALE);
      out[i] = rank[base[p]! + x - p * ORDINAL_SCALE]!;
    }
    return out;
  });
}
