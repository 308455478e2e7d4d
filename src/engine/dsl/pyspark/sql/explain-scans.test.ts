/**
 * What EXPLAIN prints for the relations DataFrames read, as Spark 3.5 plans them: file sources
 * as FileSourceScanExec (`FileScan csv [a#1,b#2] Batched: false, DataFilters: [...], ...`, a
 * batched Parquet scan under ColumnarToRow), Python data and RDDs as `Scan ExistingRDD`, and
 * temp views of those as the source itself (Spark inlines a view's plan).
 */
import { describe, expect, it } from 'vitest';
import { createMemoryVfs } from '../../../io/create-vfs';
import { sparkHarness } from './harness';

const vfs = createMemoryVfs();
vfs.mkdirs('/tmp');
vfs.writeFile('/tmp/es.csv', 'a,b,d\n1,x,2.5\n2,y,3.5\n3,z,\n');
const h = sparkHarness(vfs);
const run = (code: string) => {
  const r = h.run(code);
  expect(r.error).toBeNull();
  return r.output;
};
/** The plan's lines with attribute ids replaced by `#_`. */
const explain = (df: string) => run(`${df}.explain()`).trimEnd().split('\n').slice(1).map((l) => l.replace(/#\d+/g, '#_'));

run([
  'df = spark.read.csv("/tmp/es.csv", header=True, inferSchema=True)',
  'df.write.mode("overwrite").parquet("/tmp/es_p")',
  'df.write.mode("overwrite").partitionBy("b").parquet("/tmp/es_pp")',
].join('\n'));

describe('EXPLAIN of file scans', () => {
  it('prints a CSV scan with its format, location, read schema and the filters pushed into it', () => {
    expect(explain('df')).toEqual([
      'FileScan csv [a#_,b#_,d#_] Batched: false, DataFilters: [], Format: CSV, Location: InMemoryFileIndex(1 paths)[file:/tmp/es.csv], PartitionFilters: [], PushedFilters: [], ReadSchema: struct<a:int,b:string,d:double>',
    ]);
    // The Filter keeps every data filter; the scan lists them and the source filters they translate to.
    expect(explain('df.filter("a > 1 AND b = \'y\'").select("a", "d")')).toEqual([
      '*(1) Project [a#_, d#_]',
      '+- *(1) Filter (((isnotnull(a#_) AND isnotnull(b#_)) AND (a#_ > 1)) AND (b#_ = y))',
      '   +- FileScan csv [a#_,b#_,d#_] Batched: false, DataFilters: [isnotnull(a#_), isnotnull(b#_), (a#_ > 1), (b#_ = y)], Format: CSV, Location: InMemoryFileIndex(1 paths)[file:/tmp/es.csv], PartitionFilters: [], PushedFilters: [IsNotNull(a), IsNotNull(b), GreaterThan(a,1), EqualTo(b,y)], ReadSchema: struct<a:int,b:string,d:double>',
    ]);
    // A literal on the left flips the comparison; IN and NOT translate too; the scan reads only the columns used.
    expect(explain('df.filter("2 < a OR NOT (d IN (1.5, 2.5))").select("a")')[2]).toContain('PushedFilters: [Or(GreaterThan(a,2),Not(In(d, [1.5,2.5])))], ReadSchema: struct<a:int,d:double>');
  });

  it('prints a Parquet scan as batched under ColumnarToRow, and filters on partition columns as PartitionFilters without a Filter', () => {
    expect(explain('spark.read.parquet("/tmp/es_p").filter("a >= 2")')).toEqual([
      '*(1) Filter (isnotnull(a#_) AND (a#_ >= 2))',
      '+- *(1) ColumnarToRow',
      '   +- FileScan parquet [a#_,b#_,d#_] Batched: true, DataFilters: [isnotnull(a#_), (a#_ >= 2)], Format: Parquet, Location: InMemoryFileIndex(1 paths)[file:/tmp/es_p], PartitionFilters: [], PushedFilters: [IsNotNull(a), GreaterThanOrEqual(a,2)], ReadSchema: struct<a:int,b:string,d:double>',
    ]);
    expect(explain('spark.read.parquet("/tmp/es_pp").filter("b = \'x\'")')).toEqual([
      '*(1) ColumnarToRow',
      '+- FileScan parquet [a#_,d#_,b#_] Batched: true, DataFilters: [], Format: Parquet, Location: InMemoryFileIndex(1 paths)[file:/tmp/es_pp], PartitionFilters: [isnotnull(b#_), (b#_ = x)], PushedFilters: [], ReadSchema: struct<a:int,d:double>',
    ]);
  });

  it('lists the files a DataFrame reads (inputFiles), qualified, each once', () => {
    expect(run('print(df.inputFiles())')).toBe("['file:/tmp/es.csv']\n");
    expect(run('print(sorted(set(f.rsplit("/", 2)[1] for f in spark.read.parquet("/tmp/es_pp").inputFiles())))')).toBe("['b=x', 'b=y', 'b=z']\n");
    expect(run('print(len(df.union(df).inputFiles()), spark.range(3).inputFiles())')).toBe('1 []\n');
  });

  it('names the catalog table of an external table, and expands globs into the root paths', () => {
    run('spark.sql("CREATE TABLE es_ext USING csv OPTIONS (path \'/tmp/es.csv\', header \'true\', inferSchema \'true\')")');
    expect(explain('spark.sql("SELECT a FROM es_ext")')).toEqual([
      'FileScan csv spark_catalog.default.es_ext[a#_] Batched: false, DataFilters: [], Format: CSV, Location: InMemoryFileIndex(1 paths)[file:/tmp/es.csv], PartitionFilters: [], PushedFilters: [], ReadSchema: struct<a:int>',
    ]);
    expect(explain('spark.read.text("/tmp/es.c*")')).toEqual([
      'FileScan text [value#_] Batched: false, DataFilters: [], Format: Text, Location: InMemoryFileIndex(1 paths)[file:/tmp/es.csv], PartitionFilters: [], PushedFilters: [], ReadSchema: struct<value:string>',
    ]);
  });

  it('reads a temp view of a whole source as that source, and gives the same rows', () => {
    run('df.createOrReplaceTempView("es_v")');
    const lines = explain('spark.sql("SELECT b, sum(d) AS s FROM es_v WHERE a > 1 GROUP BY b")');
    expect(lines[lines.length - 1]).toMatch(/^ +\+- FileScan csv \[a#_,b#_,d#_\] Batched: false, DataFilters: \[isnotnull\(a#_\), \(a#_ > 1\)\], /);
    expect(run('print(sorted(spark.sql("SELECT b, sum(d) AS s FROM es_v WHERE a > 1 GROUP BY b").collect()))')).toBe("[Row(b='y', s=3.5), Row(b='z', s=None)]\n");
  });
});

describe('the logical plans of EXPLAIN EXTENDED', () => {
  it('name a file source as Spark\'s LogicalRelation (its format last) and Python data as a LogicalRDD', () => {
    const text = run('df.filter("a > 0").explain(True)');
    expect(text).toMatch(/\n== Optimized Logical Plan ==\n[\s\S]*\+- Relation \[a#\d+,b#\d+,d#\d+\] csv\n/);
    expect(run('spark.sql("SELECT a FROM es_ext").explain(True)')).toMatch(/Relation spark_catalog\.default\.es_ext\[a#\d+,b#\d+,d#\d+\] csv\n/);
    expect(run('spark.createDataFrame([(1, "a")], ["x", "y"]).explain(True)')).toMatch(/\n\+- LogicalRDD \[x#\d+L, y#\d+\], false\n/);
  });
});

describe('EXPLAIN of DataFrames over Python data and RDDs', () => {
  it('prints Spark\'s LogicalRDD scan, also through a temp view', () => {
    expect(explain('spark.createDataFrame([(1, "a")], ["x", "y"])')).toEqual(['*(1) Scan ExistingRDD[x#_L,y#_]']);
    expect(explain('sc.parallelize([(1, "a")]).toDF(["x", "y"]).filter("x > 0")')).toEqual([
      '*(1) Filter (isnotnull(x#_L) AND (x#_L > 0))',
      '+- *(1) Scan ExistingRDD[x#_L,y#_]',
    ]);
    run('spark.createDataFrame([(1, "a")], ["x", "y"]).createOrReplaceTempView("es_l")');
    expect(explain('spark.sql("SELECT * FROM es_l")')).toEqual(['*(1) Scan ExistingRDD[x#_L,y#_]']);
  });
});
