/** The SQL bench query set, shared by the DuckDB comparison and the Flint-only profiler. */
export interface SqlBenchQuery { readonly name: string; readonly sql: string; readonly ordered: boolean }

export const SQL_BENCH_QUERIES: readonly SqlBenchQuery[] = [
  { name: 'selective filter', ordered: false, sql: 'SELECT id, amount FROM t WHERE key = 3 AND amount > 990' },
  { name: 'group by low-cardinality key', ordered: false, sql: 'SELECT key, count(*) AS n, sum(amount) AS s, avg(amount) AS a FROM t GROUP BY key' },
  { name: 'HAVING', ordered: false, sql: 'SELECT name, count(*) AS n FROM t GROUP BY name HAVING count(*) > 20' },
  { name: 'join with a small table', ordered: false, sql: 'SELECT d.label, count(*) AS n, sum(t.amount) AS s FROM t JOIN dim d ON t.key = d.key GROUP BY d.label' },
  { name: 'top-N (ORDER BY LIMIT 10)', ordered: true, sql: 'SELECT id, amount, name FROM t ORDER BY amount DESC, id ASC LIMIT 10' },
  { name: 'count distinct', ordered: false, sql: 'SELECT count(DISTINCT name) AS n FROM t' },
  { name: 'rank() window', ordered: false, sql: 'SELECT id, key, amount, r FROM (SELECT id, key, amount, rank() OVER (PARTITION BY key ORDER BY amount DESC) AS r FROM t) w WHERE r <= 3' },
  { name: 'CASE', ordered: false, sql: "SELECT CASE WHEN amount < 100 THEN 'low' WHEN amount < 500 THEN 'mid' ELSE 'high' END AS band, count(*) AS n FROM t GROUP BY CASE WHEN amount < 100 THEN 'low' WHEN amount < 500 THEN 'mid' ELSE 'high' END" },
  { name: 'LIKE', ordered: false, sql: "SELECT count(*) AS n FROM t WHERE name LIKE '%77%'" },
  { name: 'multi-aggregate', ordered: false, sql: 'SELECT category, count(*) AS n, min(amount) AS mn, max(amount) AS mx, sum(id) AS si, avg(key) AS ak, stddev_samp(amount) AS sd FROM t GROUP BY category' },
];
