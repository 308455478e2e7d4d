/** Python UDFs/UDTFs: results, names and Spark's type mismatch → null, as PySpark 3.5 prints them. */
import { describe, expect, it } from 'vitest';
import { sparkHarness } from './harness';

describe('pyspark.sql udf', () => {
  const h = sparkHarness();
  const run = (code: string) => {
    const r = h.run(code);
    expect(r.error).toBeNull();
    return r.output;
  };

  it('runs decorated and registered functions', () => {
    expect(run([
      'from pyspark.sql.functions import udf, call_udf, col',
      'from pyspark.sql.types import IntegerType, DoubleType',
      '@udf(returnType=IntegerType())',
      'def add_one(x):',
      '    return None if x is None else x + 1',
      'df = spark.createDataFrame([(1, None), (2, 5)], ("a", "b"))',
      'df.select(add_one("a"), add_one(df.b), udf(lambda x: x * 2, DoubleType())("a")).show()',
      '_ = spark.udf.register("twice", lambda s: s * 2)',
      'spark.sql("SELECT twice(\'ab\') AS t").show()',
      'print(df.select(call_udf("twice", col("a"))).columns)',
    ].join('\n'))).toBe([
      '+----------+----------+-----------+',
      '|add_one(a)|add_one(b)|<lambda>(a)|',
      '+----------+----------+-----------+',
      '|         2|      NULL|       NULL|',
      '|         3|         6|       NULL|',
      '+----------+----------+-----------+',
      '',
      '+----+',
      '|   t|',
      '+----+',
      '|abab|',
      '+----+',
      '',
      "['twice(a)']",
      '',
    ].join('\n'));
  });

  it('collects decimals as decimal.Decimal and hands them to UDFs as such', () => {
    expect(run([
      'from pyspark.sql.functions import udf',
      'df = spark.sql("SELECT CAST(1.50 AS DECIMAL(5,2)) AS d")',
      'print(df.collect())',
      'print(df.select(udf(lambda d: type(d).__name__)("d")).first()[0])',
    ].join('\n'))).toBe("[Row(d=Decimal('1.50'))]\nDecimal\n");
  });

  it('DataFrame dir(), unionByName(allowMissingColumns), sameSemantics', () => {
    expect(run([
      'r2 = spark.range(2)',
      'df = r2.withColumn("i_x", r2.id + 1).withColumn("2", r2.id)',
      'print([a for a in dir(df) if a[0] == "i"][:4], df._ipython_key_completions_())',
      'a = spark.createDataFrame([[1, "x"]], ["k", "s"])',
      'b = spark.createDataFrame([[2.5, 3]], ["d", "k"])',
      'a.unionByName(b, allowMissingColumns=True).show()',
      'r = spark.range(5)',
      'print(r.select((r.id * 2).alias("a")).sameSemantics(r.select((r.id * 2).alias("b"))), r.sameSemantics(r.filter("id > 1")))',
    ].join('\n'))).toBe([
      "['i_x', 'id', 'inputFiles', 'intersect'] ['id', 'i_x', '2']",
      '+---+----+----+',
      '|  k|   s|   d|',
      '+---+----+----+',
      '|  1|   x|NULL|',
      '|  3|NULL| 2.5|',
      '+---+----+----+',
      '',
      'True False',
      '',
    ].join('\n'));
  });

  it('Observation gets its metrics once an action ran on the observed DataFrame', () => {
    expect(run([
      'from pyspark.sql import Observation',
      'from pyspark.sql.functions import count, lit, max, col',
      'o = Observation("m")',
      'df = spark.createDataFrame([(2, "a"), (5, "b"), (7, "c")], ["age", "name"])',
      'odf = df.observe(o, count(lit(1)).alias("n"), max(col("age")))',
      'try:',
      '    o.get',
      'except RuntimeError as e:',
      '    print(str(e).split("]")[0] + "]")',
      'odf.collect()',
      'print(o.get)',
    ].join('\n'))).toBe("[NO_OBSERVE_BEFORE_GET]\n{'n': 3, 'max(age)': 7}\n");
  });

  it('dropna treats NaN as missing in double columns; unix_timestamp takes a format string', () => {
    expect(run([
      'df = spark.createDataFrame([(1, float("nan"), "a"), (2, 1.5, None), (3, 2.5, "c")], ["k", "d", "s"])',
      'print([r.k for r in df.dropna().collect()], [r.k for r in df.na.drop(subset=["d"]).collect()])',
      'from pyspark.sql.functions import unix_timestamp',
      'print(spark.createDataFrame([("2015-04-08",)], ["dt"]).select(unix_timestamp("dt", "yyyy-MM-dd").alias("u")).first().u)',
    ].join('\n'))).toBe('[3] [2, 3]\n1428451200\n');
  });

  it('alias-qualified columns stay reachable after a join and further transformations', () => {
    expect(run([
      'from pyspark.sql import functions as sf',
      'people = spark.createDataFrame([(2, "Alice"), (5, "Bob")], ["age", "name"])',
      'j = people.alias("a").join(people.alias("b"), sf.col("a.name") == sf.col("b.name"), "outer")',
      'j.sort(sf.desc("a.name")).select("a.name", "b.age").show()',
    ].join('\n'))).toBe(['+-----+---+', '| name|age|', '+-----+---+', '|  Bob|  5|', '|Alice|  2|', '+-----+---+', '', ''].join('\n'));
  });

  it('runs a UDTF with literal arguments', () => {
    expect(run([
      'from pyspark.sql.functions import udtf, lit',
      '@udtf(returnType="n: int, sq: int")',
      'class Squares:',
      '    def eval(self, k):',
      '        for i in range(k):',
      '            yield i, i * i',
      'Squares(lit(3)).show()',
    ].join('\n'))).toBe([
      '+---+---+',
      '|  n| sq|',
      '+---+---+',
      '|  0|  0|',
      '|  1|  1|',
      '|  2|  4|',
      '+---+---+',
      '',
      '',
    ].join('\n'));
  });
});
