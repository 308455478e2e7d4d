/**
 * Factorization machines as Spark trains them (ml.regression.FactorizationMachines): the
 * coefficients laid out as factors (numFeatures × factorSize, row-major), then the linear
 * terms, then the intercept; factors drawn from java.util.Random(seed).nextGaussian()·initStd;
 * per-row logistic or squared loss with the raw FM gradient; mllib's mini-batch
 * GradientDescent with the AdamW or SquaredL2 updater (loss history = mean loss + the
 * previous step's regularization value; converged when the step is below tol·max(‖w‖, 1)).
 */
import type { Block } from './dataset';
import { XORShiftRandom } from '../../expr/functions/random';

const MASK48 = (1n << 48n) - 1n;

/** java.util.Random (48-bit LCG) with nextLong / nextGaussian. */
export class JavaRandom {
  private seed: bigint;
  private haveNext = false;
  private nextNext = 0;
  constructor(seed: bigint) {
    this.seed = (BigInt.asIntN(64, seed) ^ 0x5deece66dn) & MASK48;
  }
  private next(bits: number): number {
    this.seed = (this.seed * 0x5deece66dn + 0xbn) & MASK48;
    return Number(BigInt.asIntN(32, this.seed >> BigInt(48 - bits)));
  }
  nextDouble(): number {
    return (this.next(26) * 134217728 + this.next(27)) * 2 ** -53;
  }
  nextLong(): bigint {
    return BigInt.asIntN(64, (BigInt(this.next(32)) << 32n) + BigInt(this.next(32)));
  }
  nextGaussian(): number {
    if (this.haveNext) {
      this.haveNext = false;
      return this.nextNext;
    }
    let v1: number;
    let v2: number;
    let s: number;
    do {
      v1 = 2 * this.nextDouble() - 1;
      v2 = 2 * this.nextDouble() - 1;
      s = v1 * v1 + v2 * v2;
    } while (s >= 1 || s === 0);
    const multiplier = Math.sqrt(-2 * Math.log(s) / s);
    this.nextNext = v2 * multiplier;
    this.haveNext = true;
    return v1 * multiplier;
  }
}

export interface FmShape {
  numFeatures: number;
  factorSize: number;
  fitIntercept: boolean;
  fitLinear: boolean;
}

export function fmSize(s: FmShape): number {
  return s.numFeatures * s.factorSize + (s.fitLinear ? s.numFeatures : 0) + (s.fitIntercept ? 1 : 0);
}

export function fmInit(s: FmShape, seed: bigint, initStd: number): Float64Array {
  const w = new Float64Array(fmSize(s));
  const rnd = new JavaRandom(seed);
  for (let i = 0; i < s.numFeatures * s.factorSize; i++) w[i] = rnd.nextGaussian() * initStd;
  return w;
}

/** Raw prediction and Σ_i v_if·x_i per factor, over the non-zero features of one row. */
function rawPrediction(s: FmShape, w: Float64Array, idx: number[], val: number[], sumVX: Float64Array): number {
  let raw = 0;
  const vSize = s.numFeatures * s.factorSize;
  if (s.fitIntercept) raw += w[w.length - 1];
  if (s.fitLinear) for (let k = 0; k < idx.length; k++) raw += w[vSize + idx[k]] * val[k];
  for (let f = 0; f < s.factorSize; f++) {
    let sumSquare = 0;
    let sum = 0;
    for (let k = 0; k < idx.length; k++) {
      const vx = w[idx[k] * s.factorSize + f] * val[k];
      sumSquare += vx * vx;
      sum += vx;
    }
    sumVX[f] = sum;
    raw += 0.5 * (sum * sum - sumSquare);
  }
  return raw;
}

/** The model's raw prediction for a dense feature vector. */
export function fmPredict(s: FmShape, w: ArrayLike<number>, x: ArrayLike<number>): number {
  const idx: number[] = [];
  const val: number[] = [];
  for (let i = 0; i < x.length; i++) if (x[i] !== 0) { idx.push(i); val.push(x[i]); }
  return rawPrediction(s, Float64Array.from(w), idx, val, new Float64Array(s.factorSize));
}

function log1pExp(x: number): number {
  return x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
}

/**
 * One partition's gradient sum, loss sum and row count (length size + 2). `keep(r)` says
 * whether row r is in this iteration's mini-batch.
 */
export function fmAgg(b: Block, s: FmShape, w: Float64Array, logistic: boolean, keep?: (r: number) => boolean): Float64Array {
  const n = w.length;
  const out = new Float64Array(n + 2);
  const sumVX = new Float64Array(s.factorSize);
  const vSize = s.numFeatures * s.factorSize;
  let lossSum = 0;
  let count = 0;
  for (let r = 0; r < b.n; r++) {
    if (keep && !keep(r)) continue;
    const idx: number[] = [];
    const val: number[] = [];
    const off = r * b.d;
    for (let i = 0; i < b.d; i++) {
      const v = b.x[off + i];
      if (v !== 0) { idx.push(i); val.push(v); }
    }
    const raw = rawPrediction(s, w, idx, val, sumVX);
    const y = b.y[r];
    const mult = logistic ? 1 / (1 + Math.exp(-raw)) - y : 2 * (raw - y);
    for (let f = 0; f < s.factorSize; f++) {
      for (let k = 0; k < idx.length; k++) {
        const j = idx[k] * s.factorSize + f;
        const value = val[k];
        out[j] += mult * (value * sumVX[f] - w[j] * value * value);
      }
    }
    if (s.fitLinear) for (let k = 0; k < idx.length; k++) out[vSize + idx[k]] += mult * val[k];
    if (s.fitIntercept) out[n - 1] += mult * 1;
    lossSum += logistic ? (y > 0 ? log1pExp(-raw) : log1pExp(raw)) : (raw - y) * (raw - y);
    count++;
  }
  out[n] = lossSum;
  out[n + 1] = count;
  return out;
}

/** Seeds of a PartitionwiseSampledRDD's partitions (java.util.Random(seed).nextLong each). */
export function partitionSeeds(seed: bigint, numPartitions: number): bigint[] {
  const r = new JavaRandom(seed);
  return Array.from({ length: numPartitions }, () => r.nextLong());
}

/** Bernoulli sampling of a partition's rows (XORShiftRandom, keep when u < fraction). */
export function bernoulliKeep(seed: bigint, n: number, fraction: number): boolean[] {
  if (fraction >= 1) return new Array<boolean>(n).fill(true);
  const rng = new XORShiftRandom(seed);
  return Array.from({ length: n }, () => rng.nextDouble() < fraction);
}

export interface FmParams {
  solver: 'adamW' | 'gd';
  maxIter: number;
  stepSize: number;
  regParam: number;
  tol: number;
  miniBatchFraction: number;
}

export interface FmFit {
  coefficients: Float64Array;
  lossHistory: number[];
}

const norm2 = (w: ArrayLike<number>): number => {
  let s = 0;
  for (let i = 0; i < w.length; i++) s += w[i] * w[i];
  return Math.sqrt(s);
};

/** mllib's runMiniBatchSGD; `aggregate(w, iteration)` sums fmAgg over the partitions. */
export function fitFm(w0: Float64Array, p: FmParams, aggregate: (w: Float64Array, iteration: number) => Float64Array): FmFit {
  const n = w0.length;
  let w: Float64Array = Float64Array.from(w0);
  const beta1 = 0.9;
  const beta2 = 0.999;
  const m = new Float64Array(n);
  const v = new Float64Array(n);
  let beta1T = 1;
  let beta2T = 1;
  const update = (g: Float64Array, stepSize: number, iter: number): [Float64Array, number] => {
    const nw = Float64Array.from(w);
    if (p.solver === 'adamW') {
      if (stepSize > 0) {
        for (let i = 0; i < n; i++) {
          m[i] = m[i] * beta1 + (1 - beta1) * g[i];
          v[i] = v[i] * beta2 + (1 - beta2) * (g[i] * g[i]);
        }
        beta1T *= beta1;
        beta2T *= beta2;
        for (let i = 0; i < n; i++) {
          const mHat = m[i] / (1 - beta1T);
          const vHat = v[i] / (1 - beta2T);
          nw[i] = nw[i] - ((stepSize * mHat) / (Math.sqrt(vHat) + 1e-8) + p.regParam * nw[i]);
        }
      }
    } else {
      const step = stepSize / Math.sqrt(iter);
      for (let i = 0; i < n; i++) nw[i] *= 1 - step * p.regParam;
      for (let i = 0; i < n; i++) nw[i] += -step * g[i];
    }
    const nn = norm2(nw);
    return [nw, 0.5 * p.regParam * nn * nn];
  };
  let regVal = update(new Float64Array(n), 0, 1)[1];
  const history: number[] = [];
  let updates = 0;
  for (let i = 1; i <= p.maxIter; i++) {
    const acc = aggregate(w, i);
    const count = acc[n + 1];
    if (count <= 0) continue;
    history.push(acc[n] / count + regVal);
    const g = new Float64Array(n);
    for (let k = 0; k < n; k++) g[k] = acc[k] / count;
    const [nw, rv] = update(g, p.stepSize, i);
    const prev = w;
    w = nw;
    regVal = rv;
    updates++;
    // converged when the step from the previous update is below tol·max(‖w‖, 1) (from the second update on)
    if (updates > 1) {
      let diff = 0;
      for (let k = 0; k < n; k++) diff += (prev[k] - w[k]) ** 2;
      if (Math.sqrt(diff) < p.tol * Math.max(norm2(w), 1)) break;
    }
  }
  return { coefficients: w, lossHistory: history };
}
