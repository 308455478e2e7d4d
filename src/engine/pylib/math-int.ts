// The integer functions of Python's math module (and int helpers the object model needs),
// exact on bigints.
import { roundToDouble } from './float-bits';
import { bitLength } from './int-utils';
import { PyLibError, overflowError, valueError } from './py-error';

const abs = (n: bigint): bigint => (n < 0n ? -n : n);

/** math.gcd(*integers) */
export function gcd(...values: bigint[]): bigint {
  let g = 0n;
  for (const v of values) {
    let a = abs(v);
    let b = g;
    while (b !== 0n) [a, b] = [b, a % b];
    g = a;
  }
  return g;
}

/** math.lcm(*integers) */
export function lcm(...values: bigint[]): bigint {
  let l = 1n;
  for (const v of values) {
    if (v === 0n || l === 0n) {
      l = 0n;
      continue;
    }
    l = abs((l / gcd(l, v)) * v);
  }
  return l;
}

/** math.isqrt(n) */
export function isqrt(n: bigint): bigint {
  if (n < 0n) throw valueError('isqrt() argument must be nonnegative');
  if (n < 2n) return n;
  let x = 1n << BigInt(Math.ceil(bitLength(n) / 2));
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

function productRange(lo: bigint, hi: bigint): bigint {
  // Product of lo..hi inclusive, balanced so bigint multiplications stay similar in size.
  if (hi < lo) return 1n;
  if (hi - lo < 16n) {
    let p = 1n;
    for (let i = lo; i <= hi; i++) p *= i;
    return p;
  }
  const mid = (lo + hi) >> 1n;
  return productRange(lo, mid) * productRange(mid + 1n, hi);
}

/** math.factorial(n) */
export function factorial(n: bigint): bigint {
  if (n < 0n) throw valueError('factorial() not defined for negative values');
  return productRange(2n, n);
}

function checkNK(n: bigint, k: bigint): void {
  if (n < 0n) throw valueError('n must be a non-negative integer');
  if (k < 0n) throw valueError('k must be a non-negative integer');
}

/** math.comb(n, k) */
export function comb(n: bigint, k: bigint): bigint {
  checkNK(n, k);
  if (k > n) return 0n;
  const j = k < n - k ? k : n - k;
  return productRange(n - j + 1n, n) / productRange(2n, j);
}

/** math.perm(n, k=None) */
export function perm(n: bigint, k?: bigint | null): bigint {
  if (k === undefined || k === null) return factorial(n);
  checkNK(n, k);
  if (k > n) return 0n;
  return productRange(n - k + 1n, n);
}

/** Python's a // b and a % b on ints (floor semantics). */
export function intDivmod(a: bigint, b: bigint): [bigint, bigint] {
  if (b === 0n) throw new PyLibError('ZeroDivisionError', 'integer division or modulo by zero');
  let q = a / b;
  let r = a % b;
  if (r !== 0n && (r < 0n) !== (b < 0n)) {
    q -= 1n;
    r += b;
  }
  return [q, r];
}

/** int / int: the correctly rounded true quotient, as CPython's long_true_divide. */
export function intTrueDiv(a: bigint, b: bigint): number {
  if (b === 0n) throw new PyLibError('ZeroDivisionError', 'division by zero');
  const negative = (a < 0n) !== (b < 0n);
  const x = abs(a);
  const y = abs(b);
  if (x === 0n) return negative ? -0 : 0;
  if (x < 2n ** 53n && y < 2n ** 53n) return (negative ? -1 : 1) * (Number(x) / Number(y));
  // Enough quotient bits for one correct rounding, plus a sticky bit for the remainder.
  const shift = Math.max(0, 60 - (bitLength(x) - bitLength(y)));
  const num = x << BigInt(shift);
  let q = num / y;
  if (num % y !== 0n) q = (q << 1n) | 1n;
  else q <<= 1n;
  const v = roundToDouble(q, -shift - 1, negative);
  if (!Number.isFinite(v)) throw overflowError('integer division result too large for a float');
  return v;
}

/** round(n, ndigits) for an int and a negative ndigits: half to even at 10**-ndigits. */
export function intRound(n: bigint, ndigits: bigint): bigint {
  if (ndigits >= 0n) return n;
  const m = 10n ** -ndigits;
  const [q, r] = intDivmod(n, m);
  const twice = 2n * r;
  if (twice > m || (twice === m && (q & 1n) === 1n)) return (q + 1n) * m;
  return q * m;
}
