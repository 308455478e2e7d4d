/**
 * Training instances from DataFrames (`pyspark.ml._train._Instances`): packed per partition on
 * the executors when the query is a narrow chain over a table (filters and projections run
 * there), from the driver otherwise; Spark's validation errors; LinearRegression fitted on the
 * distributed blocks recovers an exact linear relation.
 */
import { describe, expect, it } from 'vitest';
import { createMemoryVfs } from '../../../io/create-vfs';
import { sparkHarness } from '../sql/harness';

describe('pyspark.ml training instances', () => {
  const h = sparkHarness(createMemoryVfs());
  const run = (code: string): string => {
    const r = h.run(code);
    expect(r.error).toBeNull();
    return r.output;
  };
  run([
    'from pyspark.ml.linalg import Vectors',
    'from pyspark.ml._train import _Instances, _algos',
    'from pyspark.ml.regression import LinearRegression',
    'rows = [(1.0 + 2.0 * (i % 13) - 3.0 * ((i * 7) % 17) + 0.5 * (i % 5), Vectors.dense([float(i % 13), float((i * 7) % 17), float(i % 5)]), float(1 + i % 3)) for i in range(40000)]',
    'df = spark.createDataFrame(rows, ["label", "features", "w"])',
  ].join('\n'));

  it('packs a 40,000-row table on the executors: one cached block per table partition', () => {
    expect(run([
      'inst = _Instances(df, "features", "label", "w")',
      'print(inst.count, inst.numFeatures, inst.weightSum, inst.rdd.getNumPartitions(), inst.rdd.is_cached)',
      'print(sum(_algos.block_rows(b) for b in inst.blocks), inst.rdd.getStorageLevel().useMemory)',
      'inst.unpersist()',
      'print(inst.rdd.getStorageLevel().useMemory)',
    ].join('\n'))).toBe(`40000 3 ${(13334 * 1 + 13333 * 2 + 13333 * 3).toFixed(1)} 3 True\n40000 True\nFalse\n`);
  });

  it('runs a filter of the DataFrame on the executors before packing', () => {
    expect(run([
      'f = df.filter(df.label > 0)',
      'inst = _Instances(f, "features", "label")',
      'print(inst.count == f.count(), inst.weightSum == f.count(), inst.rdd.getNumPartitions())',
    ].join('\n'))).toBe('True True 3\n');
  });

  it('fits LinearRegression on the distributed blocks (normal and l-bfgs) to the exact relation', () => {
    const out = run([
      'for solver in ["normal", "l-bfgs"]:',
      '    m = LinearRegression(solver=solver, weightCol="w").fit(df)',
      '    print(" ".join("%.6f" % c for c in list(m.coefficients) + [m.intercept]))',
    ].join('\n'));
    expect(out).toBe('2.000000 -3.000000 0.500000 1.000000\n2.000000 -3.000000 0.500000 1.000000\n');
  });

  it('a query that cannot run on the executors (an aggregate) is packed from the driver', () => {
    expect(run([
      'from pyspark.sql import functions as F',
      'g = df.groupBy("w").agg(F.sum("label").alias("label"), F.first("features").alias("features"))',
      'inst = _Instances(g, "features", "label")',
      'print(inst.count, inst.numFeatures)',
    ].join('\n'))).toBe('3 3\n');
  });

  it('KMeans (k-means|| and Lloyd iterations as jobs over the blocks) finds the three clusters and their cost', () => {
    const out = run([
      'from pyspark.ml.clustering import KMeans',
      'pts = [Vectors.dense([10.0 * (i % 3) + (i % 7) / 10.0, -5.0 * (i % 3) + (i % 11) / 10.0]) for i in range(30000)]',
      'kdf = spark.createDataFrame([(p,) for p in pts], ["features"])',
      'km = KMeans(k=3, seed=5).fit(kdf)',
      'cs = sorted([float(c[0]), float(c[1])] for c in km.clusterCenters())',
      'means = sorted([sum(p[0] for p in pts[c::3]) / 10000.0, sum(p[1] for p in pts[c::3]) / 10000.0] for c in range(3))',
      'print(all(abs(a - b) < 1e-9 for c, m in zip(cs, means) for a, b in zip(c, m)))',
      'byc = [[p for p in pts[c::3]] for c in range(3)]',
      'cost = sum((p[0] - m[0]) ** 2 + (p[1] - m[1]) ** 2 for c, m in zip(range(3), sorted(means, key=lambda m: m[0])) for p in byc[c])',
      'print(abs(km.summary.trainingCost - cost) < 1e-6 * cost, sorted(km.summary.clusterSizes), km.summary.k)',
      'print(km.transform(kdf).select("prediction").distinct().count())',
    ].join('\n'));
    expect(out).toBe('True\nTrue [10000, 10000, 10000] 3\n3\n');
  });

  it("raises Spark's errors for null labels, null features and a missing column", () => {
    const nullLabel = h.run([
      'bad = spark.createDataFrame([(None, Vectors.dense([1.0]))] + [(1.0, Vectors.dense([2.0]))] * 20000, "label double, features vector")',
      'LinearRegression().fit(bad)',
    ].join('\n'));
    expect(nullLabel.error).toContain('ValueError: Labels MUST NOT be Null or NaN');
    const nullFeatures = h.run('LinearRegression().fit(spark.createDataFrame([(1.0, None), (2.0, Vectors.dense([2.0]))], "label double, features vector"))');
    expect(nullFeatures.error).toContain('ValueError: features must not be null');
    expect(h.run('LinearRegression(featuresCol="nope").fit(df)').error).toContain('AnalysisException: [UNRESOLVED_COLUMN.WITH_SUGGESTION]');
  });
});
