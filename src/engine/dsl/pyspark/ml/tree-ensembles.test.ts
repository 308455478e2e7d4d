/**
 * The tree classifiers and GBTs end to end through Python (fit on a DataFrame, transform,
 * evaluateEachIteration), against numpy brute force (ml/algos/testdata/tree_oracle.py):
 * features take at most 20 distinct values so Spark's split candidates are every midpoint,
 * which is what the oracle searches.
 */
import { describe, expect, it } from 'vitest';
import { createMemoryVfs } from '../../../io/create-vfs';
import { sparkHarness } from '../sql/harness';
import { numpyAvailable, rng } from '../../../ml/algos/testdata/oracle.mjs';
import { treeOracle } from '../../../ml/algos/testdata/tree-oracle.mjs';

const r = rng(41);
const n = 80;
const X = Array.from({ length: n }, () => [Math.round(r() * 20) / 20, Math.round(r() * 20) / 20]);
const w = X.map(() => Math.round((0.5 + r()) * 4) / 4);
const reg = X.map((v) => Math.round((3 * v[0] - 2 * v[1] + 0.5 * r()) * 1000) / 1000);
const cls = X.map((v) => (v[0] + 0.5 * r() > 0.75 ? 1 : 0));

const frame = (y: number[]): string =>
  `spark.createDataFrame([(float(l), float(wt), Vectors.dense([float(a) for a in v])) for (l, wt, v) in ${JSON.stringify(X.map((v, i) => [y[i], w[i], v]))}], ["label", "weight", "features"])`;

describe('tree ensembles through pyspark.ml', () => {
  const h = sparkHarness(createMemoryVfs());
  const run = (code: string): string => {
    const res = h.run(code);
    expect(res.error).toBeNull();
    return res.output;
  };
  run('from pyspark.ml.linalg import Vectors\nfrom pyspark.ml.classification import *\nfrom pyspark.ml.regression import GBTRegressor');

  it.runIf(numpyAvailable())('GBTRegressor (squared, absolute) and GBTClassifier equal numpy stump boosting', () => {
    for (const loss of ['squared', 'absolute', 'logistic'] as const) {
      const y = loss === 'logistic' ? cls : reg;
      const est = loss === 'logistic'
        ? 'GBTClassifier(maxIter=6, maxDepth=1, stepSize=0.3, weightCol="weight")'
        : `GBTRegressor(maxIter=6, maxDepth=1, stepSize=0.3, weightCol="weight", lossType="${loss}")`;
      const out = run([
        `df = ${frame(y)}`,
        `m = ${est}.fit(df)`,
        'rows = m.transform(df).collect()',
        loss === 'logistic'
          ? 'print([float(r.rawPrediction[1]) for r in rows])\nprint([float(r.probability[1]) for r in rows])'
          : 'print([r.prediction for r in rows])\nprint([0.0 for r in rows])',
        loss === 'logistic' ? 'print(m.evaluateEachIteration(df))' : `print(m.evaluateEachIteration(df, "${loss}"))`,
      ].join('\n'));
      const [margins, probs, errs] = out.trim().split('\n').map((l) => JSON.parse(l) as number[]);
      const want = treeOracle<{ margin: number[]; errors: number[] }>({ kind: 'boost', X, y, w, loss, maxIter: 6, stepSize: 0.3 });
      for (let i = 0; i < n; i++) {
        expect(margins[i]).toBeCloseTo(want.margin[i], 9);
        if (loss === 'logistic') expect(probs[i]).toBeCloseTo(1 / (1 + Math.exp(-2 * want.margin[i])), 9);
      }
      expect(errs).toHaveLength(6);
      for (let m = 0; m < 6; m++) expect(errs[m]).toBeCloseTo(want.errors[m], 9);
    }
  });

  it.runIf(numpyAvailable())("DecisionTreeClassifier's root split and leaf class weights equal brute force", () => {
    for (const impurity of ['gini', 'entropy']) {
      const out = run([
        `df = ${frame(cls)}`,
        `m = DecisionTreeClassifier(maxDepth=1, impurity="${impurity}", weightCol="weight").fit(df)`,
        'print(m.toDebugString.split("\\n")[1])',
        'print([list(r.rawPrediction) for r in m.transform(df).collect()])',
      ].join('\n'));
      const [split, raws] = out.replace(/\n$/, '').split('\n');
      const want = treeOracle<{ feature: number; threshold: number }>({ kind: 'best_split', X, y: cls, w, impurity });
      expect(split).toBe(`  If (feature ${want.feature} <= ${want.threshold})`);
      const left = [0, 0];
      const right = [0, 0];
      X.forEach((v, i) => { (v[want.feature] <= want.threshold ? left : right)[cls[i]] += w[i]; });
      (JSON.parse(raws) as number[][]).forEach((raw, i) => {
        const leaf = X[i][want.feature] <= want.threshold ? left : right;
        expect(raw[0]).toBeCloseTo(leaf[0], 12);
        expect(raw[1]).toBeCloseTo(leaf[1], 12);
      });
    }
  });

  it('RandomForestClassifier: votes are normalised leaf distributions, probabilities sum to one, binary summary', () => {
    const out = run([
      `df = ${frame(cls)}`,
      'm = RandomForestClassifier(numTrees=7, maxDepth=3, seed=9).fit(df)',
      'rows = m.transform(df).collect()',
      'print(m.getNumTrees, len(m.trees), m.numClasses, round(sum(m.featureImportances.toArray()), 12))',
      'print(max(abs(sum(r.rawPrediction) - 7) for r in rows) < 1e-9, max(abs(sum(r.probability) - 1) for r in rows) < 1e-12)',
      'print(all(r.prediction == float(list(r.probability).index(max(r.probability))) for r in rows))',
      'acc = sum(1 for r in rows if r.prediction == r.label) / len(rows)',
      'print(acc > 0.8)',
      'print(m.trees[0].numClasses, type(m.trees[0]).__name__)',
      'print(type(m.summary).__name__, abs(m.summary.accuracy - acc) < 1e-12, m.summary.totalIterations, type(m.evaluate(df)).__name__)',
    ].join('\n'));
    expect(out).toBe('7 7 2 1.0\nTrue True\nTrue\nTrue\n2 DecisionTreeClassificationModel\nBinaryRandomForestClassificationTrainingSummary True 0 BinaryRandomForestClassificationSummary\n');
  });
});
