/**
 * Exchanges that used to move whole rows (issue #7): statistical aggregates as partial /
 * final aggregates over their moment states, count(DISTINCT) as Spark plans it, windows over
 * a hash exchange. On in-process executors, against the driver alone; a lost executor costs
 * a recompute, never a wrong answer.
 */
import { describe, expect, it } from 'vitest';
import { InProcessBackend, SparkContext } from '../rdd';
import type { SchedulerEvent } from '../rdd';
import { createSqlSession } from './session';
import type { SqlSession } from './session';
import type { LPlan } from '../sql/logical';
import { splitAggregates } from '../sql/physical/agg-split';
import { countCodes } from '../sql/physical/distinct-stage';
import { decodeBatches, decodeDictionaries, encodeBatchRange, encodeDictionaries } from '../sql/physical/batch-wire';
import type { ColumnBatch } from '../columnar';
import { DoubleType, StringType } from '../types';
import { ORDINAL_SCALE, batchByOrdinal } from '../sql/physical/exchange-hash';
import { GroupTable } from '../sql/physical/group-table';

function seeded(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

const N = 40_000;

function fill(s: SqlSession): void {
  const rnd = seeded(11);
  const words = ['alpha', 'beta', 'gamma', 'delta', null, 'zeta'];
  const rows: unknown[][] = [];
  for (let i = 0; i < N; i++) {
    rows.push([
      i,
      rnd() < 0.05 ? null : Math.floor(rnd() * 23),
      rnd() < 0.03 ? null : rnd() * 1000 - 300,
      rnd() < 0.03 ? null : Math.floor(rnd() * 50),
      words[Math.floor(rnd() * words.length)]!,
      `n${Math.floor(rnd() * 3000)}`,
    ]);
  }
  s.registerView('t', 'id INT, k INT, x DOUBLE, y INT, w STRING, name STRING', rows);
}

function session(slots: number | null): { s: SqlSession; events: SchedulerEvent[]; backend: InProcessBackend | null } {
  const s = createSqlSession();
  const events: SchedulerEvent[] = [];
  let backend: InProcessBackend | null = null;
  if (slots !== null) {
    backend = new InProcessBackend(slots);
    s.attachContext(new SparkContext(backend, { master: `local[${slots}]`, listener: (e) => events.push(e) }));
    s.conf.set('spark.flint.sql.distributed.minRows', '0');
  }
  fill(s);
  return { s, events, backend };
}

const failedTasks = (events: readonly SchedulerEvent[]) => events.filter((e) => e.kind === 'taskEnd' && !(e as { succeeded: boolean }).succeeded);
const jobs = (events: readonly SchedulerEvent[]) => events.filter((e) => e.kind === 'jobStart').length;

/** Rows equal, doubles within a relative 1e-9 (merged moment states differ in the last bits, as in Spark). */
function expectClose(got: unknown[][], want: unknown[][]): void {
  expect(got.length).toBe(want.length);
  got.forEach((r, i) => {
    const w = want[i]!;
    expect(r.length).toBe(w.length);
    r.forEach((v, j) => {
      const x = w[j];
      if (typeof v === 'number' && typeof x === 'number' && !Number.isInteger(x)) expect(Math.abs(v - x)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(x)));
      else expect(v).toEqual(x);
    });
  });
}

const STATS = [
  'SELECT k, stddev(x), stddev_pop(x), variance(y), var_pop(x), count(*) FROM t GROUP BY k',
  'SELECT w, skewness(x), kurtosis(y), std(x), var_samp(x) FROM t GROUP BY w',
  'SELECT k % 3, corr(x, y), covar_pop(x, y), covar_samp(x, id), stddev_samp(x) FILTER (WHERE y > 10) FROM t GROUP BY k % 3',
  'SELECT stddev(x), variance(y), skewness(x), kurtosis(x), corr(x, y), covar_samp(y, x) FROM t',
  'SELECT k, stddev(x) FROM t WHERE id % 5000 = 0 GROUP BY k',
  'SELECT stddev(x), corr(x, y) FROM t WHERE id < 0',
];

describe('statistical aggregates from merged moment states', () => {
  const local = session(null).s;
  const { s: dist, events } = session(3);
  it.each(STATS)('%s', (q) => {
    const before = events.length;
    const want = local.sql(q);
    const got = dist.sql(q);
    expect(got.schemaString()).toBe(want.schemaString());
    expectClose(got.rows as unknown[][], want.rows as unknown[][]);
    expect(jobs(events.slice(before))).toBeGreaterThan(0);
    expect(failedTasks(events.slice(before))).toEqual([]);
  });
  it('splits every statistical aggregate into a partial state and its merge (Spark\'s partial_stddev_samp + final)', () => {
    for (const q of STATS) {
      let p: LPlan = dist.analyze(q);
      while (p.kind !== 'aggregate') p = (p as Extract<LPlan, { kind: 'project' }>).child;
      const split = splitAggregates(p.aggs);
      expect(split).not.toBeNull();
      for (const s of split!) for (const a of s.partials) expect(a.name).toMatch(/^(count|partial_(moments[234]|bivariate))$/);
    }
  });
});

const WINDOWS = [
  'SELECT id, k, x, r FROM (SELECT id, k, x, rank() OVER (PARTITION BY k ORDER BY x DESC) AS r FROM t) w WHERE r <= 3',
  'SELECT id, x FROM (SELECT id, x, row_number() OVER (PARTITION BY w, y % 4 ORDER BY x, id) AS rn FROM t) s WHERE rn = 1',
  'SELECT id, r FROM (SELECT id, y, rank() OVER (PARTITION BY y ORDER BY k) AS r FROM t) s WHERE r < 4 AND id % 2 = 0',
  'SELECT id, dense_rank() OVER (PARTITION BY k % 5 ORDER BY y) AS d, sum(x) OVER (PARTITION BY k % 5 ORDER BY y) FROM t WHERE id % 7 = 0',
  'SELECT upper(w), id, lag(x) OVER (PARTITION BY w ORDER BY id), count(*) OVER (PARTITION BY w) FROM t',
  'SELECT id FROM (SELECT id, avg(x) OVER (PARTITION BY name) AS a FROM t) s WHERE a > 360',
];

describe('windows over a hash exchange', () => {
  const local = session(null).s;
  const { s: dist, events } = session(3);
  dist.conf.set('spark.flint.sql.distributed.rowExchanges', 'true');
  it.each(WINDOWS)('%s gives the in-driver rows in the same order', (q) => {
    const before = events.length;
    const want = local.sql(q);
    const got = dist.sql(q);
    expect(got.schemaString()).toBe(want.schemaString());
    expect(got.toGoldenStrings()).toEqual(want.toGoldenStrings());
    expect(jobs(events.slice(before))).toBeGreaterThanOrEqual(2);
    expect(failedTasks(events.slice(before))).toEqual([]);
  });

  it('counts a dictionary-coded column from the tasks\' sets of codes, without an exchange', () => {
    for (const q of ['SELECT count(DISTINCT name) FROM t', 'SELECT count(DISTINCT w) FROM t WHERE x > 100', 'SELECT count(DISTINCT name) FROM t WHERE id < 0']) {
      const before = events.length;
      expect(dist.sql(q).toGoldenStrings()).toEqual(local.sql(q).toGoldenStrings());
      expect(jobs(events.slice(before))).toBe(1);
      expect(failedTasks(events.slice(before))).toEqual([]);
    }
  });

  it('merges sets of codes only from one dictionary', () => {
    const bits = (...codes: number[]) => {
      const b = new Uint8Array(2);
      for (const c of codes) b[c >> 3]! |= 1 << (c & 7);
      return b;
    };
    expect(countCodes([['codes', 'd1', 10, 7, bits(0, 3, 9), null], ['codes', 'd1', 10, 7, bits(3, 4), null]])).toBe(4);
    // Same size and hash, other ids: not one dictionary (without entries, nothing to merge by).
    expect(countCodes([['codes', 'd1', 10, 7, bits(0), null], ['codes', 'd2', 10, 7, bits(1), null]])).toBeNull();
    expect(countCodes([['codes', 'd1', 10, 7, bits(0), null], ['codes', 'd1', 10, 8, bits(1), null]])).toBeNull();
    expect(countCodes([['codes', 'd1', 10, 7, bits(0), null], ['codes', 'd1', 9, 7, bits(1), null]])).toBeNull();
  });
});

describe('lost executors', () => {
  const local = session(null).s;
  it.each([
    ...WINDOWS.slice(0, 2),
    'SELECT count(DISTINCT name) FROM t',
    'SELECT w, count(DISTINCT name), count(*) FROM t GROUP BY w',
    STATS[0]!,
  ])('%s: a lost executor costs a recompute, not a wrong answer', (q) => {
    const { s, backend, events } = session(3);
    s.conf.set('spark.flint.sql.distributed.rowExchanges', 'true');
    let n = 0;
    backend!.beforeTask = () => {
      if (++n % 3 === 0) backend!.killExecutor(n % 3);
    };
    const want = local.sql(q);
    const got = s.sql(q);
    if (q === STATS[0]) expectClose(got.rows as unknown[][], want.rows as unknown[][]);
    else expect(got.toGoldenStrings()).toEqual(want.toGoldenStrings());
    expect(jobs(events)).toBeGreaterThan(0);
    expect(n).toBeGreaterThan(2);
  });
});

const DISTINCTS = [
  'SELECT w, count(DISTINCT name), count(DISTINCT k, y) FROM t GROUP BY w',
  'SELECT k % 4, count(DISTINCT name) FILTER (WHERE x > 0), min(w), max(id) FROM t GROUP BY k % 4',
  'SELECT y, sum(DISTINCT k), avg(DISTINCT k), count(DISTINCT w) FROM t GROUP BY y',
  'SELECT w, count(DISTINCT x), count(DISTINCT round(x)) FROM t WHERE id % 3 = 1 GROUP BY w',
  'SELECT count(DISTINCT upper(name)) FROM t',
  'SELECT count(DISTINCT w, k) FROM t WHERE id % 2 = 0',
];

describe('count(DISTINCT) over an exchange of distinct tuples', () => {
  const local = session(null).s;
  const { s: dist, events } = session(3);
  dist.conf.set('spark.flint.sql.distributed.rowExchanges', 'true');
  it.each(DISTINCTS)('%s gives the in-driver rows in the same order', (q) => {
    const before = events.length;
    const want = local.sql(q);
    const got = dist.sql(q);
    expect(got.schemaString()).toBe(want.schemaString());
    expect(got.toGoldenStrings()).toEqual(want.toGoldenStrings());
    expect(jobs(events.slice(before))).toBeGreaterThanOrEqual(2);
    expect(failedTasks(events.slice(before))).toEqual([]);
  });
});

describe('grouped exchanges ship dictionary codes', () => {
  const local = session(null).s;
  const { s: dist, events } = session(3);
  it.each([
    'SELECT w, count(DISTINCT name) FROM t GROUP BY w',
    'SELECT name, count(*) FROM t GROUP BY name HAVING count(*) > 15',
    'SELECT name, w, count(DISTINCT k), max(w) FROM t WHERE id % 3 = 0 GROUP BY name, w',
    'SELECT upper(name), count(*) FROM t GROUP BY upper(name) HAVING count(*) > 17',
  ])('%s: the table\'s dictionaries reach the reduce tasks, one map job', (q) => {
    const before = events.length;
    const want = local.sql(q);
    const got = dist.sql(q);
    expect(got.schemaString()).toBe(want.schemaString());
    expect(got.toGoldenStrings()).toEqual(want.toGoldenStrings());
    // A dictionary the driver cannot name makes the map job run again: map + reduce only here.
    expect(jobs(events.slice(before))).toBe(2);
    expect(failedTasks(events.slice(before))).toEqual([]);
  });

  it('runs the map job again with the strings when a block names a dictionary the table does not hold', () => {
    const { s, events: ev } = session(3);
    const l = session(null).s;
    // Broadcast sides coded by a dictionary of 5000 entries (not the table's, too large to travel
    // inline with the tasks' outputs) and of 1000 (inline).
    for (const x of [s, l]) {
      x.registerView('d', 'id INT, label STRING', Array.from({ length: 20_000 }, (_, i) => [i, `label${i % 5000}`]));
      x.registerView('d2', 'id INT, label STRING', Array.from({ length: 20_000 }, (_, i) => [i, `label${i % 1000}`]));
    }
    const run = (q: string) => {
      const before = ev.length;
      expect(s.sql(q).toGoldenStrings()).toEqual(l.sql(q).toGoldenStrings());
      expect(failedTasks(ev.slice(before))).toEqual([]);
      return jobs(ev.slice(before));
    };
    const inline = run('SELECT d2.label, count(DISTINCT t.w) AS n FROM t JOIN d2 ON t.id = d2.id GROUP BY d2.label');
    const again = run('SELECT d.label, count(DISTINCT t.w) AS n FROM t JOIN d ON t.id = d.id GROUP BY d.label');
    expect(again).toBeGreaterThan(inline);
  });

  it('encodes coded strings by reference and decodes them only with the dictionary', () => {
    const entries = ['a', 'bé', 'c'];
    const codes = Int32Array.from([2, -1, 0, 1, 2]);
    const values = Array.from(codes, (c) => (c < 0 ? null : entries[c]!));
    const b: ColumnBatch = { types: [StringType], numRows: 5, columns: [{ kind: 'object', values, dictionary: { entries, codes } }] };
    const refs = new Map<string, readonly string[]>();
    const block = encodeBatchRange(b, 1, 5, refs);
    expect([...refs.values()]).toEqual([entries]);
    expect(() => decodeBatches(block, [StringType])).toThrow(/dictionary/);
    const dicts = decodeDictionaries(encodeDictionaries(refs))!;
    expect(decodeDictionaries(block)).toBeNull();
    const [got] = decodeBatches(block, [StringType], dicts);
    const col = got!.columns[0] as Extract<ColumnBatch['columns'][number], { kind: 'object' }>;
    expect(col.values).toEqual([null, 'a', 'bé', 'c']);
    expect(Array.from(col.dictionary!.codes)).toEqual([-1, 0, 1, 2]);
  });
});

describe('columnar merge pieces', () => {
  it('orders rows by ordinal, by counting positions or by sorting when they are sparse', () => {
    const rnd = seeded(5);
    for (const spread of [1, 1000]) {
      const ords: number[] = [];
      const used = new Set<number>();
      while (ords.length < 500) {
        const x = Math.floor(rnd() * 3) * ORDINAL_SCALE + Math.floor(rnd() * 600 * spread);
        if (!used.has(x)) {
          used.add(x);
          ords.push(x);
        }
      }
      const batch = (xs: number[]): ColumnBatch => ({
        types: [DoubleType, DoubleType], numRows: xs.length,
        columns: [0, 1].map(() => ({ kind: 'float64' as const, values: Float64Array.from(xs), validity: new Uint8Array((xs.length + 7) >> 3).fill(255) })),
      });
      const [out] = batchByOrdinal([batch(ords.slice(0, 200)), batch(ords.slice(200))], 1);
      expect(Array.from((out!.columns[0] as { values: Float64Array }).values)).toEqual([...ords].sort((a, b) => a - b));
    }
  });

  it('keeps a group key coded while every group came from one dictionary', () => {
    const entries = ['x', 'y', 'z'];
    const t = new GroupTable([StringType]);
    const coded = (codes: number[]) => ({ kind: 'object' as const, values: codes.map((c) => (c < 0 ? null : entries[c]!)), dictionary: { entries, codes: Int32Array.from(codes) } });
    t.assign([coded([2, 0, 2, -1])], 4);
    expect(Array.from(t.keyCodes()!.codes)).toEqual([2, 0, -1]);
    t.assign([{ kind: 'object', values: ['w'] }], 1);
    expect(t.keyCodes()).toBeNull();
    expect(t.size).toBe(4);
  });
});
