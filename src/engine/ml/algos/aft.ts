/**
 * Accelerated failure time (Weibull) survival regression as Spark's `AFTSurvivalRegression`:
 * features scaled by their (unweighted, unbiased) std and centred virtually when fitting an
 * intercept; parameters [β (scaled space), intercept, log σ]; loss per instance
 * δ·log σ - δ·ε + e^ε with ε = (log t - margin)/σ and δ the censor (1 = event), averaged
 * over the instances; Breeze L-BFGS (m = 10) from zeros, a failed line search ending the run
 * as Breeze does. The block's weight column carries the censor.
 */
import type { Block } from './dataset';
import { minimize } from './optim';

export interface AftContext {
  d: number;
  /** 1/std per feature (0 for constant features). */
  invStd: number[];
  /** mean/std per feature (the virtual centring). */
  scaledMean: number[];
  fitIntercept: boolean;
}

/** One block's [gradient (d + 2), loss, count] at parameters x. */
export function aftLossGrad(b: Block, ctx: AftContext, x: ArrayLike<number>): Float64Array {
  const d = ctx.d;
  const out = new Float64Array(d + 4);
  const sigma = Math.exp(x[d + 1]);
  const logSigma = Math.log(sigma);
  let marginOffset = 0;
  if (ctx.fitIntercept) {
    marginOffset = x[d];
    for (let j = 0; j < d; j++) marginOffset -= x[j] * ctx.scaledMean[j];
  }
  let multSum = 0;
  let sigmaGrad = 0;
  let loss = 0;
  for (let r = 0; r < b.n; r++) {
    const t = b.y[r];
    if (!(t > 0)) throw new Error('requirement failed: The lifetime or label should be greater than 0.');
    const delta = b.w[r];
    const off = r * b.d;
    let margin = marginOffset;
    for (let j = 0; j < d; j++) margin += x[j] * b.x[off + j] * ctx.invStd[j];
    const eps = (Math.log(t) - margin) / sigma;
    const e = Math.exp(eps);
    loss += delta * logSigma - delta * eps + e;
    const mult = (delta - e) / sigma;
    multSum += mult;
    sigmaGrad += delta + mult * sigma * eps;
    for (let j = 0; j < d; j++) out[j] += mult * b.x[off + j] * ctx.invStd[j];
  }
  if (ctx.fitIntercept) {
    for (let j = 0; j < d; j++) out[j] -= multSum * ctx.scaledMean[j];
    out[d] += multSum;
  }
  out[d + 1] += sigmaGrad;
  out[d + 2] = loss;
  out[d + 3] = b.n;
  return out;
}

export interface AftFit {
  coefficients: Float64Array;
  intercept: number;
  scale: number;
  objectiveHistory: number[];
}

/**
 * Driver loop: `evaluate(x)` sums `aftLossGrad` over the partitions (a job per call).
 * `mean`/`std` are the features' summarizer statistics.
 */
export function fitAft(mean: ArrayLike<number>, std: ArrayLike<number>, fitIntercept: boolean, maxIter: number, tol: number,
  evaluate: (ctx: AftContext, x: Float64Array) => Float64Array): AftFit {
  const d = mean.length;
  const invStd = Array.from(std, (s) => (s !== 0 ? 1 / s : 0));
  const scaledMean = Array.from(mean, (m, j) => m * invStd[j]);
  const ctx: AftContext = { d, invStd, scaledMean, fitIntercept };
  const x0 = new Float64Array(d + 2);
  const res = minimize((x, g) => {
    const s = evaluate(ctx, x);
    const n = s[d + 3];
    for (let i = 0; i < d + 2; i++) g[i] = s[i] / n;
    if (!fitIntercept) g[d] = 0;
    return s[d + 2] / n;
  }, x0, { maxIter, tol, m: 10, strictLineSearch: true });
  const sol = res.x;
  let intercept = sol[d];
  if (fitIntercept) for (let j = 0; j < d; j++) intercept -= sol[j] * scaledMean[j];
  const coefficients = new Float64Array(d);
  for (let j = 0; j < d; j++) coefficients[j] = std[j] !== 0 ? sol[j] / std[j] : 0;
  return { coefficients, intercept, scale: Math.exp(sol[d + 1]), objectiveHistory: res.history };
}
