/** Float ** with Python's errors (// and % come from pylib). */
import { mkFloat } from './float';
import { pyErr } from './exceptions';
import { libm } from '../../pylib';

export function floatPow(a: number, b: number): unknown {
  if (a === 0 && b < 0) throw pyErr('ZeroDivisionError', '0.0 cannot be raised to a negative power');
  if (a < 0 && !Number.isInteger(b) && Number.isFinite(b)) {
    throw pyErr('ValueError', 'negative number cannot be raised to a fractional power (complex results are not supported by Flint)');
  }
  const r = libm.pow(a, b);
  if (!Number.isFinite(r) && Number.isFinite(a) && Number.isFinite(b)) throw pyErr('OverflowError', "(34, 'Numerical result out of range')");
  return mkFloat(r);
}
