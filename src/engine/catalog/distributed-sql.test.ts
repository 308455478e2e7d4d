/**
 * SQL stages on executors (in-process ones here): every query must give exactly the rows,
 * in the same order, that the in-driver execution gives, and must really run as jobs.
 */
import { describe, expect, it } from 'vitest';
import { InProcessBackend, SparkContext } from '../rdd';
import type { SchedulerEvent } from '../rdd';
import { Decimal } from '../types';
import { createSqlSession } from './session';
import type { SqlSession } from './session';
import { coalescePartitions, splitBatches } from '../sql/physical/distributed';
import { batchesFromRows } from '../columnar';
import { BooleanType, DateType, DoubleType, FloatType, IntegerType, LongType, StringType, TimestampType } from '../types';
import { partitionIds, stageEnv } from '../sql/physical/sql-stage';
import { compile, lookupScalar } from '../expr';
import type { BoundExpr } from '../expr';

function seeded(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

const N = 20_000;

function fill(s: SqlSession): void {
  const rnd = seeded(7);
  const rows: unknown[][] = [];
  const words = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', null, 'zeta', 'eta'];
  for (let i = 0; i < N; i++) {
    rows.push([
      i,
      rnd() < 0.05 ? null : Math.floor(rnd() * 37),
      BigInt(Math.floor(rnd() * 1e12)),
      rnd() < 0.02 ? null : rnd() * 1000 - 500,
      words[Math.floor(rnd() * words.length)]!,
      new Decimal(BigInt(Math.floor(rnd() * 100000)), 2),
      18000 + Math.floor(rnd() * 400),
      rnd() < 0.5,
      [i % 3, i % 5],
    ]);
  }
  s.registerView('t', 'id INT, k INT, big BIGINT, x DOUBLE, w STRING, d DECIMAL(10,2), day DATE, flag BOOLEAN, arr ARRAY<INT>', rows);
  s.registerView('small', 'k INT, name STRING', Array.from({ length: 40 }, (_, i) => [i, `n${i}`]));
}

const QUERIES = [
  'SELECT id, x * 2 AS y, upper(w) FROM t WHERE k > 10 AND x IS NOT NULL',
  'SELECT * FROM t WHERE w LIKE \'%ta\'',
  'SELECT k, count(*), sum(x), avg(d), min(w), max(day), first(id) FROM t GROUP BY k',
  'SELECT w, flag, count(DISTINCT k), collect_list(id)[0], sum(big) FROM t GROUP BY w, flag',
  'SELECT k, count(*) AS c FROM t GROUP BY k HAVING c > 500 ORDER BY c DESC',
  'SELECT k % 5 AS m, sum(x) FROM t WHERE flag GROUP BY k % 5',
  'SELECT id, x FROM t WHERE x > 400 LIMIT 7',
  'SELECT id, x FROM t WHERE x > 400 ORDER BY x DESC LIMIT 5',
  'SELECT t.id, s.name FROM t JOIN small s ON t.k = s.k WHERE t.x > 490',
  'SELECT CASE WHEN x > 0 THEN \'pos\' WHEN x < 0 THEN \'neg\' ELSE \'zero\' END AS sign, count(*) FROM t GROUP BY 1',
  'SELECT id, explode(arr) FROM t WHERE id < 100',
  'SELECT day, count(*), percentile_approx(x, 0.5) FROM t GROUP BY day ORDER BY day LIMIT 10',
  'SELECT count(*) FROM t WHERE k = 3',
  'SELECT w, rank() OVER (PARTITION BY w ORDER BY x) AS r FROM t WHERE id < 500',
  'SELECT k, rand() FROM t WHERE id < 3',
  'SELECT count(*), sum(big), min(w), max(x), count_if(flag) FROM t WHERE k > 3',
  'SELECT count(*) FROM t',
  'SELECT w, count(*), max(id), min(day), sum(k) FROM t GROUP BY w',
  'SELECT k, day, count(x) FROM t GROUP BY k, day HAVING count(x) > 2',
  'SELECT sum(x) FROM t WHERE id < 0',
  'SELECT w, round(x / 100), flag, count(*), max(d) FROM t GROUP BY w, round(x / 100), flag',
  'SELECT CAST(day AS TIMESTAMP) AS ts, count(*) FROM t GROUP BY 1',
  'SELECT k % 7, avg(x), avg(k), count(*), avg(x) FILTER (WHERE flag) FROM t GROUP BY k % 7',
  'SELECT avg(x), avg(id), avg(CAST(NULL AS DOUBLE)) FROM t WHERE flag',
  'SELECT count(DISTINCT w) FROM t',
  'SELECT count(DISTINCT k, w) AS n FROM t WHERE id % 3 = 0',
  'SELECT count(DISTINCT round(x)) FROM t WHERE id < 0',
  'SELECT t.id, s.name FROM t LEFT JOIN small s ON t.k = s.k + 30 WHERE t.id % 97 = 0',
  'SELECT * FROM t LEFT SEMI JOIN small s ON t.k = s.k * 3 WHERE t.id < 3000',
  'SELECT id FROM t LEFT ANTI JOIN small s ON t.k = s.k',
  'SELECT s.name, count(*), sum(t.big) FROM t JOIN small s ON t.k = s.k GROUP BY s.name',
  'SELECT t.id, s.k FROM t CROSS JOIN (SELECT k FROM small WHERE k < 2) s WHERE t.id < 5',
  'SELECT t.id, s.name FROM t JOIN small s ON t.k = s.k AND t.x > s.k * 10',
  'SELECT id, k, w FROM t ORDER BY k DESC, w LIMIT 25',
  'SELECT id, k * 2 AS kk FROM t WHERE flag ORDER BY day, k LIMIT 10 OFFSET 5',
  'SELECT id FROM t ORDER BY x DESC NULLS FIRST LIMIT 3',
  'SELECT w, id, rank() OVER (PARTITION BY w ORDER BY x) AS r, count(*) OVER (PARTITION BY w ORDER BY x) FROM t',
  'SELECT k, id, sum(x) OVER (PARTITION BY k ORDER BY id ROWS BETWEEN 2 PRECEDING AND CURRENT ROW), lag(id) OVER (PARTITION BY k ORDER BY id) FROM t WHERE flag',
  'SELECT id, rank() OVER (PARTITION BY k ORDER BY x), row_number() OVER (ORDER BY id) FROM t WHERE id < 300',
  // One-partition tables run their whole pipeline in one task.
  'SELECT k, name, rank() OVER (ORDER BY k DESC), sum(k) OVER (PARTITION BY k % 3) FROM small',
  'SELECT DISTINCT k % 4 FROM small',
  'SELECT k % 3, k % 2, count(*) FROM small GROUP BY ROLLUP(k % 3, k % 2)',
  'SELECT name FROM small WHERE k > 3 ORDER BY name DESC',
];

function clusterSession(slots: number, rowExchanges = true): { s: SqlSession; events: SchedulerEvent[]; backend: InProcessBackend } {
  const backend = new InProcessBackend(slots);
  const events: SchedulerEvent[] = [];
  const sc = new SparkContext(backend, { master: `local[${slots}]`, listener: (e) => events.push(e) });
  const s = createSqlSession();
  s.attachContext(sc);
  s.conf.set('spark.flint.sql.distributed.minRows', '0');
  if (!rowExchanges) s.conf.set('spark.flint.sql.distributed.rowExchanges', 'false');
  fill(s);
  return { s, events, backend };
}

describe('SQL stages on executors', () => {
  const local = createSqlSession();
  fill(local);
  const { s: dist, events } = clusterSession(3);

  it.each(QUERIES)('%s gives the in-driver rows in the same order', (q) => {
    const before = events.length;
    const want = local.sql(q);
    const got = dist.sql(q);
    expect(got.schemaString()).toBe(want.schemaString());
    if (q.includes('rand()')) {
      expect(got.rows.length).toBe(want.rows.length);
      expect(events.length).toBeGreaterThan(before);
      return;
    }
    expect(got.toGoldenStrings()).toEqual(want.toGoldenStrings());
    expect(events.length).toBeGreaterThan(before);
    // A stage that failed would have left the query to the driver: none may fail.
    expect(events.slice(before).filter((e) => e.kind === 'taskEnd' && !(e as { succeeded: boolean }).succeeded)).toEqual([]);
  });

  it('runs a grouped aggregate as a map job and a coalesced reduce job on several executors', () => {
    events.length = 0;
    dist.withJobDescription('collect at <stdin>:1', () => dist.sql('SELECT k, count(*) FROM t GROUP BY k'));
    const jobs = events.filter((e) => e.kind === 'jobStart');
    expect(jobs.map((j) => (j as { description: string }).description)).toEqual(['collect at <stdin>:1', 'collect at <stdin>:1']);
    const executors = new Set(events.flatMap((e) => (e.kind === 'taskEnd' ? [(e as { metrics?: { executorId: string } }).metrics?.executorId] : [])));
    expect(executors.size).toBeGreaterThan(1);
  });

  it('leaves queries that read the clock at analysis to the driver (no failed stage)', () => {
    const before = events.length;
    expect(dist.sql('SELECT count(*) FROM t WHERE day < current_date()').rows).toEqual(local.sql('SELECT count(*) FROM t WHERE day < current_date()').rows);
    // No job ran (the Spark UI's SQL execution events still report the query).
    expect(events.slice(before).filter((e) => e.kind === 'jobStart' || e.kind === 'taskEnd')).toEqual([]);
  });

  it('with row exchanges off keeps windows, joins and DISTINCT counts in the driver, with the same answers', () => {
    const { s, events: ev } = clusterSession(3, false);
    for (const q of QUERIES.filter((x) => / OVER | JOIN |DISTINCT|avg\(d\)|stddev/.test(x))) {
      expect(s.sql(q).toGoldenStrings()).toEqual(local.sql(q).toGoldenStrings());
    }
    expect(ev.filter((e) => e.kind === 'taskEnd' && !(e as { succeeded: boolean }).succeeded)).toEqual([]);
  });

  it('keeps answers right while executors are lost', () => {
    const { s, backend } = clusterSession(3);
    let n = 0;
    backend.beforeTask = () => {
      if (++n % 4 === 0) backend.killExecutor(n % 3);
    };
    for (const q of QUERIES.slice(0, 6)) expect(s.sql(q).toGoldenStrings()).toEqual(local.sql(q).toGoldenStrings());
  });

  it('splits tables into contiguous row ranges and coalesces reducers as AQE does', () => {
    const batches = batchesFromRows([IntegerType], Array.from({ length: 10_000 }, (_, i) => [i]), 3000);
    const parts = splitBatches(batches, 3);
    expect(parts.map((p) => p.reduce((s, b) => s + b.numRows, 0))).toEqual([3334, 3333, 3333]);
    const flat = parts.flatMap((p) => p.flatMap((b) => Array.from((b.columns[0] as { values: Int32Array }).values)));
    expect(flat).toEqual(Array.from({ length: 10_000 }, (_, i) => i));
    const sizes = Array.from({ length: 200 }, (_, i) => (i % 2 === 0 ? 100 : 0));
    expect(coalescePartitions(sizes, new Map(), 2)).toEqual([sizes.map((_, i) => i).filter((i) => i % 2 === 0)]);
    const big = Array.from({ length: 8 }, () => 600 * 1024);
    expect(coalescePartitions(big, new Map(), 2)).toEqual([[0, 1, 2, 3], [4, 5, 6, 7]]);
    expect(coalescePartitions(big, new Map([['spark.sql.adaptive.advisoryPartitionSizeInBytes', '2m']]), 1)).toEqual([[0, 1, 2], [3, 4, 5], [6, 7]]);
  });

  it('places keys as pmod(hash(keys), n): the hash function\'s murmur3 for each type', () => {
    const types = [IntegerType, LongType, DoubleType, FloatType, StringType, BooleanType, DateType];
    const rows = Array.from({ length: 3000 }, (_, i) => [
      i % 7 === 0 ? null : i * 7919 - 1_000_000,
      i % 5 === 0 ? null : BigInt(i) * 1_000_000_007n - 5n,
      i % 11 === 0 ? null : i % 13 === 0 ? -0 : i % 17 === 0 ? NaN : i * 0.37 - 400,
      i % 3 === 0 ? null : Math.fround(i / 7),
      i % 9 === 0 ? null : i % 2 === 0 ? `key-${i % 101}-é` : 'k'.repeat(i % 11) + String(i % 1001),
      i % 4 === 0 ? null : i % 2 === 0,
      i % 6 === 0 ? null : 18000 + (i % 300),
    ]);
    const [b] = batchesFromRows(types, rows, 4096);
    const keys: BoundExpr[] = types.map((type, index) => ({ kind: 'ref', index, type, nullable: true }));
    for (const ks of [...keys.map((k) => [k]), keys, [keys[4]!, keys[0]!]]) {
      const hash = compile(lookupScalar('hash')!(ks, { name: 'hash', argSql: [], sql: 'hash' }));
      const want = rows.map((r) => {
        const h = hash(r, stageEnv()) as number;
        return ((h % 200) + 200) % 200;
      });
      expect(Array.from(partitionIds(ks, b!, 200, stageEnv()))).toEqual(want);
    }
    // Timestamps hash as the long of their microseconds.
    const micros = [0, 1, -1, 1577836800000000, -62135596800000000, 253402300799000000];
    const [ts] = batchesFromRows([TimestampType, LongType], micros.map((m) => [m, BigInt(m)]), 4096);
    const asTs = partitionIds([{ kind: 'ref', index: 0, type: TimestampType, nullable: true }], ts!, 200, stageEnv());
    const asLong = partitionIds([{ kind: 'ref', index: 1, type: LongType, nullable: true }], ts!, 200, stageEnv());
    expect(Array.from(asTs)).toEqual(Array.from(asLong));
  });
});
