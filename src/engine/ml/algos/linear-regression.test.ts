/** Linear regression kernels against numpy/scipy closed forms and optimisers (testdata/oracle.py). */
import { describe, expect, it } from 'vitest';
import { makeBlock, splitBlock } from './dataset';
import { fitLinear, lsStats, mergeStats, solveNormal, statsLayout } from './linear-regression';
import type { LinearParams } from './linear-regression';
import { metricSums, regressionMetrics } from './regression-metrics';
import { numpyAvailable, oracle, rng } from './testdata/oracle.mjs';

function problem(n: number, d: number, seed: number, weighted = false) {
  const r = rng(seed);
  const X: number[][] = [];
  const y: number[] = [];
  const w: number[] = [];
  const truth = Array.from({ length: d }, (_, j) => (j % 2 ? -1 : 1) * (j + 1) * 0.7);
  for (let i = 0; i < n; i++) {
    const row = Array.from({ length: d }, (_, j) => r() * (j + 2) + j);
    X.push(row);
    y.push(row.reduce((s, v, j) => s + v * truth[j], 3) + (r() - 0.5) * 2);
    w.push(weighted ? 0.5 + r() * 2 : 1);
  }
  return { X, y, w };
}

const base: LinearParams = { regParam: 0, elasticNetParam: 0, fitIntercept: true, standardization: true, maxIter: 100, tol: 1e-9 };

function fit(pr: ReturnType<typeof problem>, p: LinearParams, solver = 'auto', parts = 3) {
  const b = makeBlock(pr.X, pr.y, pr.w, pr.X[0].length);
  return fitLinear(splitBlock(b, parts), b.d, p, solver);
}

describe('linear regression kernels', () => {
  it('partition statistics merge to the whole-data statistics', () => {
    const pr = problem(50, 3, 7);
    const b = makeBlock(pr.X, pr.y, pr.w, 3);
    const whole = lsStats(b);
    const parts = splitBlock(b, 4).map((p) => lsStats(p)).reduce(mergeStats);
    expect(parts.length).toBe(statsLayout(3).length);
    for (let i = 0; i < whole.length; i++) expect(parts[i]).toBeCloseTo(whole[i], 8);
  });

  it("fits the doctest's weighted two points exactly (coefficient 1, intercept 0)", () => {
    const b = makeBlock([[1], { size: 1, indices: [], values: [] }], [1, 0], [2, 2], 1);
    const m = solveNormal(lsStats(b), 1, base);
    expect(m.coefficients[0]).toBeCloseTo(1, 9);
    expect(m.intercept).toBeCloseTo(0, 9);
  });

  it('a constant label gives zero coefficients and the mean as intercept', () => {
    const b = makeBlock([[1, 2], [3, 4], [5, 7]], [4, 4, 4], null, 2);
    const m = solveNormal(lsStats(b), 2, base);
    expect(Array.from(m.coefficients)).toEqual([0, 0]);
    expect(m.intercept).toBe(4);
  });

  it.runIf(numpyAvailable())('OLS (normal and l-bfgs) matches numpy lstsq, with standard errors', () => {
    for (const weighted of [false, true]) {
      const pr = problem(200, 4, weighted ? 11 : 3, weighted);
      const want = oracle<{ coefficients: number[]; intercept: number; stderr: number[] }>({ kind: 'ols', ...pr, fitIntercept: true });
      const normal = fit(pr, base, 'normal');
      const lbfgs = fit(pr, base, 'l-bfgs');
      for (let j = 0; j < 4; j++) {
        expect(normal.coefficients[j]).toBeCloseTo(want.coefficients[j], 8);
        expect(lbfgs.coefficients[j]).toBeCloseTo(want.coefficients[j], 4);
      }
      expect(normal.intercept).toBeCloseTo(want.intercept, 7);
      expect(lbfgs.intercept).toBeCloseTo(want.intercept, 3);
      // standard errors: sqrt(diagInvAtWA · Σw r² / dof)
      const b = makeBlock(pr.X, pr.y, pr.w, 4);
      let rss = 0;
      for (let i = 0; i < b.n; i++) {
        let p = normal.intercept;
        for (let j = 0; j < 4; j++) p += normal.coefficients[j] * pr.X[i][j];
        rss += pr.w[i] * (pr.y[i] - p) ** 2;
      }
      const se = Array.from(normal.diagInvAtWA, (v) => Math.sqrt((v * rss) / (b.n - 5)));
      for (let j = 0; j < 5; j++) expect(se[j] / want.stderr[j]).toBeCloseTo(1, 6);
    }
  });

  it.runIf(numpyAvailable())('OLS without intercept matches numpy lstsq', () => {
    const pr = problem(120, 3, 5);
    const want = oracle<{ coefficients: number[] }>({ kind: 'ols', ...pr, fitIntercept: false });
    const got = fit(pr, { ...base, fitIntercept: false }, 'normal');
    for (let j = 0; j < 3; j++) expect(got.coefficients[j]).toBeCloseTo(want.coefficients[j], 8);
    expect(got.intercept).toBe(0);
  });

  it.runIf(numpyAvailable())('ridge matches its closed form (normal: population std, l-bfgs: unbiased std)', () => {
    const pr = problem(150, 3, 9, true);
    const p = { ...base, regParam: 0.3 };
    const wantN = oracle<{ coefficients: number[]; intercept: number }>({ kind: 'ridge', ...pr, regParam: 0.3, std: 'population' });
    const wantL = oracle<{ coefficients: number[]; intercept: number }>({ kind: 'ridge', ...pr, regParam: 0.3, std: 'unbiased' });
    const n = fit(pr, p, 'normal');
    const l = fit(pr, p, 'l-bfgs');
    for (let j = 0; j < 3; j++) {
      expect(n.coefficients[j]).toBeCloseTo(wantN.coefficients[j], 8);
      expect(l.coefficients[j]).toBeCloseTo(wantL.coefficients[j], 4);
    }
    expect(n.intercept).toBeCloseTo(wantN.intercept, 7);
    expect(l.intercept).toBeCloseTo(wantL.intercept, 3);
  });

  it.runIf(numpyAvailable())('elastic net (OWL-QN, l-bfgs and on the normal equations) matches scipy on the same objective', () => {
    const pr = problem(150, 5, 21);
    const p = { ...base, regParam: 0.4, elasticNetParam: 0.5, maxIter: 500, tol: 1e-12 };
    for (const [solver, std] of [['l-bfgs', 'unbiased'], ['normal', 'population']]) {
      const want = oracle<{ coefficients: number[]; intercept: number }>({ kind: 'enet', ...pr, regParam: 0.4, elasticNetParam: 0.5, std });
      const got = fit(pr, p, solver);
      for (let j = 0; j < 5; j++) expect(got.coefficients[j], `${solver} ${j}`).toBeCloseTo(want.coefficients[j], 4);
      expect(got.intercept).toBeCloseTo(want.intercept, 3);
    }
  });

  it('regression metrics: perfect fit and a hand-computed case', () => {
    const m = regressionMetrics(metricSums([1, 2, 3], [1, 2, 3], null));
    expect(m.meanSquaredError).toBe(0);
    expect(m.r2).toBe(1);
    const k = regressionMetrics(metricSums([2.5, 0.0, 2, 8], [3, -0.5, 2, 7], null));
    expect(k.meanSquaredError).toBeCloseTo(0.375, 12);
    expect(k.meanAbsoluteError).toBeCloseTo(0.5, 12);
    expect(k.r2).toBeCloseTo(0.9486081370449679, 12);
    expect(k.explainedVariance).toBeCloseTo(8.859375, 12);
  });
});
