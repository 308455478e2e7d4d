/**
 * The two ends of a SQL exchange inside executor tasks, measured once for both Spark UI
 * views: the bytes and records a map task writes per reducer (and a reduce task reads) go
 * into the task's shuffle metrics, as an RDD shuffle's do (the Stages view's shuffle matrix
 * and Executors' shuffle totals), and, while the Spark UI reporter runs the query, the same
 * figures into its metrics accumulator for the SQL tab's Exchange node.
 */
import type { ColumnBatch } from '../../columnar';
import { reportShuffleRead, reportShuffleWrite } from '../../rdd';
import type { DataType } from '../../types';
import { INLINE_DICTIONARY, decodeBatches, decodeDictionaries, dictionaryHash, encodeBatchRange, encodeBatches } from './batch-wire';
import type { TaskPlanMetrics } from './stage-metrics';

/**
 * The dictionaries a map task's blocks name instead of holding them: a last record
 * `['dicts', [id, size, hash, entries | null][]]` after its `[r, bytes]` blocks (entries for
 * dictionaries up to INLINE_DICTIONARY, as one from a broadcast side is not the table's). The
 * driver, which holds the table's dictionaries, ships each reduce task the entries
 * (encodeDictionaries) before its blocks.
 */
export type DictionaryRefs = readonly ['dicts', readonly (readonly [string, number, number, readonly string[] | null])[]];

export function isDictionaryRefs(r: unknown): r is DictionaryRefs {
  return Array.isArray(r) && r[0] === 'dicts';
}

/**
 * Map side of a hash exchange feeding the node at `path`: `scatter` orders the rows by
 * reducer (reducer r's rows are offsets[r] .. offsets[r + 1] of the batch); each non-empty
 * reducer's rows become one `[r, bytes]` block. Write time covers the scatter and encoding.
 * With `byReference`, dictionary-coded columns travel as codes and the dictionaries they
 * name close the output (DictionaryRefs).
 */
export function writeExchange(
  plans: TaskPlanMetrics | null, path: readonly number[], n: number, scatter: () => { batch: ColumnBatch; offsets: Int32Array }, byReference = false,
): unknown[] {
  const t0 = performance.now();
  const { batch, offsets } = scatter();
  const out: unknown[] = [];
  const bytes = new Array<number>(n).fill(0);
  const refs = byReference ? new Map<string, readonly string[]>() : undefined;
  for (let r = 0; r < n; r++) {
    if (offsets[r + 1]! <= offsets[r]!) continue;
    const block = encodeBatchRange(batch, offsets[r]!, offsets[r + 1]!, refs);
    bytes[r] = block.byteLength;
    out.push([r, block]);
  }
  if (refs && refs.size > 0) out.push(['dicts', [...refs].map(([id, e]) => [id, e.length, dictionaryHash(e), e.length <= INLINE_DICTIONARY ? e : null] as const)] satisfies DictionaryRefs);
  const ms = performance.now() - t0;
  const records = offsets[n]! - offsets[0]!;
  reportShuffleWrite(bytes, records);
  plans?.exchangeWrite(path, records, bytes, ms);
  return out;
}

/** Map side of an exchange to a single partition (partials merged in the driver): one block. */
export function writeSingle(plans: TaskPlanMetrics | null, path: readonly number[], batches: readonly ColumnBatch[]): Uint8Array {
  const t0 = performance.now();
  const block = encodeBatches(batches);
  const records = batches.reduce((k, b) => k + b.numRows, 0);
  reportShuffleWrite([block.byteLength], records);
  plans?.exchangeWrite(path, records, [block.byteLength], performance.now() - t0);
  return block;
}

/**
 * Reduce side: the blocks a reduce task was handed for the node at `path`, decoded (a
 * dictionaries message first when the blocks name dictionaries). `shipped` receives the
 * dictionaries the driver sent (so the task's output can name them: encodeBatches' `known`).
 */
export function readExchange(
  plans: TaskPlanMetrics | null, path: readonly number[], records: readonly unknown[], types: readonly DataType[], shipped?: Map<string, readonly string[]>,
): ColumnBatch[] {
  let bytes = 0;
  let rows = 0;
  const out: ColumnBatch[] = [];
  let dictionaries: Map<string, readonly string[]> | undefined;
  for (const block of records as Uint8Array[]) {
    // The driver's dictionaries message is no shuffle data (no map task wrote it).
    const dicts = decodeDictionaries(block);
    if (dicts) {
      dictionaries = new Map([...(dictionaries ?? []), ...dicts]);
      for (const [id, e] of dicts) shipped?.set(id, e);
      continue;
    }
    bytes += block.byteLength;
    for (const b of decodeBatches(block, types, dictionaries)) {
      rows += b.numRows;
      out.push(b);
    }
  }
  reportShuffleRead(bytes, rows);
  plans?.exchangeRead(path, rows, bytes);
  return out;
}
