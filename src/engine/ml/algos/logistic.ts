/**
 * Binomial logistic regression as Spark's `LogisticRegression` trains it: features scaled by
 * their unbiased weighted std (not centred), loss Σw·log(1 + e^(-m·(2y-1)))/Σw with the
 * intercept unscaled, L2 ½λ₂Σβ² (or Σ(β/σ)² without standardization), L1 by OWL-QN,
 * intercept started at log(p/(1-p)); coefficients returned in the original space.
 */
import type { Block } from './dataset';
import { minimize } from './optim';

export interface LogisticParams {
  regParam: number;
  elasticNetParam: number;
  fitIntercept: boolean;
  standardization: boolean;
  maxIter: number;
  tol: number;
}

/** One block's Σ loss and gradient (length d + 2: gradient (d + 1), then the loss). */
export function logisticLossGrad(b: Block, coef: Float64Array, std: Float64Array, fitIntercept: boolean, acc?: Float64Array): Float64Array {
  const d = b.d;
  const out = acc ?? new Float64Array(d + 2);
  for (let r = 0; r < b.n; r++) {
    const w = b.w[r];
    if (w === 0) continue;
    const off = r * d;
    let m = fitIntercept ? coef[d] : 0;
    for (let j = 0; j < d; j++) if (std[j] !== 0) m += coef[j] * (b.x[off + j] / std[j]);
    const y = b.y[r];
    // log(1 + e^m) - y·m, stably
    const loss = m > 0 ? m + Math.log1p(Math.exp(-m)) - y * m : Math.log1p(Math.exp(m)) - y * m;
    out[d + 1] += w * loss;
    const mult = w * (1 / (1 + Math.exp(-m)) - y);
    for (let j = 0; j < d; j++) if (std[j] !== 0) out[j] += mult * (b.x[off + j] / std[j]);
    if (fitIntercept) out[d] += mult;
  }
  return out;
}

export interface LogisticFit {
  coefficients: Float64Array;
  intercept: number;
  objectiveHistory: number[];
}

export function fitBinomial(blocks: Block[], d: number, p: LogisticParams): LogisticFit {
  let wSum = 0;
  let wwSum = 0;
  let pos = 0;
  const sum = new Float64Array(d);
  const sumSq = new Float64Array(d);
  for (const b of blocks) {
    for (let r = 0; r < b.n; r++) {
      const w = b.w[r];
      wSum += w;
      wwSum += w * w;
      if (b.y[r] === 1) pos += w;
      for (let j = 0; j < d; j++) {
        const v = b.x[r * d + j];
        sum[j] += w * v;
        sumSq[j] += w * v * v;
      }
    }
  }
  const denom = wSum - wwSum / wSum;
  const std = new Float64Array(d);
  for (let j = 0; j < d; j++) {
    const mean = sum[j] / wSum;
    const v = denom > 0 ? (sumSq[j] - wSum * mean * mean) / denom : 0;
    std[j] = v > 0 ? Math.sqrt(v) : 0;
  }
  const effL1 = p.elasticNetParam * p.regParam;
  const effL2 = (1 - p.elasticNetParam) * p.regParam;
  const n = p.fitIntercept ? d + 1 : d;
  const x0 = new Float64Array(n);
  if (p.fitIntercept && pos > 0 && pos < wSum) x0[d] = Math.log(pos / (wSum - pos));
  const res = minimize((x, g) => {
    const coef = new Float64Array(d + 1);
    coef.set(x);
    const acc = new Float64Array(d + 2);
    for (const b of blocks) logisticLossGrad(b, coef, std, p.fitIntercept, acc);
    let f = acc[d + 1] / wSum;
    for (let i = 0; i < n; i++) g[i] = acc[i] / wSum;
    if (effL2 !== 0) {
      for (let j = 0; j < d; j++) {
        if (p.standardization) {
          f += 0.5 * effL2 * x[j] * x[j];
          g[j] += effL2 * x[j];
        } else if (std[j] !== 0) {
          const t = x[j] / (std[j] * std[j]);
          f += 0.5 * effL2 * x[j] * t;
          g[j] += effL2 * t;
        }
      }
    }
    return f;
  }, x0, {
    maxIter: p.maxIter, tol: p.tol, m: 10,
    l1: effL1 !== 0 ? (j) => (j >= d ? 0 : p.standardization ? effL1 : std[j] !== 0 ? effL1 / std[j] : 0) : undefined,
  });
  const coefficients = new Float64Array(d);
  for (let j = 0; j < d; j++) coefficients[j] = std[j] !== 0 ? res.x[j] / std[j] : 0;
  return { coefficients, intercept: p.fitIntercept ? res.x[d] : 0, objectiveHistory: res.history };
}
