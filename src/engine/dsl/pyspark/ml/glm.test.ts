/**
 * GeneralizedLinearRegression, AFTSurvivalRegression and IsotonicRegression end to end (PyFlint on
 * local[4], so training runs over partitions) against numpy/scipy (src/engine/ml/algos/testdata/
 * glm_oracle.py): maximum-likelihood fits by scipy.optimize on each family's log-likelihood (not
 * IRLS), Fisher-information standard errors, deviance and AIC from scipy.stats densities; AFT
 * against a direct minimisation of the Weibull likelihood; isotonic against
 * scipy.optimize.isotonic_regression. Skipped with the reason printed without numpy/scipy.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { createMemoryVfs } from '../../../io/create-vfs';
import { sparkHarness } from '../sql/harness';
import { glmOracle } from '../../../ml/algos/testdata/glm-oracle.mjs';
import { rng } from '../../../ml/algos/testdata/oracle.mjs';

function missing(): string | null {
  try {
    execFileSync('python3', ['-c', 'import numpy, scipy; from scipy.optimize import isotonic_regression']);
    return null;
  } catch {
    return 'python3 with numpy and scipy (>= 1.12) is not available';
  }
}

const reason = missing();
if (reason) console.log(`glm.test.ts skipped: ${reason}`);

interface GlmWant { coefficients: number[]; intercept: number; deviance: number; aic: number; dispersion: number; stderr: number[] }

describe.skipIf(reason !== null)('GLM, AFT and isotonic regression against scipy', () => {
  const h = sparkHarness(createMemoryVfs());
  const py = (code: string): unknown => {
    const r = h.run(`import json\n${code}`);
    expect(r.error).toBeNull();
    return JSON.parse(r.output.trim().split('\n').pop()!);
  };
  h.run('from pyspark.ml.linalg import Vectors\nfrom pyspark.ml.regression import GeneralizedLinearRegression, AFTSurvivalRegression, IsotonicRegression');

  /** n rows of 2 features, labels drawn around the family's mean; weights in [0.5, 2), offsets in [-0.2, 0.2). */
  function data(seed: number, n: number, mean: (eta: number, r: () => number) => number) {
    const r = rng(seed);
    const X: number[][] = [];
    const y: number[] = [];
    const w: number[] = [];
    const offset: number[] = [];
    for (let i = 0; i < n; i++) {
      const x = [Math.round((r() * 2 - 1) * 1000) / 1000, Math.round(r() * 3 * 1000) / 1000];
      const o = Math.round((r() * 0.4 - 0.2) * 1000) / 1000;
      X.push(x);
      offset.push(o);
      w.push(Math.round((0.5 + r() * 1.5) * 100) / 100);
      y.push(mean(0.3 + 0.8 * x[0] - 0.4 * x[1] + o, r));
    }
    return { X, y, w, offset };
  }

  function fitGlm(d: ReturnType<typeof data>, family: string, link: string, withOffset: boolean, withWeight: boolean, extra = '') {
    const rows = d.X.map((x, i) => [d.y[i], x, d.w[i], d.offset[i]]);
    return py([
      `rows = ${JSON.stringify(rows)}`,
      'df = spark.createDataFrame([(float(r[0]), Vectors.dense(r[1]), float(r[2]), float(r[3])) for r in rows], ["label", "features", "w", "off"]).repartition(3)',
      `glr = GeneralizedLinearRegression(family="${family}", link="${link}", tol=1e-10, maxIter=100${withOffset ? ', offsetCol="off"' : ''}${withWeight ? ', weightCol="w"' : ''}${extra})`,
      'm = glr.fit(df)',
      's = m.summary',
      'print(json.dumps({"coefficients": list(m.coefficients), "intercept": m.intercept, "deviance": s.deviance, "aic": s.aic, "dispersion": s.dispersion, "stderr": s.coefficientStandardErrors, "iters": s.numIterations}))',
    ].join('\n')) as GlmWant & { iters: number };
  }

  function compare(got: GlmWant, want: GlmWant, digits = 5) {
    got.coefficients.forEach((c, j) => expect(c).toBeCloseTo(want.coefficients[j]!, digits));
    expect(got.intercept).toBeCloseTo(want.intercept, digits);
    expect(got.deviance).toBeCloseTo(want.deviance, digits);
    expect(got.aic).toBeCloseTo(want.aic, digits - 1);
    expect(got.dispersion).toBeCloseTo(want.dispersion, digits);
    // oracle's stderr: coefficients then intercept, as Spark's
    got.stderr.forEach((s, j) => expect(s).toBeCloseTo(want.stderr[j]!, digits - 1));
  }

  it('poisson / log with offsets and weights: the maximum likelihood fit, deviance, AIC and standard errors', () => {
    const d = data(7, 120, (eta, r) => {
      // Poisson draw by inversion
      const lam = Math.exp(eta);
      let k = 0;
      let p = Math.exp(-lam);
      let s = p;
      const u = r();
      while (u > s) { k++; p *= lam / k; s += p; }
      return k;
    });
    const got = fitGlm(d, 'poisson', 'log', true, true);
    const want = glmOracle<GlmWant>({ kind: 'glm', family: 'poisson', link: 'log', ...d });
    compare(got, want);
    expect(got.iters).toBeGreaterThan(1);
  });

  it('binomial / logit and probit', () => {
    const d = data(11, 150, (eta, r) => (r() < 1 / (1 + Math.exp(-eta)) ? 1 : 0));
    for (const link of ['logit', 'probit']) {
      const got = fitGlm(d, 'binomial', link, false, false);
      const want = glmOracle<GlmWant>({ kind: 'glm', family: 'binomial', link, X: d.X, y: d.y });
      compare(got, want);
    }
  });

  it('gamma / log: Pearson dispersion and the gamma AIC', () => {
    const d = data(23, 100, (eta, r) => Math.exp(eta) * (0.5 + r()));
    const got = fitGlm(d, 'gamma', 'log', false, true);
    const want = glmOracle<GlmWant>({ kind: 'glm', family: 'gamma', link: 'log', X: d.X, y: d.y, w: d.w });
    compare(got, want);
  });

  it('gaussian / identity is the weighted least squares solution', () => {
    const d = data(5, 60, (eta, r) => eta + r() - 0.5);
    const got = fitGlm(d, 'gaussian', 'identity', false, true);
    const want = glmOracle<GlmWant>({ kind: 'glm', family: 'gaussian', link: 'identity', X: d.X, y: d.y, w: d.w });
    compare(got, want);
    expect(got.iters).toBe(1);
  });

  it('tweedie with variancePower 1 and linkPower 0 is the poisson / log fit', () => {
    const d = data(31, 80, (eta, r) => Math.floor(Math.exp(eta) * 2 * r()));
    const a = fitGlm(d, 'poisson', 'log', false, false);
    const b = py([
      'glr = GeneralizedLinearRegression(family="tweedie", variancePower=1.0, linkPower=0.0, tol=1e-10, maxIter=100)',
      'm = glr.fit(df)',
      'print(json.dumps({"coefficients": list(m.coefficients), "intercept": m.intercept, "deviance": m.summary.deviance}))',
    ].join('\n')) as GlmWant;
    b.coefficients.forEach((c, j) => expect(c).toBeCloseTo(a.coefficients[j]!, 9));
    expect(b.deviance).toBeCloseTo(a.deviance, 9);
  });

  it('AFT survival regression: the Weibull maximum likelihood (coefficients, intercept, scale)', () => {
    const r = rng(99);
    const X: number[][] = [];
    const y: number[] = [];
    const censor: number[] = [];
    for (let i = 0; i < 80; i++) {
      const x = [r() * 2, r() - 0.5];
      X.push(x);
      // Weibull lifetimes: log t = 0.5 + 0.6 x0 - 1.2 x1 + 0.7 log(-log U); censored by a uniform time
      const t = Math.exp(0.5 + 0.6 * x[0] - 1.2 * x[1] + 0.7 * Math.log(-Math.log(1 - r())));
      const c = r() * 6;
      y.push(Math.min(t, c));
      censor.push(t <= c ? 1 : 0);
    }
    const rows = X.map((x, i) => [y[i], x, censor[i]]);
    const got = py([
      `rows = ${JSON.stringify(rows)}`,
      'df = spark.createDataFrame([(float(r[0]), Vectors.dense(r[1]), float(r[2])) for r in rows], ["label", "features", "censor"]).repartition(3)',
      'm = AFTSurvivalRegression(tol=1e-12, maxIter=500).fit(df)',
      'print(json.dumps({"coefficients": list(m.coefficients), "intercept": m.intercept, "scale": m.scale}))',
    ].join('\n')) as { coefficients: number[]; intercept: number; scale: number };
    const want = glmOracle<{ coefficients: number[]; intercept: number; scale: number }>({ kind: 'aft', X, y, censor });
    got.coefficients.forEach((c, j) => expect(c).toBeCloseTo(want.coefficients[j]!, 4));
    expect(got.intercept).toBeCloseTo(want.intercept, 4);
    expect(got.scale).toBeCloseTo(want.scale, 4);
  });

  it('isotonic and antitonic regression with ties and weights: the fitted values at every distinct feature', () => {
    const r = rng(4);
    const x: number[] = [];
    const y: number[] = [];
    const w: number[] = [];
    for (let i = 0; i < 60; i++) {
      x.push(Math.floor(r() * 25));
      y.push(Math.round((Math.sqrt(x[i]!) + r() * 2) * 100) / 100);
      w.push(Math.round((0.5 + r()) * 10) / 10);
    }
    for (const isotonic of [true, false]) {
      const got = py([
        `x, y, w = ${JSON.stringify(x)}, ${JSON.stringify(y)}, ${JSON.stringify(w)}`,
        'df = spark.createDataFrame([(float(b), Vectors.dense([0.0, float(a)]), float(c)) for (a, b, c) in zip(x, y, w)], ["label", "features", "w"]).repartition(4)',
        `m = IsotonicRegression(featureIndex=1, weightCol="w", isotonic=${isotonic ? 'True' : 'False'}).fit(df)`,
        'xs = sorted(set(x))',
        'print(json.dumps({"fit": [m.predict(float(v)) for v in xs], "b": list(m.boundaries)}))',
      ].join('\n')) as { fit: number[]; b: number[] };
      const want = glmOracle<{ x: number[]; fit: number[] }>({ kind: 'isotonic', x, y, w, isotonic });
      got.fit.forEach((v, i) => expect(v).toBeCloseTo(want.fit[i]!, 10));
      // boundaries are block ends: sorted, and within the distinct features
      expect([...got.b].sort((a, b) => a - b)).toEqual(got.b);
      got.b.forEach((b) => expect(want.x).toContain(b));
    }
  });
});
