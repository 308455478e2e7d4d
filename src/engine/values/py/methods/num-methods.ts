/** The methods of int, float and bool. */
import { T } from '../core';
import { PyFloat, floatRepr } from '../float';
import { pyErr } from '../exceptions';
import { def, parseArgs } from './define';
import { PyClassMethod } from '../descriptors';
import { toArray } from '../iter';
import { bitLength, big, norm } from '../int-ops';
import { tuple } from '../tuple';
import { NativeGetter } from '../descriptors';
import { PyBytes } from '../bytes';

const fv = (x: unknown): number => (typeof x === 'number' ? x : (x as PyFloat).v);

def(T.int, 'bit_length', (x: number | bigint | boolean) => bitLength(typeof x === 'boolean' ? Number(x) : x));
def(T.int, 'bit_count', (x: number | bigint) => {
  const b = big(x);
  return [...(b < 0n ? -b : b).toString(2)].filter((c) => c === '1').length;
});
def(T.int, 'conjugate', (x: number | bigint) => x);
def(T.int, 'as_integer_ratio', (x: number | bigint) => tuple([x, 1]));
def(T.int, 'is_integer', () => true);
def(T.int, 'to_bytes', (x: number | bigint, length = 1, order = 'big') => {
  const out = new Uint8Array(Number(length));
  let v = big(x);
  for (let i = out.length - 1; i >= 0; i--) {
    out[order === 'big' ? i : out.length - 1 - i] = Number(v & 0xffn);
    v >>= 8n;
  }
  return new PyBytes(out);
});
T.int.dict.set('from_bytes', new PyClassMethod(Object.assign((_cls: unknown, ...a: unknown[]) => {
  const [b, order0, signed] = parseArgs('from_bytes', a, ['bytes', 'byteorder', 'signed'], 1);
  const order = order0 ?? 'big';
  const bytes = b instanceof PyBytes ? [...b.b] : (toArray(b) as number[]);
  if (order !== 'big' && order !== 'little') throw pyErr('ValueError', "byteorder must be either 'little' or 'big'");
  if (order === 'little') bytes.reverse();
  let v = 0n;
  for (const x of bytes) v = (v << 8n) | BigInt(x);
  if (signed === true && bytes.length && bytes[0]! >= 0x80) v -= 1n << BigInt(8 * bytes.length);
  return norm(v);
}, { $name: 'from_bytes', $native: true })));
for (const [name, fn] of [
  ['real', (x: unknown) => (typeof x === 'boolean' ? Number(x) : x)],
  ['imag', () => 0],
  ['numerator', (x: unknown) => (typeof x === 'boolean' ? Number(x) : x)],
  ['denominator', () => 1],
] as const) {
  T.int.dict.set(name, new NativeGetter(fn));
}

def(T.float, 'is_integer', (x: unknown) => Number.isInteger(fv(x)));
def(T.float, 'conjugate', (x: unknown) => x);
def(T.float, 'hex', (x: unknown) => {
  const v = fv(x);
  if (!Number.isFinite(v)) return floatRepr(v);
  if (v === 0) return Object.is(v, -0) ? '-0x0.0p+0' : '0x0.0p+0';
  let m = Math.abs(v);
  let e = 0;
  while (m >= 2) {
    m /= 2;
    e++;
  }
  while (m < 1) {
    m *= 2;
    e--;
  }
  let frac = (m - 1).toString(16).slice(2);
  frac = frac.padEnd(13, '0').slice(0, 13);
  return `${v < 0 ? '-' : ''}0x1.${frac}p${e < 0 ? '-' : '+'}${Math.abs(e)}`;
});
def(T.float, 'as_integer_ratio', (x: unknown) => {
  const v = fv(x);
  if (!Number.isFinite(v)) {
    throw pyErr(v !== v ? 'ValueError' : 'OverflowError', v !== v ? 'cannot convert NaN to integer ratio' : 'cannot convert Infinity to integer ratio');
  }
  let num = v;
  let den = 1n;
  while (!Number.isInteger(num)) {
    num *= 2;
    den *= 2n;
  }
  let n = BigInt(num);
  const g = gcd(n < 0n ? -n : n, den);
  n /= g;
  return tuple([norm(n), norm(den / g)]);
});
T.float.dict.set('real', new NativeGetter((x) => x));
T.float.dict.set('imag', new NativeGetter(() => new PyFloat(0)));

function gcd(a: bigint, b: bigint): bigint {
  while (b) [a, b] = [b, a % b];
  return a || 1n;
}
