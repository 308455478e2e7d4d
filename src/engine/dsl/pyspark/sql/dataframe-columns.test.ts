/**
 * DataFrame columns (`df.k`, `df["k"]`, `df[0]`) are bound to their DataFrame, as PySpark's are
 * bound to its plan: `a.join(b, a.k == b.k)` and what follows it (select, drop, filter, groupBy,
 * orderBy, withColumn, further joins) pick each side's column although both sides have a `k`.
 * Expected texts are what PySpark 3.5 prints for the same calls (its join doctests and
 * Dataset.join's self-join handling, SPARK-6231 / DetectAmbiguousSelfJoin).
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
  return r.error!.trim().split('\n').at(-1)!;
};
const table = (...lines: string[]) => [...lines, '', ''].join('\n');

run([
  'from pyspark.sql import functions as F',
  'a = spark.createDataFrame([(1, 10), (2, 20), (3, 30)], ["k", "x"])',
  'b = spark.createDataFrame([(1, "a", 5), (2, "b", 50), (4, "d", 7)], ["k", "v", "y"])',
  'c = spark.createDataFrame([(1, True), (3, False)], ["k", "flag"])',
  'j = a.join(b, a.k == b.k)',
].join('\n'));

describe('a.join(b, a.k == b.k)', () => {
  it('joins on the two sides\' columns and keeps both', () => {
    expect(run('j.orderBy(a.k).show()')).toBe(table(
      '+---+---+---+---+---+', '|  k|  x|  k|  v|  y|', '+---+---+---+---+---+',
      '|  1| 10|  1|  a|  5|', '|  2| 20|  2|  b| 50|', '+---+---+---+---+---+'));
  });

  it('selects, filters, groups and sorts by either side\'s columns', () => {
    expect(run('j.select(a.k, b.v).orderBy(b.v.desc()).show()')).toBe(table(
      '+---+---+', '|  k|  v|', '+---+---+', '|  2|  b|', '|  1|  a|', '+---+---+'));
    expect(run('print(j.filter(a.x > 10).select(b["v"]).collect())')).toBe("[Row(v='b')]\n");
    expect(run('print(j.groupBy(a.k).agg(F.sum(b.y).alias("s")).orderBy("k").collect())')).toBe('[Row(k=1, s=5), Row(k=2, s=50)]\n');
    expect(run('print(a.join(b, (a.k == b.k) & (a.x > b.y)).select(a.k, b.y).collect())')).toBe('[Row(k=1, y=5)]\n');
  });

  it('keeps the unmatched rows of an outer join', () => {
    expect(run('a.join(b, a.k == b.k, "left").orderBy(a.k).select(a.k, b.k, b.v).show()')).toBe(table(
      '+---+----+----+', '|  k|   k|   v|', '+---+----+----+', '|  1|   1|   a|', '|  2|   2|   b|', '|  3|NULL|NULL|', '+---+----+----+'));
    expect(run('print(a.join(b, a.k == b.k, "full").count(), a.join(b, a.k.eqNullSafe(b.k)).count())')).toBe('4 2\n');
  });

  it('drops one side\'s column by Column, every column of the name by string', () => {
    expect(run('print(j.drop(b.k).columns, j.drop(a.k).columns, j.drop("k").columns)')).toBe(
      "['k', 'x', 'v', 'y'] ['x', 'k', 'v', 'y'] ['x', 'v', 'y']\n");
    expect(run('print(j.drop(b.k).orderBy("k").collect()[0])')).toBe("Row(k=1, x=10, v='a', y=5)\n");
    // A column of the name that both sides have is ambiguous, as Spark's resolution of col("k").
    expect(fails('j.drop(F.col("k"))')).toBe('pyspark.errors.exceptions.captured.AnalysisException: [AMBIGUOUS_REFERENCE] Reference `k` is ambiguous, could be: [`k`, `k`].');
  });

  it('adds and renames columns next to same-named ones', () => {
    expect(run('print(j.withColumn("k2", a.k * 2).orderBy("k2").collect()[1])')).toBe("Row(k=2, x=20, k=2, v='b', y=50, k2=4)\n");
    expect(run('print(j.withColumnRenamed("v", "w").columns)')).toBe("['k', 'x', 'k', 'w', 'y']\n");
    expect(run('print(j.toDF("k1", "x", "k2", "v", "y").orderBy("k1").select("k1", "k2").collect())')).toBe('[Row(k1=1, k2=1), Row(k1=2, k2=2)]\n');
  });

  it('joins a third DataFrame on the first one\'s column', () => {
    expect(run('print(j.join(c, a.k == c.k).select(a.k, b.v, c.flag).collect())')).toBe("[Row(k=1, v='a', flag=True)]\n");
  });

  it('joins a DataFrame with one derived from it', () => {
    run('agg = a.groupBy("k").agg(F.max("x").alias("mx"))\nfa = a.filter(a.x > 10)');
    expect(run('print(a.join(agg, a.k == agg.k).select(a.x, agg.mx).orderBy("x").collect())')).toBe(
      '[Row(x=10, mx=10), Row(x=20, mx=20), Row(x=30, mx=30)]\n');
    expect(run('print(a.join(fa, a.k == fa.k).select(fa.x).orderBy("x").collect())')).toBe('[Row(x=20), Row(x=30)]\n');
  });

  it('keeps aliases: df.alias("x") with col("x.k")', () => {
    expect(run('print(a.alias("l").join(a.alias("r"), F.col("l.k") == F.col("r.k") - 1).select("l.k", F.col("r.x")).orderBy("l.k").collect())')).toBe(
      '[Row(k=1, x=20), Row(k=2, x=30)]\n');
    expect(run('print(a.alias("p").filter(a.x > 10).select("p.k", a.x).collect())')).toBe('[Row(k=2, x=20), Row(k=3, x=30)]\n');
  });
});

describe('a self-join df.join(df, df.k == df.k)', () => {
  it('joins the left side\'s column with the right side\'s, as Spark\'s Dataset.join does', () => {
    expect(run('print(a.join(a, a.k == a.k).count(), a.join(a, a.k == a.k, "outer").columns)')).toBe("3 ['k', 'x', 'k', 'x']\n");
  });

  it('leaves the DataFrame\'s columns ambiguous afterwards', () => {
    expect(fails('a.join(a, a.k == a.k, "outer").select(a.k).show()')).toMatch(
      /^pyspark\.errors\.exceptions\.captured\.AnalysisException: Column k#\d+L are ambiguous\. It's probably because you joined several Datasets together, and some of these Datasets are the same\. .* You can also set spark\.sql\.analyzer\.failAmbiguousSelfJoin to false to disable this check\.$/);
    expect(fails('a.join(a, a.k == a.k).select("k").show()')).toBe(
      'pyspark.errors.exceptions.captured.AnalysisException: [AMBIGUOUS_REFERENCE] Reference `k` is ambiguous, could be: [`k`, `k`].');
  });
});

describe('a DataFrame\'s column elsewhere', () => {
  it('fails where its DataFrame is not an input, as Spark\'s missing attribute', () => {
    expect(fails('a.select(b.v).collect()')).toBe(
      'pyspark.errors.exceptions.captured.AnalysisException: [MISSING_ATTRIBUTES.RESOLVED_ATTRIBUTE_MISSING_FROM_INPUT] Resolved attribute(s) "v" missing from "k", "x".');
    const r = h.run('a.select(b.k).collect()');
    expect(r.error!.trim().split('\n').slice(-2).join('\n')).toBe(
      'pyspark.errors.exceptions.captured.AnalysisException: [MISSING_ATTRIBUTES.RESOLVED_ATTRIBUTE_APPEAR_IN_OPERATION] Resolved attribute(s) "k" missing from "k", "x". '
      + 'Attribute(s) with the same name appear in the operation: "k".\nPlease check if the right attribute(s) are used.');
  });

  it('is checked when taken by name, as Dataset.col', () => {
    expect(fails('a["nope"]')).toBe(
      'pyspark.errors.exceptions.captured.AnalysisException: [UNRESOLVED_COLUMN.WITH_SUGGESTION] A column or function parameter with name `nope` cannot be resolved. Did you mean one of the following? [`k`, `x`].');
  });

  it('prints as the user wrote it', () => {
    expect(run('print(repr(a.k), repr(a["k"] + 1), repr(a[1].alias("z")), a.select(a.k + 1, F.upper(b.v.cast("string")).alias("u") if False else a.x).columns)')).toBe(
      "Column<'k'> Column<'(k + 1)'> Column<'x AS z'> ['(k + 1)', 'x']\n");
    expect(run('print(a.groupBy(a.k))')).toBe('GroupedData[grouping expressions: [k], value: [k: bigint, x: bigint], type: GroupBy]\n');
  });

  it('stays reachable through aggregates and pivots (their grouping columns are the input\'s)', () => {
    run('g = a.groupBy(a.k).agg(F.sum(a.x).alias("s"))');
    expect(run('print(g.filter(a.k > 1).orderBy(a.k.desc()).select(a.k, g.s).collect())')).toBe('[Row(k=3, s=30), Row(k=2, s=20)]\n');
    expect(run('print(b.groupBy(b.k).pivot("v", ["a", "b"]).sum("y").orderBy(b.k).collect())')).toBe(
      '[Row(k=1, a=5, b=None), Row(k=2, a=None, b=50), Row(k=4, a=None, b=None)]\n');
  });

  it('may be read by a filter or sort over a select that dropped it, as Spark\'s ResolveMissingReferences', () => {
    expect(run('print(a.select("x").orderBy(a.k.desc()).collect(), a.select(a.x).filter(a.k > 1).collect())')).toBe(
      '[Row(x=30), Row(x=20), Row(x=10)] [Row(x=20), Row(x=30)]\n');
    expect(run('s = a.select(a.k, (a.x + 1).alias("x1"))\nprint(s.filter(a.x > 15).filter(s.x1 > 25).select(s.k).collect())')).toBe('[Row(k=3)]\n');
    expect(fails('a.select("x").filter(b.y > 1)')).toBe(
      'pyspark.errors.exceptions.captured.AnalysisException: [MISSING_ATTRIBUTES.RESOLVED_ATTRIBUTE_MISSING_FROM_INPUT] Resolved attribute(s) "y" missing from "x".');
  });

  it('stays reachable through unions and in star selections', () => {
    expect(run('print(a.union(a.filter(a.k > 2)).select(a.k).count(), j.select(a["*"]).columns)')).toBe("4 ['k', 'x']\n");
  });
});
