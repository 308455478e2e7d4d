/**
 * LinearSVC as Spark trains it: features scaled by their weighted sample std and virtually
 * centred (when fitting an intercept), the hinge loss Σ w·max(0, 1 - (2y-1)·m) / Σw per
 * partition (HingeBlockAggregator), ½λΣβ² (or Σ(β/σ)² without standardization), minimised by
 * Breeze's OWL-QN with zero L1 weights; coefficients returned in the original space.
 * Also Spark's Summarizer per partition and its merge (weighted mean, unbiased std, label histogram).
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
  /** Rows whose label is negative or not an integer. */
  invalid: number;
}

/**
 * One partition's SummarizerBuffer (online mean / M2n over the non-zero values, weight and count
 * of non-zeros per feature) and MultiClassSummarizer (label weight histogram, invalid labels), as
 * a flat array: [d, weightSum, weightSquareSum, count, invalid, histLen, mean(d), m2n(d),
 * nnzWeight(d), nnz(d), histogram(histLen)]. Zero-weight rows are skipped, as Spark's do.
 */
export function summaryPart(b: Block): Float64Array {
  const d = b.d;
  const mean = new Float64Array(d);
  const m2n = new Float64Array(d);
  const wsum = new Float64Array(d);
  const nnz = new Float64Array(d);
  let total = 0;
  let totalSq = 0;
  let count = 0;
  let invalid = 0;
  const hist: number[] = [];
  for (let r = 0; r < b.n; r++) {
    const w = b.w[r];
    if (w === 0) continue;
    const y = b.y[r];
    if (y - Math.trunc(y) !== 0 || y < 0) invalid++;
    else {
      while (hist.length <= y) hist.push(0);
      hist[y] += w;
    }
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
      nnz[j]++;
    }
  }
  const out = new Float64Array(6 + 4 * d + hist.length);
  out.set([d, total, totalSq, count, invalid, hist.length]);
  out.set(mean, 6);
  out.set(m2n, 6 + d);
  out.set(wsum, 6 + 2 * d);
  out.set(nnz, 6 + 3 * d);
  out.set(hist, 6 + 4 * d);
  return out;
}

/** SummarizerBuffer.merge (and the histograms' sum) of two partial summaries. */
export function summaryMerge(a: Float64Array, b: Float64Array): Float64Array {
  const d = a[0];
  const ha = a[5];
  const hb = b[5];
  const hl = Math.max(ha, hb);
  const out = new Float64Array(6 + 4 * d + hl);
  out.set(a.subarray(0, 6 + 4 * d));
  for (let k = 0; k < hl; k++) out[6 + 4 * d + k] = (k < ha ? a[6 + 4 * d + k] : 0) + (k < hb ? b[6 + 4 * d + k] : 0);
  out[4] = a[4] + b[4];
  out[5] = hl;
  if (a[1] !== 0 && b[1] !== 0) {
    out[1] = a[1] + b[1];
    out[2] = a[2] + b[2];
    out[3] = a[3] + b[3];
    for (let j = 0; j < d; j++) {
      const thisNnz = a[6 + 2 * d + j];
      const otherNnz = b[6 + 2 * d + j];
      const totalNnz = thisNnz + otherNnz;
      if (totalNnz !== 0) {
        const deltaMean = b[6 + j] - a[6 + j];
        out[6 + j] = a[6 + j] + deltaMean * otherNnz / totalNnz;
        out[6 + d + j] = a[6 + d + j] + b[6 + d + j] + deltaMean * deltaMean * thisNnz * otherNnz / totalNnz;
        out[6 + 2 * d + j] = totalNnz;
        out[6 + 3 * d + j] = a[6 + 3 * d + j] + b[6 + 3 * d + j];
      }
    }
  } else if (a[1] === 0 && b[1] !== 0) {
    out.set(b.subarray(1, 4), 1);
    out.set(b.subarray(6, 6 + 4 * d), 6);
  }
  return out;
}

/** Mean, unbiased std and histogram from a merged summary. */
export function summaryOf(s: Float64Array): FeatureSummary {
  const d = s[0];
  const total = s[1];
  const totalSq = s[2];
  const realMean = new Float64Array(d);
  const std = new Float64Array(d);
  const denom = total - totalSq / total;
  for (let j = 0; j < d; j++) {
    const mean = s[6 + j];
    const wsum = s[6 + 2 * d + j];
    realMean[j] = mean * (wsum / total);
    if (denom > 0) {
      const v = Math.max((s[6 + d + j] + mean * mean * wsum * (total - wsum) / total) / denom, 0);
      std[j] = Math.sqrt(v);
    }
  }
  return { mean: realMean, std, weightSum: total, count: s[3], histogram: Array.from(s.subarray(6 + 4 * d, 6 + 4 * d + s[5])), invalid: s[4] };
}

/** The summary of blocks taken as partitions, merged in order (local fits and tests). */
export function summarize(blocks: Block[], d: number): FeatureSummary {
  let acc: Float64Array | null = null;
  for (const b of blocks) {
    const part = summaryPart(b);
    acc = acc === null ? part : summaryMerge(acc, part);
  }
  return summaryOf(acc ?? summaryPart({ n: 0, d, x: new Float64Array(0), y: new Float64Array(0), w: new Float64Array(0) }));
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
