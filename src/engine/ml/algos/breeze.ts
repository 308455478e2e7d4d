/**
 * Breeze's first-order minimisers step for step, as Spark's ML estimators drive them
 * (breeze.optimize.LBFGS / OWLQN over FirstOrderMinimizer): the same descent direction
 * (two-loop recursion, newest pair first, NaNHistory on a negative curvature pair), the same
 * line searches (strong Wolfe with cubic zoom for L-BFGS; OWL-QN's backtracking search that
 * grows by 2.1 on a too-steep slope and starts from the unadjusted value), the same history
 * reset on a first failure, and Breeze's default convergence check (max iterations; function
 * values over the last 20 adjusted values, which start with +Inf; the 2-norm of the adjusted
 * gradient). Estimators that must reproduce Spark's iterates (LinearSVC, multinomial
 * logistic regression, MLP, FM) use this file; `optim.ts` is the older, looser version.
 */

/** Objective: value and gradient at x (the gradient is written into `grad`). */
export type DiffFunction = (x: Float64Array, grad: Float64Array) => number;

export interface BreezeOptions {
  maxIter: number;
  tol: number;
  /** History size (Spark uses 10). */
  m?: number;
  /** OWL-QN (even with all-zero L1 weights, as LinearSVC runs it). */
  owlqn?: boolean;
  /** Per-coordinate L1 weights for OWL-QN. */
  l1?: (i: number) => number;
}

export interface BreezeResult {
  x: Float64Array;
  /** adjustedValue of every state the iterator produced (Spark's objectiveHistory). */
  history: number[];
  iterations: number;
}

class FirstOrderError extends Error {}

const dot = (a: ArrayLike<number>, b: ArrayLike<number>): number => {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
};
const norm = (a: ArrayLike<number>): number => Math.sqrt(dot(a, a));

interface State {
  x: Float64Array;
  value: number;
  grad: Float64Array;
  adjValue: number;
  adjGrad: Float64Array;
  iter: number;
  /** newest first */
  S: Float64Array[];
  Y: Float64Array[];
  fvals: number[];
  searchFailed: boolean;
}

function inverseHessianTimes(S: Float64Array[], Y: Float64Array[], grad: Float64Array): Float64Array {
  const k = S.length;
  let diag = 1;
  if (k > 0) {
    const sy = dot(S[0], Y[0]);
    const yy = dot(Y[0], Y[0]);
    if (sy < 0 || Number.isNaN(sy)) throw new FirstOrderError('NaNHistory');
    diag = sy / yy;
  }
  const dir = Float64Array.from(grad);
  const as = new Float64Array(k);
  const rho = new Float64Array(k);
  for (let i = 0; i < k; i++) {
    rho[i] = dot(S[i], Y[i]);
    as[i] = dot(S[i], dir) / rho[i];
    if (Number.isNaN(as[i])) throw new FirstOrderError('NaNHistory');
    const y = Y[i];
    const a = -as[i];
    for (let j = 0; j < dir.length; j++) dir[j] += a * y[j];
  }
  for (let j = 0; j < dir.length; j++) dir[j] *= diag;
  for (let i = k - 1; i >= 0; i--) {
    const beta = dot(Y[i], dir) / rho[i];
    const s = S[i];
    const a = as[i] - beta;
    for (let j = 0; j < dir.length; j++) dir[j] += a * s[j];
  }
  for (let j = 0; j < dir.length; j++) dir[j] *= -1;
  return dir;
}

interface Bracket { t: number; dd: number; fval: number }

function interp(l: Bracket, r: Bracket): number {
  const d1 = l.dd + r.dd - 3 * (l.fval - r.fval) / (l.t - r.t);
  const d2 = Math.sqrt(d1 * d1 - l.dd * r.dd);
  const mult = r.t - l.t;
  const t = r.t - mult * (r.dd + d2 - d1) / (r.dd - l.dd + 2 * d2);
  const lb = l.t + 0.1 * (r.t - l.t);
  const ub = l.t + 0.9 * (r.t - l.t);
  if (t < lb) return lb;
  if (t > ub) return ub;
  return t;
}

function strongWolfe(phiF: (t: number) => [number, number], init: number): number {
  const c1 = 1e-4;
  const c2 = 0.9;
  const phi = (t: number): Bracket => {
    const [fval, dd] = phiF(t);
    return { t, dd, fval };
  };
  let t = init;
  let low = phi(0);
  const fval = low.fval;
  const dd = low.dd;
  if (dd > 0) throw new FirstOrderError('Line search invoked with non-descent direction');
  const zoom = (linit: Bracket, rinit: Bracket): number => {
    let lo = linit;
    let hi = rinit;
    for (let i = 0; i < 10; i++) {
      const tt = lo.t > hi.t ? interp(hi, lo) : interp(lo, hi);
      const c = phi(tt);
      if (c.fval > fval + c1 * c.t * dd || c.fval >= lo.fval) hi = c;
      else {
        if (Math.abs(c.dd) <= c2 * Math.abs(dd)) return c.t;
        if (c.dd * (hi.t - lo.t) >= 0) hi = lo;
        lo = c;
      }
    }
    throw new FirstOrderError('Line search zoom failed');
  };
  for (let i = 0; i < 10; i++) {
    const c = phi(t);
    if (!Number.isFinite(c.fval)) {
      t /= 2;
      continue;
    }
    if (c.fval > fval + c1 * t * dd || (c.fval >= low.fval && i > 0)) return zoom(low, c);
    if (Math.abs(c.dd) <= c2 * Math.abs(dd)) return c.t;
    if (c.dd >= 0) return zoom(c, low);
    low = c;
    t *= 1.5;
  }
  throw new FirstOrderError('Line search failed');
}

function backtracking(ff: (a: number) => [number, number], initfval: number, shrink: number, init: number): number {
  const [f0, df0] = ff(0);
  const initDeriv = ff(init)[1];
  let alpha = init;
  let fval = initfval;
  let fderiv = initDeriv;
  let iter = 0;
  for (;;) {
    const mult = fval > f0 + alpha * df0 * 1e-4 ? shrink
      : fderiv < 0.9 * df0 ? 2.1
        : fderiv > -0.9 * df0 ? shrink : 1;
    if (mult === 1) return alpha;
    const na = alpha * mult;
    if (na < 1e-10) throw new FirstOrderError('StepSizeUnderflow');
    if (na > 1e10) throw new FirstOrderError('StepSizeOverflow');
    const [fv, fd] = ff(na);
    iter++;
    if (iter >= 20) return alpha;
    alpha = na;
    fval = fv;
    fderiv = fd;
  }
}

/** Minimises f from x0 as Breeze's LBFGS (or OWLQN) iterations would. */
export function breezeMinimize(f: DiffFunction, x0: Float64Array, opts: BreezeOptions): BreezeResult {
  const n = x0.length;
  const m = opts.m ?? 10;
  const l1w = new Float64Array(n);
  if (opts.l1) for (let i = 0; i < n; i++) l1w[i] = opts.l1(i);
  const owlqn = opts.owlqn === true || l1w.some((v) => v !== 0);
  // CachedDiffFunction: the last point's value and gradient.
  let cx: Float64Array | null = null;
  let cv = 0;
  let cg = new Float64Array(n);
  const calc = (x: Float64Array): [number, Float64Array] => {
    if (cx && cx.every((v, i) => Object.is(v, x[i]))) return [cv, Float64Array.from(cg)];
    const g = new Float64Array(n);
    const v = f(x, g);
    cx = Float64Array.from(x);
    cv = v;
    cg = g;
    return [v, Float64Array.from(g)];
  };
  const adjust = (x: Float64Array, g: Float64Array, v: number): [number, Float64Array] => {
    if (!owlqn) return [v, g];
    const res = new Float64Array(n);
    let l1 = 0;
    for (let i = 0; i < n; i++) {
      const l = l1w[i];
      if (x[i] === 0) {
        const plus = g[i] + l;
        const minus = g[i] - l;
        res[i] = minus > 0 ? minus : plus < 0 ? plus : 0;
      } else res[i] = g[i] + Math.sign(x[i]) * l;
      l1 += l * Math.abs(x[i]);
    }
    return [v + l1, res];
  };
  const takeStep = (s: State, dir: Float64Array, step: number): Float64Array => {
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const v = s.x[i] + dir[i] * step;
      if (owlqn) {
        const orth = s.x[i] !== 0 ? Math.sign(s.x[i]) : Math.sign(-s.adjGrad[i]);
        out[i] = Math.sign(v) === orth ? v : 0;
      } else out[i] = v;
    }
    return out;
  };
  const [v0, g0] = calc(Float64Array.from(x0));
  const [a0, ag0] = adjust(x0, g0, v0);
  let state: State = { x: Float64Array.from(x0), value: v0, grad: g0, adjValue: a0, adjGrad: ag0, iter: 0, S: [], Y: [], fvals: [Infinity], searchFailed: false };
  const initialAdj = a0;
  const history = [a0];
  const converged = (s: State): boolean => {
    if (s.iter >= opts.maxIter && opts.maxIter >= 0) return true;
    if (s.fvals.length >= 2 && Math.abs(s.adjValue - Math.max(...s.fvals)) <= opts.tol * Math.abs(initialAdj)) return true;
    if (norm(s.adjGrad) <= Math.max(opts.tol * Math.abs(s.adjValue), 1e-8)) return true;
    return s.searchFailed;
  };
  let failedOnce = false;
  while (!converged(state)) {
    const s = state;
    try {
      let dir = inverseHessianTimes(s.S, s.Y, owlqn ? s.adjGrad : s.grad);
      let alpha: number;
      if (owlqn) {
        dir = dir.map((d, i) => (d * s.adjGrad[i] < 0 ? d : 0));
        const ff = (a: number): [number, number] => {
          const nx = takeStep(s, dir, a);
          const [v, g] = calc(nx);
          const [av, ag] = adjust(nx, g, v);
          return [av, dot(ag, dir)];
        };
        alpha = backtracking(ff, s.value, s.iter < 1 ? 0.1 : 0.5, s.iter < 1 ? 0.5 / norm(s.grad) : 1);
      } else {
        const ff = (a: number): [number, number] => {
          const nx = new Float64Array(n);
          for (let i = 0; i < n; i++) nx[i] = dir[i] * a + s.x[i];
          const [v, g] = calc(nx);
          return [v, dot(g, dir)];
        };
        alpha = strongWolfe(ff, s.iter === 0 ? 1 / norm(dir) : 1);
        if (alpha * norm(s.grad) < 1e-10) throw new FirstOrderError('StepSizeUnderflow');
      }
      const x = takeStep(s, dir, alpha);
      const [value, grad] = calc(x);
      const [adjValue, adjGrad] = adjust(x, grad, value);
      const step = new Float64Array(n);
      const gd = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        step[i] = x[i] - s.x[i];
        gd[i] = grad[i] - s.grad[i];
      }
      const S = [step, ...s.S].slice(0, m);
      const Y = [gd, ...s.Y].slice(0, m);
      const fvals = [...s.fvals, adjValue].slice(-20);
      failedOnce = false;
      state = { x, value, grad, adjValue, adjGrad, iter: s.iter + 1, S, Y, fvals, searchFailed: false };
    } catch (e) {
      if (!(e instanceof FirstOrderError)) throw e;
      if (!failedOnce) {
        failedOnce = true;
        state = { ...s, S: [], Y: [] };
      } else state = { ...s, searchFailed: true };
    }
    history.push(state.adjValue);
  }
  return { x: state.x, history, iterations: state.iter };
}
