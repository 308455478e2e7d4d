/**
 * Regression metrics as Spark's `RegressionMetrics` (mllib) computes them, from per-partition
 * sums over (prediction, label, weight): MSE = Σw·e²/Σw, MAE = Σw|e|/Σw, R² = 1 - SSerr/SStot
 * with SStot = var(label)·(Σw - 1) (the summariser's unbiased weighted variance), or
 * 1 - SSerr/Σw·y² through the origin; explained variance = Σw(p - ȳ)²/Σw.
 */

/** Sums: [wSum, wwSum, count, Σwy, Σwy², Σwe², Σw|e|, Σwp, Σwp², Σwe]. */
export const METRIC_SUMS = 10;

export function metricSums(pred: ArrayLike<number>, label: ArrayLike<number>, weight: ArrayLike<number> | null, acc?: Float64Array): Float64Array {
  const s = acc ?? new Float64Array(METRIC_SUMS);
  for (let i = 0; i < pred.length; i++) {
    const w = weight ? weight[i] : 1;
    const p = pred[i];
    const y = label[i];
    const e = y - p;
    s[0] += w;
    s[1] += w * w;
    s[2] += 1;
    s[3] += w * y;
    s[4] += w * y * y;
    s[5] += w * e * e;
    s[6] += w * Math.abs(e);
    s[7] += w * p;
    s[8] += w * p * p;
    s[9] += w * e;
  }
  return s;
}

export function mergeMetricSums(a: Float64Array, b: Float64Array): Float64Array {
  for (let i = 0; i < METRIC_SUMS; i++) a[i] += b[i];
  return a;
}

export interface RegressionMetricValues {
  meanSquaredError: number;
  rootMeanSquaredError: number;
  meanAbsoluteError: number;
  r2: number;
  explainedVariance: number;
  count: number;
  weightSum: number;
}

export function regressionMetrics(s: Float64Array, throughOrigin = false): RegressionMetricValues {
  const wSum = s[0];
  const yMean = s[3] / wSum;
  const ssErr = s[5];
  const denom = wSum - s[1] / wSum;
  const variance = denom > 0 ? Math.max((s[4] - wSum * yMean * yMean) / denom, 0) : 0;
  const ssTot = variance * (wSum - 1);
  const ssReg = s[8] - 2 * yMean * s[7] + yMean * yMean * wSum;
  const mse = ssErr / wSum;
  return {
    meanSquaredError: mse,
    rootMeanSquaredError: Math.sqrt(mse),
    meanAbsoluteError: s[6] / wSum,
    r2: throughOrigin ? 1 - ssErr / s[4] : 1 - ssErr / ssTot,
    explainedVariance: ssReg / wSum,
    count: s[2],
    weightSum: wSum,
  };
}
