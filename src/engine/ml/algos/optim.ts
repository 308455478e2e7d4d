/**
 * First-order minimisers with Breeze's semantics (what Spark's ML optimisers run on):
 * L-BFGS with a strong-Wolfe line search, and OWL-QN (L-BFGS over the orthant-wise
 * pseudo-gradient, backtracking line search) for L1 terms. Convergence as Breeze's
 * default check: maximum iterations, the function value unchanged relative to the first
 * value within `tol` over the last 20 values, or the sup-norm of the (pseudo-)gradient
 * below `max(tol * |f|, 1e-8)`.
 */

/** Objective: value and gradient at x (the gradient is written into `grad`). */
export type DiffFunction = (x: Float64Array, grad: Float64Array) => number;

export interface MinimizeResult {
  x: Float64Array;
  /** Objective (plus the L1 term for OWL-QN) at the start and after every iteration. */
  history: number[];
  iterations: number;
}

export interface MinimizeOptions {
  maxIter: number;
  tol: number;
  /** History size (Spark uses 10). */
  m?: number;
  /** Per-coordinate L1 weights: OWL-QN when present and any is non-zero. */
  l1?: (i: number) => number;
  /**
   * Breeze's handling of a failed strong-Wolfe search (no step within 10 expansions / 10 zooms):
   * the history is reset and the iteration retried once, a second failure ends the run at the
   * current point. Off by default (the step reached is then taken).
   */
  strictLineSearch?: boolean;
}

const dot = (a: Float64Array, b: Float64Array): number => {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
};
const norm2 = (a: Float64Array): number => Math.sqrt(dot(a, a));
const normInf = (a: Float64Array): number => {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i]));
  return m;
};

/** Two-loop recursion: -H·g from the (s, y) history. */
function lbfgsDirection(g: Float64Array, S: Float64Array[], Y: Float64Array[]): Float64Array {
  const d = Float64Array.from(g, (v) => -v);
  const k = S.length;
  const alpha = new Float64Array(k);
  const rho = new Float64Array(k);
  for (let i = k - 1; i >= 0; i--) {
    rho[i] = 1 / dot(Y[i], S[i]);
    alpha[i] = rho[i] * dot(S[i], d);
    const y = Y[i];
    for (let j = 0; j < d.length; j++) d[j] -= alpha[i] * y[j];
  }
  if (k > 0) {
    const yy = dot(Y[k - 1], Y[k - 1]);
    const gamma = yy > 0 ? dot(S[k - 1], Y[k - 1]) / yy : 1;
    for (let j = 0; j < d.length; j++) d[j] *= gamma;
  }
  for (let i = 0; i < k; i++) {
    const beta = rho[i] * dot(Y[i], d);
    const s = S[i];
    for (let j = 0; j < d.length; j++) d[j] += s[j] * (alpha[i] - beta);
  }
  return d;
}

/** Cubic interpolation minimiser between two points with values and derivatives. */
function interpolate(a0: number, f0: number, d0: number, a1: number, f1: number, d1: number): number {
  const d1p = d0 + d1 - 3 * (f0 - f1) / (a0 - a1);
  const disc = d1p * d1p - d0 * d1;
  if (disc < 0 || !Number.isFinite(disc)) return (a0 + a1) / 2;
  const d2 = Math.sign(a1 - a0) * Math.sqrt(disc);
  const t = a1 - (a1 - a0) * ((d1 + d2 - d1p) / (d1 - d0 + 2 * d2));
  const lo = Math.min(a0, a1);
  const hi = Math.max(a0, a1);
  if (!Number.isFinite(t) || t <= lo || t >= hi) return (a0 + a1) / 2;
  return t;
}

/** Strong Wolfe line search (Nocedal & Wright 3.5/3.6; c1 1e-4, c2 0.9, 10 + 10 iterations). */
function strongWolfe(phi: (a: number) => [number, number], f0: number, d0: number, init: number, strict = false): number {
  const c1 = 1e-4;
  const c2 = 0.9;
  let aPrev = 0;
  let fPrev = f0;
  let dPrev = d0;
  let a = init;
  const zoom = (lo: number, flo: number, dlo: number, hi: number, fhi: number, dhi: number): number => {
    for (let i = 0; i < 10; i++) {
      const aj = interpolate(lo, flo, dlo, hi, fhi, dhi);
      const [fj, dj] = phi(aj);
      if (fj > f0 + c1 * aj * d0 || fj >= flo) {
        hi = aj; fhi = fj; dhi = dj;
      } else {
        if (Math.abs(dj) <= -c2 * d0) return aj;
        if (dj * (hi - lo) >= 0) {
          hi = lo; fhi = flo; dhi = dlo;
        }
        lo = aj; flo = fj; dlo = dj;
      }
    }
    if (strict) return NaN;
    return lo > 0 ? lo : (lo + hi) / 2;
  };
  for (let i = 0; i < 10; i++) {
    const [fa, da] = phi(a);
    if (fa > f0 + c1 * a * d0 || (i > 0 && fa >= fPrev)) return zoom(aPrev, fPrev, dPrev, a, fa, da);
    if (Math.abs(da) <= -c2 * d0) return a;
    if (da >= 0) return zoom(a, fa, da, aPrev, fPrev, dPrev);
    aPrev = a; fPrev = fa; dPrev = da;
    a *= 1.5;
  }
  return strict ? NaN : a;
}

/** Minimises f from x0 (L-BFGS, or OWL-QN when `l1` gives a non-zero weight). */
export function minimize(f: DiffFunction, x0: Float64Array, opts: MinimizeOptions): MinimizeResult {
  const n = x0.length;
  const m = opts.m ?? 10;
  const l1w = new Float64Array(n);
  let owlqn = false;
  if (opts.l1) {
    for (let i = 0; i < n; i++) {
      l1w[i] = opts.l1(i);
      if (l1w[i] !== 0) owlqn = true;
    }
  }
  const l1Term = (x: Float64Array): number => {
    let s = 0;
    for (let i = 0; i < n; i++) s += l1w[i] * Math.abs(x[i]);
    return s;
  };
  const pseudo = (x: Float64Array, g: Float64Array): Float64Array => {
    if (!owlqn) return g;
    const p = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const l = l1w[i];
      if (x[i] === 0) {
        const plus = g[i] + l;
        const minus = g[i] - l;
        p[i] = minus > 0 ? minus : plus < 0 ? plus : 0;
      } else p[i] = g[i] + Math.sign(x[i]) * l;
    }
    return p;
  };
  let x: Float64Array = Float64Array.from(x0);
  let g: Float64Array = new Float64Array(n);
  let fx = f(x, g);
  let adjF = fx + (owlqn ? l1Term(x) : 0);
  let adjG: Float64Array = pseudo(x, g);
  const initial = adjF;
  const history = [adjF];
  const fvals: number[] = [adjF];
  const S: Float64Array[] = [];
  const Y: Float64Array[] = [];
  let iter = 0;
  let retried = false;
  const converged = (): boolean => {
    if (iter >= opts.maxIter && opts.maxIter >= 0) return true;
    if (normInf(adjG) <= Math.max(opts.tol * Math.abs(adjF), 1e-8)) return true;
    if (fvals.length >= 2 && Math.abs(adjF - Math.max(...fvals.slice(0, -1))) <= opts.tol * Math.abs(initial)) return true;
    return false;
  };
  if (opts.maxIter === 0) return { x, history, iterations: 0 };
  while (!converged()) {
    let dir = lbfgsDirection(adjG, S, Y);
    if (owlqn) for (let i = 0; i < n; i++) if (dir[i] * adjG[i] >= 0) dir[i] = 0;
    let dd = dot(dir, adjG);
    if (!(dd < 0)) {
      // Not a descent direction: restart from steepest descent.
      S.length = 0; Y.length = 0;
      dir = Float64Array.from(adjG, (v) => -v);
      dd = dot(dir, adjG);
      if (!(dd < 0)) break;
    }
    const orthant = new Float64Array(n);
    if (owlqn) for (let i = 0; i < n; i++) orthant[i] = x[i] !== 0 ? Math.sign(x[i]) : Math.sign(-adjG[i]);
    const step = (alpha: number): Float64Array => {
      const nx = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        nx[i] = x[i] + alpha * dir[i];
        if (owlqn && Math.sign(nx[i]) !== orthant[i]) nx[i] = 0;
      }
      return nx;
    };
    let alpha: number;
    const ng = new Float64Array(n);
    if (owlqn) {
      const shrink = iter < 1 ? 0.1 : 0.5;
      alpha = iter < 1 ? 0.5 / norm2(adjG) : 1;
      let ok = false;
      for (let k = 0; k < 20; k++) {
        const nx = step(alpha);
        const v = f(nx, ng) + l1Term(nx);
        if (v <= adjF + 1e-4 * alpha * dd) {
          ok = true;
          break;
        }
        alpha *= shrink;
        if (alpha < 1e-10) break;
      }
      if (!ok) break;
    } else {
      const phi = (a: number): [number, number] => {
        const nx = step(a);
        const v = f(nx, ng);
        return [v, dot(ng, dir)];
      };
      alpha = strongWolfe(phi, fx, dd, iter === 0 ? 1 / norm2(dir) : 1, opts.strictLineSearch);
      if (!(alpha > 0) || !Number.isFinite(alpha)) {
        if (opts.strictLineSearch && !retried && S.length > 0) {
          // Breeze: the first failure resets the history and retries; the next one gives up.
          retried = true;
          S.length = 0; Y.length = 0;
          continue;
        }
        break;
      }
    }
    const nx = step(alpha);
    const newG = new Float64Array(n);
    const nf = f(nx, newG);
    const s = new Float64Array(n);
    const y = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      s[i] = nx[i] - x[i];
      y[i] = newG[i] - g[i];
    }
    if (dot(s, y) > 1e-300) {
      S.push(s); Y.push(y);
      if (S.length > m) {
        S.shift(); Y.shift();
      }
    }
    x = nx; g = newG; fx = nf;
    adjF = fx + (owlqn ? l1Term(x) : 0);
    adjG = pseudo(x, g);
    iter++;
    history.push(adjF);
    fvals.push(adjF);
    if (fvals.length > 20) fvals.shift();
  }
  return { x, history, iterations: iter };
}
