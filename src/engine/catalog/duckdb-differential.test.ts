/**
 * Differential test: the same queries over the same small random tables (with NULLs) in
 * Flint's Spark SQL and in DuckDB, restricted to constructs whose semantics the two dialects
 * share. DuckDB is the oracle; a disagreement is most likely a Flint bug. Cases in
 * `knownDifferences` must keep disagreeing, so a fix forces them out of the list.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckDBInstance } from '@duckdb/node-api';
import type { DuckDBConnection } from '@duckdb/node-api';
import { createSqlSession } from './session';
import type { SqlSession } from './session';
import { close, norm, seededRandom, sortKey } from '../../../bench/sql-data';

const rnd = seededRandom(20261130);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
const maybeNull = <T>(v: T): T | null => (rnd() < 0.15 ? null : v);
const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
const WORDS = ['apple', 'Banana', 'cherry', 'date', '', 'elder berry', ' fig ', 'grape'];

type Cell = number | string | null;
// id is unique and never null, so ORDER BY ..., id is a total order.
const tableA: Cell[][] = Array.from({ length: 40 }, (_, i) => [i, maybeNull(int(-5, 5)), maybeNull(int(0, 20)), maybeNull(pick(WORDS)), maybeNull(int(-20, 20) / 4)]);
const tableB: Cell[][] = Array.from({ length: 25 }, (_, i) => [i * 2, maybeNull(int(-3, 8)), maybeNull(pick(WORDS))]);

const literal = (v: Cell) => (v === null ? 'NULL' : typeof v === 'string' ? `'${v.replace(/'/g, "''")}'` : String(v));
const values = (rows: Cell[][]) => rows.map((r) => `(${r.map(literal).join(', ')})`).join(', ');

interface Case { readonly sql: string; readonly ordered?: boolean }

const q = (sql: string): Case => ({ sql });
const ordered = (sql: string): Case => ({ sql, ordered: true });

const cases: Case[] = [
  // filters and predicates
  q('SELECT id FROM a WHERE x > 0'),
  q('SELECT id FROM a WHERE x > 0 AND y < 10'),
  q('SELECT id FROM a WHERE x > 0 OR y < 10'),
  q('SELECT id FROM a WHERE NOT (x > 0)'),
  q('SELECT id FROM a WHERE x IS NULL'),
  q('SELECT id FROM a WHERE x IS NOT NULL AND s IS NULL'),
  q('SELECT id FROM a WHERE x IN (1, 2, 3)'),
  q('SELECT id FROM a WHERE x NOT IN (1, 2, 3)'),
  q('SELECT id FROM a WHERE y BETWEEN 5 AND 10'),
  q('SELECT id FROM a WHERE y NOT BETWEEN 5 AND 10'),
  q('SELECT id FROM a WHERE x = y'),
  q('SELECT id FROM a WHERE x <> y'),
  q('SELECT id FROM a WHERE d >= 1.5'),
  q("SELECT id FROM a WHERE s = 'apple'"),
  q("SELECT id FROM a WHERE s > 'c'"),
  q("SELECT id FROM a WHERE s LIKE '%e%'"),
  q("SELECT id FROM a WHERE s LIKE '_a%'"),
  q("SELECT id FROM a WHERE s NOT LIKE 'a%'"),
  q('SELECT id, x > 0 AS p FROM a'),
  q('SELECT id, x > 0 AND y > 5 AS p, x > 0 OR y > 5 AS o FROM a'),
  q('SELECT id, x IN (1, NULL) AS p FROM a'),
  // arithmetic on ints and doubles
  q('SELECT id, x + y, x - y, x * y FROM a'),
  q('SELECT id, -x, abs(x) FROM a'),
  q('SELECT id, x % 3, y % 4 FROM a'),
  q('SELECT id, y / 4 FROM a'),
  q('SELECT id, x / (y + 1) FROM a'),
  q('SELECT id, d * 2, d + x, d - y FROM a'),
  q('SELECT id, round(d), round(d, 1) FROM a'),
  q('SELECT id, floor(d), ceil(d) FROM a'),
  q('SELECT id, x * 1000000, y * y * y FROM a'),
  q('SELECT id, CAST(y AS double) / 8 FROM a'),
  q('SELECT id, greatest(x, y), least(x, y) FROM a'),
  q('SELECT id, sqrt(y), power(y, 2) FROM a'),
  // CASE / COALESCE / NULLIF
  q("SELECT id, CASE WHEN x > 0 THEN 'pos' WHEN x < 0 THEN 'neg' ELSE 'zero-or-null' END FROM a"),
  q("SELECT id, CASE x WHEN 1 THEN 'one' WHEN 2 THEN 'two' END FROM a"),
  q('SELECT id, CASE WHEN y > 10 THEN y END FROM a'),
  q('SELECT id, coalesce(x, y, -1) FROM a'),
  q("SELECT id, coalesce(s, 'none') FROM a"),
  q('SELECT id, nullif(x, 0) FROM a'),
  q('SELECT id, coalesce(d, x) FROM a'),
  // string functions
  q('SELECT id, upper(s), lower(s) FROM a'),
  q('SELECT id, length(s) FROM a'),
  q('SELECT id, substr(s, 2, 3), substr(s, 1, 1) FROM a'),
  q("SELECT id, s || '-' || s FROM a"),
  q('SELECT id, trim(s), ltrim(s), rtrim(s) FROM a'),
  q("SELECT id, replace(s, 'a', 'A') FROM a"),
  q('SELECT id, reverse(s) FROM a'),
  q("SELECT id, lpad(s, 8, '*'), rpad(s, 8, '*') FROM a"),
  q("SELECT id, instr(s, 'e') FROM a"),
  q('SELECT id, left(s, 2), right(s, 2) FROM a'),
  q('SELECT id, repeat(s, 2) FROM a'),
  q("SELECT id, CAST(x AS string) || 'x' FROM a"),
  // aggregates and GROUP BY
  q('SELECT count(*), count(x), count(s), count(DISTINCT x) FROM a'),
  q('SELECT sum(x), min(x), max(x), avg(x) FROM a'),
  q('SELECT sum(d), min(d), max(d), avg(d) FROM a'),
  q('SELECT min(s), max(s) FROM a'),
  q('SELECT x, count(*) FROM a GROUP BY x'),
  q('SELECT x, sum(y), avg(y), min(y), max(y) FROM a GROUP BY x'),
  q('SELECT s, count(*), count(x) FROM a GROUP BY s'),
  q('SELECT x, y % 2, count(*) FROM a GROUP BY x, y % 2'),
  q('SELECT x, count(*) FROM a GROUP BY x HAVING count(*) > 3'),
  q('SELECT x, sum(y) FROM a GROUP BY x HAVING sum(y) > 20'),
  q('SELECT x, count(DISTINCT s) FROM a GROUP BY x'),
  q('SELECT count(*) FROM a WHERE x > 100'),
  q('SELECT sum(x), avg(x), max(s) FROM a WHERE x > 100'),
  q('SELECT x FROM a WHERE x > 100 GROUP BY x'),
  q('SELECT sum(x * y), sum(x) + sum(y) FROM a'),
  q("SELECT CASE WHEN x > 0 THEN 'p' ELSE 'n' END AS k, count(*) FROM a GROUP BY CASE WHEN x > 0 THEN 'p' ELSE 'n' END"),
  q('SELECT stddev_samp(d), var_samp(y) FROM a'),
  q('SELECT x, stddev_samp(y) FROM a GROUP BY x'),
  // DISTINCT
  q('SELECT DISTINCT x FROM a'),
  q('SELECT DISTINCT x, s FROM a'),
  q('SELECT DISTINCT s FROM b'),
  // ORDER BY with explicit null ordering, total orders
  ordered('SELECT id, x FROM a ORDER BY x ASC NULLS FIRST, id'),
  ordered('SELECT id, x FROM a ORDER BY x ASC NULLS LAST, id'),
  ordered('SELECT id, x FROM a ORDER BY x DESC NULLS FIRST, id DESC'),
  ordered('SELECT id, s FROM a ORDER BY s DESC NULLS LAST, id'),
  ordered('SELECT id, d FROM a ORDER BY d ASC NULLS FIRST, id LIMIT 7'),
  ordered('SELECT x, count(*) AS n FROM a GROUP BY x ORDER BY n DESC NULLS LAST, x ASC NULLS FIRST'),
  ordered('SELECT id FROM a ORDER BY x + y ASC NULLS LAST, id LIMIT 10'),
  // joins
  q('SELECT a.id, b.id FROM a JOIN b ON a.x = b.z'),
  q('SELECT a.id, b.id, b.s FROM a LEFT JOIN b ON a.x = b.z'),
  q('SELECT a.id, b.id FROM a RIGHT JOIN b ON a.x = b.z'),
  q('SELECT a.id, b.id FROM a FULL OUTER JOIN b ON a.x = b.z'),
  q('SELECT a.id, b.id FROM a JOIN b ON a.s = b.s'),
  q('SELECT a.id, b.id FROM a JOIN b ON a.id = b.id AND a.x < b.z'),
  q('SELECT a.id, b.id FROM a LEFT JOIN b ON a.id = b.id AND b.z > 2'),
  q('SELECT a.id, b.id FROM a CROSS JOIN b WHERE a.x = 1 AND b.z = 1'),
  q('SELECT a.id FROM a WHERE EXISTS (SELECT 1 FROM b WHERE b.z = a.x)'),
  q('SELECT a.id FROM a WHERE NOT EXISTS (SELECT 1 FROM b WHERE b.z = a.x)'),
  q('SELECT a.id FROM a WHERE a.x IN (SELECT z FROM b)'),
  q('SELECT a.id FROM a WHERE a.x NOT IN (SELECT z FROM b WHERE z IS NOT NULL)'),
  q('SELECT b.z, count(a.id) FROM b LEFT JOIN a ON a.x = b.z GROUP BY b.z'),
  q('SELECT a.id, (SELECT max(z) FROM b WHERE b.id = a.id) FROM a'),
  // set operations
  q('SELECT x FROM a UNION SELECT z FROM b'),
  q('SELECT x FROM a UNION ALL SELECT z FROM b'),
  q('SELECT x FROM a INTERSECT SELECT z FROM b'),
  q('SELECT x FROM a EXCEPT SELECT z FROM b'),
  q('SELECT s FROM a INTERSECT SELECT s FROM b'),
  q('SELECT s FROM a EXCEPT SELECT s FROM b'),
  // windows
  q('SELECT id, row_number() OVER (ORDER BY x ASC NULLS FIRST, id) FROM a'),
  q('SELECT id, rank() OVER (PARTITION BY x ORDER BY y ASC NULLS LAST) FROM a'),
  q('SELECT id, dense_rank() OVER (ORDER BY s ASC NULLS FIRST) FROM a'),
  q('SELECT id, sum(y) OVER (PARTITION BY x) FROM a'),
  q('SELECT id, sum(y) OVER (ORDER BY id ROWS BETWEEN 2 PRECEDING AND CURRENT ROW) FROM a'),
  q('SELECT id, lag(y) OVER (ORDER BY id), lead(y, 2) OVER (ORDER BY id) FROM a'),
  q('SELECT id, count(*) OVER (PARTITION BY s) FROM a'),
  // subqueries and CTEs
  q('WITH t AS (SELECT x, count(*) AS n FROM a GROUP BY x) SELECT x FROM t WHERE n > 2'),
  q('SELECT m FROM (SELECT x, max(y) AS m FROM a GROUP BY x) t WHERE m > 10'),
  q('SELECT id FROM a WHERE y > (SELECT avg(y) FROM a)'),
];

/** Known disagreements: [sql, why]. Each must still disagree, or the test fails. */
const knownDifferences: readonly (readonly [string, string])[] = [];

const byKey = (x: readonly unknown[], y: readonly unknown[]) => (sortKey(x) < sortKey(y) ? -1 : sortKey(x) > sortKey(y) ? 1 : 0);

/** null when equal, else a description of the first difference. */
function diff(flint: readonly (readonly unknown[])[], duck: readonly (readonly unknown[])[], isOrdered: boolean): string | null {
  let a = flint.map((r) => r.map(norm));
  let b = duck.map((r) => r.map(norm));
  if (!isOrdered) {
    a = a.sort(byKey);
    b = b.sort(byKey);
  }
  if (a.length !== b.length) return `${a.length} rows vs DuckDB ${b.length}`;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.length !== y.length || x.some((v, j) => !close(v, y[j]))) return `row ${i}: flint ${JSON.stringify(x)} vs DuckDB ${JSON.stringify(y)}`;
  }
  return null;
}

describe('Spark SQL against DuckDB on shared-dialect queries', () => {
  let duck: DuckDBConnection;
  let spark: SqlSession;

  beforeAll(async () => {
    const inst = await DuckDBInstance.create(':memory:');
    duck = await inst.connect();
    await duck.run('SET threads=1');
    await duck.run('CREATE TABLE a (id INTEGER, x INTEGER, y INTEGER, s VARCHAR, d DOUBLE)');
    await duck.run(`INSERT INTO a VALUES ${values(tableA)}`);
    await duck.run('CREATE TABLE b (id INTEGER, z INTEGER, s VARCHAR)');
    await duck.run(`INSERT INTO b VALUES ${values(tableB)}`);
    spark = createSqlSession();
    spark.registerView('a', 'id int, x int, y int, s string, d double', tableA);
    spark.registerView('b', 'id int, z int, s string', tableB);
  });
  afterAll(() => duck?.closeSync());

  it('has about a hundred distinct cases', () => {
    expect(new Set(cases.map((c) => c.sql)).size).toBe(cases.length);
    expect(cases.length).toBeGreaterThanOrEqual(100);
    for (const [sql] of knownDifferences) expect(cases.some((c) => c.sql === sql)).toBe(true);
  });

  it.each(cases)('$sql', async (c) => {
    const expected = (await duck.runAndReadAll(c.sql)).getRows();
    let got: string | null;
    try {
      got = diff(spark.sql(c.sql).rows, expected, c.ordered ?? false);
    } catch (e) {
      got = `Flint error: ${(e as Error).message.split('\n')[0]}`;
    }
    const known = knownDifferences.find(([sql]) => sql === c.sql);
    if (known) expect(got, `known difference now agrees, remove it: ${known[1]}`).not.toBeNull();
    else expect(got).toBeNull();
  });
});
