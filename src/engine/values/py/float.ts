/**
 * int and float share JS numbers: a number whose value is integral is an int, a non-integral
 * number (including NaN and ±inf) is a float, and an integral float (2.0, -0.0, 1e16) is boxed in
 * PyFloat. Float arithmetic then allocates only when a result happens to be integral (see README).
 */
import { T, setClassType } from './core';

export class PyFloat {
  constructor(readonly v: number) {}
}
setClassType(PyFloat, T.float);

export function isInt(x: unknown): x is number | bigint {
  return typeof x === 'number' ? Number.isInteger(x) : typeof x === 'bigint';
}

export function isFloat(x: unknown): boolean {
  return typeof x === 'number' ? !Number.isInteger(x) : x instanceof PyFloat;
}

/** Wraps a JS double as a Python float. */
export function mkFloat(v: number): number | PyFloat {
  return Number.isInteger(v) ? new PyFloat(v) : v;
}

/** The double inside a float (callers have checked isFloat). */
export function floatValue(x: number | PyFloat): number {
  return typeof x === 'number' ? x : x.v;
}

/** Python's shortest round-trip repr: fixed notation for decimal exponents -4..15, else d.ddde+XX. */
export function floatRepr(v: number): string {
  if (v !== v) return 'nan';
  if (v === Infinity) return 'inf';
  if (v === -Infinity) return '-inf';
  if (v === 0) return Object.is(v, -0) ? '-0.0' : '0.0';
  const sign = v < 0 ? '-' : '';
  const ex = Math.abs(v).toExponential();
  const at = ex.indexOf('e');
  const digits = ex.slice(0, at).replace('.', '');
  const e = Number(ex.slice(at + 1));
  if (e < -4 || e >= 16) {
    const mant = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const ae = Math.abs(e);
    return `${sign}${mant}e${e < 0 ? '-' : '+'}${ae < 10 ? '0' : ''}${ae}`;
  }
  if (e < 0) return `${sign}0.${'0'.repeat(-e - 1)}${digits}`;
  if (digits.length <= e + 1) return `${sign}${digits}${'0'.repeat(e + 1 - digits.length)}.0`;
  return `${sign}${digits.slice(0, e + 1)}.${digits.slice(e + 1)}`;
}
