/**
 * Aggregates with DISTINCT as Spark plans them: the map side first removes duplicate input
 * rows (Spark's partial HashAggregate on the grouping keys plus the distinct arguments,
 * before the Exchange), so only distinct tuples cross the exchange and the final aggregate
 * counts them per group.
 */
import { gatherVector, getValue } from '../../columnar';
import type { ColumnBatch, ColumnVector } from '../../columnar';
import { hashKey } from '../../expr';
import type { BoundAggregate } from '../../expr';
import type { DataType } from '../../types';
import type { Attribute, LPlan } from '../logical';
import { INLINE_DICTIONARY, dictionaryHash, dictionaryId, nullColumn } from './batch-wire';
import { referencedColumns } from './exec';
import { PairIds } from './int-hash';

type AggregatePlan = Extract<LPlan, { kind: 'aggregate' }>;

const FLOATING = new Set(['float', 'double']);

/**
 * Whether duplicate input rows cannot change any of the aggregates: some are DISTINCT and
 * the others are DISTINCT too or min / max of a non-floating type (grouping merges -0.0 and
 * 0.0, which min / max of doubles tell apart).
 */
export function duplicateInsensitive(aggs: readonly BoundAggregate[]): boolean {
  return aggs.some((a) => a.distinct) && aggs.every((a) => a.distinct || ((a.name === 'min' || a.name === 'max') && a.args.length === 1 && !FLOATING.has(a.args[0]!.type.kind)));
}

/** Dense ids (from 1; 0 is null) of a column's values across batches, equal values alike (Spark's grouping equality). */
class ValueIds {
  private readonly ids = new Map<unknown, number>();
  private readonly dictIds = new Map<readonly string[], Int32Array>();
  /** While every value seen came from this dictionary (its entries are distinct): a value's id is its code + 1. */
  private sole: readonly string[] | null = null;
  constructor(private readonly type: DataType) {}

  private id(x: unknown): number {
    if (this.sole) this.unsole();
    const k = typeof x === 'object' || this.type.kind === 'double' || this.type.kind === 'float' ? hashKey(x, this.type) : x;
    let id = this.ids.get(k);
    if (id === undefined) this.ids.set(k, (id = this.ids.size + 1));
    return id;
  }

  /** Gives the sole dictionary's entries their ids (code + 1) in the map, before other values get theirs. */
  private unsole(): void {
    const entries = this.sole!;
    this.sole = null;
    for (let c = 0; c < entries.length; c++) this.ids.set(entries[c], c + 1);
  }

  fill(v: ColumnVector, n: number, out: Int32Array): void {
    if (v.kind === 'object' && v.dictionary && (this.sole === v.dictionary.entries || (this.sole === null && this.ids.size === 0 && this.dictIds.size === 0 && this.type.kind === 'string'))) {
      const { entries, codes } = v.dictionary;
      this.sole = entries;
      for (let i = 0; i < n; i++) out[i] = codes[i]! + 1;
      return;
    }
    if (v.kind === 'object' && v.dictionary) {
      const { entries, codes } = v.dictionary;
      let byCode = this.dictIds.get(entries);
      if (!byCode) this.dictIds.set(entries, (byCode = new Int32Array(entries.length).fill(-1)));
      for (let i = 0; i < n; i++) {
        const c = codes[i]!;
        if (c < 0) out[i] = 0;
        else out[i] = byCode[c]! >= 0 ? byCode[c]! : (byCode[c] = this.id(entries[c]));
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = getValue(v, i);
      out[i] = x === null ? 0 : this.id(x);
    }
  }
}

const PAIR = 2 ** 26;

/**
 * The aggregate's input rows without duplicates on the columns the aggregate reads (its
 * keys, arguments and FILTERs): first occurrences in input order, in the input's shape with
 * the unread columns null. Null when the aggregate may read the whole row or the partition
 * is too large for the pair ids.
 */
export function dedupeBatches(fragment: AggregatePlan, output: readonly Attribute[], batches: readonly ColumnBatch[]): ColumnBatch[] | null {
  const read = referencedColumns([...fragment.groups, ...fragment.aggs.flatMap((a) => [...a.args, ...(a.filter ? [a.filter] : [])])]);
  if (!read || read.size === 0) return null;
  const cols = [...read].sort((a, b) => a - b);
  const total = batches.reduce((s, b) => s + b.numRows, 0);
  if (total >= PAIR) return null;
  const dense = denseTuples(cols, output, batches);
  if (dense) return firstOccurrences(batches, read, dense);
  const valueIds = cols.map((c) => new ValueIds(output[c]!.type));
  const pairs = new PairIds(1024);
  let seen = new Uint8Array(1024);
  const out: ColumnBatch[] = [];
  for (const b of batches) {
    const n = b.numRows;
    const tuple = new Int32Array(n);
    const ids = new Int32Array(n);
    cols.forEach((c, j) => {
      valueIds[j]!.fill(b.columns[c]!, n, j === 0 ? tuple : ids);
      if (j === 0) return;
      for (let i = 0; i < n; i++) tuple[i] = pairs.id(tuple[i]!, ids[i]!);
    });
    const sel = new Int32Array(n);
    let k = 0;
    for (let i = 0; i < n; i++) {
      const t = tuple[i]!;
      if (t >= seen.length) {
        const grown = new Uint8Array(Math.max(t + 1, seen.length * 2));
        grown.set(seen);
        seen = grown;
      }
      if (seen[t] === 0) {
        seen[t] = 1;
        sel[k++] = i;
      }
    }
    if (k === 0) continue;
    out.push({ types: b.types, numRows: k, columns: b.columns.map((v, c) => (read.has(c) ? gatherVector(v, sel, k) : nullColumn(b.types[c]!, k))) });
  }
  return out;
}

/** Tuples read as one bitmap index each: at most this many possible tuples (a bitmap of 8 MB). */
const DENSE_TUPLES = 2 ** 26;

/**
 * When every read column is a string column coded by one dictionary in every batch, each
 * row's tuple as one number (the codes + 1, 0 for null, in mixed radix): per batch, the
 * tuples of its rows. Null otherwise, or when the tuples could outnumber DENSE_TUPLES.
 */
function denseTuples(cols: readonly number[], output: readonly Attribute[], batches: readonly ColumnBatch[]): { tuples: Int32Array[]; span: number } | null {
  const dicts: (readonly string[])[] = [];
  let span = 1;
  for (const c of cols) {
    if (output[c]!.type.kind !== 'string') return null;
    let entries: readonly string[] | null = null;
    for (const b of batches) {
      const v = b.columns[c]!;
      const e = v.kind === 'object' ? v.dictionary?.entries : undefined;
      if (!e || (entries !== null && e !== entries)) return null;
      entries = e;
    }
    if (entries === null) return null;
    dicts.push(entries);
    span *= entries.length + 1;
    if (span > DENSE_TUPLES) return null;
  }
  const tuples = batches.map((b) => {
    const n = b.numRows;
    const t = new Int32Array(n);
    let stride = 1;
    cols.forEach((c, j) => {
      const codes = (b.columns[c] as Extract<ColumnVector, { kind: 'object' }>).dictionary!.codes;
      for (let i = 0; i < n; i++) t[i]! += (codes[i]! + 1) * stride;
      stride *= dicts[j]!.length + 1;
    });
    return t;
  });
  return { tuples, span };
}

/** The batches' rows whose tuple was not seen before (in order), the unread columns null. */
function firstOccurrences(batches: readonly ColumnBatch[], read: ReadonlySet<number>, dense: { tuples: Int32Array[]; span: number }): ColumnBatch[] {
  const seen = new Uint8Array((dense.span + 7) >> 3);
  const out: ColumnBatch[] = [];
  batches.forEach((b, k) => {
    const t = dense.tuples[k]!;
    const n = b.numRows;
    const sel = new Int32Array(n);
    let m = 0;
    for (let i = 0; i < n; i++) {
      const x = t[i]!;
      const bit = 1 << (x & 7);
      if ((seen[x >> 3]! & bit) === 0) {
        seen[x >> 3]! |= bit;
        sel[m++] = i;
      }
    }
    if (m > 0) out.push({ types: b.types, numRows: m, columns: b.columns.map((v, c) => (read.has(c) ? gatherVector(v, sel, m) : nullColumn(b.types[c]!, m))) });
  });
  return out;
}

/**
 * count(DISTINCT x) without keys over a dictionary-coded string column: a map task's
 * distinct values are the set of dictionary codes it saw, as a bitmap, with the dictionary's
 * id, size and hash (and its entries when small). Table partitions carry copies of the
 * table's dictionary, which keep its id, so when every task reports the same id the driver
 * ORs the bitmaps and counts the bits, with no exchange (the count is the same as over the
 * exchanged values). Tasks that built their own small dictionaries (file splits) are merged
 * by the strings their codes stand for.
 */
export type CodeSet = readonly ['codes', string, number, number, Uint8Array, readonly string[] | null];

/** The codes rows 0..n-1 of the vectors hold (nulls skipped), when they all share one dictionary; null otherwise. */
export function codeSet(vectors: readonly (readonly [ColumnVector, number])[]): CodeSet | null {
  let entries: readonly string[] | null = null;
  let bits: Uint8Array | null = null;
  for (const [v, n] of vectors) {
    if (v.kind !== 'object' || !v.dictionary) return null;
    if (entries === null) {
      entries = v.dictionary.entries;
      bits = new Uint8Array((entries.length + 7) >> 3);
    } else if (v.dictionary.entries !== entries) return null;
    const codes = v.dictionary.codes;
    for (let i = 0; i < n; i++) {
      const c = codes[i]!;
      if (c >= 0) bits![c >> 3]! |= 1 << (c & 7);
    }
  }
  if (entries === null) return null;
  return ['codes', dictionaryId(entries), entries.length, dictionaryHash(entries), bits!, entries.length <= INLINE_DICTIONARY ? entries : null];
}

export function isCodeSet(r: unknown): r is CodeSet {
  return Array.isArray(r) && r[0] === 'codes';
}

function popCount(bits: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < bits.length; i++) {
    let b = bits[i]!;
    while (b) {
      b &= b - 1;
      n++;
    }
  }
  return n;
}

/**
 * How many distinct values the sets hold together: by code when they all name one
 * dictionary (one id, with the same size and hash), else by the strings of their inline
 * entries; null when some set's dictionary is neither (the values are then exchanged).
 */
export function countCodes(sets: readonly CodeSet[]): number | null {
  const [, id, size, hash] = sets[0]!;
  if (sets.every(([, i, s, h]) => i === id && s === size && h === hash)) {
    const all = new Uint8Array((size + 7) >> 3);
    for (const [, , , , bits] of sets) for (let i = 0; i < all.length; i++) all[i]! |= bits[i]!;
    return popCount(all);
  }
  if (!sets.every(([, , s, , bits, entries]) => entries !== null && entries.length === s && bits.length === (s + 7) >> 3)) return null;
  const seen = new Set<string>();
  for (const [, , , , bits, entries] of sets) {
    for (let c = 0; c < entries!.length; c++) if ((bits[c >> 3]! >> (c & 7)) & 1) seen.add(entries![c]!);
  }
  return seen.size;
}
