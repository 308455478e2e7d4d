/**
 * pyspark.sql behaviours the recorded doctests do not reach: CSV/JSON reading over the
 * VFS (RFC 4180 quoting, CRLF, inferSchema), show()'s truncation and vertical layout, the
 * display table, and errors surfacing as PySpark's captured exceptions. Expected texts are
 * what PySpark 3.5 prints for the same calls.
 */
import { describe, expect, it } from 'vitest';
import { createMemoryVfs } from '../../../io/create-vfs';
import { sparkHarness } from './harness';
import { dataFrameTable } from '.';

function harness() {
  const vfs = createMemoryVfs();
  vfs.mkdirs('/tmp/d');
  vfs.writeFile('/tmp/d/m.csv', 'Date,Open,Name,Flag\r\n2020-01-02,1.5,"Acme, Inc.",true\r\n2020-01-03,2,"say ""hi""",false\r\n2020-01-04,,,\r\n');
  vfs.writeFile('/tmp/d/p.json', '{"name":"a","age":3,"tags":["x"]}\n{"name":"b","score":1.5,"age":null}\n');
  return sparkHarness(vfs);
}

const run = (h: ReturnType<typeof harness>, code: string) => {
  const r = h.run(code);
  expect(r.error).toBeNull();
  return r.output;
};

describe('pyspark.sql', () => {
  const h = harness();

  it('reads CSV with a header and inferred types', () => {
    expect(run(h, `df = spark.read.csv('/tmp/d/m.csv', header=True, inferSchema=True)\ndf.printSchema()\ndf.show()`)).toBe([
      'root', ' |-- Date: date (nullable = true)', ' |-- Open: double (nullable = true)', ' |-- Name: string (nullable = true)',
      ' |-- Flag: boolean (nullable = true)', '',
      '+----------+----+----------+-----+', '|      Date|Open|      Name| Flag|', '+----------+----+----------+-----+',
      '|2020-01-02| 1.5|Acme, Inc.| true|', '|2020-01-03| 2.0|  say "hi"|false|', '|2020-01-04|NULL|      NULL| NULL|',
      '+----------+----+----------+-----+', '', ''].join('\n'));
  });

  it('reads CSV without options as strings named _c0..', () => {
    expect(run(h, `spark.read.format('csv').load('/tmp/d/m.csv').dtypes`)).toBe("[('_c0', 'string'), ('_c1', 'string'), ('_c2', 'string'), ('_c3', 'string')]\n");
  });

  it('reaches columns whose names start with an underscore as attributes (df._c0, df._corrupt_record)', () => {
    const code = [
      "df = spark.read.format('csv').load('/tmp/d/m.csv')",
      'print(df._c0)',
      "print(df.where(df._c2.isNull()).select(df._c0).collect())",
      'try:\n    df._c9\nexcept AttributeError as e:\n    print(e)',
    ].join('\n');
    expect(run(h, code)).toBe("Column<'_c0'>\n[Row(_c0='2020-01-04')]\n'DataFrame' object has no attribute '_c9'\n");
  });

  it('explains a DataFrame made from Python data as Spark\'s Scan ExistingRDD, whole-stage codegen stage marked', () => {
    const code = [
      'df = spark.createDataFrame([(14, "Tom"), (23, "Alice")], ["age", "name"])',
      'df.explain()',
      'df.where("age > 15").select("name").explain()',
    ].join('\n');
    expect(run(h, code).replace(/#\d+/g, '#')).toBe([
      '== Physical Plan ==', '*(1) Scan ExistingRDD[age#L,name#]', '', '',
      '== Physical Plan ==', '*(1) Project [name#]', '+- *(1) Filter (isnotnull(age#L) AND (age#L > 15))', '   +- *(1) Scan ExistingRDD[age#L,name#]', '', '', '',
    ].join('\n'));
  });

  it('reads JSON Lines with sorted fields and nulls', () => {
    expect(run(h, `spark.read.json('/tmp/d/p.json').collect()`)).toBe("[Row(age=3, name='a', score=None, tags=['x']), Row(age=None, name='b', score=1.5, tags=None)]\n");
  });

  it('truncates to 20 characters, right-aligned, and lays out vertically', () => {
    const code = `d = spark.sql("select 'a very long string that is long' as s, array(1, null) a, map('k', 1) m")`;
    run(h, code);
    expect(run(h, 'd.show()')).toBe([
      '+--------------------+---------+--------+', '|                   s|        a|       m|', '+--------------------+---------+--------+',
      '|a very long strin...|[1, NULL]|{k -> 1}|', '+--------------------+---------+--------+', '', ''].join('\n'));
    expect(run(h, 'd.show(vertical=True)')).toBe(['-RECORD 0-------------------', ' s   | a very long strin... ', ' a   | [1, NULL]            ', ' m   | {k -> 1}             ', '', ''].join('\n'));
    expect(run(h, 'spark.range(3).show(2, truncate=False)')).toBe(['+---+', '|id |', '+---+', '|0  |', '|1  |', '+---+', 'only showing top 2 rows', '', ''].join('\n'));
  });

  it('names unaliased expressions as Spark does', () => {
    run(h, `from pyspark.sql import functions as F\nt = spark.createDataFrame([(1, 'a', 2.5)], ['id', 'name', 'x'])`);
    expect(run(h, `t.select(t.id + 1, F.upper('name'), F.col('x').cast('int'), F.when(t.id > 0, 'p').otherwise('n')).columns + t.select(F.count('*')).columns`))
      .toBe("['(id + 1)', 'upper(name)', 'CAST(x AS INT)', 'CASE WHEN (id > 0) THEN p ELSE n END', 'count(1)']\n");
  });

  it('raises AnalysisException for unresolved columns', () => {
    const r = h.run(`t.select('nope')`);
    expect(r.error?.split('\n').pop()).toMatch(/^pyspark\.errors\.exceptions\.captured\.AnalysisException: \[UNRESOLVED_COLUMN\.WITH_SUGGESTION\]/);
  });

  it('gives display() a table of show() cells', () => {
    const df = h.interpreter.globals.get('t');
    expect(dataFrameTable(df, 10)).toEqual({
      columns: [{ name: 'id', type: 'bigint' }, { name: 'name', type: 'string' }, { name: 'x', type: 'double' }],
      rows: [['1', 'a', '2.5']], totalRows: 1, truncated: false,
    });
  });
});
