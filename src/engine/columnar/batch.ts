/** A batch of rows stored column by column; the unit operators exchange and workers ship. */
import type { DataType } from '../types';
import { buildVector, gatherVector, getValue } from './vector';
import type { ColumnVector } from './vector';

export interface ColumnBatch {
  readonly types: readonly DataType[];
  readonly numRows: number;
  readonly columns: readonly ColumnVector[];
}

export const DEFAULT_BATCH_ROWS = 4096;

export function batchFromRows(types: readonly DataType[], rows: readonly (readonly unknown[])[]): ColumnBatch {
  return {
    types,
    numRows: rows.length,
    columns: types.map((t, c) => buildVector(t, rows.length, (i) => rows[i]![c])),
  };
}

/** Splits rows into batches of at most `size` rows; string columns of few distinct values share a dictionary. */
export function batchesFromRows(types: readonly DataType[], rows: readonly (readonly unknown[])[], size = DEFAULT_BATCH_ROWS, encodeSmall = false): ColumnBatch[] {
  const dicts = types.map((t, c) => (t.kind === 'string' && (encodeSmall || rows.length > size) ? stringDictionary(rows, c) : null));
  const out: ColumnBatch[] = [];
  for (let i = 0; i < rows.length; i += size) {
    const part = rows.slice(i, i + size);
    const b = batchFromRows(types, part);
    if (dicts.some((d) => d !== null)) {
      const columns = b.columns.map((col, c) => {
        const d = dicts[c];
        if (!d) return col;
        const codes = d.codes.subarray(i, i + part.length);
        const values = new Array<unknown>(codes.length);
        for (let j = 0; j < codes.length; j++) values[j] = codes[j]! < 0 ? null : d.entries[codes[j]!]!;
        return { kind: 'object' as const, values, dictionary: { entries: d.entries, codes } };
      });
      out.push({ types, numRows: b.numRows, columns });
    } else out.push(b);
  }
  return out;
}

/** Codes of column `c` over all rows, or null when it has too many distinct values to pay off. */
function stringDictionary(rows: readonly (readonly unknown[])[], c: number): { entries: string[]; codes: Int32Array } | null {
  const limit = Math.max(1024, rows.length >> 2);
  const index = new Map<string, number>();
  const entries: string[] = [];
  const codes = new Int32Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const v = rows[i]![c];
    if (v === null || v === undefined) {
      codes[i] = -1;
      continue;
    }
    if (typeof v !== 'string') return null;
    let code = index.get(v);
    if (code === undefined) {
      if (entries.length >= limit) return null;
      code = entries.length;
      entries.push(v);
      index.set(v, code);
    }
    codes[i] = code;
  }
  return { entries, codes };
}

export function batchRow(b: ColumnBatch, i: number): unknown[] {
  const row = new Array<unknown>(b.columns.length);
  for (let c = 0; c < b.columns.length; c++) row[c] = getValue(b.columns[c]!, i);
  return row;
}

export function batchToRows(b: ColumnBatch): unknown[][] {
  const rows = new Array<unknown[]>(b.numRows);
  for (let i = 0; i < b.numRows; i++) rows[i] = batchRow(b, i);
  return rows;
}

export function batchesToRows(batches: readonly ColumnBatch[]): unknown[][] {
  let n = 0;
  for (const b of batches) n += b.numRows;
  const out = new Array<unknown[]>(n);
  let k = 0;
  for (const b of batches) for (let i = 0; i < b.numRows; i++) out[k++] = batchRow(b, i);
  return out;
}

const rowCache = new WeakMap<readonly ColumnBatch[], unknown[][]>();
/** The batches a cached row view was built from, so columnar operators can skip the rows. */
const batchCache = new WeakMap<readonly (readonly unknown[])[], readonly ColumnBatch[]>();

/**
 * Row view of immutable batches, built once per batch list: the row-at-a-time operators
 * read it on every scan, and rebuilding it each time is pure garbage.
 */
export function cachedRows(batches: readonly ColumnBatch[]): unknown[][] {
  let rows = rowCache.get(batches);
  if (!rows) {
    rows = batchesToRows(batches);
    rowCache.set(batches, rows);
    batchCache.set(rows, batches);
  }
  return rows;
}

/**
 * Batches holding `rows` (the ones `cachedRows` read them from, else built once and cached
 * against the row array, which operators must treat as immutable anyway).
 */
export function batchesForRows(types: readonly DataType[], rows: readonly (readonly unknown[])[]): readonly ColumnBatch[] {
  let batches = batchCache.get(rows);
  if (!batches) {
    batches = batchesFromRows(types, rows);
    batchCache.set(rows, batches);
  }
  return batches;
}

/** The batches `cachedRows` built `rows` from, if it did. */
export function sourceBatches(rows: readonly (readonly unknown[])[]): readonly ColumnBatch[] | null {
  return batchCache.get(rows) ?? null;
}

/** The rows `sel[0..n)` of `b`. */
export function gatherBatch(b: ColumnBatch, sel: Int32Array, n: number): ColumnBatch {
  return { types: b.types, numRows: n, columns: b.columns.map((c) => gatherVector(c, sel, n)) };
}

/** The ArrayBuffers a batch owns, for a postMessage transfer list. */
export function transferables(b: ColumnBatch): ArrayBuffer[] {
  const out: ArrayBuffer[] = [];
  for (const v of b.columns) {
    if (v.kind === 'object') continue;
    out.push(v.values.buffer as ArrayBuffer, v.validity.buffer as ArrayBuffer);
  }
  return out;
}
