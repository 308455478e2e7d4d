/**
 * Alternating least squares as Spark's `ALS`: factors initialised to Gaussian vectors scaled to
 * unit length (absolute values when nonnegative) and kept in single precision; each iteration
 * solves the item factors from the user factors, then the users from the items. Explicit
 * feedback solves (Σ yyᵀ + λ·n·I) x = Σ r·y over an entity's n ratings (ALS-WR's λ·n);
 * implicit feedback (Hu, Koren, Volinsky) adds YᵀY, confidence c = 1 + α|r| and preference
 * r > 0, with n the count of positive ratings. Cholesky, or non-negative least squares
 * (Lawson–Hanson) when `nonnegative`.
 *
 * Distributed form (what the estimator runs): ratings are split into blocks, one per partition;
 * for each half-iteration every partition sums, per destination entity it rates, the normal
 * equation terms Σ c·yyᵀ, Σ p·y and the count n (`alsPartialStats`), the sums are merged with a
 * tree reduce, and the driver solves each entity (`alsSolveStats`). `fitAls` is the same
 * computation on one machine.
 */
import { cholesky, choleskySolve, SingularMatrixError } from './dense';

export interface AlsParams {
  rank: number;
  maxIter: number;
  regParam: number;
  implicitPrefs: boolean;
  alpha: number;
  nonnegative: boolean;
  seed: number;
}

export interface AlsFit {
  userFactors: Float32Array[];
  itemFactors: Float32Array[];
}

/** A seeded Gaussian stream (xorshift64* with Box–Muller). */
function gaussian(seed: number): () => number {
  let s = BigInt.asUintN(64, BigInt(Math.trunc(seed)) ^ 0x9e3779b97f4a7c15n) || 1n;
  const next = (): number => {
    s ^= s >> 12n;
    s ^= BigInt.asUintN(64, s << 25n);
    s ^= s >> 27n;
    const v = BigInt.asUintN(64, s * 0x2545f4914f6cdd1dn);
    return Number(v >> 11n) / 2 ** 53;
  };
  let spare: number | null = null;
  return () => {
    if (spare !== null) {
      const v = spare;
      spare = null;
      return v;
    }
    let u = 0;
    while (u === 0) u = next();
    const v = next();
    const r = Math.sqrt(-2 * Math.log(u));
    spare = r * Math.sin(2 * Math.PI * v);
    return r * Math.cos(2 * Math.PI * v);
  };
}

function initFactors(n: number, rank: number, seed: number, nonnegative: boolean): Float32Array[] {
  const g = gaussian(seed);
  const out: Float32Array[] = [];
  for (let i = 0; i < n; i++) {
    const f = new Float32Array(rank);
    let nrm = 0;
    for (let k = 0; k < rank; k++) {
      f[k] = g();
      nrm += f[k] * f[k];
    }
    nrm = Math.sqrt(nrm);
    for (let k = 0; k < rank; k++) f[k] = nonnegative ? Math.abs(f[k] / nrm) : f[k] / nrm;
    out.push(f);
  }
  return out;
}

/** Non-negative least squares min ½xᵀAx - bᵀx, x >= 0 (Lawson–Hanson active set on the normal equations). */
export function nnls(a: Float64Array, b: Float64Array, k: number): Float64Array {
  const x = new Float64Array(k);
  const passive = new Array<boolean>(k).fill(false);
  const grad = (): Float64Array => {
    const w = new Float64Array(k);
    for (let i = 0; i < k; i++) {
      let s = b[i];
      for (let j = 0; j < k; j++) s -= a[i * k + j] * x[j];
      w[i] = s;
    }
    return w;
  };
  const solvePassive = (): Float64Array => {
    const idx = passive.map((p, i) => (p ? i : -1)).filter((i) => i >= 0);
    const m = idx.length;
    const sub = new Float64Array(m * m);
    const rhs = new Float64Array(m);
    idx.forEach((i, r) => {
      rhs[r] = b[i];
      idx.forEach((j, c) => { sub[r * m + c] = a[i * k + j]; });
    });
    const z = new Float64Array(k);
    let sol: Float64Array;
    try {
      sol = choleskySolve(cholesky(sub, m), m, rhs);
    } catch (e) {
      if (!(e instanceof SingularMatrixError)) throw e;
      for (let r = 0; r < m; r++) sub[r * m + r] += 1e-10;
      sol = choleskySolve(cholesky(sub, m), m, rhs);
    }
    idx.forEach((i, r) => { z[i] = sol[r]; });
    return z;
  };
  for (let outer = 0; outer < 3 * k + 10; outer++) {
    const w = grad();
    let best = -1;
    let bw = 1e-12;
    for (let i = 0; i < k; i++) if (!passive[i] && w[i] > bw) { bw = w[i]; best = i; }
    if (best < 0) break;
    passive[best] = true;
    for (let inner = 0; inner < 3 * k + 10; inner++) {
      const z = solvePassive();
      let ok = true;
      for (let i = 0; i < k; i++) if (passive[i] && z[i] <= 0) ok = false;
      if (ok) {
        x.set(z);
        break;
      }
      let alpha = Infinity;
      for (let i = 0; i < k; i++) if (passive[i] && z[i] <= 0) alpha = Math.min(alpha, x[i] / (x[i] - z[i]));
      for (let i = 0; i < k; i++) {
        x[i] += alpha * (z[i] - x[i]);
        if (passive[i] && Math.abs(x[i]) < 1e-14) {
          passive[i] = false;
          x[i] = 0;
        }
      }
    }
  }
  return x;
}

/**
 * Solves every destination entity's factor from the source factors: `ratings` lists, per
 * destination, (source index, rating) pairs.
 */
function solveSide(src: Float32Array[], ratings: [number, number][][], p: AlsParams): Float32Array[] {
  const k = p.rank;
  let yty: Float64Array | null = null;
  if (p.implicitPrefs) {
    yty = new Float64Array(k * k);
    for (const f of src) for (let i = 0; i < k; i++) for (let j = 0; j < k; j++) yty[i * k + j] += f[i] * f[j];
  }
  return ratings.map((rs) => {
    const a = yty ? Float64Array.from(yty) : new Float64Array(k * k);
    const b = new Float64Array(k);
    let n = 0;
    for (const [s, r] of rs) {
      const f = src[s];
      let c = 1;
      let pref = r;
      if (p.implicitPrefs) {
        c = p.alpha * Math.abs(r);
        pref = r > 0 ? 1 + c : 0;
        if (r > 0) n++;
      } else n++;
      for (let i = 0; i < k; i++) {
        b[i] += pref * f[i];
        for (let j = 0; j < k; j++) a[i * k + j] += c * f[i] * f[j];
      }
    }
    const lambda = n * p.regParam;
    for (let i = 0; i < k; i++) a[i * k + i] += lambda;
    let x: Float64Array;
    if (p.nonnegative) x = nnls(a, b, k);
    else {
      try {
        x = choleskySolve(cholesky(a, k), k, b);
      } catch (e) {
        if (!(e instanceof SingularMatrixError)) throw e;
        for (let i = 0; i < k; i++) a[i * k + i] += 1e-10;
        x = choleskySolve(cholesky(a, k), k, b);
      }
    }
    return Float32Array.from(x);
  });
}

/** Fits factors for users 0..numUsers-1 and items 0..numItems-1 from (user, item, rating) triples. */
export function fitAls(users: ArrayLike<number>, items: ArrayLike<number>, ratings: ArrayLike<number>, numUsers: number, numItems: number, p: AlsParams): AlsFit {
  const byUser: [number, number][][] = Array.from({ length: numUsers }, () => []);
  const byItem: [number, number][][] = Array.from({ length: numItems }, () => []);
  for (let i = 0; i < ratings.length; i++) {
    byUser[users[i]].push([items[i], ratings[i]]);
    byItem[items[i]].push([users[i], ratings[i]]);
  }
  let userFactors = initFactors(numUsers, p.rank, p.seed, p.nonnegative);
  let itemFactors = initFactors(numItems, p.rank, p.seed + 1, p.nonnegative);
  for (let it = 0; it < p.maxIter; it++) {
    itemFactors = solveSide(userFactors, byItem, p);
    userFactors = solveSide(itemFactors, byUser, p);
  }
  return { userFactors, itemFactors };
}

/** Single-precision dot product, as Spark's blas.sdot of the factors. */
export function predictAls(u: ArrayLike<number>, v: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < u.length; i++) s = Math.fround(s + Math.fround(u[i] * v[i]));
  return s;
}

/** One partition's ratings: user index, item index and rating columns. */
export interface RatingBlock {
  u: Float64Array;
  i: Float64Array;
  r: Float64Array;
}

export function makeRatingBlocks(users: ArrayLike<number>, items: ArrayLike<number>, ratings: ArrayLike<number>, parts: number): RatingBlock[] {
  const n = ratings.length;
  const out: RatingBlock[] = [];
  for (let p = 0; p < parts; p++) {
    const from = Math.floor((p * n) / parts);
    const to = Math.floor(((p + 1) * n) / parts);
    out.push({ u: Float64Array.from({ length: to - from }, (_, k) => users[from + k]), i: Float64Array.from({ length: to - from }, (_, k) => items[from + k]), r: Float64Array.from({ length: to - from }, (_, k) => ratings[from + k]) });
  }
  return out;
}

/** Stats layout per destination: k×k matrix, k vector, count. */
const statWidth = (k: number): number => k * k + k + 1;

/**
 * A partition's normal-equation sums for every destination (items when `toItems`, else users)
 * from the source factors (row-major, k per entity).
 */
export function alsPartialStats(b: RatingBlock, src: ArrayLike<number>, k: number, toItems: boolean, numDst: number, implicitPrefs: boolean, alpha: number): Float64Array {
  const w = statWidth(k);
  const out = new Float64Array(numDst * w);
  for (let t = 0; t < b.r.length; t++) {
    const dst = toItems ? b.i[t] : b.u[t];
    const s = (toItems ? b.u[t] : b.i[t]) * k;
    const r = b.r[t];
    let c = 1;
    let pref = r;
    let counts = true;
    if (implicitPrefs) {
      c = alpha * Math.abs(r);
      pref = r > 0 ? 1 + c : 0;
      counts = r > 0;
    }
    const o = dst * w;
    for (let a = 0; a < k; a++) {
      const fa = src[s + a];
      out[o + k * k + a] += pref * fa;
      for (let bb = 0; bb < k; bb++) out[o + a * k + bb] += c * fa * src[s + bb];
    }
    if (counts) out[o + k * k + k] += 1;
  }
  return out;
}

/** Solves every destination from merged stats; returns the factors row-major (single precision). */
export function alsSolveStats(stats: Float64Array, numDst: number, src: ArrayLike<number>, numSrc: number, p: AlsParams): Float32Array {
  const k = p.rank;
  const w = statWidth(k);
  let yty: Float64Array | null = null;
  if (p.implicitPrefs) {
    yty = new Float64Array(k * k);
    for (let e = 0; e < numSrc; e++) for (let a = 0; a < k; a++) for (let bb = 0; bb < k; bb++) yty[a * k + bb] += Math.fround(src[e * k + a]) * Math.fround(src[e * k + bb]);
  }
  const out = new Float32Array(numDst * k);
  for (let d = 0; d < numDst; d++) {
    const o = d * w;
    const a = Float64Array.from(stats.subarray(o, o + k * k));
    if (yty) for (let t = 0; t < k * k; t++) a[t] += yty[t];
    const b = Float64Array.from(stats.subarray(o + k * k, o + k * k + k));
    const lambda = stats[o + k * k + k] * p.regParam;
    for (let t = 0; t < k; t++) a[t * k + t] += lambda;
    let x: Float64Array;
    if (p.nonnegative) x = nnls(a, b, k);
    else {
      try {
        x = choleskySolve(cholesky(a, k), k, b);
      } catch (e) {
        if (!(e instanceof SingularMatrixError)) throw e;
        for (let t = 0; t < k; t++) a[t * k + t] += 1e-10;
        x = choleskySolve(cholesky(a, k), k, b);
      }
    }
    out.set(Float32Array.from(x), d * k);
  }
  return out;
}

/** Initial factors (row-major) for n entities, as `fitAls` draws them. */
export function alsInitFactors(n: number, p: AlsParams, which: 0 | 1): Float32Array {
  const fs = initFactors(n, p.rank, p.seed + which, p.nonnegative);
  const out = new Float32Array(n * p.rank);
  fs.forEach((f, e) => out.set(f, e * p.rank));
  return out;
}
