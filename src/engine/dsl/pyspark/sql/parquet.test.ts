/**
 * Parquet through the PySpark API: df.write.parquet → spark.read.parquet round trips for
 * every type, partitionBy directories and their discovery, save modes, mergeSchema, SQL over
 * `parquet.\`path\``, saveAsTable / insertInto. Expected texts are what PySpark 3.5 prints.
 */
import { describe, expect, it } from 'vitest';
import { createMemoryVfs } from '../../../io/create-vfs';
import { sparkHarness } from './harness';

const run = (h: ReturnType<typeof sparkHarness>, code: string) => {
  const r = h.run(code);
  expect(r.error).toBeNull();
  return r.output;
};

const runError = (h: ReturnType<typeof sparkHarness>, code: string): string => {
  const r = h.run(code);
  expect(r.error).not.toBeNull();
  const lines = r.error!.split('\n');
  let at = lines.length - 1;
  while (at > 0 && !/^(pyspark\.errors\.exceptions\.captured\.)?[A-Za-z]+(Exception|Error): /.test(lines[at]!)) at--;
  return lines.slice(at).join('\n').replace(/^pyspark\.errors\.exceptions\.captured\./, '');
};

describe('parquet via pyspark.sql', () => {
  const vfs = createMemoryVfs();
  vfs.mkdirs('/tmp');
  const h = sparkHarness(vfs);
  run(h, `import datetime, decimal
from pyspark.sql.types import *
from pyspark.sql import Row
schema = StructType([
    StructField("b", BooleanType()), StructField("y", ByteType()), StructField("s", ShortType()), StructField("i", IntegerType(), False),
    StructField("l", LongType()), StructField("f", FloatType()), StructField("d", DoubleType()), StructField("dec", DecimalType(10, 3)),
    StructField("str", StringType()), StructField("bin", BinaryType()), StructField("dt", DateType()), StructField("ts", TimestampType()),
    StructField("arr", ArrayType(StringType())), StructField("m", MapType(StringType(), IntegerType())),
    StructField("st", StructType([StructField("x", IntegerType()), StructField("y", ArrayType(DoubleType()))]))])
rows = [
    (True, 1, 2, 3, 4, 1.5, 2.25, decimal.Decimal("1.234"), "héllo", b"ab", datetime.date(2024, 2, 29), datetime.datetime(2024, 1, 2, 3, 4, 5, 678901), ["a", None], {"k": 1}, Row(x=1, y=[0.5])),
    (None, None, None, 7, None, None, None, None, None, None, None, None, None, None, None),
]
df = spark.createDataFrame(rows, schema)`);

  it('round-trips every type and makes the schema nullable', () => {
    run(h, `df.write.parquet("/tmp/all")`);
    expect(run(h, `back = spark.read.parquet("/tmp/all")
print(back.collect() == df.collect())
print([(f.name, f.dataType.simpleString(), f.nullable) for f in back.schema.fields][:4])
print(back.schema.simpleString() == df.schema.simpleString())`)).toBe(
      "True\n[('b', 'boolean', True), ('y', 'tinyint', True), ('s', 'smallint', True), ('i', 'int', True)]\nTrue\n");
    const names = vfs.listDir('/tmp/all').map((f) => f.name);
    expect(names).toHaveLength(2);
    expect(names[0]).toBe('_SUCCESS');
    expect(names[1]).toMatch(/^part-00000-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}-c000\.snappy\.parquet$/);
  });

  it('writes one part file per non-empty partition, named by it', () => {
    run(h, `spark.range(0, 10, 1, 3).write.parquet("/tmp/parts")
spark.range(0, 10, 1, 3).where("id < 3").write.parquet("/tmp/parts1")
spark.range(0).write.parquet("/tmp/parts0")`);
    const parts = (d: string) => vfs.listDir(d).map((f) => f.name).filter((n) => n.startsWith('part-')).map((n) => n.slice(0, 10));
    expect(parts('/tmp/parts')).toEqual(['part-00000', 'part-00001', 'part-00002']);
    expect(parts('/tmp/parts1')).toEqual(['part-00000']);
    expect(parts('/tmp/parts0')).toEqual(['part-00000']);
    expect(run(h, `print(sorted(r.id for r in spark.read.parquet("/tmp/parts").collect()), spark.read.parquet("/tmp/parts0").count())`)).toBe('[0, 1, 2, 3, 4, 5, 6, 7, 8, 9] 0\n');
  });

  it('follows the save modes', () => {
    expect(runError(h, `df.write.parquet("/tmp/all")`)).toBe(
      'AnalysisException: [PATH_ALREADY_EXISTS] Path file:/tmp/all already exists. Set mode as "overwrite" to overwrite the existing path.');
    expect(run(h, `df.write.mode("ignore").parquet("/tmp/all")
print(spark.read.parquet("/tmp/all").count())
df.write.mode("append").parquet("/tmp/all")
print(spark.read.parquet("/tmp/all").count())
df.limit(1).write.format("parquet").mode("overwrite").save("/tmp/all")
print(spark.read.load("/tmp/all").count())`)).toBe('2\n4\n1\n');
    expect(runError(h, `r = spark.read.parquet("/tmp/all")
r.where("i > 0").write.mode("overwrite").parquet("/tmp/all")`)).toBe("AnalysisException: [UNSUPPORTED_OVERWRITE.PATH] Can't overwrite the target that is also being read from. The target path is file:/tmp/all.");
    expect(run(h, `print(spark.read.load("/tmp/all").count())`)).toBe('1\n');
    expect(runError(h, `df.write.mode("sideways")`)).toMatch(/^IllegalArgumentException: Unknown save mode: sideways/);
  });

  it('writes partitionBy directories and discovers them back', () => {
    expect(run(h, `p = spark.createDataFrame([(1, "x", 2020), (2, "y/z", 2021), (3, None, 2020)], "id long, k string, yr int")
p.write.partitionBy("yr", "k").parquet("/tmp/part")
r = spark.read.parquet("/tmp/part")
print(r.dtypes)
print(sorted(r.collect(), key=lambda x: x.id))
print(spark.read.parquet("/tmp/part/yr=2020").dtypes)
print(spark.read.option("basePath", "/tmp/part").parquet("/tmp/part/yr=2021").collect())`)).toBe([
      "[('id', 'bigint'), ('yr', 'int'), ('k', 'string')]",
      "[Row(id=1, yr=2020, k='x'), Row(id=2, yr=2021, k='y/z'), Row(id=3, yr=2020, k=None)]",
      "[('id', 'bigint'), ('k', 'string')]",
      "[Row(id=2, yr=2021, k='y/z')]",
      ''].join('\n'));
    const ls = (d: string) => vfs.listDir(d).map((f) => f.name);
    expect(ls('/tmp/part')).toEqual(['_SUCCESS', 'yr=2020', 'yr=2021']);
    expect(ls('/tmp/part/yr=2020')).toEqual(['k=__HIVE_DEFAULT_PARTITION__', 'k=x']);
    expect(ls('/tmp/part/yr=2021')).toEqual(['k=y%2Fz']);
    expect(ls('/tmp/part/yr=2021/k=y%2Fz')[0]).toMatch(/^part-00000-.*-c000\.snappy\.parquet$/);
  });

  it('splits a scan into partitions as Spark packs files', () => {
    // local[4]: small files each cost openCostInBytes (4 MB) = maxSplitBytes, so one partition per file.
    expect(run(h, `for i in range(3):
    spark.range(10).write.mode("append").parquet("/tmp/np")
print(spark.read.parquet("/tmp/np").rdd.getNumPartitions(), spark.read.parquet("/tmp/all").rdd.getNumPartitions())`)).toBe('3 1\n');
  });

  it('merges schemas only when asked', () => {
    expect(run(h, `spark.createDataFrame([(1, 2)], "a int, b int").write.parquet("/tmp/ms/key=1")
spark.createDataFrame([(3, 4)], "a int, c int").write.parquet("/tmp/ms/key=2")
print(spark.read.parquet("/tmp/ms").columns)
m = spark.read.option("mergeSchema", "true").parquet("/tmp/ms")
print(m.columns)
print(sorted(m.collect()))`)).toBe("['a', 'b', 'key']\n['a', 'b', 'c', 'key']\n[Row(a=1, b=2, c=None, key=1), Row(a=3, b=None, c=4, key=2)]\n");
  });

  it('reads with a user schema and reports missing paths as Spark does', () => {
    expect(run(h, `df.write.parquet("/tmp/us")
print(spark.read.schema("i long, nope string").parquet("/tmp/us").collect())`)).toBe("[Row(i=3, nope=None), Row(i=7, nope=None)]\n");
    expect(runError(h, `spark.read.parquet("/tmp/none")`)).toBe('AnalysisException: [PATH_NOT_FOUND] Path does not exist: file:/tmp/none.');
  });

  it('queries files from SQL and writes tables', () => {
    expect(run(h, `spark.sql("SELECT count(*) AS n, sum(id) AS s FROM parquet.\`/tmp/part\`").show()
df.select("i", "str").write.saveAsTable("pq_t")
df.select("i", "str").write.mode("append").saveAsTable("pq_t")
df.select("i", "str").write.insertInto("pq_t")
print(spark.table("pq_t").count())
df.select("i", "str").write.insertInto("pq_t", overwrite=True)
print(spark.table("pq_t").count())`)).toBe('+---+---+\n|  n|  s|\n+---+---+\n|  3|  6|\n+---+---+\n\n6\n2\n');
    expect(runError(h, `df.write.saveAsTable("pq_t")`)).toMatch(/^AnalysisException: \[TABLE_OR_VIEW_ALREADY_EXISTS\] Cannot create table or view `spark_catalog`.`default`.`pq_t` because it already exists./);
  });

  it('creates tables and views over Parquet paths in SQL', () => {
    expect(run(h, `spark.range(4).selectExpr("id", "id * 2 AS d").write.parquet("/tmp/ddl")
spark.sql("CREATE TABLE pq_opt USING parquet OPTIONS (path '/tmp/ddl')")
spark.sql("CREATE TABLE pq_loc USING parquet LOCATION '/tmp/ddl'")
spark.sql("CREATE TEMPORARY VIEW pq_v USING parquet OPTIONS (path = '/tmp/ddl', mergeSchema 'true')")
print(spark.sql("SELECT sum(d) AS s FROM pq_opt").collect(), spark.table("pq_loc").count(), spark.table("pq_v").dtypes)
spark.sql("CREATE TABLE pq_ctas USING parquet LOCATION '/tmp/ctas' AS SELECT id, d + 1 AS e FROM pq_opt")
print(sorted(spark.read.parquet("/tmp/ctas").collect()))`)).toBe(
      "[Row(s=12)] 4 [('id', 'bigint'), ('d', 'bigint')]\n[Row(id=0, e=1), Row(id=1, e=3), Row(id=2, e=5), Row(id=3, e=7)]\n");
  });

  it('streams Parquet files in and out', () => {
    expect(run(h, `from pyspark.sql.types import StructType, StructField, LongType, StringType
sch = StructType([StructField("id", LongType()), StructField("k", StringType())])
for i in range(3):
    spark.createDataFrame([(i * 10 + j, "k%d" % (j % 2)) for j in range(4)], sch).write.parquet("/tmp/sin/b%d" % i)
q = spark.readStream.schema(sch).option("maxFilesPerTrigger", 1).parquet("/tmp/sin/*").writeStream.format("parquet").option("checkpointLocation", "/tmp/scp").start("/tmp/sout")
q.processAllAvailable()
print([p["numInputRows"] for p in q.recentProgress])
q.stop()
print(sorted(r.id for r in spark.read.parquet("/tmp/sout").collect()))
try:
    spark.readStream.parquet("/tmp/sin/*")
except Exception as e:
    print(type(e).__name__)
spark.conf.set("spark.sql.streaming.schemaInference", "true")
print(spark.readStream.parquet("/tmp/sin/b0").dtypes)
spark.conf.unset("spark.sql.streaming.schemaInference")`)).toBe(
      "[4, 4, 4]\n[0, 1, 2, 3, 10, 11, 12, 13, 20, 21, 22, 23]\nIllegalArgumentException\n[('id', 'bigint'), ('k', 'string')]\n");
    expect(vfs.listDir('/tmp/sout/_spark_metadata').map((f) => f.name)).toEqual(['0', '1', '2']);
  });

  it('refuses types and codecs Parquet cannot take', () => {
    expect(runError(h, `spark.sql("SELECT NULL AS v").write.parquet("/tmp/void")`)).toBe(
      'AnalysisException: [UNSUPPORTED_DATA_TYPE_FOR_DATASOURCE] The Parquet datasource doesn\'t support the column `v` of the type "VOID".');
    expect(vfs.exists('/tmp/void')).toBe(false);
    run(h, `df.write.parquet("/tmp/plain", compression="none")`);
    expect(vfs.listDir('/tmp/plain').map((f) => f.name).filter((n) => n.startsWith('part-')).map((n) => n.endsWith('-c000.parquet') && !n.includes('snappy'))).toEqual([true]);
    // gzip, lz4, lz4_raw and zstd are written too (parquet-compressors.ts), with parquet-mr's extensions; brotli and lzo are not.
    run(h, `df.write.parquet("/tmp/gz", compression="gzip")`);
    expect(vfs.listDir('/tmp/gz').map((f) => f.name).filter((n) => n.startsWith('part-')).map((n) => n.endsWith('-c000.gz.parquet'))).toEqual([true]);
    expect(run(h, `print(spark.read.parquet("/tmp/gz").count() == df.count())`)).toBe('True\n');
    expect(runError(h, `df.write.parquet("/tmp/br", compression="brotli")`)).toMatch(/brotli/);
  });
});
