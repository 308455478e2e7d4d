/**
 * Broadcast joins pipelined into map stages (Spark's BroadcastHashJoin under a partial
 * HashAggregate or a TakeOrderedAndProject): the small side runs first and ships as a
 * broadcast, the big side's partitions join and aggregate where they are cached, and only
 * partial aggregates or top-N candidates come back. Same rows, same order as the driver.
 */
import { describe, expect, it } from 'vitest';
import { InProcessBackend, SparkContext } from '../rdd';
import type { SchedulerEvent } from '../rdd';
import { createSqlSession } from './session';
import type { SqlSession } from './session';

// Sums of doubles merge partials in another order than one pass: eighths add exactly either way.
const N = 40_000;

function fill(s: SqlSession): void {
  const rows: unknown[][] = [];
  for (let i = 0; i < N; i++) rows.push([i, i % 7 === 0 ? null : (i * 7919) % 23, ((i * 31) % 1000) / 8, `w${i % 13}`]);
  s.registerView('f', 'id INT, k INT, x DOUBLE, w STRING', rows);
  s.registerView('d', 'k INT, label STRING', Array.from({ length: 20 }, (_, i) => [i, `label_${i >> 1}`]));
}

function cluster(slots: number, conf: Record<string, string> = {}): { s: SqlSession; events: SchedulerEvent[]; backend: InProcessBackend } {
  const backend = new InProcessBackend(slots);
  const events: SchedulerEvent[] = [];
  const s = createSqlSession();
  s.attachContext(new SparkContext(backend, { master: `local[${slots}]`, listener: (e) => events.push(e) }));
  for (const [k, v] of Object.entries(conf)) s.conf.set(k, v);
  fill(s);
  return { s, events, backend };
}

const QUERIES = [
  'SELECT d.label, count(*) AS n, sum(f.x) AS s FROM f JOIN d ON f.k = d.k GROUP BY d.label',
  'SELECT d.label, f.w, count(*), min(f.id), max(f.x) FROM f LEFT JOIN d ON f.k = d.k WHERE f.x > 10 GROUP BY d.label, f.w',
  'SELECT count(*), sum(f.x) FROM f JOIN d ON f.k = d.k AND d.label <> \'label_3\'',
  'SELECT f.k, count(*) FROM f LEFT SEMI JOIN d ON f.k = d.k AND d.k % 2 = 0 GROUP BY f.k',
  'SELECT f.w, count(*) FROM f LEFT ANTI JOIN d ON f.k = d.k GROUP BY f.w',
  'SELECT f.id, f.x, d.label FROM f JOIN d ON f.k = d.k ORDER BY f.x DESC, f.id LIMIT 12',
  'SELECT d.label, count(*) FROM f JOIN d ON f.k = d.k JOIN (SELECT DISTINCT w FROM f WHERE id < 50) s ON f.w = s.w GROUP BY d.label',
];

describe('broadcast joins in map stages', () => {
  const local = createSqlSession();
  fill(local);
  const { s: dist, events } = cluster(3);

  it.each(QUERIES)('%s gives the in-driver rows in the same order, as jobs with a broadcast', (q) => {
    const before = events.length;
    const want = local.sql(q);
    const got = dist.sql(q);
    expect(got.schemaString()).toBe(want.schemaString());
    expect(got.toGoldenStrings()).toEqual(want.toGoldenStrings());
    const ran = events.slice(before);
    const tasks = ran.filter((e) => e.kind === 'taskEnd');
    // The big side ran on the executors (one task per table partition at least), none failed.
    expect(tasks.length).toBeGreaterThanOrEqual(3);
    expect(tasks.filter((e) => !(e as { succeeded: boolean }).succeeded)).toEqual([]);
  });

  it('does not bring the joined rows back to the driver', () => {
    const { s, events: ev } = cluster(2);
    const q = QUERIES[0]!;
    expect(s.sql(q).toGoldenStrings()).toEqual(local.sql(q).toGoldenStrings());
    // The small side (with the isnotnull(k) filter InferFiltersFromConstraints adds) runs as its
    // own job, as Spark's broadcast exchange does, then a partial-aggregate map job and a reduce
    // job: the join ran inside the map stage.
    expect(ev.filter((e) => e.kind === 'jobStart').length).toBe(3);
  });

  it('shuffles both sides when the small side is over autoBroadcastJoinThreshold (a sort-merge join)', () => {
    const { s, events: ev } = cluster(2, { 'spark.sql.autoBroadcastJoinThreshold': '-1' });
    const q = QUERIES[0]!;
    expect(s.sql(q).toGoldenStrings()).toEqual(local.sql(q).toGoldenStrings());
    // No broadcast: a map job per side hash-partitions its rows by the join key, a reduce job joins them.
    const jobs = ev.filter((e) => e.kind === 'jobStart') as Extract<(typeof ev)[number], { kind: 'jobStart' }>[];
    expect(jobs.length).toBe(3);
    expect(jobs.filter((j) => (j.stages ?? []).some((st) => st.rdds.some((r) => r.callSite.startsWith('ShuffledRowRDD')))).length).toBe(1);
    expect(ev.filter((e) => e.kind === 'taskEnd' && !(e as { succeeded: boolean }).succeeded)).toEqual([]);
  });

  it('keeps answers right while executors are lost (the broadcast is fetched again)', () => {
    const { s, backend } = cluster(3);
    let n = 0;
    backend.beforeTask = () => {
      if (++n % 3 === 0) backend.killExecutor(n % 3);
    };
    for (const q of QUERIES) expect(s.sql(q).toGoldenStrings()).toEqual(local.sql(q).toGoldenStrings());
    expect(n).toBeGreaterThan(6);
  });
});
