/**
 * Isotonic regression as Spark's (mllib) `IsotonicRegression`: points sorted by (feature,
 * label), points with equal features merged into one (weighted mean label, summed weight),
 * zero-weight points dropped, then pool adjacent violators (blocks whose means are not strictly
 * increasing are merged). Each block gives its mean at its first feature, and also at its last
 * feature when the block spans more than one. Antitonic fits negate the labels around it.
 * Spark pools per range partition and again over the pooled points; pooling is associative,
 * so one pass over all points gives the same boundaries and predictions.
 */

export interface IsotonicFit {
  boundaries: number[];
  predictions: number[];
}

export function fitIsotonic(labels: ArrayLike<number>, features: ArrayLike<number>, weights: ArrayLike<number>, isotonic: boolean): IsotonicFit {
  const pts: [number, number, number][] = [];
  for (let i = 0; i < labels.length; i++) {
    const y = labels[i];
    const x = features[i];
    const w = weights[i];
    if (!(w >= 0)) throw new Error(`requirement failed: Weights must be non-negative but got ${w}`);
    if (Number.isNaN(x) || Number.isNaN(y)) throw new Error('requirement failed: Labels and features must not be NaN');
    if (w > 0) pts.push([isotonic ? y : -y, x, w]);
  }
  pts.sort((a, b) => a[1] - b[1] || a[0] - b[0]);
  // Merge equal features.
  const ux: number[] = [];
  const uw: number[] = [];
  const uwy: number[] = [];
  for (const [y, x, w] of pts) {
    const k = ux.length - 1;
    if (k >= 0 && ux[k] === x) {
      uw[k] += w;
      uwy[k] += w * y;
    } else {
      ux.push(x);
      uw.push(w);
      uwy.push(w * y);
    }
  }
  // PAV over blocks kept on a stack: [start, end, Σw, Σwy].
  const bs: number[] = [];
  const be: number[] = [];
  const bw: number[] = [];
  const bwy: number[] = [];
  for (let i = 0; i < ux.length; i++) {
    bs.push(i); be.push(i); bw.push(uw[i]); bwy.push(uwy[i]);
    while (bs.length > 1) {
      const t = bs.length - 1;
      if (bwy[t - 1] / bw[t - 1] >= bwy[t] / bw[t]) {
        be[t - 1] = be[t];
        bw[t - 1] += bw[t];
        bwy[t - 1] += bwy[t];
        bs.pop(); be.pop(); bw.pop(); bwy.pop();
      } else break;
    }
  }
  const boundaries: number[] = [];
  const predictions: number[] = [];
  for (let k = 0; k < bs.length; k++) {
    const mean = bwy[k] / bw[k];
    const p = isotonic ? mean : -mean;
    boundaries.push(ux[bs[k]]);
    predictions.push(p);
    if (ux[be[k]] > ux[bs[k]]) {
      boundaries.push(ux[be[k]]);
      predictions.push(p);
    }
  }
  return { boundaries, predictions };
}

/** Prediction at x: the boundary's value, linear interpolation between boundaries, the end values outside. */
export function predictIsotonic(boundaries: ArrayLike<number>, predictions: ArrayLike<number>, x: number): number {
  const n = boundaries.length;
  if (n === 0) return NaN;
  let lo = 0;
  let hi = n - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = boundaries[mid];
    if (v < x) lo = mid + 1;
    else if (v > x) hi = mid - 1;
    else return predictions[mid];
  }
  if (lo === 0) return predictions[0];
  if (lo === n) return predictions[n - 1];
  const x1 = boundaries[lo - 1];
  const x2 = boundaries[lo];
  const y1 = predictions[lo - 1];
  const y2 = predictions[lo];
  return y1 + ((y2 - y1) * (x - x1)) / (x2 - x1);
}
