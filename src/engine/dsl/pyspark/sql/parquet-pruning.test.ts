/**
 * Column pruning down to the Parquet reader: a query over a Parquet data set read in the
 * driver decodes only the columns it uses (the optimizer's pruning projection over the scan
 * tells which), later queries decode only the columns still missing, and the rows are those
 * of the same query over the rows themselves.
 */
import { describe, expect, it } from 'vitest';
import { createSqlSession } from '../../../catalog';
import { createMemoryVfs } from '../../../io';
import { saveParquet } from '../../../dataframe/parquet-files';
import { parseSchema } from '../../../types';
import type { LPlan } from '../../../sql/logical';
import { fileSourcesFor } from './parquet-native';

const FIELDS = parseSchema('id INT, k INT, x DOUBLE, w STRING');
const ROWS = Array.from({ length: 5000 }, (_, i) => [i, i % 7 === 0 ? null : i % 13, i % 11 === 0 ? null : (i * 7.25) % 1000 - 500, ['alpha', 'beta', null, 'gamma'][i % 4]]);

function setup(): { reads: Set<number>[]; run: (q: string) => string[]; plain: (q: string) => string[] } {
  const vfs = createMemoryVfs();
  saveParquet(vfs, '/tmp/p', FIELDS, ROWS);
  const s = createSqlSession();
  const scan = fileSourcesFor(s, vfs, () => 1).relation('parquet', '/tmp/p', {}) as Extract<LPlan, { kind: 'scan' }>;
  const reads: Set<number>[] = [];
  const batches = scan.batches!;
  // Records the columns each read asked for (all of them when none were named).
  s.catalog.createTempView('p', { ...scan, batches: (needed) => (reads.push(new Set(needed ?? FIELDS.map((_, i) => i))), batches(needed)) }, true);
  s.registerView('r', 'id INT, k INT, x DOUBLE, w STRING', ROWS);
  const show = (rows: unknown[][]) => rows.map((r) => JSON.stringify(r, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v)));
  return { reads, run: (q) => show(s.sql(q).rows as unknown[][]), plain: (q) => show(s.sql(q.replace(/\bp\b/g, 'r')).rows as unknown[][]) };
}

describe('Parquet column pruning', () => {
  it('decodes only the columns a query reads, and gives the same rows', () => {
    const { reads, run, plain } = setup();
    const q = 'SELECT k, count(*) AS n, sum(x) AS s FROM p WHERE k > 3 GROUP BY k';
    expect(run(q)).toEqual(plain(q));
    expect(reads.length).toBeGreaterThan(0);
    for (const r of reads) expect([...r].sort()).toEqual([1, 2]);
  });

  it('fills in the columns a later query adds, and every query matches the rows', () => {
    const { run, plain } = setup();
    for (const q of [
      'SELECT count(*) FROM p',
      'SELECT w, count(*) FROM p GROUP BY w',
      'SELECT id, w FROM p WHERE x > 100 AND w IS NOT NULL',
      'SELECT * FROM p WHERE id % 500 = 0',
      'SELECT k, max(x) FROM p WHERE w = \'beta\' GROUP BY k',
    ]) expect(run(q), q).toEqual(plain(q));
  });
});
