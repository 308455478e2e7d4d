/**
 * LinearSVC as Spark trains it: features scaled by their weighted sample std and virtually
 * centred (when fitting an intercept), the hinge loss Σ w·max(0, 1 - (2y-1)·m) / Σw per
 * partition (HingeBlockAggregator), ½λΣβ² (or Σ(β/σ)² without standardization), minimised by
 * Breeze's OWL-QN with zero L1 weights; coefficients returned in the original space.
 * Also the feature summary Spark's Summarizer gives (weighted mean and unbiased std).
 */
import type { Block } from './dataset';
import { breezeMinimize } from './breeze';

export interface FeatureSummary {
  mean: Float64Array;
  std: Float64Array;
  weightSum: number;
  count: number;
  /** Weighted count per label value (index = label). */
  histogram: number[];
}

/** Spark's SummarizerBuffer (online mean/M2n over non-zero values), then mean and unbiased std. */
export function summarize(blocks: Block[], d: number): FeatureSummary {
  const mean = new Float64Array(d);
  const m2n = new Float64Array(d);
  const wsum = new Float64Array(d);
  let total = 0;
  let totalSq = 0;
  let count = 0;
  const histogram: number[] = [];
  for (const b of blocks) {
    for (let r = 0; r < b.n; r++) {
      const w = b.w[r];
      const y = b.y[r];
      const k = Math.trunc(y);
      while (histogram.length <= k) histogram.push(0);
      if (k >= 0) histogram[k] += w;
      if (w === 0) continue;
      total += w;
      totalSq += w * w;
      count++;
      const off = r * d;
      for (let j = 0; j < d; j++) {
        const v = b.x[off + j];
        if (v === 0) continue;
        const prev = mean[j];
        const diff = v - prev;
        mean[j] = prev + w * diff / (wsum[j] + w);
        m2n[j] += w * (v - mean[j]) * diff;
        wsum[j] += w;
      }
    }
  }
  const realMean = new Float64Array(d);
  const std = new Float64Array(d);
  const denom = total - totalSq / total;
  for (let j = 0; j < d; j++) {
    realMean[j] = mean[j] * (wsum[j] / total);
    if (denom > 0) {
      const v = Math.max((m2n[j] + mean[j] * mean[j] * wsum[j] * (total - wsum[j]) / total) / denom, 0);
      std[j] = Math.sqrt(v);
    }
  }
  return { mean: realMean, std, weightSum: total, count, histogram };
}

export interface SvcParams {
  regParam: number;
  fitIntercept: boolean;
  standardization: boolean;
  maxIter: number;
  tol: number;
}

/** One partition's hinge loss statistics: gradient (d + 1), loss sum, weight sum. */
export function hingeAgg(b: Block, coef: Float64Array, inverseStd: Float64Array, scaledMean: Float64Array, fitIntercept: boolean): Float64Array {
  const d = b.d;
  const out = new Float64Array(d + 3);
  let offset = NaN;
  if (fitIntercept) {
    let s = 0;
    for (let j = 0; j < d; j++) s += coef[j] * scaledMean[j];
    offset = coef[d] - s;
  }
  let lossSum = 0;
  let wSum = 0;
  let multSum = 0;
  const mult = new Float64Array(b.n);
  for (let r = 0; r < b.n; r++) {
    const w = b.w[r];
    wSum += w;
    if (!(w > 0)) continue;
    const off = r * d;
    let dotv = 0;
    for (let j = 0; j < d; j++) dotv += (b.x[off + j] * inverseStd[j]) * coef[j];
    const margin = fitIntercept ? dotv + offset : dotv;
    const y = b.y[r];
    const ys = y + y - 1;
    const loss = (1 - ys * margin) * w;
    if (loss > 0) {
      lossSum += loss;
      mult[r] = -ys * w;
      multSum += mult[r];
    }
  }
  for (let r = 0; r < b.n; r++) {
    const a = mult[r];
    if (a === 0) continue;
    const off = r * d;
    for (let j = 0; j < d; j++) out[j] += a * (b.x[off + j] * inverseStd[j]);
  }
  if (fitIntercept && multSum !== 0) {
    for (let j = 0; j < d; j++) out[j] += -multSum * scaledMean[j];
    out[d] += multSum;
  }
  out[d + 1] = lossSum;
  out[d + 2] = wSum;
  return out;
}

export interface LinearBinaryFit {
  coefficients: Float64Array;
  intercept: number;
  objectiveHistory: number[];
}

/**
 * Fits on blocks (one per partition); `aggregate` sums a per-block function over the
 * partitions (a job on the executors, or a local loop).
 */
export function fitSvc(summary: FeatureSummary, d: number, p: SvcParams,
  aggregate: (coef: Float64Array) => Float64Array): LinearBinaryFit {
  const std = summary.std;
  const n = p.fitIntercept ? d + 1 : d;
  const x0 = new Float64Array(n);
  const res = breezeMinimize((x, g) => {
    const acc = aggregate(x);
    const wSum = acc[d + 2];
    const scale = 1 / wSum;
    for (let i = 0; i < n; i++) g[i] = acc[i] * scale;
    let f = acc[d + 1] / wSum;
    if (p.regParam !== 0) {
      let sum = 0;
      for (let j = 0; j < d; j++) {
        const c = x[j];
        if (p.standardization) {
          sum += c * c;
          g[j] += c * p.regParam;
        } else if (std[j] !== 0) {
          const t = c / (std[j] * std[j]);
          sum += c * t;
          g[j] += p.regParam * t;
        }
      }
      f += 0.5 * sum * p.regParam;
    }
    return f;
  }, x0, { maxIter: p.maxIter, tol: p.tol, m: 10, owlqn: true });
  const sol = res.x;
  const inverseStd = std.map((s) => (s !== 0 ? 1 / s : 0));
  if (p.fitIntercept) {
    let adapt = 0;
    for (let j = 0; j < d; j++) adapt += sol[j] * (inverseStd[j] * summary.mean[j]);
    sol[d] -= adapt;
  }
  const coefficients = new Float64Array(d);
  for (let j = 0; j < d; j++) coefficients[j] = std[j] !== 0 ? sol[j] / std[j] : 0;
  return { coefficients, intercept: p.fitIntercept ? sol[d] : 0, objectiveHistory: res.history };
}

/** Local fit (tests): every block aggregated in order and merged. */
export function fitSvcLocal(blocks: Block[], d: number, p: SvcParams): LinearBinaryFit {
  const summary = summarize(blocks, d);
  const inverseStd = summary.std.map((s) => (s !== 0 ? 1 / s : 0));
  const scaledMean = summary.mean.map((m, j) => inverseStd[j] * m);
  return fitSvc(summary, d, p, (coef) => {
    const acc = new Float64Array(d + 3);
    for (const b of blocks) {
      const a = hingeAgg(b, coef, inverseStd, scaledMean, p.fitIntercept);
      for (let i = 0; i < acc.length; i++) acc[i] += a[i];
    }
    return acc;
  });
}
