/**
 * The columnar operators against the row operators on the same data: one view is a
 * catalog table (columnar batches), the other a plain row relation the columnar path cannot
 * read, so every query runs both ways and must give identical rows in identical order.
 */
import { describe, expect, it } from 'vitest';
import { createSqlSession } from '../../catalog';
import { batchesFromRows } from '../../columnar';
import { newAttribute } from '../logical';
import type { LPlan } from '../logical';
import { parseSchema } from '../../types';

function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), s | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SCHEMA = 'i int, l bigint, d double, s string, b boolean, k int';

function tableRows(n: number, nulls = true): unknown[][] {
  const rnd0 = seeded(7);
  // Without nulls: every draw below 0.2 (where the null tests fall) is moved above it.
  const rnd = nulls ? rnd0 : () => { const x = rnd0(); return x < 0.2 ? 0.2 + x * 4 : x; };
  const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const rows: unknown[][] = [];
  for (let r = 0; r < n; r++) {
    rows.push([
      rnd() < 0.1 ? null : Math.floor(rnd() * 2000) - 1000,
      rnd() < 0.1 ? null : pick([0n, -1n, 2n ** 62n, -(2n ** 62n), 123456789012n, BigInt(r)]),
      rnd() < 0.1 ? null : pick([Number.NaN, -0, 0, 1.5, -2.25, 1e300, Math.floor(rnd() * 1000) / 8]),
      rnd() < 0.1 ? null : pick(['a', 'b', 'ab', '', 'x77y', 'Zed', `n${Math.floor(rnd() * 50)}`]),
      rnd() < 0.2 ? null : rnd() < 0.5,
      pick([0, 1, 2, 3, 5000, -7]),
    ]);
  }
  return rows;
}

const QUERIES = [
  'SELECT i, d FROM T WHERE k = 3 AND d > 10',
  'SELECT * FROM T WHERE d = 0 OR s = \'a\'',
  'SELECT * FROM T WHERE NOT (i < 0) AND l >= 0',
  'SELECT * FROM T WHERE d <> d OR d <= -2.25',
  'SELECT * FROM T WHERE s LIKE \'%7%\' OR b',
  'SELECT * FROM T WHERE s >= \'ab\' AND s < \'x\'',
  'SELECT * FROM T WHERE b = false OR i IS NULL',
  'SELECT i + 1, upper(s), CASE WHEN d < 1 THEN \'lo\' WHEN d < 100 THEN \'mid\' ELSE \'hi\' END FROM T WHERE i > 500',
  'SELECT k, count(*), count(i), sum(i), sum(l), sum(d), avg(d), avg(i), min(d), max(d), min(s), max(s), min(l), max(l) FROM T GROUP BY k',
  'SELECT d, count(*), stddev(i), variance(d), stddev_pop(i), var_pop(i) FROM T GROUP BY d',
  'SELECT s, count(DISTINCT i), count(DISTINCT d), count(DISTINCT s), sum(i) FILTER (WHERE b) FROM T GROUP BY s',
  'SELECT l, b, count(*), max(i) FROM T GROUP BY l, b',
  'SELECT count(*), sum(l), min(b), max(b), collect_list(k) FROM T',
  'SELECT count(*), sum(i) FROM T WHERE k = 12345',
  'SELECT CASE WHEN d < 1 THEN \'lo\' ELSE \'hi\' END AS band, count(*) FROM T GROUP BY CASE WHEN d < 1 THEN \'lo\' ELSE \'hi\' END',
  'SELECT i, d, s FROM T ORDER BY d DESC, i ASC LIMIT 17',
  'SELECT i, d, s FROM T ORDER BY d ASC NULLS LAST, s DESC NULLS FIRST LIMIT 40 OFFSET 3',
  'SELECT s, l FROM T ORDER BY l, s LIMIT 25',
  'SELECT k, i FROM T ORDER BY k LIMIT 30',
  'SELECT i, d FROM T ORDER BY b LIMIT 0',
  'SELECT d.label, count(*), sum(T.d), max(T.s) FROM T JOIN dim d ON T.k = d.k GROUP BY d.label',
  'SELECT d.label, T.b, count(*), min(T.i) FROM T JOIN dim d ON T.s = d.s AND T.k = d.k GROUP BY d.label, T.b',
  'SELECT count(*), sum(T.i) FROM T JOIN dim d ON T.l = d.l WHERE T.k > 0',
  'SELECT dd.label, count(*), sum(T.i) FROM T JOIN dimd dd ON T.d = dd.d GROUP BY dd.label',
  'SELECT count(*), sum(T.d), max(u.k) FROM T JOIN (SELECT DISTINCT k FROM T) u ON T.k = u.k',
  'SELECT small.label, T.i, T.s FROM T JOIN (SELECT k, label FROM dim WHERE k < 10) small ON T.k = small.k',
  'SELECT * FROM T WHERE d = CAST(\'NaN\' AS DOUBLE) OR d >= 1e300 OR d = -0.0',
  'SELECT * FROM T WHERE b = true AND l < 0 AND s <> \'ab\'',
  'SELECT * FROM T WHERE d < CAST(\'NaN\' AS DOUBLE) AND i > 990',
  'SELECT CASE WHEN i < 0 THEN 1 WHEN i < 500 THEN 2 END AS c, count(*) FROM T GROUP BY 1',
  'SELECT CASE WHEN d > 1 THEN \'x\' WHEN s = \'a\' THEN NULL ELSE \'y\' END AS c, count(*), count(DISTINCT s), count(DISTINCT i) FROM T GROUP BY 1',
  'SELECT count(DISTINCT s), count(DISTINCT k), count(DISTINCT l), count(DISTINCT d) FROM T',
  // Selection kernels: conjunct by conjunct, flipped constants, dictionary strings, NaN and -0.0 constants, other layouts.
  'SELECT i, d, s FROM T WHERE 3 = k AND 10 < d AND d <= 100',
  'SELECT i, s FROM T WHERE s = \'a\' AND k >= 1 AND i <> 0',
  'SELECT i, s FROM T WHERE s > \'n2\' AND s <= \'n4\' AND d >= -0.0',
  'SELECT i, d FROM T WHERE d >= CAST(\'NaN\' AS DOUBLE) AND k < 3',
  'SELECT i, d FROM T WHERE d <> CAST(\'NaN\' AS DOUBLE) AND d = 0.0',
  'SELECT i, l FROM T WHERE l > 0 AND k = 1 AND b = true',
  'SELECT i FROM T WHERE i < 0 AND i > -5',
];

function show(rows: readonly (readonly unknown[])[]): string[] {
  return rows.map((r) => r.map((v) => (typeof v === 'bigint' ? `${v}n` : typeof v === 'number' ? (Object.is(v, -0) ? '-0' : String(v)) : JSON.stringify(v))).join('|'));
}

describe('columnar execution', () => {
  const session = createSqlSession();
  const rows = tableRows(9000);
  session.registerView('tc', SCHEMA, rows);
  // Duplicate and null keys on the build side.
  session.registerView('dim', 'k int, s string, l bigint, label string', [
    [0, 'a', 0n, 'zero'], [1, 'b', -1n, 'one'], [1, 'b', 2n ** 62n, 'uno'], [5000, 'ab', null, 'big'], [null, null, 123456789012n, 'none'], [-7, '', 5n, 'neg'],
  ]);
  session.registerView('dimd', 'd double, label string', [[Number.NaN, 'nan'], [0, 'zero'], [-0, 'negzero'], [1.5, 'x'], [null, 'null'], [1e300, 'huge']]);
  const fields = parseSchema(SCHEMA);
  const output = fields.map((f) => newAttribute(f.name, f.type, f.nullable));
  // A fresh array each time: not a cached view of batches, so operators take the row path.
  session.catalog.createTempView('tr', { kind: 'scan', name: 'LocalRelation', rows: () => rows.map((r) => r.slice()), output }, true);

  for (const q of QUERIES) {
    it(q, () => {
      const columnar = show(session.sql(q.replace(/\bT\b/g, 'tc')).rows);
      const byRow = show(session.sql(q.replace(/\bT\b/g, 'tr')).rows);
      expect(columnar).toEqual(byRow);
      expect(byRow.length).toBeGreaterThanOrEqual(q.includes('LIMIT 0') || q.includes('12345') ? 0 : 1);
    });
  }
});

describe('columnar execution without nulls (the kernels\' no-validity loops)', () => {
  const session = createSqlSession();
  const rows = tableRows(9000, false);
  session.registerView('tc', SCHEMA, rows);
  session.registerView('dim', 'k int, s string, l bigint, label string', [[0, 'a', 0n, 'zero'], [1, 'b', -1n, 'one'], [5000, 'ab', 7n, 'big'], [-7, '', 5n, 'neg'], [3, 'x', 1n, 'three']]);
  session.registerView('dimd', 'd double, label string', [[Number.NaN, 'nan'], [0, 'zero'], [1.5, 'x'], [1e300, 'huge']]);
  const fields = parseSchema(SCHEMA);
  const output = fields.map((f) => newAttribute(f.name, f.type, f.nullable));
  session.catalog.createTempView('tr', { kind: 'scan', name: 'LocalRelation', rows: () => rows.map((r) => r.slice()), output }, true);
  it('has no nulls', () => {
    expect(rows.some((r) => r.some((v) => v === null))).toBe(false);
  });
  for (const q of QUERIES.filter((x) => !x.includes('IS NULL') && !x.includes('12345'))) {
    it(q, () => {
      const columnar = show(session.sql(q.replace(/\bT\b/g, 'tc')).rows);
      const byRow = show(session.sql(q.replace(/\bT\b/g, 'tr')).rows);
      expect(columnar).toEqual(byRow);
    });
  }
});

describe('window group limit', () => {
  const session = createSqlSession();
  session.registerView('tc', SCHEMA, tableRows(5000));
  const cases = [
    ['rank() OVER (PARTITION BY k ORDER BY d DESC)', 'r <= 3'],
    ['rank() OVER (PARTITION BY k, b ORDER BY s, i)', 'r < 5'],
    ['row_number() OVER (PARTITION BY s ORDER BY i NULLS LAST)', '2 >= r'],
    ['row_number() OVER (ORDER BY l)', 'r = 4'],
    ['rank() OVER (PARTITION BY b ORDER BY k)', 'r <= 1 AND i > 0'],
  ];
  for (const [win, cond] of cases) {
    it(`${win} with ${cond}`, () => {
      const q = (c: string) => `SELECT i, k, s, r FROM (SELECT i, k, s, ${win} AS r FROM tc) w WHERE ${c}`;
      const limited = show(session.sql(q(cond!)).rows);
      // r + 0 is not a bare column, so this query runs the full window.
      const full = show(session.sql(q(cond!.replace(/\br\b/, '(r + 0)'))).rows);
      expect(limited).toEqual(full);
      expect(full.length).toBeGreaterThan(0);
    });
  }
});

describe('scans that offer their batches', () => {
  it('aggregate, join and top-N queries never build the row view', () => {
    const session = createSqlSession();
    const rows = tableRows(6000);
    session.registerView('tc', SCHEMA, rows);
    session.registerView('dim', 'k int, label string', [[0, 'zero'], [1, 'one'], [5000, 'big']]);
    const fields = parseSchema(SCHEMA);
    const output = fields.map((f) => newAttribute(f.name, f.type, f.nullable));
    const batches = batchesFromRows(fields.map((f) => f.type), rows);
    const scan = { kind: 'scan', name: 'tb', output, batches: () => batches, rows: () => { throw new Error('row view built'); } };
    session.catalog.createTempView('tb', scan as LPlan, true);
    for (const q of [
      'SELECT k, count(*), sum(d), max(s) FROM T WHERE i > 0 GROUP BY k',
      'SELECT d.label, count(*) FROM T JOIN dim d ON T.k = d.k GROUP BY d.label',
      'SELECT i, s FROM T ORDER BY d DESC, i LIMIT 5',
    ]) {
      expect(show(session.sql(q.replace(/\bT\b/g, 'tb')).rows)).toEqual(show(session.sql(q.replace(/\bT\b/g, 'tc')).rows));
    }
  });
});
