/**
 * Dictionary identity across SQL exchanges: blocks and sets of codes name a dictionary by an
 * id its copies keep, never by its size and hash. Two different dictionaries with the same
 * size and the same 32-bit hash (a collision found once, checked below) must still decode,
 * group and count as the driver does.
 */
import { describe, expect, it } from 'vitest';
import { InProcessBackend, SparkContext } from '../rdd';
import type { SchedulerEvent } from '../rdd';
import { createSqlSession } from './session';
import type { SqlSession } from './session';
import type { ColumnBatch, ColumnVector } from '../columnar';
import { DoubleType, IntegerType, LongType, StringType } from '../types';
import { decodeBatches, decodeDictionaries, dictionaryHash, dictionaryId, encodeBatchRange, encodeBatches, encodeDictionaries } from '../sql/physical/batch-wire';
import { codeSet, countCodes } from '../sql/physical/distinct-stage';
import { groupedAccumulator } from '../sql/physical/grouped-accumulators';
import { site } from '../sql/physical/agg-split';
import { buildAggregate } from '../expr';

/** Two strings whose one-entry dictionaries have the same FNV-1a hash, so [A, ...rest] and [B, ...rest] collide too. */
const A = 'name23zx';
const B = 'namedpad';

/** A dictionary of `size` entries: `first`, then x1 .. x(size - 1). */
function dictionary(first: string, size: number): string[] {
  return [first, ...Array.from({ length: size - 1 }, (_, i) => `x${i + 1}`)];
}

function coded(entries: readonly string[], codes: readonly number[]): ColumnVector {
  const c = Int32Array.from(codes);
  return { kind: 'object', values: Array.from(c, (k) => (k < 0 ? null : entries[k]!)), dictionary: { entries, codes: c } };
}

const valuesOf = (v: ColumnVector) => (v as Extract<ColumnVector, { kind: 'object' }>).values;

describe('colliding dictionaries are told apart', () => {
  it('the two dictionaries do collide: same size, same hash, different entries', () => {
    for (const size of [1, 10, 5000]) {
      const a = dictionary(A, size);
      const b = dictionary(B, size);
      expect(dictionaryHash(a)).toBe(dictionaryHash(b));
      expect(a).not.toEqual(b);
      expect(dictionaryId(a)).not.toBe(dictionaryId(b));
    }
  });

  it('a block naming both decodes each column with its own entries', () => {
    const a = dictionary(A, 10);
    const b = dictionary(B, 10);
    const batch: ColumnBatch = { types: [StringType, StringType], numRows: 4, columns: [coded(a, [0, 3, -1, 0]), coded(b, [0, 0, 2, -1])] };
    const refs = new Map<string, readonly string[]>();
    const block = encodeBatchRange(batch, 0, 4, refs);
    expect(refs.size).toBe(2);
    const [got] = decodeBatches(block, batch.types, decodeDictionaries(encodeDictionaries(refs))!);
    expect(valuesOf(got!.columns[0]!)).toEqual([A, 'x3', null, A]);
    expect(valuesOf(got!.columns[1]!)).toEqual([B, B, 'x2', null]);
  });

  it('copies decoded from the wire keep the id; other entries under one id travel as strings', () => {
    const a = dictionary(A, 10);
    const batch: ColumnBatch = { types: [StringType], numRows: 10, columns: [coded(a, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9])] };
    const [copy] = decodeBatches(encodeBatches([batch]), batch.types);
    const entries = (copy!.columns[0] as Extract<ColumnVector, { kind: 'object' }>).dictionary!.entries;
    expect(entries).not.toBe(a);
    expect(dictionaryId(entries)).toBe(dictionaryId(a));
    // A corrupt copy (same id, other entries) next to the original: not named by reference.
    const [forged] = decodeBatches(encodeBatches([batch]), batch.types);
    const forgedEntries = (forged!.columns[0] as Extract<ColumnVector, { kind: 'object' }>).dictionary!.entries as string[];
    forgedEntries[0] = B;
    const both: ColumnBatch = { types: [StringType, StringType], numRows: 2, columns: [coded(a, [0, 1]), coded(forgedEntries, [0, 1])] };
    const refs = new Map<string, readonly string[]>();
    const [got] = decodeBatches(encodeBatchRange(both, 0, 2, refs), both.types, decodeDictionaries(encodeDictionaries(refs))!);
    expect(valuesOf(got!.columns[0]!)).toEqual([A, 'x1']);
    expect(valuesOf(got!.columns[1]!)).toEqual([B, 'x1']);
  });

  it('counts distinct codes of colliding dictionaries by their strings', () => {
    for (const size of [1, 3]) {
      const a = dictionary(A, size);
      const b = dictionary(B, size);
      const sa = codeSet([[coded(a, [0]), 1]])!;
      const sb = codeSet([[coded(b, [0]), 1]])!;
      // Before: the same size and hash were read as one dictionary, and the count was 1.
      expect(countCodes([sa, sb])).toBe(2);
      expect(countCodes([sa, codeSet([[coded(a, [0]), 1]])!])).toBe(1);
    }
    // Large dictionaries travel without entries: nothing to merge by, so the values are exchanged.
    const big = (first: string) => codeSet([[coded(dictionary(first, 5000), [0]), 1]])!;
    expect(countCodes([big(A), big(B)])).toBeNull();
  });
});

function session(slots: number | null, size: number): { s: SqlSession; events: SchedulerEvent[] } {
  const s = createSqlSession();
  const events: SchedulerEvent[] = [];
  if (slots !== null) {
    s.attachContext(new SparkContext(new InProcessBackend(slots), { master: `local[${slots}]`, listener: (e) => events.push(e) }));
    s.conf.set('spark.flint.sql.distributed.minRows', '0');
  }
  const rows = 40_000;
  // t.name and d.label are coded by the colliding dictionaries [A, x1, ...] and [B, x1, ...].
  s.registerView('t', 'id INT, name STRING, k INT', Array.from({ length: rows }, (_, i) => [i, i % size === 0 ? A : `x${i % size}`, i % 7]));
  s.registerView('d', 'id INT, label STRING', Array.from({ length: rows }, (_, i) => [(i * 7) % rows, i % size === 0 ? B : `x${i % size}`]));
  return { s, events };
}

const failedTasks = (events: readonly SchedulerEvent[]) => events.filter((e) => e.kind === 'taskEnd' && !(e as { succeeded: boolean }).succeeded);

describe('exchanges over colliding dictionaries give the driver\'s rows', () => {
  // 1000 entries travel inline with the map tasks' outputs; 5000 are found among the table's.
  it.each([1000, 5000])('dictionaries of %i entries', (size) => {
    const local = session(null, size).s;
    const { s: dist, events } = session(3, size);
    const queries = [
      // Both columns cross the exchange coded: one block names both dictionaries.
      'SELECT t.name, count(DISTINCT d.label) AS n, max(d.label) AS m FROM t JOIN d ON t.id = d.id GROUP BY t.name ORDER BY n DESC, t.name LIMIT 20',
      'SELECT d.label, count(DISTINCT t.name) AS n, min(t.name) AS m FROM t JOIN d ON t.id = d.id GROUP BY d.label HAVING n > 0 ORDER BY d.label LIMIT 20',
      `SELECT t.name, d.label, count(*) FROM t JOIN d ON t.id = d.id WHERE t.name IN ('${A}', '${B}') OR d.label IN ('${A}', '${B}') GROUP BY t.name, d.label`,
      'SELECT count(DISTINCT d.label) FROM t JOIN d ON t.id = d.id WHERE t.name <> \'x1\'',
    ];
    for (const q of queries) {
      const before = events.length;
      const want = local.sql(q).toGoldenStrings();
      expect(dist.sql(q).toGoldenStrings()).toEqual(want);
      expect([q, events.slice(before).some((e) => e.kind === 'jobStart')]).toEqual([q, true]);
      expect(failedTasks(events.slice(before))).toEqual([]);
    }
    // The rows name both colliding strings (the queries could tell them apart).
    const grouped = dist.sql(queries[2]!).toGoldenStrings().join('\n');
    expect(grouped).toContain(A);
    expect(grouped).toContain(B);
  });
});

describe('count(DISTINCT) per group by dictionary codes', () => {
  const countDistinct = () => groupedAccumulator(buildAggregate('count', [{ kind: 'ref', index: 0, type: StringType, nullable: true }], site('count'), true, null));
  /** Random batches: coded by `a`, by `b` (its own entries, some shared) or plain strings; every group's distinct count checked against Sets. */
  function check(groups: number, size: number, kinds: readonly ('a' | 'b' | 'plain')[], span = size): void {
    let seed = 17;
    const rnd = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed % n;
    };
    const a = Array.from({ length: size }, (_, i) => `v${i}`);
    const b = Array.from({ length: size }, (_, i) => `v${size - 1 - i + (i % 3 === 0 ? size : 0)}`);
    const acc = countDistinct();
    const want = Array.from({ length: groups }, () => new Set<string>());
    for (const [k, kind] of kinds.entries()) {
      const n = 3000;
      // The first batch meets a sixteenth of the groups (the bitmaps start within budget).
      const now = k === 0 ? Math.max(1, groups >> 4) : groups;
      const gids = Int32Array.from({ length: n }, () => rnd(now));
      const codes = Array.from({ length: n }, () => (rnd(20) === 0 ? -1 : rnd(span)));
      const entries = kind === 'b' ? b : a;
      const v: ColumnVector = kind === 'plain' ? { kind: 'object', values: codes.map((c) => (c < 0 ? null : entries[c]!)) } : coded(entries, codes);
      codes.forEach((c, i) => {
        if (c >= 0) want[gids[i]!]!.add(entries[c]!);
      });
      acc.update(gids, n, [v], null, now);
    }
    for (let g = 0; g < groups; g++) expect(acc.result(g)).toBe(BigInt(want[g]!.size));
  }
  it('counts by bitmaps while one dictionary codes every value', () => check(7, 500, ['a', 'a', 'a']));
  it('moves to pairs when other values arrive, counting each string once', () => {
    check(7, 500, ['a', 'plain', 'a']);
    check(7, 500, ['a', 'b', 'a', 'b']);
    check(7, 500, ['plain', 'a']);
  });
  it('moves to pairs when the groups\' bitmaps would pass their budget', () => {
    // 94 groups of a 100,000-entry dictionary fit in the budget; 1500 (18.75 MB of bitmaps) do not.
    check(1500, 100_000, ['a', 'a', 'a'], 40);
  });
});

describe('columns of few values on the wire', () => {
  it('round-trips mostly-null fixed-width columns from any row range (sent as the values present)', () => {
    const n = 203;
    const present = (i: number) => i % 9 === 4;
    const validity = new Uint8Array((n + 7) >> 3);
    for (let i = 0; i < n; i++) if (present(i)) validity[i >> 3]! |= 1 << (i & 7);
    const batch: ColumnBatch = {
      types: [IntegerType, LongType, DoubleType], numRows: n,
      columns: [
        { kind: 'int32', values: Int32Array.from({ length: n }, (_, i) => i * 3 - 100), validity },
        { kind: 'int64', values: BigInt64Array.from({ length: n }, (_, i) => BigInt(i) * 10_000_000_000n), validity },
        { kind: 'float64', values: Float64Array.from({ length: n }, (_, i) => i / 7), validity },
      ],
    };
    for (const [start, end] of [[0, n], [5, 150], [13, 14], [40, 40]] as const) {
      const block = encodeBatchRange(batch, start, end);
      const full = encodeBatchRange({ ...batch, columns: batch.columns.map((c) => ({ ...c, validity: new Uint8Array(validity.length).fill(255) })) as ColumnVector[] }, start, end);
      if (end - start > 20) expect(block.byteLength).toBeLessThan(full.byteLength / 2);
      const [got] = decodeBatches(block, batch.types);
      for (let c = 0; c < 3; c++) {
        const v = got!.columns[c] as Extract<ColumnVector, { kind: 'int32' | 'int64' | 'float64' }>;
        const src = batch.columns[c] as Extract<ColumnVector, { kind: 'int32' | 'int64' | 'float64' }>;
        for (let i = start; i < end; i++) {
          const k = i - start;
          expect(((v.validity[k >> 3]! >> (k & 7)) & 1) === 1).toBe(present(i));
          if (present(i)) expect(v.values[k]).toBe(src.values[i]);
        }
      }
    }
  });
});
