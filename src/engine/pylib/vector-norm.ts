// math.hypot and math.dist: CPython 3.11 scales the coordinates by a power of two, sums
// squares with compensation, and applies one Newton correction to the square root, so
// results differ from Math.hypot in the last bit. This follows that algorithm.
import { decompose } from './float-bits';
import { valueError } from './py-error';

const T27 = 134217729.0;

/** e with x = m * 2**e and 0.5 <= m < 1, for finite x > 0 (C frexp's exponent). */
function frexpExponent(x: number): number {
  const { mant, exp } = decompose(x);
  return exp + mant.toString(2).length;
}

function norm(vec: number[], max: number, foundNaN: boolean): number {
  if (max === Infinity) return max;
  if (foundNaN) return NaN;
  if (max === 0 || vec.length <= 1) return max;
  const maxE = frexpExponent(max);
  let csum = 1.0;
  let frac1 = 0.0;
  let frac2 = 0.0;
  let frac3 = 0.0;
  const accumulate = (x: number, which: 1 | 2 | 3): void => {
    const old = csum;
    csum += x;
    const err = old - csum + x;
    if (which === 1) frac1 += err;
    else if (which === 2) frac2 += err;
    else frac3 += err;
  };
  if (maxE >= -1023) {
    const scale = 2 ** -maxE;
    for (const v of vec) {
      const x = v * scale;
      const t = x * T27;
      const hi = t - (t - x);
      const lo = x - hi;
      accumulate(hi * hi, 1);
      accumulate(2.0 * hi * lo, 2);
      frac3 += lo * lo;
    }
    const h = Math.sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
    const t = h * T27;
    const hi = t - (t - h);
    const lo = h - hi;
    accumulate(-hi * hi, 1);
    accumulate(-2.0 * hi * lo, 2);
    accumulate(-lo * lo, 3);
    const x = csum - 1.0 + (frac1 + frac2 + frac3);
    return (h + x / (2.0 * h)) / scale;
  }
  // Subnormal maximum: 2**-maxE would overflow, so divide by the maximum instead.
  for (const v of vec) {
    const x = v / max;
    accumulate(x * x, 1);
  }
  return max * Math.sqrt(csum - 1.0 + frac1);
}

function normOf(values: readonly number[]): number {
  let max = 0;
  let foundNaN = false;
  const vec = values.map((v) => {
    const a = Math.abs(v);
    foundNaN ||= Number.isNaN(a);
    if (a > max) max = a;
    return a;
  });
  return norm(vec, max, foundNaN);
}

/** math.hypot(*coordinates), coordinates already converted to float. */
export function hypot(...coords: number[]): number {
  return normOf(coords);
}

/** math.dist(p, q) */
export function dist(p: readonly number[], q: readonly number[]): number {
  if (p.length !== q.length) throw valueError('both points must have the same number of dimensions');
  return normOf(p.map((v, i) => v - q[i]));
}
