/**
 * Shuffled joins on the executors (Spark's SortMergeJoin / ShuffledHashJoin): both sides
 * hash-partitioned by their join keys, each reduce task joining its pair of partitions. Every
 * join type, residual conditions, null keys, sides computed in the driver: the rows (and their
 * order) must be the in-driver join's.
 */
import { describe, expect, it } from 'vitest';
import { InProcessBackend, SparkContext } from '../rdd';
import type { SchedulerEvent, SqlPlanNode } from '../rdd';
import { createSqlSession } from './session';
import type { SqlSession } from './session';

function fill(s: SqlSession): void {
  const a: unknown[][] = [];
  for (let i = 0; i < 6000; i++) a.push([i, i % 11 === 0 ? null : (i * 7919) % 97, `s${i % 13}`, ((i * 31) % 1000) / 8]);
  s.registerView('a', 'id INT, k INT, s STRING, x DOUBLE', a);
  const b: unknown[][] = [];
  for (let i = 0; i < 3000; i++) b.push([i % 5 === 0 ? null : (i * 31) % 131, `s${i % 7}`, i]);
  s.registerView('b', 'k INT, s STRING, y INT', b);
}

function cluster(slots: number, conf: Record<string, string> = {}): { s: SqlSession; events: SchedulerEvent[]; backend: InProcessBackend } {
  const backend = new InProcessBackend(slots);
  const events: SchedulerEvent[] = [];
  const s = createSqlSession();
  s.attachContext(new SparkContext(backend, { master: `local[${slots}]`, listener: (e) => events.push(e) }));
  // No broadcast by size: every join with keys is a sort-merge join.
  s.conf.set('spark.sql.autoBroadcastJoinThreshold', '-1');
  s.conf.set('spark.sql.shuffle.partitions', '16');
  for (const [k, v] of Object.entries(conf)) s.conf.set(k, v);
  fill(s);
  return { s, events, backend };
}

const QUERIES = [
  'SELECT a.id, a.k, b.y FROM a JOIN b ON a.k = b.k',
  'SELECT a.id, b.y FROM a JOIN b ON a.k = b.k AND a.s = b.s',
  'SELECT a.id, b.y FROM a JOIN b ON a.k = b.k AND a.x > b.y / 10',
  'SELECT a.id, a.k, b.y FROM a LEFT JOIN b ON a.k = b.k AND b.y < 1500',
  'SELECT a.id, b.k, b.y FROM a RIGHT JOIN b ON a.k = b.k AND a.x < 50',
  'SELECT a.id, a.k, b.k, b.y FROM a FULL OUTER JOIN b ON a.k = b.k AND a.s = b.s',
  'SELECT a.id FROM a LEFT SEMI JOIN b ON a.k = b.k AND b.y % 3 = 0',
  'SELECT a.id, a.k FROM a LEFT ANTI JOIN b ON a.k = b.k',
  'SELECT a.s, count(*), sum(b.y) FROM a JOIN b ON a.k = b.k GROUP BY a.s',
  'SELECT a.id, t.n FROM a JOIN (SELECT k, count(*) AS n FROM b GROUP BY k) t ON a.k = t.k',
  'SELECT x.id, y.id FROM a x JOIN a y ON x.k = y.k AND x.id < y.id AND y.id - x.id < 40',
  'SELECT a.id, b.y FROM a JOIN b ON a.k + 1 = b.k + 1 ORDER BY a.id, b.y LIMIT 20',
  // Null-safe keys: (coalesce(k, 0), isnull(k)) pairs, so null keys meet each other.
  'SELECT a.id, b.y FROM a JOIN b ON a.k <=> b.k WHERE a.id < 300',
  'SELECT a.id, b.y, b.k FROM a FULL JOIN b ON a.k <=> b.k AND a.s <=> b.s',
];

/** Jobs reading exchanged rows (a reduce stage of a join, aggregate or window). */
function reduceJobs(events: readonly SchedulerEvent[]): number {
  return events.filter((e) => e.kind === 'jobStart' && (e.stages ?? []).some((st) => st.rdds.some((r) => r.callSite.startsWith('ShuffledRowRDD')))).length;
}

describe('shuffled joins on the executors', () => {
  const local = createSqlSession();
  fill(local);
  const { s: dist, events } = cluster(3);

  it.each(QUERIES)('%s gives the in-driver rows in the same order', (q) => {
    const before = events.length;
    const want = local.sql(q);
    const got = dist.sql(q);
    expect(got.schemaString()).toBe(want.schemaString());
    expect(got.toGoldenStrings()).toEqual(want.toGoldenStrings());
    const ran = events.slice(before);
    // The join's reduce stage ran as a job over the exchanged blocks (ShuffledRowRDD), no task failed.
    expect(reduceJobs(ran)).toBeGreaterThanOrEqual(1);
    expect(ran.filter((e) => e.kind === 'taskEnd' && !(e as { succeeded: boolean }).succeeded)).toEqual([]);
  });

  it('explains what it runs: SortMergeJoin over sorted hash exchanges of both sides', () => {
    const text = dist.sql('EXPLAIN SELECT a.id, b.y FROM a FULL JOIN b ON a.k = b.k').rows[0]![0] as string;
    expect(text).toMatch(/SortMergeJoin \[k#\d+\], \[k#\d+\], FullOuter/);
    expect(text).toMatch(/Exchange hashpartitioning\(k#\d+, 16\), ENSURE_REQUIREMENTS/);
  });

  it('runs a shuffled hash join when hinted, and broadcasts the side a hint names', () => {
    for (const q of [
      'SELECT /*+ SHUFFLE_HASH(b) */ a.id, b.y FROM a JOIN b ON a.k = b.k',
      'SELECT /*+ BROADCAST(b) */ a.id, b.y FROM a JOIN b ON a.k = b.k',
      'SELECT /*+ BROADCAST(a) */ a.id, b.y FROM a RIGHT JOIN b ON a.k = b.k',
    ]) {
      const before = events.length;
      expect(dist.sql(q).toGoldenStrings()).toEqual(local.sql(q).toGoldenStrings());
      // The shuffled hash join and the right join building its left side exchange both sides; the broadcast does not.
      expect(reduceJobs(events.slice(before))).toBe(q.includes('BROADCAST(b)') ? 0 : 1);
    }
  });

  it('coalesces the reducers as AQE does (a small join reads few partitions)', () => {
    const { s, events: ev } = cluster(2, { 'spark.sql.shuffle.partitions': '200' });
    const q = QUERIES[0]!;
    expect(s.sql(q).toGoldenStrings()).toEqual(local.sql(q).toGoldenStrings());
    const stages = ev.filter((e) => e.kind === 'stageSubmitted') as { numTasks?: number }[];
    // Two map stages of the tables' partitions, then far fewer than 200 reduce tasks.
    const reduce = stages[stages.length - 1];
    expect(reduce?.numTasks ?? 0).toBeLessThan(20);
  });

  it('reports the sort-merge join to the SQL tab: each side\'s exchange and sort, the join\'s rows', () => {
    const { s, events: ev } = cluster(2);
    const rows = s.sql('SELECT a.id, b.y FROM a JOIN b ON a.k = b.k').rows.length;
    const startAt = ev.map((e) => e.kind).lastIndexOf('sqlExecutionStart');
    const start = ev[startAt] as Extract<SchedulerEvent, { kind: 'sqlExecutionStart' }>;
    const end = ev.find((e, i) => i > startAt && e.kind === 'sqlExecutionEnd') as Extract<SchedulerEvent, { kind: 'sqlExecutionEnd' }>;
    const flat = (n: SqlPlanNode): SqlPlanNode[] => [n, ...n.children.flatMap(flat)];
    const metric = (n: SqlPlanNode) => end.metrics.find((m) => m.id === n.id)!;
    const smj = flat(start.plan).find((n) => n.name === 'SortMergeJoin')!;
    expect(metric(smj).rows).toBe(rows);
    expect(metric(smj).tasks?.count).toBeGreaterThan(0);
    // The projection over the join ran in the join's reduce tasks too.
    expect(start.plan.name).toBe('Project');
    expect(metric(start.plan).rows).toBe(rows);
    expect(metric(start.plan).tasks?.count).toBe(metric(smj).tasks?.count);
    // Each side: Sort over Exchange over the side's rows (those with a key: isnotnull(k) runs first).
    const sideRows = [local.sql('SELECT count(*) FROM a WHERE k IS NOT NULL'), local.sql('SELECT count(*) FROM b WHERE k IS NOT NULL')].map((r) => Number(r.rows[0]![0]));
    smj.children.forEach((sort, i) => {
      expect(sort.name).toBe('Sort');
      const x = sort.children[0]!;
      expect(x.name).toBe('Exchange');
      const shuffle = metric(x).shuffle!;
      expect(shuffle.recordsWritten).toBe(sideRows[i]);
      expect(shuffle.recordsRead).toBe(sideRows[i]);
      expect(shuffle.partitions).toBe(16);
      expect(shuffle.coalescedPartitions).toBeGreaterThan(0);
      expect(metric(sort).rows).toBe(sideRows[i]);
    });
    // Every operator shows a figure: its rows, or an exchange's shuffle records.
    for (const n of flat(start.plan)) expect(metric(n).rows ?? metric(n).shuffle?.recordsRead ?? null, n.detail).not.toBeNull();
  });

  it('keeps answers right while executors are lost', () => {
    const { s, backend } = cluster(3);
    let n = 0;
    backend.beforeTask = () => {
      if (++n % 3 === 0) backend.killExecutor(n % 3);
    };
    for (const q of QUERIES.slice(0, 8)) expect(s.sql(q).toGoldenStrings()).toEqual(local.sql(q).toGoldenStrings());
    expect(n).toBeGreaterThan(12);
  });
});
