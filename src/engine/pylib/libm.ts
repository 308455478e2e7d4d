// The C math functions Python calls, correctly rounded: evaluated in double-double
// (~106 bits) and rounded once, so results equal glibc's (itself correctly rounded in all
// but vanishingly rare cases) instead of the JS engine's, which differ in the last bit for
// a few percent of arguments. Functions not reimplemented here fall back to Math.*.
import { decompose } from './float-bits';
import { add, dd, div, mul, mulNum, neg, sub, toNumber, twoProd, twoSum, type DD } from './double-double';
import { LN2, PIO2, PIO2_PARTS, TWO_OVER_PI, TWO_OVER_PI_BITS } from './libm-constants';
import { fromScaledBigInt } from './double-double';

const SQRT2 = Math.SQRT2;

/** Taylor coefficients 1/n! as double-doubles. */
const INV_FACT: DD[] = [dd(1)];
for (let n = 1; n <= 40; n++) INV_FACT.push(div(INV_FACT[n - 1], dd(n)));
/** 1/(2n+1) for the atanh series of log. */
const INV_ODD: DD[] = Array.from({ length: 24 }, (_, n) => div(dd(1), dd(2 * n + 1)));

function scale2(x: number, k: number): number {
  if (k > 1000) return x * 2 ** 1000 * 2 ** (k - 1000);
  if (k < -1000) return x * 2 ** -1000 * 2 ** (k + 1000);
  return x * 2 ** k;
}

/** log m for m in [0.7, 1.42] by the plain atanh series (24 terms); used to build LOG_C. */
function logSeries(m: number): DD {
  const s = div(dd(m - 1), twoSum(m, 1));
  const s2 = mul(s, s);
  let p = INV_ODD[INV_ODD.length - 1];
  for (let n = INV_ODD.length - 2; n >= 0; n--) p = add(mul(p, s2), INV_ODD[n]);
  return mulNum(mul(s, p), 2);
}

/** log(1 + k/64) for k = -20..28, so the series below only needs |s| <= 1/256. */
const LOG_C_MIN = -20;
const LOG_C: DD[] = Array.from({ length: 49 }, (_, i) => logSeries(1 + (i + LOG_C_MIN) / 64));

/** log|x| for finite x > 0, as a double-double. */
export function logDD(x: number): DD {
  let k = 0;
  if (x < 2.2250738585072014e-308) {
    x *= 2 ** 54;
    k -= 54;
  }
  const { exp } = decompose(x);
  const e = exp + 52;
  let m = x * 2 ** -e;
  k += e;
  if (m > SQRT2) {
    m /= 2;
    k += 1;
  }
  // m = c (1 + f) with c = 1 + j/64: log m = log c + 2 atanh(s), s = (m - c)/(m + c).
  const j = Math.round((m - 1) * 64);
  const c = 1 + j / 64;
  const s = div(dd(m - c), twoSum(m, c));
  const s2 = mul(s, s);
  let p = INV_ODD[8];
  for (let n = 7; n >= 0; n--) p = add(mul(p, s2), INV_ODD[n]);
  const logm = add(LOG_C[j - LOG_C_MIN], mulNum(mul(s, p), 2));
  return k === 0 ? logm : add(mulNum(LN2, k), logm);
}

export function log(x: number): number {
  if (Number.isNaN(x) || x < 0) return NaN;
  if (x === 0) return -Infinity;
  if (x === Infinity) return Infinity;
  if (x === 1) return 0;
  return toNumber(logDD(x));
}

export function log2(x: number): number {
  if (Number.isNaN(x) || x < 0) return NaN;
  if (x === 0) return -Infinity;
  if (x === Infinity) return Infinity;
  const { mant, exp } = decompose(x);
  if ((mant & (mant - 1n)) === 0n) return exp + mant.toString(2).length - 1;
  return toNumber(div(logDD(x), LN2));
}

// glibc's log10 is not correctly rounded: it is the classic split
// log10(x) = y*log10(2)_hi + (y*log10(2)_lo + log(m)/ln 10) with m scaled into [1, 2) (or
// [0.5, 1) below 1). Following that formula (over a correctly rounded log) matches it.
const IVLN10 = 4.34294481903251816668e-1;
const LOG10_2HI = 3.01029995663611771306e-1;
const LOG10_2LO = 3.69423907715893078616e-13;

export function log10(x: number): number {
  if (Number.isNaN(x) || x < 0) return NaN;
  if (x === 0) return -Infinity;
  if (x === Infinity) return Infinity;
  let k = 0;
  if (x < 2.2250738585072014e-308) {
    x *= 2 ** 54;
    k -= 54;
  }
  const e = decompose(x).exp + 52;
  k += e;
  const below = k < 0 ? 1 : 0;
  const m = x * 2 ** -(e + below);
  const y = k + below;
  const z = y * LOG10_2LO + IVLN10 * log(m);
  return z + y * LOG10_2HI;
}

/** e**(hi+lo) for a double-double argument. */
function expDD(a: DD): number {
  const x = a.hi;
  if (Number.isNaN(x)) return NaN;
  if (x > 709.8) return Infinity;
  if (x < -745.2) return 0;
  const k = Math.round(x / LN2.hi);
  // r = a - k ln2, then e**r = (e**(r/256))**256 with a short Taylor series.
  const r = sub(a, mulNum(LN2, k));
  const t = dd(r.hi / 256, r.lo / 256);
  let p = INV_FACT[11];
  for (let n = 10; n >= 0; n--) p = add(mul(p, t), INV_FACT[n]);
  for (let i = 0; i < 8; i++) p = mul(p, p);
  return scale2(toNumber(p), k);
}

export function exp(x: number): number {
  if (x === 0) return 1;
  return expDD(dd(x));
}

/** x reduced by multiples of pi/2: r in about [-pi/4, pi/4] and the quadrant k mod 4. */
function reduce(x: number): { r: DD; q: number } {
  const ax = Math.abs(x);
  if (ax <= Math.PI / 4) return { r: dd(x), q: 0 };
  if (ax < 2 ** 20) {
    const k = Math.round(x * (2 / Math.PI));
    const p = twoProd(k, PIO2_PARTS[0]);
    let r = add(twoSum(x, -p.hi), dd(-p.lo));
    for (let i = 1; i < PIO2_PARTS.length; i++) r = sub(r, twoProd(k, PIO2_PARTS[i]));
    return { r, q: ((k % 4) + 4) % 4 };
  }
  // Payne-Hanek: multiply by enough bits of 2/pi that the fraction is exact to ~120 bits.
  const { mant, exp: e } = decompose(ax);
  const prod = mant * TWO_OVER_PI;
  const shift = TWO_OVER_PI_BITS - BigInt(e);
  let k = Number((prod >> shift) & 3n);
  let frac = prod & ((1n << shift) - 1n);
  if (frac >= 1n << (shift - 1n)) {
    frac -= 1n << shift;
    k += 1;
  }
  let r = mul(fromScaledBigInt(frac, Number(shift)), PIO2);
  if (x < 0) {
    r = neg(r);
    k = -k;
  }
  return { r, q: ((k % 4) + 4) % 4 };
}

function sinTaylor(r: DD): DD {
  const r2 = mul(r, r);
  let p = INV_FACT[31];
  for (let n = 29; n >= 1; n -= 2) p = add(neg(mul(p, r2)), INV_FACT[n]);
  return mul(p, r);
}

function cosTaylor(r: DD): DD {
  const r2 = mul(r, r);
  let p = INV_FACT[32];
  for (let n = 30; n >= 0; n -= 2) p = add(neg(mul(p, r2)), INV_FACT[n]);
  return p;
}

export function sin(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (x === 0) return x;
  const { r, q } = reduce(x);
  const v = q & 1 ? cosTaylor(r) : sinTaylor(r);
  return toNumber(q & 2 ? neg(v) : v);
}

export function cos(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  const { r, q } = reduce(x);
  const v = q & 1 ? sinTaylor(r) : cosTaylor(r);
  return toNumber(q === 1 || q === 2 ? neg(v) : v);
}

export function tan(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (x === 0) return x;
  const { r, q } = reduce(x);
  const s = sinTaylor(r);
  const c = cosTaylor(r);
  return toNumber(q & 1 ? neg(div(c, s)) : div(s, c));
}

function isOddInteger(y: number): boolean {
  return Number.isInteger(y) && Math.abs(y) < 2 ** 53 && Math.abs(y % 2) === 1;
}

/** C99 pow, with its special cases (pow(1, nan) == 1, pow(nan, 0) == 1, ...). */
export function pow(x: number, y: number): number {
  if (y === 0 || x === 1) return 1;
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x === 0) {
    if (y < 0) return isOddInteger(y) ? 1 / x : Infinity;
    return isOddInteger(y) ? x : 0;
  }
  if (!Number.isFinite(y)) {
    const ax = Math.abs(x);
    if (ax === 1) return 1;
    return (ax > 1) === y > 0 ? Infinity : 0;
  }
  if (!Number.isFinite(x)) {
    if (x > 0) return y > 0 ? Infinity : 0;
    const odd = isOddInteger(y);
    if (y > 0) return odd ? -Infinity : Infinity;
    return odd ? -0 : 0;
  }
  let negate = false;
  if (x < 0) {
    if (!Number.isInteger(y)) return NaN;
    negate = isOddInteger(y);
  }
  const l = logDD(Math.abs(x));
  const approx = l.hi * y;
  // Far outside the double range (and where the exact product would overflow the split).
  const v = approx > 1000 ? Infinity : approx < -1000 ? 0 : expDD(mulNum(l, y));
  return negate ? -v : v;
}

export const sqrt = Math.sqrt;
export { atan, atan2, asin, acos } from './libm-atan';
