// Python float semantics that differ from JS operators: floor division and modulo signs,
// round() with ndigits, float -> int conversion, and exact int/float comparison.
import { roundHalfEven, scaledRatio } from './float-bits';
import type { PyInt } from './int-utils';
import { PyLibError, overflowError, valueError } from './py-error';

/** int(x) for a float: truncation, number when safe else bigint. */
export function floatToInt(x: number): PyInt {
  if (Number.isNaN(x)) throw valueError('cannot convert float NaN to integer');
  if (!Number.isFinite(x)) throw overflowError('cannot convert float infinity to integer');
  const t = Math.trunc(x);
  return Number.isSafeInteger(t) ? (t === 0 ? 0 : t) : BigInt(t);
}

/** divmod(x, y) for floats, CPython's float_divmod (the quotient snapped to an integer). */
export function floatDivmod(x: number, y: number, message = 'float divmod()'): [number, number] {
  if (y === 0) throw new PyLibError('ZeroDivisionError', message);
  let mod = x % y;
  let div = (x - mod) / y;
  if (mod !== 0) {
    if (y < 0 !== mod < 0) {
      mod += y;
      div -= 1.0;
    }
  } else {
    mod = y < 0 ? -0 : 0;
  }
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    floordiv = x / y < 0 || Object.is(x / y, -0) ? -0 : 0;
  }
  return [floordiv, mod];
}

/** x // y for floats. */
export function floatFloorDiv(x: number, y: number): number {
  return floatDivmod(x, y, 'float floor division by zero')[0];
}

/** x % y for floats: the sign follows the divisor. */
export function floatMod(x: number, y: number): number {
  if (y === 0) throw new PyLibError('ZeroDivisionError', 'float modulo');
  const mod = x % y;
  if (mod === 0) return y < 0 ? -0 : 0;
  return y < 0 !== mod < 0 ? mod + y : mod;
}

/** round(x) for a float: half to even, to an int. */
export function floatRoundToInt(x: number): PyInt {
  if (Number.isNaN(x)) throw valueError('cannot convert float NaN to integer');
  if (!Number.isFinite(x)) throw overflowError('cannot convert float infinity to integer');
  let r = Math.round(x);
  if (Math.abs(x - Math.trunc(x)) === 0.5) r = 2.0 * Math.round(x / 2.0);
  return floatToInt(r);
}

const NDIGITS_MAX = 323;
const NDIGITS_MIN = -308;

/**
 * round(x, ndigits) for a float: the decimal value correctly rounded half-even on the exact
 * binary value, then converted back (CPython's dtoa-based double_round).
 */
export function floatRound(x: number, ndigits: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  if (ndigits > NDIGITS_MAX) return x;
  if (ndigits < NDIGITS_MIN) return 0.0 * x;
  const sign = x < 0 ? '-' : '';
  const n = roundHalfEven(scaledRatio(x, ndigits));
  const v = Number(`${sign}${n}e${-ndigits}`);
  if (!Number.isFinite(v)) throw overflowError('rounded value too large to represent');
  return v;
}

/**
 * Exact comparison of a Python int with a float: -1, 0 or 1, or null when f is NaN.
 * (2**53 + 1 > float(2**53) even though Number(2**53 + 1) === 2**53.)
 */
export function compareIntFloat(i: PyInt, f: number): -1 | 0 | 1 | null {
  if (Number.isNaN(f)) return null;
  if (f === Infinity) return -1;
  if (f === -Infinity) return 1;
  if (typeof i === 'number' && Number.isSafeInteger(i)) return i < f ? -1 : i > f ? 1 : 0;
  const b = BigInt(i);
  const fl = Math.floor(f);
  const bf = BigInt(fl);
  if (b > bf) return 1;
  if (b < bf) return -1;
  return fl === f ? 0 : -1;
}
