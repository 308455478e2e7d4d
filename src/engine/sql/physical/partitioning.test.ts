/**
 * Spark's row placement in the driver: Range / local relation partitions, REPARTITION,
 * COALESCE and REPARTITION_BY_RANGE hints, and spark_partition_id() over them.
 */
import { describe, expect, it } from 'vitest';
import { createSqlSession } from '../../catalog';
import { XORShiftRandom } from '../../expr/functions/random';
import { setDefaultParallelism } from '../partitions';
import { determineBounds, slicePartitions } from './partitioning';

const pairs = (sql: string) => createSqlSession().sql(sql).rows.map((r) => [Number(r[0]), r[1]]);

describe('partitions of sources', () => {
  it('splits n rows into p slices as parallelize and Range do', () => {
    expect([...slicePartitions(10, 3)]).toEqual([0, 0, 0, 1, 1, 1, 2, 2, 2, 2]);
    expect([...slicePartitions(2, 4)]).toEqual([1, 3]);
  });

  it('gives Range numSlices partitions, or the default parallelism', () => {
    expect(pairs('SELECT id, spark_partition_id() FROM range(0, 10, 1, 3)')).toEqual(
      [[0, 0], [1, 0], [2, 0], [3, 1], [4, 1], [5, 1], [6, 2], [7, 2], [8, 2], [9, 2]],
    );
    setDefaultParallelism(2);
    try {
      expect(pairs('SELECT id, spark_partition_id() FROM range(4)')).toEqual([[0, 0], [1, 0], [2, 1], [3, 1]]);
    } finally {
      setDefaultParallelism(1);
    }
    expect(pairs('SELECT id, spark_partition_id() FROM range(4)').map((r) => r[1])).toEqual([0, 0, 0, 0]);
  });

  it('passes partition ids through projections and filters, and filters on them', () => {
    expect(pairs('SELECT id, p FROM (SELECT id * 2 AS id, spark_partition_id() AS p FROM range(0, 6, 1, 2)) WHERE id > 2')).toEqual([[4, 0], [6, 1], [8, 1], [10, 1]]);
    expect(pairs('SELECT id, 0 FROM range(0, 6, 1, 3) WHERE spark_partition_id() = 1')).toEqual([[2, 0], [3, 0]]);
  });

  it('is 0 above operators that shuffle (one coalesced partition on small data)', () => {
    expect(pairs('SELECT k, spark_partition_id() FROM (SELECT id % 2 AS k FROM range(0, 6, 1, 3) GROUP BY 1) ORDER BY k')).toEqual([[0, 0], [1, 0]]);
  });
});

describe('REPARTITION, COALESCE and REPARTITION_BY_RANGE', () => {
  it('hash-partitions by pmod(murmur3(cols), n) and returns rows in partition order', () => {
    const rows = createSqlSession().sql('SELECT id, spark_partition_id(), pmod(hash(id), 3) FROM (SELECT /*+ REPARTITION(3, id) */ id FROM range(30))').rows;
    expect(rows.length).toBe(30);
    for (const r of rows) expect(r[1]).toBe(r[2]);
    const ps = rows.map((r) => r[1] as number);
    expect(ps).toEqual([...ps].sort((a, b) => a - b));
    // Within a partition, input order.
    for (let i = 1; i < rows.length; i++) if (ps[i] === ps[i - 1]) expect(rows[i]![0]! > rows[i - 1]![0]!).toBe(true);
  });

  it('deals rows round robin from XORShiftRandom(partition).nextInt(n) + 1 per input partition', () => {
    const rows = pairs('SELECT id, spark_partition_id() FROM (SELECT /*+ REPARTITION(4) */ id FROM range(0, 10, 1, 2))');
    const expected = new Map<number, number>();
    for (const [part, ids] of [[0, [0, 1, 2, 3, 4]], [1, [5, 6, 7, 8, 9]]] as const) {
      let pos = new XORShiftRandom(BigInt(part)).nextInt(4);
      for (const id of ids) expected.set(id, ++pos % 4);
    }
    expect(rows.map(([id, p]) => [id, p])).toEqual([...expected].sort((a, b) => a[1] - b[1] || a[0] - b[0]));
  });

  it('coalesces contiguous groups of input partitions without a shuffle', () => {
    expect(pairs('SELECT id, spark_partition_id() FROM (SELECT /*+ COALESCE(2) */ id FROM range(0, 10, 1, 5))')).toEqual(
      [[0, 0], [1, 0], [2, 0], [3, 0], [4, 1], [5, 1], [6, 1], [7, 1], [8, 1], [9, 1]],
    );
    // Asking for more partitions than there are keeps them.
    expect(pairs('SELECT id, spark_partition_id() FROM (SELECT /*+ COALESCE(8) */ id FROM range(0, 4, 1, 2))').map((r) => r[1])).toEqual([0, 0, 1, 1]);
  });

  it('range-partitions by RangePartitioner bounds (ascending or descending keys)', () => {
    const s = createSqlSession();
    s.registerView('people', 'age int, name string', [[14, 'Tom'], [23, 'Alice'], [16, 'Bob']]);
    expect(s.sql('SELECT age, name, spark_partition_id() FROM (SELECT /*+ REPARTITION_BY_RANGE(2, age) */ * FROM people)').rows).toEqual([[14, 'Tom', 0], [16, 'Bob', 0], [23, 'Alice', 1]]);
    expect(s.sql('SELECT age, spark_partition_id() FROM (SELECT /*+ REPARTITION_BY_RANGE(2, age DESC) */ * FROM people)').rows).toEqual([[23, 0], [16, 0], [14, 1]]);
  });

  it('finds bounds at each step of cumulative weight, skipping duplicates', () => {
    const gt = (a: number, b: number) => a > b;
    expect(determineBounds([[1, 1], [2, 1], [3, 1], [4, 1]], 2, gt)).toEqual([2]);
    expect(determineBounds([[1, 1], [1, 1], [1, 1], [2, 1]], 3, gt)).toEqual([1, 2]);
    expect(determineBounds([[5, 1]], 4, gt)).toEqual([5]);
  });

  it('explains the exchanges as Spark does', () => {
    const text = createSqlSession().sql('EXPLAIN SELECT /*+ REPARTITION(7, id) */ id FROM range(3)').rows[0]![0] as string;
    expect(text).toMatch(/Exchange hashpartitioning\(id#\d+L, 7\), REPARTITION_BY_NUM/);
  });

  it('keeps other comments and unknown hints harmless, and rejects bad arguments', () => {
    const s = createSqlSession();
    expect(s.sql('SELECT /* REPARTITION(3) */ 1').rows).toEqual([[1]]);
    expect(s.sql('SELECT /*+ BROADCAST(t) */ id FROM range(2) t').rows).toEqual([[0n], [1n]]);
    expect(() => s.sql('SELECT /*+ COALESCE(id) */ id FROM range(2)')).toThrow(/COALESCE Hint expects a partition number/);
    expect(() => s.sql('SELECT /*+ REPARTITION(0) */ id FROM range(2)')).toThrow(/must be positive/);
  });
});
