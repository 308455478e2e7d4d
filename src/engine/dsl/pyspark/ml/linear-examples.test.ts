/**
 * The linear-classifier example programs (testdata/linear-examples, our takes on Spark's
 * examples/src/main/python/ml programs for LinearSVC, logistic regression, one-vs-rest, the
 * perceptron and factorization machines) run headless with `flint run` as one notebook (a cell
 * per program) on local[2]: each completes and prints sensible figures.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runExamplePrograms } from './testdata/run-examples.test-util';

const dir = join(__dirname, 'testdata', 'linear-examples');

const num = (out: string, re: RegExp): number => {
  const m = re.exec(out);
  expect(m, String(re)).not.toBeNull();
  return Number(m?.[1]);
};

describe('linear classifier example programs', () => {
  it('run to completion with sensible figures', () => {
    const s = runExamplePrograms(dir, 8, 400_000);
    expect(s.get('linearsvc')).toMatch(/^Coefficients: \(692,\[/);
    expect(s.get('linearsvc')).toMatch(/LinearSVCModel: uid=LinearSVC_[0-9a-f]{12}, numClasses=2, numFeatures=692/);
    const en = s.get('logistic_regression_with_elastic_net') ?? '';
    expect(en).toMatch(/^Coefficients: \(692,\[/);
    expect(en).toMatch(/Multinomial coefficients: SparseMatrix\(2, 692, /);
    const [a, b] = /Multinomial intercepts: \[(\S+),(\S+)\]/.exec(en)?.slice(1).map(Number) ?? [NaN, NaN];
    expect(a + b).toBeCloseTo(0, 12);
    const mc = s.get('multiclass_logistic_regression_with_elastic_net') ?? '';
    const hist = /objectiveHistory:\n([\s\S]*?)False/.exec(mc)?.[1].trim().split('\n').map(Number) ?? [];
    expect(hist).toHaveLength(11);
    expect(hist[hist.length - 1]).toBeLessThan(hist[0]);
    expect(num(mc, /Accuracy: (\S+)/)).toBeGreaterThan(0.75);
    const sum = s.get('logistic_regression_summary_example') ?? '';
    expect(num(sum, /areaUnderROC: (\S+)/)).toBeGreaterThan(0.95);
    expect(num(sum, /bestThreshold: (\S+)/)).toBeGreaterThan(0);
    expect(num(s.get('one_vs_rest_example') ?? '', /Test Error = (\S+)/)).toBeLessThan(0.15);
    expect(num(s.get('multilayer_perceptron_classification') ?? '', /Test set accuracy = (\S+)/)).toBeGreaterThan(0.85);
    const fmc = s.get('fm_classifier_example') ?? '';
    expect(num(fmc, /Test set accuracy = (\S+)/)).toBeGreaterThan(0.9);
    expect(fmc).toMatch(/Factors: 692 x 8/);
    expect(fmc).toMatch(/only showing top 5 rows/);
    expect(num(s.get('fm_regressor_example') ?? '', /RMSE\) on test data = (\S+)/)).toBeLessThan(0.3);
  }, 420_000);
});
