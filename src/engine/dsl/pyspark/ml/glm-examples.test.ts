/**
 * The GLM / survival / isotonic / ALS / FP-growth / PrefixSpan example programs (testdata/glm-examples,
 * our takes on Spark's examples/src/main/python/ml programs over the bundled data/mllib files) run
 * headless with `flint run` as one notebook (a cell per program) on local[2]: each completes and
 * prints figures in the ranges the data allow.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runExamplePrograms } from './testdata/run-examples.test-util';

const dir = join(__dirname, 'testdata', 'glm-examples');

describe('GLM, survival, isotonic, ALS and frequent-pattern example programs', () => {
  it('run to completion with sensible figures', () => {
    const sections = runExamplePrograms(dir, 6);
    const num = (name: string, re: RegExp): number => Number(re.exec(sections.get(name) ?? '')?.[1]);

    // GLM: 10 coefficients, 11 standard errors (intercept last), dof 501 - 11, a converged Poisson fit.
    const glm = sections.get('generalized_linear_regression_example')!;
    expect(/Coefficients: \[([^\]]*)\]/.exec(glm)?.[1]?.split(',')).toHaveLength(10);
    expect(/Coefficient Standard Errors: \[([^\]]*)\]/.exec(glm)?.[1]?.split(',')).toHaveLength(11);
    expect(glm).toContain('Residual Degree Of Freedom Null: 500');
    expect(glm).toContain('Residual Degree Of Freedom: 490');
    expect(num('generalized_linear_regression_example', /^Deviance: (\S+)/m)).toBeLessThan(num('generalized_linear_regression_example', /Null Deviance: (\S+)/));
    expect(num('generalized_linear_regression_example', /Poisson iterations: (\d+)/)).toBeLessThan(25);
    expect(glm).toMatch(/GeneralizedLinearRegressionModel: uid=GeneralizedLinearRegression_[0-9a-f]{12}, family=gaussian, link=identity, numFeatures=10/);

    // AFT: a positive scale and quantiles increasing with the probabilities.
    expect(num('aft_survival_regression', /Scale: (\S+)/)).toBeGreaterThan(0);
    for (const m of sections.get('aft_survival_regression')!.matchAll(/\|\[([-\d.E]+),([-\d.E]+)\]\s*\|$/gm)) expect(Number(m[1])).toBeLessThan(Number(m[2]));

    // Isotonic: boundaries and predictions both non-decreasing.
    const iso = sections.get('isotonic_regression_example')!;
    for (const re of [/Boundaries in increasing order: \[([^\]]*)\]/, /Predictions associated with the boundaries: \[([^\]]*)\]/]) {
      const v = re.exec(iso)![1]!.split(',').map(Number);
      v.forEach((x, i) => { if (i > 0) expect(x).toBeGreaterThanOrEqual(v[i - 1]!); });
    }

    // ALS: the held-out RMSE of a regularised rank-10 model on MovieLens' sample ratings.
    expect(num('als_example', /Root-mean-square error = (\S+)/)).toBeLessThan(1.5);
    expect(sections.get('als_example')).toMatch(/ALSModel: uid=ALS_[0-9a-f]{12}, rank=10/);

    // FP-growth / PrefixSpan: the itemsets and patterns of the examples' data.
    const fp = sections.get('fpgrowth_example')!;
    for (const row of ['|      [1]|   3|', '|      [2]|   3|', '|      [5]|   2|', '|[5, 1, 2]|   2|']) expect(fp).toContain(row);
    expect(fp).toContain('|  2|      [1, 2]|       [5]|');
    const ps = sections.get('prefixspan_example')!;
    for (const row of ['|     [[1]]|   3|', '|     [[2]]|   3|', '|     [[3]]|   2|', '|[[1], [3]]|   2|']) expect(ps).toContain(row);
  });
});
