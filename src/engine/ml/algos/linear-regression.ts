/**
 * Linear regression as Spark's `LinearRegression` trains it.
 *
 * - Statistics per partition (`lsStats` → `mergeStats`): weight sums, label moments and
 *   the packed AᵀWA / AᵀWb of the normal equations, so a treeAggregate over executors
 *   gives the driver everything the "normal" solver needs.
 * - `solveNormal`: WeightedLeastSquares in the standardised space (features and label
 *   scaled by their population std, L2 on the diagonal, Cholesky; OWL-QN on the normal
 *   equations when elasticNetParam > 0, or when the matrix is singular).
 * - `fitLbfgs`: the "l-bfgs" solver: loss ½·Σw(Σβⱼ(xⱼ-μⱼ)/σⱼ - (y-ȳ)/σy)²/Σw in the scaled,
 *   centred space (σ the unbiased weighted std), L2 ½λ₂Σβ², L1 by OWL-QN, effective
 *   regParam = regParam/σy. `lossAndGradient` is the per-partition part.
 */
import type { Block } from './dataset';
import { SingularMatrixError, cholesky, choleskyInverseDiagonal, choleskySolve, packedIndex } from './dense';
import { minimize } from './optim';

/** Layout of the statistics vector for d features. */
export function statsLayout(d: number) {
  const tri = (d * (d + 1)) / 2;
  return { wSum: 0, wwSum: 1, count: 2, bSum: 3, bbSum: 4, aSum: 5, abSum: 5 + d, aaSum: 5 + 2 * d, length: 5 + 2 * d + tri };
}

/** One partition's sufficient statistics (added to `acc` when given). */
export function lsStats(b: Block, acc?: Float64Array): Float64Array {
  const d = b.d;
  const L = statsLayout(d);
  const s = acc ?? new Float64Array(L.length);
  const { x, y, w } = b;
  for (let r = 0; r < b.n; r++) {
    const wt = w[r];
    if (wt === 0) continue;
    const lab = y[r];
    s[L.wSum] += wt;
    s[L.wwSum] += wt * wt;
    s[L.count] += 1;
    s[L.bSum] += wt * lab;
    s[L.bbSum] += wt * lab * lab;
    const off = r * d;
    for (let j = 0; j < d; j++) {
      const xj = x[off + j];
      if (xj === 0) continue;
      const wx = wt * xj;
      s[L.aSum + j] += wx;
      s[L.abSum + j] += wx * lab;
      const col = L.aaSum + (j * (j + 1)) / 2;
      for (let i = 0; i <= j; i++) s[col + i] += wx * x[off + i];
    }
  }
  return s;
}

export function mergeStats(a: Float64Array, b: Float64Array): Float64Array {
  for (let i = 0; i < a.length; i++) a[i] += b[i];
  return a;
}

export interface LinearParams {
  regParam: number;
  elasticNetParam: number;
  fitIntercept: boolean;
  standardization: boolean;
  maxIter: number;
  tol: number;
}

export interface LinearFit {
  coefficients: Float64Array;
  intercept: number;
  /** Diagonal of (AᵀWA)⁻¹ in the original space (intercept last); [0] when unavailable. */
  diagInvAtWA: Float64Array;
  objectiveHistory: number[];
}

/** Spark's normal-equation solver (WeightedLeastSquares with standardizeLabel = true). */
export function solveNormal(stats: Float64Array, d: number, p: LinearParams): LinearFit {
  const L = statsLayout(d);
  const wSum = stats[L.wSum];
  if (!(stats[L.count] > 0)) throw new Error('requirement failed: Sum of weights cannot be zero.');
  const rawBBar = stats[L.bSum] / wSum;
  const rawBStd = Math.sqrt(Math.max(stats[L.bbSum] / wSum - rawBBar * rawBBar, 0));
  const k = p.fitIntercept ? d + 1 : d;
  if (rawBStd === 0) {
    if (p.fitIntercept || rawBBar === 0) {
      return { coefficients: new Float64Array(d), intercept: p.fitIntercept ? rawBBar : 0, diagInvAtWA: new Float64Array(k), objectiveHistory: [0] };
    }
    if (p.regParam > 0) {
      throw new Error('requirement failed: The standard deviation of the label is zero. Model cannot be regularized with standardization=true');
    }
  }
  const bStd = rawBStd === 0 ? Math.abs(rawBBar) : rawBStd;
  const bBar = rawBBar / bStd;
  const bbBar = stats[L.bbSum] / wSum / (bStd * bStd);
  const aStd = new Float64Array(d);
  const aBar = new Float64Array(d);
  const abBar = new Float64Array(d);
  for (let j = 0; j < d; j++) {
    const mean = stats[L.aSum + j] / wSum;
    aStd[j] = Math.sqrt(Math.max(stats[L.aaSum + packedIndex(j, j)] / wSum - mean * mean, 0));
    aBar[j] = aStd[j] !== 0 ? mean / aStd[j] : 0;
    abBar[j] = aStd[j] !== 0 ? stats[L.abSum + j] / wSum / (aStd[j] * bStd) : 0;
  }
  const effReg = p.regParam / bStd;
  const effL1 = p.elasticNetParam * effReg;
  const effL2 = (1 - p.elasticNetParam) * effReg;
  // Standardised AᵀWA / Σw with the L2 term on the diagonal, then the intercept row.
  const aa = new Float64Array(k * k);
  for (let j = 0; j < d; j++) for (let i = 0; i <= j; i++) {
    const si = aStd[i];
    const sj = aStd[j];
    const v = si !== 0 && sj !== 0 ? stats[L.aaSum + packedIndex(i, j)] / wSum / (si * sj) : 0;
    aa[i * k + j] = v;
    aa[j * k + i] = v;
  }
  for (let j = 0; j < d; j++) {
    let lambda = effL2;
    if (!p.standardization) lambda = aStd[j] !== 0 ? lambda / (aStd[j] * aStd[j]) : 0;
    aa[j * k + j] += lambda;
  }
  const ab = new Float64Array(k);
  ab.set(abBar);
  if (p.fitIntercept) {
    for (let j = 0; j < d; j++) {
      aa[j * k + d] = aBar[j];
      aa[d * k + j] = aBar[j];
    }
    aa[d * k + d] = 1;
    ab[d] = bBar;
  }
  let solution: Float64Array;
  let diag: Float64Array | null = null;
  let history = [0];
  const quasiNewton = (): Float64Array => {
    const x0 = new Float64Array(k);
    if (p.fitIntercept) x0[d] = bBar;
    const res = minimize((x, g) => {
      // ½xᵀAx - bᵀx + ½bbBar
      let f = 0.5 * bbBar;
      for (let i = 0; i < k; i++) {
        let ax = 0;
        for (let j = 0; j < k; j++) ax += aa[i * k + j] * x[j];
        g[i] = ax - ab[i];
        f += 0.5 * x[i] * ax - ab[i] * x[i];
      }
      return f;
    }, x0, {
      maxIter: p.maxIter, tol: p.tol, m: 10,
      l1: effL1 !== 0 ? (i) => (p.fitIntercept && i === d ? 0 : p.standardization ? effL1 : aStd[i] !== 0 ? effL1 / aStd[i] : 0) : undefined,
    });
    history = res.history;
    return res.x;
  };
  if (effL1 !== 0) solution = quasiNewton();
  else {
    try {
      const l = cholesky(aa, k);
      solution = choleskySolve(l, k, ab);
      diag = choleskyInverseDiagonal(l, k);
    } catch (e) {
      if (!(e instanceof SingularMatrixError)) throw e;
      solution = quasiNewton();
    }
  }
  const coefficients = new Float64Array(d);
  for (let j = 0; j < d; j++) coefficients[j] = aStd[j] !== 0 ? (solution[j] * bStd) / aStd[j] : 0;
  const intercept = p.fitIntercept ? solution[d] * bStd : 0;
  let diagInvAtWA: Float64Array;
  if (diag) {
    diagInvAtWA = new Float64Array(k);
    for (let i = 0; i < k; i++) {
      const mult = p.fitIntercept && i === d ? 1 : aStd[i] * aStd[i];
      diagInvAtWA[i] = diag[i] / (wSum * mult);
    }
  } else diagInvAtWA = new Float64Array([0]);
  return { coefficients, intercept, diagInvAtWA, objectiveHistory: history };
}

/** Weighted mean and unbiased std of label and features (Spark's Summarizer) from `lsStats`. */
export function summarizerMoments(stats: Float64Array, d: number): { yMean: number; yStd: number; mean: Float64Array; std: Float64Array; wSum: number } {
  const L = statsLayout(d);
  const wSum = stats[L.wSum];
  const denom = wSum - stats[L.wwSum] / wSum;
  const variance = (sum: number, sumSq: number): number => {
    const m = sum / wSum;
    const v = (sumSq - wSum * m * m) / denom;
    return denom > 0 && v > 0 ? v : 0;
  };
  const mean = new Float64Array(d);
  const std = new Float64Array(d);
  for (let j = 0; j < d; j++) {
    mean[j] = stats[L.aSum + j] / wSum;
    std[j] = Math.sqrt(variance(stats[L.aSum + j], stats[L.aaSum + packedIndex(j, j)]));
  }
  return { yMean: stats[L.bSum] / wSum, yStd: Math.sqrt(variance(stats[L.bSum], stats[L.bbSum])), mean, std, wSum };
}

/** Scaled-space context of the l-bfgs loss, shipped to the partitions with the coefficients. */
export interface LsContext {
  d: number;
  mean: Float64Array;
  std: Float64Array;
  yMean: number;
  yStd: number;
  fitIntercept: boolean;
}

/** One partition's Σ½w·diff² and its gradient (length d + 1: gradient, then the loss). */
export function lossAndGradient(b: Block, beta: Float64Array, c: LsContext, acc?: Float64Array): Float64Array {
  const d = b.d;
  const out = acc ?? new Float64Array(d + 1);
  const scaled = new Float64Array(d);
  let offset = c.fitIntercept ? c.yMean / c.yStd : 0;
  for (let j = 0; j < d; j++) {
    scaled[j] = c.std[j] !== 0 ? beta[j] / c.std[j] : 0;
    if (c.fitIntercept) offset -= scaled[j] * c.mean[j];
  }
  const { x, y, w } = b;
  for (let r = 0; r < b.n; r++) {
    const wt = w[r];
    if (wt === 0) continue;
    const off = r * d;
    let dot = 0;
    for (let j = 0; j < d; j++) dot += scaled[j] * x[off + j];
    const diff = dot - y[r] / c.yStd + offset;
    const wd = wt * diff;
    out[d] += 0.5 * wd * diff;
    for (let j = 0; j < d; j++) {
      if (c.std[j] === 0) continue;
      const xs = c.fitIntercept ? (x[off + j] - c.mean[j]) / c.std[j] : x[off + j] / c.std[j];
      out[j] += wd * xs;
    }
  }
  return out;
}

/**
 * The l-bfgs solver. `evaluate(beta)` returns Σ over partitions of `lossAndGradient`
 * (the caller decides where partitions live); `stats` are the `lsStats` totals.
 */
export function fitLbfgs(stats: Float64Array, d: number, p: LinearParams, evaluate: (beta: Float64Array, c: LsContext) => Float64Array): LinearFit {
  const m = summarizerMoments(stats, d);
  if (m.yStd === 0) {
    if (p.fitIntercept || m.yMean === 0) {
      return { coefficients: new Float64Array(d), intercept: p.fitIntercept ? m.yMean : 0, diagInvAtWA: new Float64Array([0]), objectiveHistory: [0] };
    }
    if (p.regParam !== 0) throw new Error('requirement failed: The standard deviation of the label is zero. Model cannot be regularized.');
  }
  const yStd = m.yStd > 0 ? m.yStd : Math.abs(m.yMean);
  const ctx: LsContext = { d, mean: m.mean, std: m.std, yMean: m.yMean, yStd, fitIntercept: p.fitIntercept };
  const effReg = p.regParam / yStd;
  const effL1 = p.elasticNetParam * effReg;
  const effL2 = (1 - p.elasticNetParam) * effReg;
  const res = minimize((beta, g) => {
    const lg = evaluate(beta, ctx);
    let f = lg[d] / m.wSum;
    for (let j = 0; j < d; j++) g[j] = lg[j] / m.wSum;
    if (effL2 !== 0) {
      for (let j = 0; j < d; j++) {
        if (p.standardization) {
          f += 0.5 * effL2 * beta[j] * beta[j];
          g[j] += effL2 * beta[j];
        } else if (m.std[j] !== 0) {
          const t = beta[j] / (m.std[j] * m.std[j]);
          f += 0.5 * effL2 * beta[j] * t;
          g[j] += effL2 * t;
        }
      }
    }
    return f;
  }, new Float64Array(d), {
    maxIter: p.maxIter, tol: p.tol, m: 10,
    l1: p.elasticNetParam !== 0 && effReg !== 0 ? (j) => (p.standardization ? effL1 : m.std[j] !== 0 ? effL1 / m.std[j] : 0) : undefined,
  });
  const coefficients = new Float64Array(d);
  let intercept = p.fitIntercept ? m.yMean : 0;
  for (let j = 0; j < d; j++) {
    coefficients[j] = m.std[j] !== 0 ? (res.x[j] * yStd) / m.std[j] : 0;
    if (p.fitIntercept) intercept -= coefficients[j] * m.mean[j];
  }
  return { coefficients, intercept, diagInvAtWA: new Float64Array([0]), objectiveHistory: res.history };
}

/** Chooses Spark's solver: "auto" is the normal-equation solver (WeightedLeastSquares) up to 4096 features. */
export function useNormalSolver(solver: string, _p: LinearParams, d: number): boolean {
  if (solver === 'normal') return true;
  if (solver === 'l-bfgs') return false;
  return d <= 4096;
}

/** Convenience for local data: fits on in-memory blocks. */
export function fitLinear(blocks: Block[], d: number, p: LinearParams, solver = 'auto'): LinearFit {
  const stats = new Float64Array(statsLayout(d).length);
  for (const b of blocks) lsStats(b, stats);
  if (useNormalSolver(solver, p, d)) return solveNormal(stats, d, p);
  return fitLbfgs(stats, d, p, (beta, c) => {
    const acc = new Float64Array(d + 1);
    for (const b of blocks) lossAndGradient(b, beta, c, acc);
    return acc;
  });
}
