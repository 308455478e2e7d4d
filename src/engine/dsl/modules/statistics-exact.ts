/**
 * Exact rational arithmetic for statistics: CPython sums data as exact fractions and rounds
 * once at the end, so mean/variance/stdev are correctly rounded results of exact values.
 */
import { gcd, intTrueDiv, isqrt, bitLength } from '../../pylib';

export interface Frac {
  readonly n: bigint;
  /** Always positive; the fraction is in lowest terms. */
  readonly d: bigint;
}

export function frac(n: bigint, d = 1n): Frac {
  if (d < 0n) [n, d] = [-n, -d];
  const g = gcd(n, d);
  return g > 1n ? { n: n / g, d: d / g } : { n, d };
}

export const ZERO = frac(0n);

const view = new DataView(new ArrayBuffer(8));

/** The exact value of a finite double. */
export function fracOfFloat(x: number): Frac {
  if (Number.isInteger(x) && Math.abs(x) <= Number.MAX_SAFE_INTEGER) return frac(BigInt(x));
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const sign = hi >>> 31 ? -1n : 1n;
  const exp = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e: number;
  if (exp === 0) e = -1074;
  else {
    mant |= 1n << 52n;
    e = exp - 1075;
  }
  return e >= 0 ? frac(sign * (mant << BigInt(e))) : frac(sign * mant, 1n << BigInt(-e));
}

export const add = (a: Frac, b: Frac) => frac(a.n * b.d + b.n * a.d, a.d * b.d);
export const sub = (a: Frac, b: Frac) => frac(a.n * b.d - b.n * a.d, a.d * b.d);
export const mul = (a: Frac, b: Frac) => frac(a.n * b.n, a.d * b.d);
export const div = (a: Frac, b: Frac) => frac(a.n * b.d, a.d * b.n);

/** The nearest double. */
export function toFloat(f: Frac): number {
  return intTrueDiv(f.n, f.d);
}

/** isqrt(n / d) with round-to-odd: the low bit is set when the root is inexact. */
function isqrtRto(n: bigint, d: bigint): bigint {
  const a = isqrt(n / d);
  return a * a * d !== n ? a | 1n : a;
}

/**
 * sqrt(f) correctly rounded: a root carrying at least 56 significant bits, made sticky by
 * round-to-odd, rounds to the same double as the exact root.
 */
export function sqrtToFloat(f: Frac): number {
  if (f.n === 0n) return 0;
  const q = Math.floor((bitLength(f.n) - bitLength(f.d) - 109) / 2);
  if (q >= 0) return intTrueDiv(isqrtRto(f.n, f.d << BigInt(2 * q)) << BigInt(q), 1n);
  return intTrueDiv(isqrtRto(f.n << BigInt(-2 * q), f.d), 1n << BigInt(-q));
}
