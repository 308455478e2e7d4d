/** Integer arithmetic over JS numbers with BigInt beyond 2**53 (always normalised back). */
import { pyErr } from './exceptions';

export type PyInt = number | bigint;

export function norm(b: bigint): PyInt {
  return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
}

export function big(a: PyInt | boolean): bigint {
  return typeof a === 'bigint' ? a : BigInt(a as number);
}

export function toDouble(a: PyInt): number {
  if (typeof a === 'number') return a;
  const d = Number(a);
  if (!Number.isFinite(d)) throw pyErr('OverflowError', 'int too large to convert to float');
  return d;
}

export function intAdd(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (Number.isSafeInteger(r)) return r;
  }
  return norm(big(a) + big(b));
}

export function intSub(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (Number.isSafeInteger(r)) return r;
  }
  return norm(big(a) - big(b));
}

export function intMul(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    if (Number.isSafeInteger(r)) return r + 0;
  }
  return norm(big(a) * big(b));
}

export function intMod(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) throw pyErr('ZeroDivisionError', 'integer modulo by zero');
    let r = a % b;
    if (r !== 0 && r < 0 !== b < 0) r += b;
    return r + 0;
  }
  const bb = big(b);
  if (bb === 0n) throw pyErr('ZeroDivisionError', 'integer modulo by zero');
  let r = big(a) % bb;
  if (r !== 0n && r < 0n !== bb < 0n) r += bb;
  return norm(r);
}

export function intFloorDiv(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) throw pyErr('ZeroDivisionError', 'integer division or modulo by zero');
    let r = a % b;
    if (r !== 0 && r < 0 !== b < 0) r += b;
    return (a - r) / b + 0;
  }
  const ab = big(a);
  const bb = big(b);
  if (bb === 0n) throw pyErr('ZeroDivisionError', 'integer division or modulo by zero');
  let q = ab / bb;
  if (ab % bb !== 0n && ab < 0n !== bb < 0n) q -= 1n;
  return norm(q);
}

/** a ** b for b >= 0. */
export function intPow(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 2) {
      const r = a * a;
      if (Number.isSafeInteger(r)) return r;
    }
    const r = a ** b;
    if (Number.isSafeInteger(r) && Math.abs(r) < 2 ** 31) return r;
  }
  return norm(big(a) ** big(b));
}

export function intPowMod(a: PyInt, b: PyInt, m: PyInt): PyInt {
  let mb = big(m);
  if (mb === 0n) throw pyErr('ValueError', 'pow() 3rd argument cannot be 0');
  const neg = mb < 0n;
  if (neg) mb = -mb;
  let base = ((big(a) % mb) + mb) % mb;
  let e = big(b);
  if (e < 0n) {
    base = modInverse(base, mb);
    e = -e;
  }
  let r = 1n % mb;
  while (e > 0n) {
    if (e & 1n) r = (r * base) % mb;
    base = (base * base) % mb;
    e >>= 1n;
  }
  if (neg && r !== 0n) r -= mb;
  return norm(r);
}

function modInverse(a: bigint, m: bigint): bigint {
  let [r0, r1] = [a, m];
  let [s0, s1] = [1n, 0n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  if (r0 !== 1n) throw pyErr('ValueError', 'base is not invertible for the given modulus');
  return ((s0 % m) + m) % m;
}

export function intShift(a: PyInt, b: PyInt, left: boolean): PyInt {
  if ((typeof b === 'number' ? b : Number(b)) < 0) throw pyErr('ValueError', 'negative shift count');
  if (typeof a === 'number' && typeof b === 'number') {
    if (!left) {
      if (b >= 64) return a < 0 ? -1 : 0;
      if (a >= -2147483648 && a <= 2147483647) return b > 31 ? (a < 0 ? -1 : 0) : a >> b;
      return Math.floor(a / 2 ** b);
    }
    const r = a * 2 ** b;
    if (Number.isSafeInteger(r)) return r;
  }
  return norm(left ? big(a) << big(b) : big(a) >> big(b));
}

export function intBitOp(a: PyInt, b: PyInt, op: '&' | '|' | '^'): PyInt {
  if (typeof a === 'number' && typeof b === 'number' && (a | 0) === a && (b | 0) === b) {
    return op === '&' ? a & b : op === '|' ? a | b : a ^ b;
  }
  const x = big(a);
  const y = big(b);
  return norm(op === '&' ? x & y : op === '|' ? x | y : x ^ y);
}

export function intNeg(a: PyInt): PyInt {
  return typeof a === 'number' ? 0 - a : norm(-a);
}

export function bitLength(a: PyInt): number {
  const b = big(a);
  return b === 0n ? 0 : (b < 0n ? -b : b).toString(2).length;
}
