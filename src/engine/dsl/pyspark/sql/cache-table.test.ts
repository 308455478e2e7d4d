/** CACHE TABLE / UNCACHE TABLE / CLEAR CACHE on stored tables: what EXPLAIN shows and that results stay the same. */
import { describe, expect, it } from 'vitest';
import { createMemoryVfs } from '../../../io/create-vfs';
import { sparkHarness } from './harness';

const h = sparkHarness(createMemoryVfs());
const run = (code: string) => {
  const r = h.run(code);
  expect(r.error).toBeNull();
  return r.output;
};
const plan = (sql: string) => run(`print(spark.sql("EXPLAIN ${sql}").first()[0])`);

describe('CACHE TABLE', () => {
  run('spark.sql("CREATE TABLE t AS SELECT id, id % 3 AS k FROM range(10)")');

  it('makes scans of the table read its InMemoryRelation, until UNCACHE or CLEAR CACHE', () => {
    expect(plan('SELECT k FROM t')).not.toContain('InMemoryTableScan');
    run('spark.sql("CACHE TABLE t")');
    const cached = plan('SELECT k, count(*) FROM t GROUP BY k');
    // The scan reads only k (ColumnPruning), the relation holds both columns; the cached plan, planned on its own
    // without AQE, shows its codegen stage.
    expect(cached).toMatch(/\+- InMemoryTableScan \[k#\d+L\]\n\s+\+- InMemoryRelation \[id#\d+L, k#\d+L\], StorageLevel\(disk, memory, deserialized, 1 replicas\)\n\s+\+- \*\(1\) Scan default\.t\[/);
    expect(run('print(sorted(spark.sql("SELECT k, count(*) AS n FROM t GROUP BY k").collect()))')).toBe('[Row(k=0, n=4), Row(k=1, n=3), Row(k=2, n=3)]\n');
    run('spark.sql("UNCACHE TABLE t")');
    expect(plan('SELECT k FROM t')).not.toContain('InMemoryTableScan');
    run('spark.sql("CACHE TABLE t")\nspark.sql("CLEAR CACHE")');
    expect(plan('SELECT k FROM t')).not.toContain('InMemoryTableScan');
  });

  it('forgets a dropped table', () => {
    run('spark.sql("CACHE TABLE t")\nspark.sql("DROP TABLE t")\nspark.sql("CREATE TABLE t AS SELECT 1 AS id")');
    expect(plan('SELECT id FROM t')).not.toContain('InMemoryTableScan');
  });
});

describe('spark.catalog', () => {
  it('lists databases, tables (stored, then temporary) and columns in PySpark 3.5 shapes', () => {
    run('spark.sql("CREATE TABLE IF NOT EXISTS cat_t AS SELECT 1 AS id, \'a\' AS s")\nspark.range(3).createOrReplaceTempView("cat_v")');
    expect(run('print(spark.catalog.currentDatabase(), spark.catalog.currentCatalog(), [d.name for d in spark.catalog.listDatabases()])')).toBe("default spark_catalog ['default']\n");
    const tables = run('for t in spark.catalog.listTables():\n    if t.name.startswith("cat_"):\n        print(t)');
    expect(tables).toBe([
      "Table(name='cat_t', catalog='spark_catalog', namespace=['default'], description=None, tableType='MANAGED', isTemporary=False)",
      "Table(name='cat_v', catalog=None, namespace=[], description=None, tableType='TEMPORARY', isTemporary=True)",
      '',
    ].join('\n'));
    expect(run('print([(c.name, c.dataType) for c in spark.catalog.listColumns("cat_t")])')).toBe("[('id', 'int'), ('s', 'string')]\n");
    expect(run('from pyspark.sql.catalog import Table, Catalog\nprint(Table, type(spark.catalog).__name__, spark.catalog.tableExists("cat_t"), spark.catalog.tableExists("nope"))')).toBe("<class 'pyspark.sql.catalog.Table'> Catalog True False\n");
  });

  it('caches and uncaches tables', () => {
    expect(run('c = spark.catalog\nprint(c.isCached("cat_t"))\nc.cacheTable("cat_t")\nprint(c.isCached("cat_t"))\nc.uncacheTable("cat_t")\nprint(c.isCached("cat_t"))')).toBe('False\nTrue\nFalse\n');
  });
});
