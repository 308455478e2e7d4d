// Python's math module on floats (and ints where Python accepts big ones), with CPython's
// error rules: a NaN from non-NaN input is ValueError('math domain error'), an infinity
// from finite input is OverflowError('math range error') or a domain error.
import { decompose, isNegative, roundToDouble } from './float-bits';
import { floatToInt } from './float-arith';
import { intToFloat } from './format-spec';
import type { PyInt } from './int-utils';
import * as libm from './libm';
import { PyLibError, overflowError, valueError } from './py-error';

const domainError = () => valueError('math domain error');
const rangeError = () => overflowError('math range error');

/** CPython's math_1: map special results of a one-argument libm call to exceptions. */
function math1(fn: (x: number) => number, x: number, canOverflow: boolean): number {
  const r = fn(x);
  if (Number.isNaN(r) && !Number.isNaN(x)) throw domainError();
  if (!Number.isFinite(r) && !Number.isNaN(r) && Number.isFinite(x)) throw canOverflow ? rangeError() : domainError();
  return r;
}

export const sqrt = (x: number): number => math1(Math.sqrt, x, false);
export const exp = (x: number): number => math1(libm.exp, x, true);
export const expm1 = (x: number): number => math1(Math.expm1, x, true);
export const sin = (x: number): number => math1(libm.sin, x, false);
export const cos = (x: number): number => math1(libm.cos, x, false);
export const tan = (x: number): number => math1(libm.tan, x, false);
export const asin = (x: number): number => math1(libm.asin, x, false);
export const acos = (x: number): number => math1(libm.acos, x, false);
export const atan = (x: number): number => math1(libm.atan, x, false);
export const sinh = (x: number): number => math1(Math.sinh, x, true);
export const cosh = (x: number): number => math1(Math.cosh, x, true);
export const tanh = (x: number): number => math1(Math.tanh, x, false);
export const asinh = (x: number): number => math1(Math.asinh, x, false);
export const acosh = (x: number): number => math1(Math.acosh, x, false);
export const atanh = (x: number): number => math1(Math.atanh, x, false);
export const atan2 = (y: number, x: number): number => libm.atan2(y, x);
export const cbrt = (x: number): number => Math.cbrt(x);
export const degrees = (x: number): number => x * (180.0 / Math.PI);
export const radians = (x: number): number => x * (Math.PI / 180.0);
export const copysign = (x: number, y: number): number => (isNegative(y) ? -Math.abs(x) : Math.abs(x));

/** A log argument: a float, or a Python int that may exceed the double range. */
export type LogArg = { kind: 'float'; value: number } | { kind: 'int'; value: PyInt };

/** CPython's loghelper: ints too big for a double use their bit length. */
function logHelper(arg: LogArg, fn: (x: number) => number): number {
  if (arg.kind === 'int') {
    const n = BigInt(arg.value);
    if (n <= 0n) throw domainError();
    const f = Number(n);
    if (Number.isFinite(f)) return logOf(f, fn);
    // n ~= m * 2**e with m in [0.5, 1) rounded to 53 bits, as _PyLong_Frexp.
    let e = n.toString(2).length;
    let m = roundToDouble(n, -e, false);
    if (m === 1) {
      m = 0.5;
      e += 1;
    }
    return fn(m) + fn(2.0) * e;
  }
  return logOf(arg.value, fn);
}

function logOf(x: number, fn: (x: number) => number): number {
  if (Number.isNaN(x)) return x;
  if (x === Infinity) return x;
  if (x <= 0) throw domainError();
  return fn(x);
}

/** math.log(x[, base]) */
export function log(x: LogArg, base?: LogArg): number {
  const num = logHelper(x, libm.log);
  if (base === undefined) return num;
  const den = logHelper(base, libm.log);
  if (den === 0) throw new PyLibError('ZeroDivisionError', 'float division by zero');
  return num / den;
}

export const log2 = (x: LogArg): number => logHelper(x, libm.log2);
export const log10 = (x: LogArg): number => logHelper(x, libm.log10);

export const log1p = (x: number): number => math1(Math.log1p, x, false);

/** math.pow(x, y) with CPython's own handling of infinities and NaNs. */
export function pow(x: number, y: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    if (Number.isNaN(x)) return y === 0 ? 1 : x;
    if (Number.isNaN(y)) return x === 1 ? 1 : y;
    if (!Number.isFinite(x)) {
      const oddY = Number.isFinite(y) && Math.abs(y) % 2 === 1;
      if (y > 0) return oddY ? x : Math.abs(x);
      if (y === 0) return 1;
      return oddY ? copysign(0, x) : 0;
    }
    if (Math.abs(x) === 1) return 1;
    if (y > 0 && Math.abs(x) > 1) return y;
    if (y < 0 && Math.abs(x) < 1) return -y;
    return 0;
  }
  const r = libm.pow(x, y);
  if (Number.isNaN(r)) throw domainError();
  if (!Number.isFinite(r)) throw x === 0 ? domainError() : rangeError();
  return r;
}

/** math.floor / math.ceil / math.trunc of a float, to a Python int. */
export const floor = (x: number): PyInt => floatToInt(Math.floor(x));
export const ceil = (x: number): PyInt => floatToInt(Math.ceil(x));
export const trunc = (x: number): PyInt => floatToInt(x);

/** math.fmod(x, y): C fmod, which JS % is, plus CPython's domain rules. */
export function fmod(x: number, y: number): number {
  if ((y === Infinity || y === -Infinity) && Number.isFinite(x)) return x;
  const r = x % y;
  if (Number.isNaN(r) && !Number.isNaN(x) && !Number.isNaN(y)) throw domainError();
  return r;
}

/** math.modf(x) -> (fractional, integer), signs kept. */
export function modf(x: number): [number, number] {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? [x, x] : [copysign(0, x), x];
  const i = Math.trunc(x);
  return [copysign(x - i, x), i];
}

/** math.frexp(x) -> (m, e) with 0.5 <= |m| < 1. */
export function frexp(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  const { mant, exp } = decompose(x);
  const bits = mant.toString(2).length;
  const m = roundToDouble(mant, -bits, x < 0);
  return [m, exp + bits];
}

/** math.ldexp(x, i): one rounding, OverflowError past the double range. */
export function ldexp(x: number, i: PyInt): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const big = BigInt(i);
  if (big > 5000n) throw rangeError();
  if (big < -5000n) return copysign(0, x);
  const { mant, exp } = decompose(x);
  const r = roundToDouble(mant, exp + Number(big), x < 0);
  if (!Number.isFinite(r)) throw rangeError();
  return r;
}

/** math.isclose(a, b, rel_tol=1e-09, abs_tol=0.0) */
export function isclose(a: number, b: number, relTol = 1e-9, absTol = 0.0): boolean {
  if (relTol < 0 || absTol < 0) throw valueError('tolerances must be non-negative');
  if (a === b) return true;
  if (!Number.isFinite(a) && !Number.isNaN(a)) return false;
  if (!Number.isFinite(b) && !Number.isNaN(b)) return false;
  const diff = Math.abs(b - a);
  return diff <= Math.abs(relTol * b) || diff <= Math.abs(relTol * a) || diff <= absTol;
}

/** A Python int or float, for functions that keep ints exact. */
export type PyReal = { kind: 'int'; value: bigint } | { kind: 'float'; value: number };

/** math.prod(iterable, start=1): int products stay exact; a float turns the rest float. */
export function prod(values: readonly PyReal[], start: PyReal = { kind: 'int', value: 1n }): PyReal {
  let acc = start;
  for (const v of values) {
    if (acc.kind === 'int' && v.kind === 'int') acc = { kind: 'int', value: acc.value * v.value };
    else {
      const a = acc.kind === 'int' ? intToFloat(acc.value) : acc.value;
      const b = v.kind === 'int' ? intToFloat(v.value) : v.value;
      acc = { kind: 'float', value: a * b };
    }
  }
  return acc;
}


/**
 * math.fsum(floats): Shewchuk's exact partial sums, then CPython's final half-even fix-up
 * across partials; infinities and NaNs are summed apart, and a finite input overflowing
 * the partials is an error.
 */
export function fsum(values: readonly number[]): number {
  const partials: number[] = [];
  let specialSum = 0.0;
  let infSum = 0.0;
  for (const item of values) {
    let x = item;
    const xsave = x;
    let i = 0;
    for (let j = 0; j < partials.length; j++) {
      let y = partials[j];
      if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0.0) partials[i++] = lo;
      x = hi;
    }
    partials.length = i;
    if (x !== 0.0) {
      if (!Number.isFinite(x)) {
        if (Number.isFinite(xsave)) throw overflowError('intermediate overflow in fsum');
        if (!Number.isNaN(xsave)) infSum += xsave;
        specialSum += xsave;
        partials.length = 0;
      } else {
        partials.push(x);
      }
    }
  }
  if (specialSum !== 0.0) {
    if (Number.isNaN(infSum)) throw valueError('-inf + inf in fsum');
    return specialSum;
  }
  let n = partials.length;
  let hi = 0.0;
  if (n > 0) {
    hi = partials[--n];
    let lo = 0.0;
    while (n > 0) {
      const x = hi;
      const y = partials[--n];
      hi = x + y;
      lo = y - (hi - x);
      if (lo !== 0.0) break;
    }
    if (n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0))) {
      const y = lo * 2.0;
      const x = hi + y;
      if (y === x - hi) hi = x;
    }
  }
  return hi;
}
