// Small exact-integer helpers shared by the pylib modules.
import { PyLibError } from './py-error';

/** A Python int as the object model hands it over: a safe-integer number or a bigint. */
export type PyInt = number | bigint;

/** int.bit_length() of |n|. */
export function bitLength(n: PyInt): number {
  if (typeof n === 'number') {
    const a = Math.abs(n);
    if (a < 4294967296) return 32 - Math.clz32(a);
    return 32 + bitLength(Math.floor(a / 4294967296));
  }
  const a = n < 0n ? -n : n;
  return a === 0n ? 0 : a.toString(2).length;
}

/** bisect.bisect_right(a, x, lo, hi) on ascending numbers. */
export function bisectRight(a: readonly number[], x: number, lo: number, hi: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (x < a[mid]) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** sys.get_int_max_str_digits() default: str(int) refuses longer decimal output. */
export const INT_MAX_STR_DIGITS = 4300;

/** str(n) for a Python int, with CPython 3.11's digit limit. */
export function intToDecimal(n: PyInt): string {
  const s = typeof n === 'number' ? String(n) : n.toString();
  const digits = s.startsWith('-') ? s.length - 1 : s.length;
  if (digits > INT_MAX_STR_DIGITS) {
    throw new PyLibError('ValueError', `Exceeds the limit (${INT_MAX_STR_DIGITS} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`);
  }
  return s;
}
