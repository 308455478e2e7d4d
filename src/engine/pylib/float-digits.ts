// Decimal digit generation for doubles, in the three modes CPython's dtoa is used in.
// Each returns significant digits without trailing zeros ("0" for zero) and `decpt`, the
// position of the decimal point: value = 0.<digits> * 10**decpt.
import { decimalExponent, pow10, roundHalfEven, scaledRatio } from './float-bits';

export interface Digits {
  digits: string;
  decpt: number;
}

function stripZeros(s: string): string {
  let end = s.length;
  while (end > 1 && s.charCodeAt(end - 1) === 48) end--;
  return s.slice(0, end);
}

/**
 * The shortest digits that round-trip, the closest to the exact value among them. ECMAScript
 * requires Number#toString to produce exactly that (ties to even), as dtoa mode 0 does.
 */
export function shortestDigits(x: number): Digits {
  if (x === 0) return { digits: '0', decpt: 1 };
  const s = String(Math.abs(x));
  const e = s.indexOf('e');
  const mantissa = e < 0 ? s : s.slice(0, e);
  const exp10 = e < 0 ? 0 : Number(s.slice(e + 1));
  const dot = mantissa.indexOf('.');
  const intPart = dot < 0 ? mantissa : mantissa.slice(0, dot);
  const all = dot < 0 ? mantissa : intPart + mantissa.slice(dot + 1);
  let lead = 0;
  while (lead < all.length - 1 && all.charCodeAt(lead) === 48) lead++;
  return { digits: stripZeros(all.slice(lead)), decpt: intPart.length - lead + exp10 };
}

/** `count` (>= 1) significant digits, rounded half-even on the exact binary value. */
export function significantDigits(x: number, count: number): Digits {
  if (x === 0) return { digits: '0', decpt: 1 };
  let k = decimalExponent(x);
  let n = roundHalfEven(scaledRatio(x, count - 1 - k));
  if (n === pow10(count)) {
    n = pow10(count - 1);
    k += 1;
  }
  return { digits: stripZeros(n.toString()), decpt: k + 1 };
}

/** Digits of x rounded half-even to `places` digits after the point. */
export function fixedDigits(x: number, places: number): Digits {
  const n = roundHalfEven(scaledRatio(x, places));
  if (n === 0n) return { digits: '0', decpt: 1 };
  const s = n.toString();
  return { digits: stripZeros(s), decpt: s.length - places };
}
