/**
 * DataFrame.sample / randomSplit / dropDuplicates(subset) and the pyspark.errors package: the
 * properties Spark guarantees (seeded determinism, disjoint and complete splits, one row per key)
 * and PySpark's error texts for bad arguments.
 */
import { describe, expect, it } from 'vitest';
import { createMemoryVfs } from '../../../io/create-vfs';
import { sparkHarness } from './harness';

const h = sparkHarness(createMemoryVfs());
const run = (code: string) => {
  const r = h.run(code);
  expect(r.error).toBeNull();
  return r.output;
};
const fails = (code: string) => {
  const r = h.run(code);
  expect(r.error).not.toBeNull();
  // The traceback's last line, as PySpark prints it: the exception's qualified name and message.
  return r.error!.trim().split('\n').at(-1)!;
};

describe('DataFrame.sample and randomSplit', () => {
  run('df = spark.createDataFrame([(i, i % 7) for i in range(200)], ["id", "g"])');

  it('gives the same rows for the same seed and a fraction-sized subset', () => {
    expect(run('a = df.sample(0.3, 11).collect(); b = df.sample(False, 0.3, 11).collect(); print(a == b, 30 <= len(a) <= 90)')).toBe('True True\n');
    expect(run('print(df.sample(fraction=0.0, seed=1).count(), df.sample(fraction=1.0, seed=1).count())')).toBe('0 200\n');
  });

  it('splits into disjoint parts that cover every row, sized by the weights', () => {
    expect(run([
      'parts = df.randomSplit([0.6, 0.2, 0.2], 7)',
      'ids = [sorted(r.id for r in p.collect()) for p in parts]',
      'print(sorted(ids[0] + ids[1] + ids[2]) == list(range(200)), len(set(ids[0]) & set(ids[1])), 90 <= len(ids[0]) <= 150)',
      'print([p.collect() for p in df.randomSplit([1.0, 3.0], 5)] == [p.collect() for p in df.randomSplit([1.0, 3.0], 5)])',
    ].join('\n'))).toBe('True 0 True\nTrue\n');
  });

  it('samples with replacement: rows may repeat, about fraction × n in all', () => {
    expect(run('s = df.sample(True, 2.0, 3).collect(); print(300 <= len(s) <= 500, len(set(s)) < len(s))')).toBe('True True\n');
  });

  it('rejects bad arguments as PySpark does', () => {
    expect(fails('df.sample("x")')).toBe('pyspark.errors.exceptions.base.PySparkTypeError: [NOT_BOOL_OR_FLOAT_OR_INT] Argument `withReplacement (optional), fraction (required) and seed (optional)` should be a bool, float or int, got str, NoneType, NoneType.');
    expect(fails('df.sample(False, 1.5).count()')).toBe('pyspark.errors.exceptions.captured.IllegalArgumentException: requirement failed: Sampling fraction (1.5) must be on interval [0, 1] without replacement');
    expect(fails('df.randomSplit([-1.0, 2.0])')).toBe("pyspark.errors.exceptions.base.PySparkValueError: [VALUE_NOT_POSITIVE] Value for `weights` must be positive, got '-1.0'.");
    expect(fails('df.randomSplit([0.0, 0.0])')).toBe('pyspark.errors.exceptions.captured.IllegalArgumentException: requirement failed: Sum of weights must be positive, but got [0.0,0.0]');
  });
});

describe('DataFrame.dropDuplicates(subset)', () => {
  it('keeps one row per key with the columns in their order, resolving names case-insensitively', () => {
    run('d = spark.createDataFrame([("a", 1, 2), ("a", 1, 3), ("b", 2, 4), ("b", 3, 4)], ["k", "v", "w"])');
    expect(run('print(d.dropDuplicates(["k", "v"]).count(), d.dropDuplicates(["K"]).columns, d.drop_duplicates(["w"]).count())')).toBe("3 ['k', 'v', 'w'] 3\n");
    expect(fails('d.dropDuplicates(["nope"])')).toContain('pyspark.errors.exceptions.captured.AnalysisException: [UNRESOLVED_COLUMN.WITH_SUGGESTION]');
  });
});

describe('pyspark.errors', () => {
  it('exports the Python-side and the captured exceptions, also from their modules and pyspark.sql.utils', () => {
    expect(run([
      'from pyspark.errors import AnalysisException, PySparkValueError, ParseException',
      'from pyspark.errors.exceptions.captured import AnalysisException as A2',
      'from pyspark.sql.utils import AnalysisException as A3',
      'import pyspark.errors.exceptions.base as base',
      'print(AnalysisException is A2 is A3, base.PySparkValueError is PySparkValueError, issubclass(ParseException, AnalysisException))',
      'try:\n    spark.sql("select nope")\nexcept AnalysisException as e:\n    print("caught")',
    ].join('\n'))).toBe('True True True\ncaught\n');
  });
});

describe('SHOW TABLES', () => {
  it('lists the views a user made, not the ones DataFrames register internally', () => {
    run('spark.createDataFrame([(1,)], ["a"]).createOrReplaceTempView("mine")\nspark.sql("select 1").collect()');
    expect(run('print([r.tableName for r in spark.sql("show tables").collect()])')).toBe("['mine']\n");
  });
  it('lists tables then temp views, each sorted by name, whatever order they were made in', () => {
    run('for n in ["zeta", "alpha", "mid"]:\n    spark.range(1).createOrReplaceTempView(n)\nspark.sql("create table tbl_b as select 1 as x")\nspark.sql("create table tbl_a as select 1 as x")\nspark.range(2).createOrReplaceTempView("zeta")');
    expect(run('print([(r.tableName, r.isTemporary) for r in spark.sql("show tables").collect()])')).toBe(
      "[('tbl_a', False), ('tbl_b', False), ('alpha', True), ('mid', True), ('mine', True), ('zeta', True)]\n");
  });
});
