/**
 * Split candidates and binning of the decision trees (Spark's `findSplitsForContinuousFeature`
 * and the binned TreePoints of RandomForest).
 *
 * - `findThresholds`: per continuous feature, the distinct values of a sample with their
 *   weights; all midpoints when they are at most maxBins - 1, otherwise the midpoints closest
 *   to equal-weight strides. maxBins is capped by the number of examples.
 * - `binBlock`: bin = the first threshold ≥ value; "feature <= threshold" goes left.
 */
import type { Block } from './dataset';

/** A feature's distinct values (ascending, -0 as 0, NaN left out) with their summed weights. */
function valueCounts(sample: Block, f: number): { values: Float64Array; weights: Float64Array; m: number; total: number } {
  const { n, d, x, w } = sample;
  let unit = true;
  for (let r = 0; r < n && unit; r++) unit = w[r] === 1 || w[r] === 0;
  const values = new Float64Array(n);
  const weights = new Float64Array(n);
  let m = 0;
  let total = 0;
  if (unit) {
    const vs = new Float64Array(n);
    let k = 0;
    for (let r = 0; r < n; r++) {
      const v = x[r * d + f];
      if (w[r] !== 0 && v === v) vs[k++] = v === 0 ? 0 : v;
    }
    const sorted = vs.subarray(0, k).sort();
    for (let i = 0; i < k; i++) {
      if (m > 0 && values[m - 1] === sorted[i]) weights[m - 1]++;
      else {
        values[m] = sorted[i];
        weights[m++] = 1;
      }
    }
    total = k;
  } else {
    const idx: number[] = [];
    for (let r = 0; r < n; r++) if (w[r] !== 0 && x[r * d + f] === x[r * d + f]) idx.push(r);
    idx.sort((a, b) => x[a * d + f] - x[b * d + f]);
    for (const r of idx) {
      const v = x[r * d + f] === 0 ? 0 : x[r * d + f];
      if (m > 0 && values[m - 1] === v) weights[m - 1] += w[r];
      else {
        values[m] = v;
        weights[m++] = w[r];
      }
      total += w[r];
    }
  }
  return { values, weights, m, total };
}

/** Thresholds per feature from a sample block (rows of the training data, weighted). */
export function findThresholds(sample: Block, maxBins: number, numExamples: number): number[][] {
  const numSplits = Math.max(Math.min(maxBins, numExamples), 2) - 1;
  const out: number[][] = [];
  for (let f = 0; f < sample.d; f++) {
    const { values, weights, m, total } = valueCounts(sample, f);
    const possible = m - 1;
    const th: number[] = [];
    if (possible > 0 && possible <= numSplits) {
      for (let i = 1; i < m; i++) th.push((values[i - 1] + values[i]) / 2);
    } else if (possible > numSplits) {
      // Spark's findSplitsForContinuousFeature: a split where the cumulative weight passes the next stride.
      const stride = total / (numSplits + 1);
      let current = weights[0];
      let target = stride;
      for (let i = 1; i < m; i++) {
        const previous = current;
        current += weights[i];
        if (Math.abs(previous - target) < Math.abs(current - target)) {
          th.push((values[i - 1] + values[i]) / 2);
          target += stride;
        }
      }
    }
    out.push(th);
  }
  return out;
}

/** Bin index of every value (n × d, row-major). */
export function binBlock(b: Block, thresholds: number[][]): Uint16Array {
  const out = new Uint16Array(b.n * b.d);
  for (let f = 0; f < b.d; f++) {
    const th = thresholds[f];
    for (let r = 0; r < b.n; r++) {
      const v = b.x[r * b.d + f];
      let lo = 0;
      let hi = th.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (v <= th[mid]) hi = mid;
        else lo = mid + 1;
      }
      out[r * b.d + f] = lo;
    }
  }
  return out;
}
