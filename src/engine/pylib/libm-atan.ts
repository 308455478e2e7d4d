// Correctly rounded atan, atan2, asin and acos in double-double: glibc's versions of these
// are correctly rounded (IBM's accurate library), JS engines' are not.
import { add, dd, div, fromScaledBigInt, mul, mulNum, neg, sub, toNumber, twoProd, twoSum, type DD } from './double-double';
import { PIO2 } from './libm-constants';

/** atan(k/8) for k = 0..8, from the series atan(x) = sum 2^2n (n!)^2/(2n+1)! x^(2n+1)/(1+x^2)^(n+1). */
const ATAN_K8: DD[] = Array.from({ length: 9 }, (_, k) => {
  const SCALE = 256n;
  const kk = BigInt(k * k);
  let term = (8n * BigInt(k) << SCALE) / (64n + kk);
  let sum = term;
  for (let n = 1n; term !== 0n; n++) {
    term = (term * 2n * n * kk) / ((2n * n + 1n) * (64n + kk));
    sum += term;
  }
  return k === 0 ? dd(0) : fromScaledBigInt(sum, Number(SCALE));
});
const INV_ODD: DD[] = Array.from({ length: 16 }, (_, n) => div(dd(1), dd(2 * n + 1)));
const PI: DD = mulNum(PIO2, 2);

/** atan of a non-negative double-double. */
function atanPos(t: DD): DD {
  // Past 1e30, atan(1/t) = 1/t to far below an ulp (and the exact split would overflow).
  if (t.hi > 1e30) return sub(PIO2, dd(1 / t.hi));
  if (t.hi > 1) return sub(PIO2, atanPos(div(dd(1), t)));
  const k = Math.round(t.hi * 8);
  const c = k / 8;
  // atan(t) = atan(c) + atan((t - c) / (1 + t c)), |u| <= 1/16.
  const u = k === 0 ? t : div(sub(t, dd(c)), add(dd(1), mulNum(t, c)));
  const u2 = mul(u, u);
  let p = INV_ODD[INV_ODD.length - 1];
  for (let n = INV_ODD.length - 2; n >= 0; n--) p = add(neg(mul(p, u2)), INV_ODD[n]);
  return add(ATAN_K8[k], mul(u, p));
}

export function atan(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x === 0) return x;
  if (!Number.isFinite(x)) return x > 0 ? PIO2.hi : -PIO2.hi;
  const r = toNumber(atanPos(dd(Math.abs(x))));
  return x < 0 ? -r : r;
}

const isNeg = (v: number) => v < 0 || Object.is(v, -0);

/** C99 atan2 with its special cases. */
export function atan2(y: number, x: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  const sign = isNeg(y) ? -1 : 1;
  if (y === 0) return sign * (isNeg(x) ? PI.hi : 0) || (sign < 0 ? -0 : 0);
  if (x === 0) return sign * PIO2.hi;
  if (!Number.isFinite(y)) {
    if (x === Infinity) return sign * toNumber(mulNum(PIO2, 0.5));
    if (x === -Infinity) return sign * toNumber(mulNum(PIO2, 1.5));
    return sign * PIO2.hi;
  }
  if (x === Infinity) return sign * 0;
  if (x === -Infinity) return sign * PI.hi;
  // Keep the quotient's exact products inside the double range.
  let ay = Math.abs(y);
  let ax = Math.abs(x);
  const big = Math.max(ay, ax);
  const scale = big > 1e300 ? 2 ** -600 : big < 1e-300 ? 2 ** 600 : 1;
  ay *= scale;
  ax *= scale;
  const q = div(dd(ay), dd(ax));
  if (!Number.isFinite(q.hi)) return sign * (x > 0 ? PIO2.hi : PI.hi - PIO2.hi);
  const r = atanPos(q);
  return sign * toNumber(x > 0 ? r : sub(PI, r));
}

/** sqrt(1 - x*x) in double-double for |x| <= 1. */
function cosFromSin(x: number): DD {
  const a = twoSum(1, -x);
  const b = twoSum(1, x);
  const v = mul(a, b);
  const s = Math.sqrt(v.hi);
  if (s === 0) return dd(0);
  const sq = twoProd(s, s);
  const corr = (v.hi - sq.hi - sq.lo + v.lo) / (2 * s);
  return twoSum(s, corr);
}

export function asin(x: number): number {
  if (Number.isNaN(x) || Math.abs(x) > 1) return NaN;
  if (x === 0) return x;
  const c = cosFromSin(Math.abs(x));
  const r = c.hi === 0 ? PIO2.hi : toNumber(atanPos(div(dd(Math.abs(x)), c)));
  return x < 0 ? -r : r;
}

export function acos(x: number): number {
  if (Number.isNaN(x) || Math.abs(x) > 1) return NaN;
  if (x === 1) return 0;
  if (x === -1) return PI.hi;
  if (Math.abs(x) < 1e-30) return toNumber(sub(PIO2, dd(x)));
  const s = cosFromSin(Math.abs(x));
  const r = atanPos(div(s, dd(Math.abs(x))));
  return toNumber(x > 0 ? r : sub(PI, r));
}
