// Number literal values in AST.md's Constant encoding: exact integers as decimal strings, floats
// and complex numbers as CPython's repr of them.

import type { ConstantValue } from '../ast';

export function numberValue(text: string): ConstantValue {
  const t = text.includes('_') ? text.replace(/_/g, '') : text;
  const last = t.charCodeAt(t.length - 1);
  if (last === 106 || last === 74) return { complex: complexRepr(Number(t.slice(0, -1))) };
  const radix = t.length > 1 && t.charCodeAt(0) === 48 ? t.charCodeAt(1) | 32 : 0;
  if (radix === 120 || radix === 111 || radix === 98) return { int: BigInt(t.toLowerCase()).toString() };
  if (t.includes('.') || t.includes('e') || t.includes('E')) return { float: floatRepr(Number(t)) };
  return { int: t.length < 16 ? String(Number(t)) : BigInt(t).toString() };
}

/** Python's `repr(float)`: shortest round-trip digits, exponent form outside 1e-4 <= |x| < 1e16. */
export function floatRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const sign = x < 0 ? '-' : '';
  const [mant, expText] = Math.abs(x).toExponential().split('e');
  const digits = mant.replace('.', '');
  const e = Number(expText);
  if (e < -4 || e >= 16) {
    const frac = digits.length > 1 ? '.' + digits.slice(1) : '';
    const exp = Math.abs(e) < 10 ? '0' + Math.abs(e) : String(Math.abs(e));
    return `${sign}${digits[0]}${frac}e${e < 0 ? '-' : '+'}${exp}`;
  }
  if (e < 0) return `${sign}0.${'0'.repeat(-e - 1)}${digits}`;
  const intPart = digits.length > e + 1 ? digits.slice(0, e + 1) : digits + '0'.repeat(e + 1 - digits.length);
  const fracPart = digits.length > e + 1 ? digits.slice(e + 1) : '0';
  return `${sign}${intPart}.${fracPart}`;
}

/** `repr(complex(0, x))` as an imaginary literal gives it: no '.0' on integral values. */
function complexRepr(imag: number): string {
  const r = floatRepr(imag);
  return (r.endsWith('.0') ? r.slice(0, -2) : r) + 'j';
}
