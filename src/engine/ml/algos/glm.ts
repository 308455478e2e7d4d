/**
 * Generalized linear models as Spark's `GeneralizedLinearRegression` fits them.
 *
 * - Families (gaussian, binomial, poisson, gamma, tweedie(p)) and links (identity, log, logit,
 *   inverse, probit, cloglog, sqrt, power(q)) with Spark's initialisation, projection of fitted
 *   means into the valid range, variance, deviance and AIC.
 * - IRLS: the initial model is a weighted least squares fit of link(μ₀) (standardised features
 *   and label); every iteration computes, per partition, the normal-equation statistics of the
 *   working labels z = η - offset + (y - μ)·g'(μ) and weights w / (g'(μ)²·V(μ)) (`glmStats`),
 *   and the driver solves them (`solveNormal`, standardisation off, the L2 term as Spark's
 *   WeightedLeastSquares(standardizeFeatures = false, standardizeLabel = false) puts it).
 *   Converged when the largest change of a coefficient or the intercept is below tol.
 * - Summary sums (deviance, Pearson χ², AIC terms) over (y, μ, w, offset) rows.
 *
 * Blocks carry the offset as an extra last feature column when the model has one.
 */
import type { Block } from './dataset';
import { logGamma } from './dense';
import { lsStats, solveNormal, statsLayout } from './linear-regression';
import type { LinearFit } from './linear-regression';

export interface GlmSpec {
  family: string;
  /** Link name (identity, log, logit, inverse, probit, cloglog, sqrt) or 'power'. */
  link: string;
  /** Tweedie variance power (tweedie family only). */
  variancePower: number;
  /** Power link exponent (link 'power'). */
  linkPower: number;
}

const EPS = 1e-16;
const DELTA = 0.1;

// ---- special functions (accurate to ~1e-15, for the probit link and p-values) ----

/** erfc by its Taylor series (|x| < 2.5) or continued fraction. */
export function erfcAccurate(x: number): number {
  if (Number.isNaN(x)) return NaN;
  const z = Math.abs(x);
  let r: number;
  if (z < 2.5) {
    // erf(z) = 2/√π Σ (-1)^n z^(2n+1) / (n! (2n+1))
    let term = z;
    let sum = z;
    const z2 = z * z;
    for (let n = 1; n < 200; n++) {
      term *= -z2 / n;
      const add = term / (2 * n + 1);
      sum += add;
      if (Math.abs(add) < 1e-17 * Math.abs(sum)) break;
    }
    r = 1 - (2 / Math.sqrt(Math.PI)) * sum;
  } else {
    // erfc(z) = e^(-z²)/√π · 1/(z + 1/2/(z + 1/(z + 3/2/(z + ...)))) by Lentz
    const tiny = 1e-300;
    let f = z;
    let c = z;
    let d = 0;
    for (let k = 1; k < 500; k++) {
      const a = k / 2;
      d = z + a * d;
      d = Math.abs(d) < tiny ? 1 / tiny : 1 / d;
      c = z + a / c;
      if (Math.abs(c) < tiny) c = tiny;
      const delta = c * d;
      f *= delta;
      if (Math.abs(delta - 1) < 1e-16) break;
    }
    r = Math.exp(-z * z) / Math.sqrt(Math.PI) / f;
  }
  return x >= 0 ? r : 2 - r;
}

export function normCdf(x: number): number {
  return 0.5 * erfcAccurate(-x / Math.SQRT2);
}

export function normPdf(x: number): number {
  return Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
}

/** Inverse standard normal CDF (Acklam's rational approximation, refined by Halley steps). */
export function normInvCdf(p: number): number {
  if (!(p > 0 && p < 1)) return p === 0 ? -Infinity : p === 1 ? Infinity : NaN;
  const a = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
  const b = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
  const c = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
  const lo = 0.02425;
  let x: number;
  if (p < lo) {
    const q = Math.sqrt(-2 * Math.log(p));
    x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  } else if (p <= 1 - lo) {
    const q = p - 0.5;
    const r = q * q;
    x = ((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
  } else {
    const q = Math.sqrt(-2 * Math.log(1 - p));
    x = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  }
  for (let i = 0; i < 2; i++) {
    const e = normCdf(x) - p;
    const u = e * Math.sqrt(2 * Math.PI) * Math.exp((x * x) / 2);
    x -= u / (1 + (x * u) / 2);
  }
  return x;
}

// ---- links ----

export interface Link {
  link(mu: number): number;
  deriv(mu: number): number;
  unlink(eta: number): number;
}

function powerLink(q: number): Link {
  if (q === 0) return LINKS.log;
  return {
    link: (mu) => Math.pow(mu, q),
    deriv: (mu) => q * Math.pow(mu, q - 1),
    unlink: (eta) => Math.pow(eta, 1 / q),
  };
}

const LINKS: Record<string, Link> = {
  identity: { link: (mu) => mu, deriv: () => 1, unlink: (eta) => eta },
  log: { link: (mu) => Math.log(mu), deriv: (mu) => 1 / mu, unlink: (eta) => Math.exp(eta) },
  inverse: { link: (mu) => 1 / mu, deriv: (mu) => -Math.pow(mu, -2), unlink: (eta) => 1 / eta },
  logit: { link: (mu) => Math.log(mu / (1 - mu)), deriv: (mu) => 1 / (mu * (1 - mu)), unlink: (eta) => 1 / (1 + Math.exp(-eta)) },
  probit: { link: (mu) => normInvCdf(mu), deriv: (mu) => 1 / normPdf(normInvCdf(mu)), unlink: (eta) => normCdf(eta) },
  cloglog: { link: (mu) => Math.log(-Math.log1p(-mu)), deriv: (mu) => 1 / ((mu - 1) * Math.log1p(-mu)), unlink: (eta) => 1 - Math.exp(-Math.exp(eta)) },
  sqrt: { link: (mu) => Math.sqrt(mu), deriv: (mu) => 1 / (2 * Math.sqrt(mu)), unlink: (eta) => eta * eta },
};

// ---- families ----

export interface Family {
  name: string;
  initialize(y: number, w: number): number;
  variance(mu: number): number;
  deviance(y: number, mu: number, w: number): number;
  project(mu: number): number;
}

const ylogy = (y: number, mu: number): number => (y === 0 ? 0 : y * Math.log(y / mu));

const projectPositive = (mu: number): number => (mu < EPS ? EPS : mu === Infinity ? Number.MAX_VALUE : mu);

function tweedie(p: number): Family {
  const yp = (y: number, mu: number, q: number): number => (q === 0 ? Math.log(y / mu) : (Math.pow(y, q) - Math.pow(mu, q)) / q);
  return {
    name: 'tweedie',
    initialize(y) {
      if (p >= 1 && p < 2 && !(y >= 0)) throw new Error(`requirement failed: The response variable of tweedie(${p}) family should be non-negative, but got ${y}`);
      if (p >= 2 && !(y > 0)) throw new Error(`requirement failed: The response variable of tweedie(${p}) family should be positive, but got ${y}`);
      return y === 0 ? DELTA : y;
    },
    variance: (mu) => Math.pow(mu, p),
    deviance(y, mu, w) {
      const y1 = p >= 1 && p < 2 ? Math.max(y, DELTA) : y;
      return 2 * w * (y * yp(y1, mu, 1 - p) - yp(y, mu, 2 - p));
    },
    project: projectPositive,
  };
}

const FAMILIES: Record<string, Family> = {
  gaussian: {
    name: 'gaussian',
    initialize: (y) => y,
    variance: () => 1,
    deviance: (y, mu, w) => w * (y - mu) * (y - mu),
    project: (mu) => (mu === -Infinity ? -Number.MAX_VALUE : mu === Infinity ? Number.MAX_VALUE : mu),
  },
  binomial: {
    name: 'binomial',
    initialize(y, w) {
      const mu = (w * y + 0.5) / (w + 1);
      if (!(mu > 0 && mu < 1)) throw new Error(`requirement failed: The response variable of Binomial familyshould be in range (0, 1), but got ${mu}`);
      return mu;
    },
    variance: (mu) => mu * (1 - mu),
    deviance: (y, mu, w) => 2 * w * (ylogy(y, mu) + ylogy(1 - y, 1 - mu)),
    project: (mu) => (mu < EPS ? EPS : mu > 1 - EPS ? 1 - EPS : mu),
  },
  poisson: {
    name: 'poisson',
    initialize(y) {
      if (!(y >= 0)) throw new Error(`requirement failed: The response variable of Poisson family should be non-negative, but got ${y}`);
      return Math.max(y, DELTA);
    },
    variance: (mu) => mu,
    deviance: (y, mu, w) => 2 * w * (ylogy(y, mu) - (y - mu)),
    project: projectPositive,
  },
  gamma: {
    name: 'gamma',
    initialize(y) {
      if (!(y > 0)) throw new Error(`requirement failed: The response variable of Gamma family should be positive, but got ${y}`);
      return y;
    },
    variance: (mu) => mu * mu,
    deviance: (y, mu, w) => -2 * w * (Math.log(y / mu) - (y - mu) / mu),
    project: projectPositive,
  },
};

const DEFAULT_LINK: Record<string, string> = { gaussian: 'identity', binomial: 'logit', poisson: 'log', gamma: 'inverse' };

/** The family object and its canonical name (tweedie with power 0/1/2 is gaussian/poisson/gamma, as Spark). */
export function familyOf(spec: GlmSpec): Family {
  const f = spec.family.toLowerCase();
  if (f === 'tweedie') {
    const p = spec.variancePower;
    if (p === 0) return FAMILIES.gaussian;
    if (p === 1) return FAMILIES.poisson;
    if (p === 2) return FAMILIES.gamma;
    return tweedie(p);
  }
  const fam = FAMILIES[f];
  if (!fam) throw new Error(`GeneralizedLinearRegression_family given invalid value ${spec.family}.`);
  return fam;
}

export function linkOf(spec: GlmSpec): Link {
  if (spec.link === 'power') {
    const q = spec.linkPower;
    if (q === 0) return LINKS.log;
    if (q === 1) return LINKS.identity;
    if (q === -1) return LINKS.inverse;
    if (q === 0.5) return LINKS.sqrt;
    return powerLink(q);
  }
  const l = LINKS[spec.link.toLowerCase()];
  if (!l) throw new Error(`GeneralizedLinearRegression_link given invalid value ${spec.link}.`);
  return l;
}

/** Link name a family uses by default (tweedie: power 1 - variancePower). */
export function defaultLinkName(family: string): string {
  return DEFAULT_LINK[family.toLowerCase()] ?? 'power';
}

export interface GlmModelState {
  coefficients: ArrayLike<number>;
  intercept: number;
}

interface Ctx {
  fam: Family;
  link: Link;
  d: number;
  hasOffset: boolean;
}

function ctxOf(spec: GlmSpec, d: number, hasOffset: boolean): Ctx {
  return { fam: familyOf(spec), link: linkOf(spec), d, hasOffset };
}

/**
 * One partition's normal-equation statistics (`lsStats` layout for d features) of the IRLS
 * working problem under `model`, or of the initial problem (label link(μ₀) - offset) when
 * model is null; `gaussianIdentity` fits label - offset directly.
 */
export function glmStats(b: Block, spec: GlmSpec, d: number, hasOffset: boolean, model: GlmModelState | null, gaussianIdentity = false): Float64Array {
  const c = ctxOf(spec, d, hasOffset);
  const stride = b.d;
  const n = b.n;
  const x = stride === d ? b.x : new Float64Array(n * d);
  if (stride !== d) for (let r = 0; r < n; r++) for (let j = 0; j < d; j++) x[r * d + j] = b.x[r * stride + j];
  const y = new Float64Array(n);
  const w = new Float64Array(n);
  for (let r = 0; r < n; r++) {
    const off = hasOffset ? b.x[r * stride + d] : 0;
    const label = b.y[r];
    const weight = b.w[r];
    if (gaussianIdentity) {
      y[r] = label - off;
      w[r] = weight;
    } else if (model === null) {
      const mu = c.fam.initialize(label, weight);
      y[r] = c.link.link(c.fam.project(mu)) - off;
      w[r] = weight;
    } else {
      let eta = model.intercept + off;
      for (let j = 0; j < d; j++) eta += model.coefficients[j] * x[r * d + j];
      const mu = c.fam.project(c.link.unlink(eta));
      const g = c.link.deriv(mu);
      y[r] = eta - off + (label - mu) * g;
      w[r] = weight / (g * g * c.fam.variance(mu));
    }
  }
  return lsStats({ n, d, x, y, w }, new Float64Array(statsLayout(d).length));
}

/**
 * Solves merged statistics as Spark's WeightedLeastSquares: `standardized` true for the
 * initial / gaussian-identity fit (standardizeFeatures = standardizeLabel = true), false for
 * the IRLS iterations (both false).
 */
export function glmSolve(stats: Float64Array, d: number, fitIntercept: boolean, regParam: number, standardized: boolean): LinearFit {
  const L = statsLayout(d);
  const wSum = stats[L.wSum];
  const bBar = stats[L.bSum] / wSum;
  const rawBStd = Math.sqrt(Math.max(stats[L.bbSum] / wSum - bBar * bBar, 0));
  const bStd = rawBStd === 0 ? Math.abs(bBar) : rawBStd;
  const base = { elasticNetParam: 0, fitIntercept, maxIter: 100, tol: 1e-6 };
  if (standardized) return solveNormal(stats, d, { ...base, regParam, standardization: true });
  // standardizeLabel = false multiplies Spark's effective λ (regParam / bStd) back by bStd.
  return solveNormal(stats, d, { ...base, regParam: bStd > 0 ? regParam * bStd : regParam, standardization: false });
}

/** Largest absolute change between two models (coefficients and intercept), IRLS's convergence measure. */
export function maxChange(a: GlmModelState, b: GlmModelState): number {
  let m = Math.abs(a.intercept - b.intercept);
  for (let j = 0; j < a.coefficients.length; j++) m = Math.max(m, Math.abs(a.coefficients[j] - b.coefficients[j]));
  return m;
}

/** η = x·β + intercept + offset. */
export function glmEta(x: ArrayLike<number>, model: GlmModelState, offset: number): number {
  let eta = model.intercept + offset;
  for (let j = 0; j < x.length; j++) eta += model.coefficients[j] * x[j];
  return eta;
}

/** Fitted mean for a linear predictor. */
export function glmFitted(spec: GlmSpec, eta: number): number {
  const fam = familyOf(spec);
  return fam.project(linkOf(spec).unlink(eta));
}

export function glmLink(spec: GlmSpec, mu: number): number {
  return linkOf(spec).link(mu);
}

/** Rows of (y, μ, w, offset): [count, Σw, deviance, Pearson Σ(y-μ)²w/V(μ), Σ(y-offset)w]. */
export function glmSums(spec: GlmSpec, y: ArrayLike<number>, mu: ArrayLike<number>, w: ArrayLike<number>, offset: ArrayLike<number>): number[] {
  const fam = familyOf(spec);
  let n = 0;
  let wSum = 0;
  let dev = 0;
  let rss = 0;
  let avg = 0;
  for (let i = 0; i < y.length; i++) {
    n++;
    wSum += w[i];
    dev += fam.deviance(y[i], mu[i], w[i]);
    rss += ((y[i] - mu[i]) * (y[i] - mu[i]) * w[i]) / fam.variance(mu[i]);
    avg += (y[i] - offset[i]) * w[i];
  }
  return [n, wSum, dev, rss, avg];
}

/** Null deviance for an intercept-only model with the given intercept. */
export function glmNullDeviance(spec: GlmSpec, intercept: number, y: ArrayLike<number>, w: ArrayLike<number>, offset: ArrayLike<number>): number {
  const fam = familyOf(spec);
  const link = linkOf(spec);
  let s = 0;
  for (let i = 0; i < y.length; i++) s += fam.deviance(y[i], link.unlink(intercept + offset[i]), w[i]);
  return s;
}

/** Spark's family AIC (before + 2·rank); tweedie has none. */
export function glmAic(spec: GlmSpec, y: ArrayLike<number>, mu: ArrayLike<number>, w: ArrayLike<number>, deviance: number, numInstances: number, weightSum: number): number {
  const fam = familyOf(spec);
  switch (fam.name) {
    case 'gaussian': {
      let wt = 0;
      for (let i = 0; i < w.length; i++) wt += Math.log(w[i]);
      return numInstances * (Math.log((deviance / numInstances) * 2 * Math.PI) + 1) + 2 - wt;
    }
    case 'binomial': {
      let s = 0;
      for (let i = 0; i < y.length; i++) {
        const n = Math.round(w[i]);
        if (n === 0) continue;
        const k = Math.round(y[i] * w[i]);
        s += logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1) + k * Math.log(mu[i]) + (n - k) * Math.log1p(-mu[i]);
      }
      return -2 * s;
    }
    case 'poisson': {
      let s = 0;
      for (let i = 0; i < y.length; i++) {
        const k = Math.trunc(y[i]);
        s += w[i] * (-mu[i] + k * Math.log(mu[i]) - logGamma(k + 1));
      }
      return -2 * s;
    }
    case 'gamma': {
      const disp = deviance / weightSum;
      const shape = 1 / disp;
      let s = 0;
      for (let i = 0; i < y.length; i++) {
        const scale = mu[i] * disp;
        s += w[i] * ((shape - 1) * Math.log(y[i]) - y[i] / scale - logGamma(shape) - shape * Math.log(scale));
      }
      return -2 * s + 2;
    }
    default:
      throw new Error('No AIC available for the tweedie family');
  }
}

/** Residuals of a type for rows (y, μ, w). */
export function glmResiduals(spec: GlmSpec, type: string, y: ArrayLike<number>, mu: ArrayLike<number>, w: ArrayLike<number>): Float64Array {
  const fam = familyOf(spec);
  const link = linkOf(spec);
  const out = new Float64Array(y.length);
  for (let i = 0; i < y.length; i++) {
    const r = y[i] - mu[i];
    switch (type) {
      case 'deviance': {
        const v = Math.sqrt(Math.max(fam.deviance(y[i], mu[i], w[i]), 0));
        out[i] = y[i] > mu[i] ? v : -v;
        break;
      }
      case 'pearson': out[i] = (r * Math.sqrt(w[i])) / Math.sqrt(fam.variance(mu[i])); break;
      case 'working': out[i] = r * link.deriv(mu[i]); break;
      default: out[i] = r;
    }
  }
  return out;
}
