/** LinearSVC's kernel: Spark's doctest iterates exactly, and the optimum against a scipy QP (testdata/linear-oracle.py). */
import { describe, expect, it } from 'vitest';
import { makeBlock, splitBlock } from './dataset';
import { fitSvcLocal, summarize } from './hinge';
import { numpyAvailable, rng } from './testdata/oracle.mjs';
import { linearOracle } from './testdata/linear-oracle.mjs';

describe('LinearSVC kernel (hinge loss on Breeze OWL-QN)', () => {
  it("reproduces the doctest's 5 iterations bit for bit (intercept 2.579645978780695)", () => {
    const b = makeBlock([[1, 1, 1], [1, 2, 3]], [1, 0], null, 3);
    for (const parts of [1, 2]) {
      const f = fitSvcLocal(splitBlock(b, parts), 3, { regParam: 0.01, fitIntercept: true, standardization: true, maxIter: 5, tol: 1e-6 });
      expect(f.coefficients[0]).toBe(0);
      expect(f.coefficients[1]).toBeCloseTo(-1.0319, 4);
      expect(f.coefficients[2]).toBeCloseTo(-0.5159, 4);
      expect(f.intercept).toBe(2.579645978780695);
      expect(f.objectiveHistory.length).toBe(6);
      expect(f.objectiveHistory[0]).toBe(1);
    }
  });

  it('summarizes features as Spark (weighted mean, unbiased std, label histogram)', () => {
    const b = makeBlock([[0, 5], [1, 2], [2, 1], [3, 3]], [1, 0, 1, 0], [1, 2, 3, 4], 2);
    const s = summarize([b], 2);
    expect(s.mean[0]).toBeCloseTo(2, 12);
    const W = 10;
    const varx = (1 * 4 + 2 * 1 + 0 + 4 * 1) / (W - 30 / W);
    expect(s.std[0]).toBeCloseTo(Math.sqrt(varx), 12);
    expect(s.histogram).toEqual([6, 4]);
  });

  it("merges partitions' summaries as SummarizerBuffer.merge (same moments as one pass; zero weights and bad labels)", () => {
    const r = rng(9);
    const X = Array.from({ length: 40 }, () => [r() < 0.3 ? 0 : r() * 5, r() * 2 - 1, 0]);
    const y = X.map((_, i) => (i === 7 ? 1.5 : i % 3));
    const w = X.map((_, i) => (i % 5 === 0 ? 0 : 1 + (i % 4)));
    const one = summarize([makeBlock(X, y, w, 3)], 3);
    const four = summarize(splitBlock(makeBlock(X, y, w, 3), 4), 3);
    for (let j = 0; j < 3; j++) {
      expect(four.mean[j]).toBeCloseTo(one.mean[j], 12);
      expect(four.std[j]).toBeCloseTo(one.std[j], 12);
    }
    expect(four.histogram).toEqual(one.histogram);
    expect(one.invalid).toBe(1);
    expect(one.count).toBe(w.filter((v) => v > 0).length);
    expect(one.std[2]).toBe(0);
  });

  it.runIf(numpyAvailable())('reaches the L2 hinge optimum scipy finds (SLSQP on the QP) on random data', () => {
    const r = rng(5);
    const X: number[][] = [];
    const y: number[] = [];
    for (let i = 0; i < 60; i++) {
      const row = [r() * 4 - 2, r() * 3, r() * 2 - 1];
      X.push(row);
      y.push(row[0] - 0.5 * row[1] + 0.8 * row[2] + (r() - 0.5) > -0.3 ? 1 : 0);
    }
    const want = linearOracle<{ coefficients: number[]; intercept: number; objective: number }>({ kind: 'svc', X, y, regParam: 0.1 });
    const f = fitSvcLocal(splitBlock(makeBlock(X, y, null, 3), 3), 3, { regParam: 0.1, fitIntercept: true, standardization: true, maxIter: 500, tol: 1e-12 });
    const last = f.objectiveHistory[f.objectiveHistory.length - 1];
    expect(Math.abs(last - want.objective)).toBeLessThan(1e-4);
    // The hinge objective is flat near its kinks: quasi-Newton stops within 1e-4 of the optimum's value
    // while the coefficients may still differ in the second decimal.
    for (let j = 0; j < 3; j++) expect(f.coefficients[j]).toBeCloseTo(want.coefficients[j], 1);
    expect(f.intercept).toBeCloseTo(want.intercept, 1);
  });
});
