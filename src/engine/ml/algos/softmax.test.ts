/** Logistic regression as Spark 3.5 trains it: the binomial doctest, a multinomial L2 fit against scipy, L1 sparsity. */
import { describe, expect, it } from 'vitest';
import { makeBlock, splitBlock } from './dataset';
import { summarize } from './hinge';
import { fitLogisticLocal } from './softmax';
import type { LogisticFitParams } from './softmax';
import { numpyAvailable, rng } from './testdata/oracle.mjs';
import { linearOracle } from './testdata/linear-oracle.mjs';

const base = { elasticNetParam: 0, fitIntercept: true, standardization: true, maxIter: 100, tol: 1e-6 };

function data3(seed: number, n: number) {
  const r = rng(seed);
  const X: number[][] = [];
  const y: number[] = [];
  for (let i = 0; i < n; i++) {
    const row = [r() * 4 - 2, r() * 2, r() * 6 - 3];
    const s = [row[0] - row[2] * 0.5, 1.5 * row[1] - 1, -row[0] + 0.3 * row[2]].map((v) => v + (r() - 0.5) * 2);
    X.push(row);
    y.push(s.indexOf(Math.max(...s)));
  }
  return { X, y };
}

describe('logistic regression kernel (Spark 3.5 block aggregators on Breeze)', () => {
  it("fits the binomial doctest's weighted data: coefficients [-1.0807, -0.6463], intercept 3.1128", () => {
    const b = makeBlock([[0, 5], [1, 2], [2, 1], [3, 3]], [1, 0, 1, 0], [1, 2, 3, 4], 2);
    const p: LogisticFitParams = { ...base, regParam: 0.01, multinomial: false, numClasses: 2 };
    const f = fitLogisticLocal([b], summarize([b], 2), 2, p);
    expect(f.coefficients[0]).toBeCloseTo(-1.0807, 4);
    expect(f.coefficients[1]).toBeCloseTo(-0.6463, 4);
    expect(f.intercepts[0]).toBeCloseTo(3.1128, 4);
  });

  it.runIf(numpyAvailable())('multinomial with L2 reaches the optimum scipy finds (L-BFGS-B on the same objective)', () => {
    const { X, y } = data3(11, 150);
    const want = linearOracle<{ coefficients: number[][]; intercepts: number[]; objective: number }>({ kind: 'softmax', X, y, regParam: 0.05 });
    const blocks = splitBlock(makeBlock(X, y, null, 3), 3);
    const f = fitLogisticLocal(blocks, summarize(blocks, 3), 3, { ...base, regParam: 0.05, maxIter: 500, tol: 1e-12, multinomial: true, numClasses: 3 });
    expect(f.objectiveHistory[f.objectiveHistory.length - 1]).toBeCloseTo(want.objective, 8);
    for (let k = 0; k < 3; k++) {
      for (let j = 0; j < 3; j++) expect(f.coefficients[k * 3 + j]).toBeCloseTo(want.coefficients[k][j], 4);
      expect(f.intercepts[k]).toBeCloseTo(want.intercepts[k], 4);
    }
  });

  it('multinomial without regularization centres coefficients per feature and the intercepts', () => {
    const { X, y } = data3(3, 90);
    const blocks = [makeBlock(X, y, null, 3)];
    const f = fitLogisticLocal(blocks, summarize(blocks, 3), 3, { ...base, regParam: 0, multinomial: true, numClasses: 3 });
    for (let j = 0; j < 3; j++) expect(Math.abs(f.coefficients[j] + f.coefficients[3 + j] + f.coefficients[6 + j])).toBeLessThan(1e-9);
    expect(Math.abs(f.intercepts[0] + f.intercepts[1] + f.intercepts[2])).toBeLessThan(1e-9);
  });

  it('L1 (elasticNetParam 1) zeroes coefficients by OWL-QN', () => {
    const { X, y } = data3(5, 120);
    const blocks = [makeBlock(X, y, null, 3)];
    const f = fitLogisticLocal(blocks, summarize(blocks, 3), 3, { ...base, regParam: 0.3, elasticNetParam: 1, multinomial: true, numClasses: 3 });
    expect(Array.from(f.coefficients).filter((v) => v === 0).length).toBeGreaterThan(0);
    expect(Array.from(f.coefficients).filter((v) => v !== 0).length).toBeGreaterThan(0);
  });
});
