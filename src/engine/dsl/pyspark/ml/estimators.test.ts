/**
 * The estimator modules end to end: the course's Exercise 3 cells (VectorAssembler, randomSplit,
 * LinearRegression explainParams/fit, RegressionMetrics, RandomForestRegressor in a Pipeline
 * under CrossValidator with a ParamGridBuilder), and a regression metric computed by hand.
 */
import { describe, expect, it } from 'vitest';
import { createMemoryVfs } from '../../../io/create-vfs';
import { sparkHarness } from '../sql/harness';

describe('pyspark.ml estimators', () => {
  const vfs = createMemoryVfs();
  vfs.mkdirs('/tmp');
  const h = sparkHarness(vfs);
  const run = (code: string): string => {
    const r = h.run(code);
    expect(r.error).toBeNull();
    return r.output;
  };

  it("runs Exercise 3's cells", () => {
    run([
      'rows = [(i % 7 * 1.0, (i * 13) % 11 * 1.0, float(i % 5), float((i % 7) * 2 + (i * 13) % 11 + 1)) for i in range(120)]',
      'prepped = spark.createDataFrame(rows, ["a", "b", "c", "count"])',
      'nonFeatureCols = ["zip", "zipcode", "count"]',
      'featureCols = [item for item in prepped.columns if item not in nonFeatureCols]',
      'from pyspark.ml.feature import VectorAssembler',
      'finalPrep = VectorAssembler().setInputCols(featureCols).setOutputCol("features").transform(prepped)',
      'training, test = finalPrep.randomSplit([0.7, 0.3])',
      'n = training.count() + test.count()',
    ].join('\n'));
    expect(run('print(n)')).toBe('120\n');
    const explain = run([
      'from pyspark.ml.regression import LinearRegression',
      'lrModel = LinearRegression().setLabelCol("count").setFeaturesCol("features").setElasticNetParam(0.5)',
      'print(lrModel.explainParams())',
    ].join('\n'));
    expect(explain).toContain('elasticNetParam: the ElasticNet mixing parameter, in range [0, 1]. For alpha = 0, the penalty is an L2 penalty. For alpha = 1, it is an L1 penalty. (default: 0.0, current: 0.5)\n');
    expect(explain).toContain('labelCol: label column name. (default: label, current: count)\n');
    expect(explain).toContain('solver: The solver algorithm for optimization. Supported options: auto, normal, l-bfgs. (default: auto)\n');
    const metrics = run([
      'from pyspark.mllib.evaluation import RegressionMetrics',
      'lrFitted = lrModel.fit(training)',
      'holdout = lrFitted.transform(test).selectExpr("prediction as raw_prediction", "double(round(prediction)) as prediction", "count")',
      'rm = RegressionMetrics(holdout.select("prediction", "count").rdd.map(lambda x: (x[0], x[1])))',
      'print(rm.meanSquaredError, rm.r2)',
    ].join('\n'));
    // count is exactly linear in a and b: the rounded predictions are exact.
    expect(metrics).toBe('0.0 1.0\n');
    const cv = run([
      'from pyspark.ml.regression import RandomForestRegressor',
      'from pyspark.ml.tuning import ParamGridBuilder, CrossValidator',
      'from pyspark.ml.evaluation import RegressionEvaluator',
      'from pyspark.ml import Pipeline',
      'rfModel = RandomForestRegressor().setLabelCol("count").setFeaturesCol("features")',
      'paramGrid = ParamGridBuilder().addGrid(rfModel.maxDepth, [5, 10]).addGrid(rfModel.numTrees, [20, 60]).build()',
      'cv = CrossValidator().setEstimator(Pipeline().setStages([rfModel])).setEstimatorParamMaps(paramGrid).setEvaluator(RegressionEvaluator().setLabelCol("count"))',
      'pipelineFitted = cv.fit(training)',
      'best = pipelineFitted.bestModel.stages[0]',
      'print(len(paramGrid), len(pipelineFitted.avgMetrics), str(best).split(",")[0].split(":")[0], best.getNumTrees in (20, 60))',
      'print(pipelineFitted.avgMetrics.index(min(pipelineFitted.avgMetrics)) == paramGrid.index({rfModel.maxDepth: best.getMaxDepth(), rfModel.numTrees: best.getNumTrees}))',
    ].join('\n'));
    expect(cv).toBe('4 4 RandomForestRegressionModel True\nTrue\n');
  });

  it('RegressionMetrics matches hand-computed values', () => {
    expect(run([
      'from pyspark.mllib.evaluation import RegressionMetrics',
      'rm = RegressionMetrics(sc.parallelize([(2.5, 3.0), (0.0, -0.5), (2.0, 2.0), (8.0, 7.0)], 2))',
      'print(rm.meanSquaredError, rm.meanAbsoluteError, round(rm.r2, 12), rm.explainedVariance)',
    ].join('\n'))).toBe('0.375 0.5 0.948608137045 8.859375\n');
  });
});
