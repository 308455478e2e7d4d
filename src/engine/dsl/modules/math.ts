/** The math module (the subset the course and common programs use). */
import { PyFloat, E, mkFloat, pyErr, toFloat, toInt, typeOf, T, PyObject, call, getattr } from '../../values/py';
import { moduleFrom, registerModule } from './registry';

function num(x: unknown): number {
  if (typeof x === 'number') return x;
  if (typeof x === 'boolean') return x ? 1 : 0;
  if (typeof x === 'bigint') return Number(x);
  if (x instanceof PyFloat) return x.v;
  if (x instanceof PyObject && x.$cls.lookup('__float__') !== undefined) return num(call(getattr(x, '__float__'), []));
  throw pyErr('TypeError', `must be real number, not ${typeOf(x).name}`);
}

function domain(ok: boolean): void {
  if (!ok) throw pyErr('ValueError', 'math domain error');
}

function f1(fn: (x: number) => number, check?: (x: number) => boolean) {
  return (x: unknown) => {
    const v = num(x);
    if (check) domain(check(v));
    return mkFloat(fn(v));
  };
}

function intResult(v: number): number | bigint {
  if (!Number.isFinite(v)) {
    throw pyErr(v !== v ? 'ValueError' : 'OverflowError', v !== v ? 'cannot convert float NaN to integer' : 'cannot convert float infinity to integer');
  }
  return Number.isSafeInteger(v) ? v + 0 : BigInt(v);
}

function gcd(a: bigint, b: bigint): bigint {
  a = a < 0n ? -a : a;
  b = b < 0n ? -b : b;
  while (b) [a, b] = [b, a % b];
  return a;
}

function big(x: unknown): bigint {
  const v = toInt(x);
  return typeof v === 'bigint' ? v : BigInt(v);
}

function norm(b: bigint): number | bigint {
  return b >= -(2n ** 53n) + 1n && b <= 2n ** 53n - 1n ? Number(b) : b;
}

function factorial(x: unknown): number | bigint {
  if (typeof x !== 'number' && typeof x !== 'bigint' && typeof x !== 'boolean') throw pyErr('TypeError', `'${typeOf(x).name}' object cannot be interpreted as an integer`);
  const n = big(x);
  if (n < 0n) throw pyErr('ValueError', 'factorial() not defined for negative values');
  let r = 1n;
  for (let i = 2n; i <= n; i++) r *= i;
  return norm(r);
}

registerModule('math', () =>
  moduleFrom('math', {
    pi: Math.PI,
    e: Math.E,
    tau: 2 * Math.PI,
    inf: Infinity,
    nan: NaN,
    sqrt: f1(Math.sqrt, (v) => v >= 0),
    exp: f1(Math.exp),
    log: (x: unknown, base?: unknown) => {
      const v = num(x);
      domain(v > 0);
      if (base === undefined) return mkFloat(Math.log(v));
      const b = num(base);
      domain(b > 0);
      if (b === 1) throw pyErr('ZeroDivisionError', 'float division by zero');
      return mkFloat(Math.log(v) / Math.log(b));
    },
    log2: f1(Math.log2, (v) => v > 0),
    log10: f1(Math.log10, (v) => v > 0),
    log1p: f1(Math.log1p, (v) => v > -1),
    sin: f1(Math.sin),
    cos: f1(Math.cos),
    tan: f1(Math.tan),
    asin: f1(Math.asin, (v) => v >= -1 && v <= 1),
    acos: f1(Math.acos, (v) => v >= -1 && v <= 1),
    atan: f1(Math.atan),
    atan2: (y: unknown, x: unknown) => mkFloat(Math.atan2(num(y), num(x))),
    sinh: f1(Math.sinh),
    cosh: f1(Math.cosh),
    tanh: f1(Math.tanh),
    hypot: (...xs: unknown[]) => mkFloat(Math.hypot(...xs.map(num))),
    degrees: f1((v) => (v * 180) / Math.PI),
    radians: f1((v) => (v * Math.PI) / 180),
    floor: (x: unknown) => (typeof x === 'number' && Number.isInteger(x)) || typeof x === 'bigint' ? x : intResult(Math.floor(num(x))),
    ceil: (x: unknown) => (typeof x === 'number' && Number.isInteger(x)) || typeof x === 'bigint' ? x : intResult(Math.ceil(num(x))),
    trunc: (x: unknown) => toInt(x),
    fabs: f1(Math.abs),
    pow: (a: unknown, b: unknown) => mkFloat(num(a) ** num(b)),
    fmod: (a: unknown, b: unknown) => {
      const y = num(b);
      domain(y !== 0);
      return mkFloat(num(a) % y);
    },
    copysign: (a: unknown, b: unknown) => {
      const x = Math.abs(num(a));
      const y = num(b);
      return mkFloat(y < 0 || Object.is(y, -0) ? -x : x);
    },
    isnan: (x: unknown) => Number.isNaN(num(x)),
    isinf: (x: unknown) => Math.abs(num(x)) === Infinity,
    isfinite: (x: unknown) => Number.isFinite(num(x)),
    isclose: (a: unknown, b: unknown) => {
      const x = num(a);
      const y = num(b);
      return x === y || Math.abs(x - y) <= Math.max(1e-9 * Math.max(Math.abs(x), Math.abs(y)), 0);
    },
    factorial,
    gcd: (...xs: unknown[]) => norm(xs.map(big).reduce((a, b) => gcd(a, b), 0n)),
    lcm: (...xs: unknown[]) => norm(xs.map(big).reduce((a, b) => (a === 0n || b === 0n ? 0n : ((a * b < 0n ? -(a * b) : a * b) / gcd(a, b))), 1n)),
    comb: (n: unknown, k: unknown) => {
      const N = big(n);
      let K = big(k);
      if (K < 0n || N < 0n) throw pyErr('ValueError', `${N < 0n ? 'n' : 'k'} must be a non-negative integer`);
      if (K > N) return 0;
      if (K > N - K) K = N - K;
      let r = 1n;
      for (let i = 1n; i <= K; i++) r = (r * (N - K + i)) / i;
      return norm(r);
    },
    perm: (n: unknown, k?: unknown) => {
      const N = big(n);
      const K = k === undefined || k === null ? N : big(k);
      if (K > N) return 0;
      let r = 1n;
      for (let i = 0n; i < K; i++) r *= N - i;
      return norm(r);
    },
    isqrt: (x: unknown) => {
      const n = big(x);
      if (n < 0n) throw pyErr('ValueError', 'isqrt() argument must be nonnegative');
      if (n < 2n) return norm(n);
      let r = BigInt(Math.floor(Math.sqrt(Number(n))));
      while (r * r > n) r -= 1n;
      while ((r + 1n) * (r + 1n) <= n) r += 1n;
      return norm(r);
    },
    fsum: (it: unknown) => {
      let s = 0;
      let c = 0;
      for (const x of (toFloatList(it))) {
        const y = x - c;
        const t = s + y;
        c = t - s - y;
        s = t;
      }
      return mkFloat(s);
    },
    prod: (it: unknown) => {
      let acc: unknown = 1;
      for (const x of iterate(it)) acc = mulHook(acc, x);
      return acc;
    },
  }),
);

import { iter, STOP, arith } from '../../values/py';

function* iterate(x: unknown): Generator<unknown> {
  const it = iter(x);
  for (let v = it.nx(); v !== STOP; v = it.nx()) yield v;
}

function toFloatList(x: unknown): number[] {
  return [...iterate(x)].map((v) => {
    const f = toFloat(v);
    return typeof f === 'number' ? f : f.v;
  });
}

const mulHook = arith.mul;
void E;
void T;
