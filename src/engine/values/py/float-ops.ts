/** Float arithmetic with Python's sign conventions for %, // and **. */
import { mkFloat } from './float';
import { pyErr } from './exceptions';

export function fmod(a: number, b: number): number {
  let r = a % b;
  if (r !== 0) {
    if (r < 0 !== b < 0) r += b;
  } else {
    r = b < 0 ? -0 : 0;
  }
  return r;
}

export function floatFloorDiv(a: number, b: number): number {
  const m = a % b;
  let div = (a - m) / b;
  if (m !== 0 && b < 0 !== m < 0) div -= 1;
  if (div === 0) return a / b < 0 ? -0 : 0;
  let f = Math.floor(div);
  if (div - f > 0.5) f += 1;
  return f;
}

export function floatPow(a: number, b: number): unknown {
  if (a === 0 && b < 0) throw pyErr('ZeroDivisionError', '0.0 cannot be raised to a negative power');
  if (a < 0 && !Number.isInteger(b) && Number.isFinite(b)) {
    throw pyErr('ValueError', 'negative number cannot be raised to a fractional power (complex results are not supported by Flint)');
  }
  const r = a ** b;
  if (!Number.isFinite(r) && Number.isFinite(a) && Number.isFinite(b)) throw pyErr('OverflowError', "(34, 'Numerical result out of range')");
  return mkFloat(r);
}
