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
