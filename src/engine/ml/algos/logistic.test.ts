/** Binomial logistic regression against scipy.optimize on the same objective (testdata/oracle.py). */
import { describe, expect, it } from 'vitest';
import { makeBlock, splitBlock } from './dataset';
import { fitBinomial } from './logistic';
import { numpyAvailable, oracle, rng } from './testdata/oracle.mjs';

describe('logistic regression kernel', () => {
  it("the doctest's weighted data gives Spark's coefficients (-1.080.., -0.646..) and intercept 3.112..", () => {
    const b = makeBlock([[0, 5], [1, 2], [2, 1], [3, 3]], [1, 0, 1, 0], [1, 2, 3, 4], 2);
    const f = fitBinomial([b], 2, { regParam: 0.01, elasticNetParam: 0, fitIntercept: true, standardization: true, maxIter: 100, tol: 1e-6 });
    expect(f.coefficients[0]).toBeCloseTo(-1.0807, 3);
    expect(f.coefficients[1]).toBeCloseTo(-0.6463, 3);
    expect(f.intercept).toBeCloseTo(3.1128, 3);
  });

  it.runIf(numpyAvailable())('matches scipy (L2, standardized) on random data split over partitions', () => {
    const r = rng(17);
    const X: number[][] = [];
    const y: number[] = [];
    for (let i = 0; i < 300; i++) {
      const row = [r() * 4 - 2, r() * 10, r()];
      X.push(row);
      y.push(r() < 1 / (1 + Math.exp(-(row[0] - 0.2 * row[1] + 1))) ? 1 : 0);
    }
    const want = oracle<{ coefficients: number[]; intercept: number }>({ kind: 'logistic', X, y, regParam: 0.05 });
    const b = makeBlock(X, y, null, 3);
    const f = fitBinomial(splitBlock(b, 3), 3, { regParam: 0.05, elasticNetParam: 0, fitIntercept: true, standardization: true, maxIter: 200, tol: 1e-10 });
    for (let j = 0; j < 3; j++) expect(f.coefficients[j]).toBeCloseTo(want.coefficients[j], 4);
    expect(f.intercept).toBeCloseTo(want.intercept, 4);
  });
});
