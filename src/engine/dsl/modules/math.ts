/** The math module: pylib's CPython-exact functions over the object model's numbers. */
import { PyFloat, PyObject, call, getattr, iter, STOP, mkFloat, norm, pyErr, typeOf, lib, big } from '../../values/py/module-api';
import { math as M, gcd, lcm, isqrt, factorial, comb, perm, hypot, dist } from '../../pylib';
import type { LogArg, PyReal } from '../../pylib';
import { moduleFrom, registerModule } from './registry';

/** A real argument as a double (ints converted exactly, objects through __float__/__index__). */
function num(x: unknown): number {
  if (typeof x === 'number') return x;
  if (typeof x === 'boolean') return x ? 1 : 0;
  if (typeof x === 'bigint') {
    const d = Number(x);
    if (!Number.isFinite(d)) throw pyErr('OverflowError', 'int too large to convert to float');
    return d;
  }
  if (x instanceof PyFloat) return x.v;
  if (x instanceof PyObject) {
    for (const n of ['__float__', '__index__']) if (x.$cls.lookup(n) !== undefined) return num(call(getattr(x, n), []));
  }
  throw pyErr('TypeError', `must be real number, not ${typeOf(x).name}`);
}

function isIntVal(x: unknown): x is number | bigint | boolean {
  return typeof x === 'bigint' || typeof x === 'boolean' || (typeof x === 'number' && Number.isInteger(x));
}

function intArg(x: unknown): bigint {
  if (isIntVal(x)) return big(x);
  if (x instanceof PyObject && x.$cls.lookup('__index__') !== undefined) return intArg(call(getattr(x, '__index__'), []));
  throw pyErr('TypeError', `'${typeOf(x).name}' object cannot be interpreted as an integer`);
}

function logArg(x: unknown): LogArg {
  return isIntVal(x) ? { kind: 'int', value: big(x) } : { kind: 'float', value: num(x) };
}

function f1(fn: (x: number) => number) {
  return (x: unknown) => mkFloat(lib(() => fn(num(x))));
}

function toInt(fn: (x: number) => number | bigint) {
  return (x: unknown) => {
    if (isIntVal(x)) return typeof x === 'boolean' ? Number(x) : x;
    const r = lib(() => fn(num(x)));
    return typeof r === 'bigint' ? norm(r) : r;
  };
}

function values(it: unknown): unknown[] {
  const out: unknown[] = [];
  const i = iter(it);
  for (let v = i.nx(); v !== STOP; v = i.nx()) out.push(v);
  return out;
}

function real(x: unknown): PyReal {
  return isIntVal(x) ? { kind: 'int', value: big(x) } : { kind: 'float', value: num(x) };
}

function fromReal(r: PyReal): unknown {
  return r.kind === 'int' ? norm(r.value) : mkFloat(r.value);
}

registerModule('math', () =>
  moduleFrom('math', {
    pi: Math.PI,
    e: Math.E,
    tau: 2 * Math.PI,
    inf: Infinity,
    nan: NaN,
    sqrt: f1(M.sqrt),
    exp: f1(M.exp),
    expm1: f1(M.expm1),
    log: (x: unknown, base?: unknown) => mkFloat(lib(() => M.log(logArg(x), base === undefined ? undefined : logArg(base)))),
    log2: (x: unknown) => mkFloat(lib(() => M.log2(logArg(x)))),
    log10: (x: unknown) => mkFloat(lib(() => M.log10(logArg(x)))),
    log1p: f1(M.log1p),
    sin: f1(M.sin),
    cos: f1(M.cos),
    tan: f1(M.tan),
    asin: f1(M.asin),
    acos: f1(M.acos),
    atan: f1(M.atan),
    atan2: (y: unknown, x: unknown) => mkFloat(M.atan2(num(y), num(x))),
    sinh: f1(M.sinh),
    cosh: f1(M.cosh),
    tanh: f1(M.tanh),
    asinh: f1(M.asinh),
    acosh: f1(M.acosh),
    atanh: f1(M.atanh),
    cbrt: f1(M.cbrt),
    degrees: f1(M.degrees),
    radians: f1(M.radians),
    hypot: (...xs: unknown[]) => mkFloat(lib(() => hypot(...xs.map(num)))),
    dist: (p: unknown, q: unknown) => mkFloat(lib(() => dist(values(p).map(num), values(q).map(num)))),
    floor: toInt(M.floor),
    ceil: toInt(M.ceil),
    trunc: toInt(M.trunc),
    fabs: f1(Math.abs),
    pow: (a: unknown, b: unknown) => mkFloat(lib(() => M.pow(num(a), num(b)))),
    fmod: (a: unknown, b: unknown) => mkFloat(lib(() => M.fmod(num(a), num(b)))),
    modf: (x: unknown) => {
      const [f, i] = lib(() => M.modf(num(x)));
      return tupleOf([mkFloat(f), mkFloat(i)]);
    },
    frexp: (x: unknown) => {
      const [m, e] = lib(() => M.frexp(num(x)));
      return tupleOf([mkFloat(m), e]);
    },
    ldexp: (x: unknown, i: unknown) => mkFloat(lib(() => M.ldexp(num(x), intArg(i)))),
    copysign: (a: unknown, b: unknown) => mkFloat(M.copysign(num(a), num(b))),
    isnan: (x: unknown) => Number.isNaN(num(x)),
    isinf: (x: unknown) => Math.abs(num(x)) === Infinity,
    isfinite: (x: unknown) => Number.isFinite(num(x)),
    isclose: (a: unknown, b: unknown, ...rest: unknown[]) => {
      const kw = rest[rest.length - 1] as { names?: string[]; values?: unknown[] } | undefined;
      const opt = (n: string, d: number) => {
        const i = kw?.names?.indexOf(n) ?? -1;
        return i >= 0 ? num(kw!.values![i]) : d;
      };
      return lib(() => M.isclose(num(a), num(b), opt('rel_tol', 1e-9), opt('abs_tol', 0)));
    },
    fsum: (it: unknown) => mkFloat(lib(() => M.fsum(values(it).map(num)))),
    prod: (it: unknown) => fromReal(lib(() => M.prod(values(it).map(real)))),
    factorial: (x: unknown) => {
      if (!isIntVal(x)) throw pyErr('TypeError', `'${typeOf(x).name}' object cannot be interpreted as an integer`);
      return norm(lib(() => factorial(big(x))));
    },
    gcd: (...xs: unknown[]) => norm(lib(() => gcd(...xs.map(intArg)))),
    lcm: (...xs: unknown[]) => norm(lib(() => lcm(...xs.map(intArg)))),
    isqrt: (x: unknown) => norm(lib(() => isqrt(intArg(x)))),
    comb: (n: unknown, k: unknown) => norm(lib(() => comb(intArg(n), intArg(k)))),
    perm: (n: unknown, k?: unknown) => norm(lib(() => perm(intArg(n), k === undefined || k === null ? null : intArg(k)))),
  }),
);

import { tuple as tupleOf } from '../../values/py';
