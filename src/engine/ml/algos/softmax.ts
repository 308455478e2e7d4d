/**
 * Logistic regression as Spark 3.5 trains it, binomial and multinomial: features scaled by
 * their std and virtually centred when fitting an intercept (Binary/MultinomialLogisticBlock-
 * Aggregator), loss Σw·(-log p_y)/Σw, L2 ½λ₂Σβ² (or Σ(β/σ)² without standardization), L1 by
 * Breeze's OWL-QN, otherwise Breeze's L-BFGS; multinomial coefficients laid out column-major
 * (feature-major) with the intercepts last, intercepts started at centred log1p(class counts);
 * the result mapped back to the original space, coefficients centred per feature when
 * regParam is 0 and intercepts centred (multinomial).
 */
import type { Block } from './dataset';
import { breezeMinimize } from './breeze';
import type { FeatureSummary } from './hinge';

export interface LogisticCtx {
  inverseStd: number[];
  scaledMean: number[];
  fitIntercept: boolean;
  multinomial: boolean;
  numClasses: number;
}

function log1pExp(x: number): number {
  return x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
}

/** One partition's loss statistics: gradient (coef.length), loss sum, weight sum. */
export function logisticAgg(b: Block, coef: Float64Array, c: LogisticCtx): Float64Array {
  const d = b.d;
  const n = coef.length;
  const out = new Float64Array(n + 2);
  const inv = c.inverseStd;
  const sm = c.scaledMean;
  let lossSum = 0;
  let wSum = 0;
  if (!c.multinomial) {
    let offset = 0;
    if (c.fitIntercept) {
      let s = 0;
      for (let j = 0; j < d; j++) s += coef[j] * sm[j];
      offset = coef[d] - s;
    }
    const mult = new Float64Array(b.n);
    let multSum = 0;
    let any = false;
    for (let r = 0; r < b.n; r++) {
      const w = b.w[r];
      wSum += w;
      if (!(w > 0)) continue;
      const off = r * d;
      let dot = 0;
      for (let j = 0; j < d; j++) dot += (b.x[off + j] * inv[j]) * coef[j];
      const margin = c.fitIntercept ? offset + dot : dot;
      const y = b.y[r];
      lossSum += y > 0 ? w * log1pExp(-margin) : w * (log1pExp(-margin) + margin);
      mult[r] = w * (1 / (1 + Math.exp(-margin)) - y);
      multSum += mult[r];
      if (mult[r] !== 0) any = true;
    }
    if (any) {
      for (let r = 0; r < b.n; r++) {
        const a = mult[r];
        if (a === 0) continue;
        const off = r * d;
        for (let j = 0; j < d; j++) out[j] += a * (b.x[off + j] * inv[j]);
      }
      if (c.fitIntercept) {
        for (let j = 0; j < d; j++) out[j] += -multSum * sm[j];
        out[d] += multSum;
      }
    }
  } else {
    const k = c.numClasses;
    const offset = new Float64Array(k);
    if (c.fitIntercept) {
      for (let j = 0; j < k; j++) offset[j] = coef[k * d + j];
      for (let f = 0; f < d; f++) {
        const t = -1 * sm[f];
        for (let j = 0; j < k; j++) offset[j] += t * coef[f * k + j];
      }
    }
    const mult = new Float64Array(b.n * k);
    const multSum = new Float64Array(k);
    const probs = new Float64Array(k);
    for (let r = 0; r < b.n; r++) {
      const w = b.w[r];
      wSum += w;
      if (!(w > 0)) continue;
      const off = r * d;
      for (let j = 0; j < k; j++) {
        let dot = 0;
        for (let f = 0; f < d; f++) dot += (b.x[off + f] * inv[f]) * coef[f * k + j];
        probs[j] = c.fitIntercept ? dot + offset[j] : dot;
      }
      let max = -Number.MAX_VALUE;
      for (let j = 0; j < k; j++) if (probs[j] > max) max = probs[j];
      let sum = 0;
      for (let j = 0; j < k; j++) {
        const e = Math.exp(probs[j] - max);
        probs[j] = e;
        sum += e;
      }
      for (let j = 0; j < k; j++) probs[j] /= sum;
      const y = b.y[r];
      for (let j = 0; j < k; j++) {
        const m = w * (probs[j] - (y === j ? 1 : 0));
        mult[r * k + j] = m;
        multSum[j] += m;
      }
      lossSum -= w * Math.log(probs[Math.trunc(y)]);
    }
    // gradient (column-major C × F): Σ_rows multiplier(row, class)·x(row, feature)
    for (let f = 0; f < d; f++) {
      for (let j = 0; j < k; j++) {
        let t = 0;
        for (let r = 0; r < b.n; r++) t += mult[r * k + j] * (b.x[r * d + f] * inv[f]);
        out[f * k + j] = t + out[f * k + j];
      }
    }
    if (c.fitIntercept) {
      for (let f = 0; f < d; f++) {
        const t = -1 * sm[f];
        if (t === 0) continue;
        for (let j = 0; j < k; j++) out[f * k + j] += multSum[j] * t;
      }
      for (let j = 0; j < k; j++) out[k * d + j] += multSum[j];
    }
  }
  out[n] = lossSum;
  out[n + 1] = wSum;
  return out;
}

export interface LogisticFitParams {
  regParam: number;
  elasticNetParam: number;
  fitIntercept: boolean;
  standardization: boolean;
  maxIter: number;
  tol: number;
  multinomial: boolean;
  numClasses: number;
}

export interface LogisticModelFit {
  /** Row-major numSets × d. */
  coefficients: Float64Array;
  intercepts: Float64Array;
  objectiveHistory: number[];
  iterations: number;
}

export function logisticContext(summary: FeatureSummary, p: { fitIntercept: boolean; multinomial: boolean; numClasses: number }): LogisticCtx {
  const inverseStd = Array.from(summary.std, (s) => (s !== 0 ? 1 / s : 0));
  return { inverseStd, scaledMean: Array.from(summary.mean, (m, j) => inverseStd[j] * m), fitIntercept: p.fitIntercept, multinomial: p.multinomial, numClasses: p.numClasses };
}

export function fitLogistic(summary: FeatureSummary, d: number, p: LogisticFitParams, aggregate: (coef: Float64Array) => Float64Array): LogisticModelFit {
  const sets = p.multinomial ? p.numClasses : 1;
  const perSet = p.fitIntercept ? d + 1 : d;
  const n = sets * perSet;
  const std = summary.std;
  const hist = summary.histogram;
  const ctx = logisticContext(summary, p);
  const x0 = new Float64Array(n);
  if (p.fitIntercept && p.multinomial) {
    const raw = Array.from({ length: sets }, (_, i) => Math.log1p(hist[i] ?? 0));
    let s = 0;
    for (const v of raw) s += v;
    const mean = s / raw.length;
    for (let i = 0; i < sets; i++) x0[d * sets + i] = raw[i] - mean;
  } else if (p.fitIntercept) {
    x0[d] = Math.log((hist[1] ?? 0) / (hist[0] ?? 0));
  }
  if (p.fitIntercept) {
    // adapt the initial intercepts to the virtually centred problem
    for (let j = 0; j < sets; j++) {
      let a = 0;
      for (let f = 0; f < d; f++) a += x0[f * sets + j] * ctx.scaledMean[f];
      x0[d * sets + j] += 1 * a;
    }
  }
  const effL1 = p.elasticNetParam * p.regParam;
  const effL2 = (1 - p.elasticNetParam) * p.regParam;
  const useL1 = !(p.elasticNetParam === 0 || p.regParam === 0);
  const res = breezeMinimize((x, g) => {
    const acc = aggregate(x);
    const wSum = acc[n + 1];
    const scale = 1 / wSum;
    for (let i = 0; i < n; i++) g[i] = acc[i] * scale;
    let f = acc[n] / wSum;
    if (effL2 !== 0) {
      let sum = 0;
      for (let j = 0; j < d * sets; j++) {
        const c = x[j];
        if (p.standardization) {
          sum += c * c;
          g[j] += c * effL2;
        } else {
          const s = std[Math.floor(j / sets)];
          if (s !== 0) {
            const t = c / (s * s);
            sum += c * t;
            g[j] += effL2 * t;
          }
        }
      }
      f += 0.5 * sum * effL2;
    }
    return f;
  }, x0, {
    maxIter: p.maxIter, tol: p.tol, m: 10,
    l1: useL1 ? (i) => {
      if (p.fitIntercept && i >= d * sets) return 0;
      if (p.standardization) return effL1;
      const s = std[Math.floor(i / sets)];
      return s !== 0 ? effL1 / s : 0;
    } : undefined,
  });
  const sol = Float64Array.from(res.x);
  if (p.fitIntercept) {
    for (let j = 0; j < sets; j++) {
      let a = 0;
      for (let f = 0; f < d; f++) a += sol[f * sets + j] * ctx.scaledMean[f];
      sol[d * sets + j] += -1 * a;
    }
  }
  const coefficients = new Float64Array(sets * d);
  const intercepts = new Float64Array(sets);
  for (let j = 0; j < sets; j++) {
    for (let f = 0; f < d; f++) {
      const v = sol[f * sets + j];
      if (std[f] !== 0) coefficients[j * d + f] = v / std[f];
    }
    if (p.fitIntercept) intercepts[j] = sol[d * sets + j];
  }
  if (p.regParam === 0 && p.multinomial) {
    for (let f = 0; f < d; f++) {
      let c = 0;
      for (let j = 0; j < sets; j++) c += coefficients[j * d + f];
      c /= sets;
      for (let j = 0; j < sets; j++) coefficients[j * d + f] -= c;
    }
  }
  if (p.fitIntercept && p.multinomial) {
    let s = 0;
    for (let j = 0; j < sets; j++) s += intercepts[j];
    const mean = s / sets;
    for (let j = 0; j < sets; j++) intercepts[j] -= mean;
  }
  return { coefficients, intercepts, objectiveHistory: res.history, iterations: res.iterations };
}

/** Local fit (tests): the blocks aggregated in order. */
export function fitLogisticLocal(blocks: Block[], summary: FeatureSummary, d: number, p: LogisticFitParams): LogisticModelFit {
  const ctx = logisticContext(summary, p);
  return fitLogistic(summary, d, p, (coef) => {
    const n = coef.length;
    const acc = new Float64Array(n + 2);
    for (const b of blocks) {
      const a = logisticAgg(b, coef, ctx);
      for (let i = 0; i < acc.length; i++) acc[i] += a[i];
    }
    return acc;
  });
}
