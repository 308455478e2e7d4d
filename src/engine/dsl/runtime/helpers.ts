/**
 * $R: everything generated code calls, gathered in one object that the module prelude
 * destructures into constants (so V8 sees direct calls it can inline).
 */
import * as P from '../../values/py';
import { S, poll } from './state';
import { chain, excMatch, nameError, raise, recursion, reraise, tb, tbHere, unbound, unsupported, wrap } from './errors';
import { importModule, importFrom, importStar } from '../modules/registry';
import { introspect } from './introspect';
import { closeIfAbandoned, isFreshGenerator } from '../../values/py/generator';
import { splitWsIter } from '../../values/py/split-iter';

const { PyObject, PyType, PyModule, PyTuple, PyDict, PySet, Kw, T, typeOf, arith } = P;

/** Builtin methods of a subclassed builtin (class L(list)) act on the builtin value. */
function selfFor(obj: P.PyObject, f: { $native?: boolean }): unknown {
  return f.$native && obj instanceof P.PyBoxed ? obj.$v : obj;
}

function cm0(obj: unknown, name: string): unknown {
  if (obj instanceof PyObject) {
    const f = obj.$cls.lookup(name);
    if (typeof f === 'function' && !obj.$d?.has(name)) return f(selfFor(obj, f as { $native?: boolean }));
  } else if (!(obj instanceof PyType) && !(obj instanceof PyModule) && !(obj instanceof P.PySuper)) {
    const f = typeOf(obj).lookup(name);
    if (typeof f === 'function') return f(obj);
  }
  return P.callMethod(obj, name, []);
}

function cm1(obj: unknown, name: string, a: unknown): unknown {
  if (obj instanceof PyObject) {
    const f = obj.$cls.lookup(name);
    if (typeof f === 'function' && !obj.$d?.has(name)) return f(selfFor(obj, f as { $native?: boolean }), a);
  } else if (!(obj instanceof PyType) && !(obj instanceof PyModule) && !(obj instanceof P.PySuper)) {
    const f = typeOf(obj).lookup(name);
    if (typeof f === 'function') return f(obj, a);
  }
  return P.callMethod(obj, name, [a]);
}

function cm2(obj: unknown, name: string, a: unknown, b: unknown): unknown {
  if (obj instanceof PyObject) {
    const f = obj.$cls.lookup(name);
    if (typeof f === 'function' && !obj.$d?.has(name)) return f(selfFor(obj, f as { $native?: boolean }), a, b);
  } else if (!(obj instanceof PyType) && !(obj instanceof PyModule) && !(obj instanceof P.PySuper)) {
    const f = typeOf(obj).lookup(name);
    if (typeof f === 'function') return f(obj, a, b);
  }
  return P.callMethod(obj, name, [a, b]);
}

/** `for w in x.split():` iterates lazily when x is a str (whose methods cannot be replaced). */
function splitIter(obj: unknown, name: string): unknown {
  return typeof obj === 'string' ? splitWsIter(obj) : cm0(obj, name);
}

const DSPLAT = Symbol('dict-splat');

function mkdict(parts: unknown[]): P.PyDict {
  const d = new PyDict();
  for (let i = 0; i < parts.length; i += 2) {
    if (parts[i] === DSPLAT) {
      const src = P.unbox(parts[i + 1]);
      if (!(src instanceof PyDict)) throw P.pyErr('TypeError', `'${typeOf(src).name}' object is not a mapping`);
      for (const [k, v] of src.entries()) d.set(k, v);
    } else d.set(parts[i], parts[i + 1]);
  }
  return d;
}

function kwMerge(names: string[], values: unknown[], dicts: unknown[]): P.Kw {
  const n = [...names];
  const v = [...values];
  for (const d0 of dicts) {
    const d = P.unbox(d0);
    if (!(d instanceof PyDict)) throw P.pyErr('TypeError', `argument after ** must be a mapping, not ${typeOf(d).name}`);
    for (const [k, x] of d.entries()) {
      if (typeof k !== 'string') throw P.pyErr('TypeError', 'keywords must be strings');
      if (n.includes(k)) throw P.pyErr('TypeError', `got multiple values for keyword argument '${k}'`);
      n.push(k);
      v.push(x);
    }
  }
  return new Kw(n, v);
}

function unpack(v: unknown, n: number): unknown[] {
  let a: readonly unknown[];
  if (v instanceof PyTuple) a = v.items;
  else if (Array.isArray(v)) a = v.slice();
  else {
    try {
      a = P.toArray(v);
    } catch (e) {
      if (e instanceof P.PyBaseException && e.$cls === P.E.TypeError && typeOf(v).lookup('__iter__') === undefined) {
        throw P.pyErr('TypeError', `cannot unpack non-iterable ${typeOf(v).name} object`);
      }
      throw e;
    }
  }
  if (a.length === n) return a as unknown[];
  if (a.length < n) throw P.pyErr('ValueError', `not enough values to unpack (expected ${n}, got ${a.length})`);
  throw P.pyErr('ValueError', `too many values to unpack (expected ${n})`);
}

function unpackStar(v: unknown, before: number, after: number): unknown[] {
  const a = P.toArray(v);
  if (a.length < before + after) throw P.pyErr('ValueError', `not enough values to unpack (expected at least ${before + after}, got ${a.length})`);
  return [...a.slice(0, before), a.slice(before, a.length - after), ...a.slice(a.length - after)];
}

function exitOf(m: unknown): unknown {
  const t = typeOf(m);
  const exit = t.lookup('__exit__');
  if (t.lookup('__enter__') === undefined || exit === undefined) {
    throw P.pyErr('TypeError', `'${t.name}' object does not support the context manager protocol`);
  }
  return P.getattr(m, '__exit__');
}

function yieldFrom(x: unknown): Iterable<unknown> {
  if (x instanceof P.PyGenerator) return x.g;
  return P.iter(x) as unknown as Iterable<unknown>;
}

function mkclass(name: string, bases: unknown[], ns: Map<string, unknown>, qualname: string, kw: Record<string, unknown> | null): P.PyType {
  const cls = P.makeClass(name, bases, ns, String(ns.get('__module__') ?? '__main__'), qualname);
  for (const b of cls.mro.slice(1)) {
    const hook = b.dict.get('__init_subclass__');
    if (hook instanceof P.PyClassMethod) {
      const kwArgs = kw ? [new Kw(Object.keys(kw), Object.values(kw))] : [];
      P.call(hook.fn, [cls, ...kwArgs]);
      break;
    }
  }
  for (const [k, v] of ns) {
    if (v instanceof PyObject) {
      const sn = v.$cls.lookup('__set_name__');
      if (sn !== undefined) P.call(sn, [v, cls, k]);
    }
  }
  return cls;
}

const builtins = P.makeBuiltins();

export function builtinOrError(name: string, G: Map<string, unknown>, locals?: readonly string[]): unknown {
  const v = builtins.get(name);
  if (v !== undefined) return v;
  return nameError(name, G, locals);
}

export function builtinsMap(): Map<string, unknown> {
  return builtins;
}

export const R = {
  S,
  poll,
  add: arith.add,
  sub: arith.sub,
  mul: arith.mul,
  truediv: arith.truediv,
  floordiv: arith.floordiv,
  mod: arith.mod,
  pow: arith.pow,
  bitand: arith.bitand,
  bitor: arith.bitor,
  bitxor: arith.bitxor,
  bin: (op: P.ArithOp, a: unknown, b: unknown) => arith.binarySlow(op, a, b),
  neg: arith.neg,
  pos: arith.pos,
  invert: arith.invert,
  iadd: arith.inplaceFor('add'),
  isub: arith.inplaceFor('sub'),
  imul: arith.inplaceFor('mul'),
  itruediv: arith.inplaceFor('truediv'),
  ifloordiv: arith.inplaceFor('floordiv'),
  imod: arith.inplaceFor('mod'),
  ipow: arith.inplaceFor('pow'),
  ilshift: arith.inplaceFor('lshift'),
  irshift: arith.inplaceFor('rshift'),
  iand: arith.inplaceFor('and'),
  ior: arith.inplaceFor('or'),
  ixor: arith.inplaceFor('xor'),
  imatmul: arith.inplaceFor('matmul'),
  eqOp: P.eqOp,
  neOp: P.neOp,
  lt: P.lt,
  le: P.le,
  gt: P.gt,
  ge: P.ge,
  // NaN is a JS number, so identity of a float NaN is judged by value (x is x holds).
  is: (a: unknown, b: unknown) => a === b || (a !== a && b !== b),
  contains: P.contains,
  truthy: P.truthy,
  call: P.call,
  call0: P.call0,
  call1: P.call1,
  call2: P.call2,
  call3: P.call3,
  cm0,
  splitIter,
  cm1,
  cm2,
  callMethod: P.callMethod,
  Kw,
  kwMerge,
  bind: P.bindArgs,
  mkfn: (fn: (...a: unknown[]) => unknown, spec: P.FnSpec, ship: unknown) => {
    const f = P.makeFunction(fn, spec);
    f.$ship = ship;
    return f;
  },
  isFreshGen: isFreshGenerator,
  closeIfAbandoned,
  mkgen: (g: Generator<unknown, unknown, unknown>, name: string, qualname: string) => new P.PyGenerator(g, name, qualname),
  mkclass,
  super: (cls: P.PyType | undefined, self: unknown) => {
    if (!cls) throw P.pyErr('RuntimeError', 'super(): __class__ cell not found');
    if (self === undefined) throw P.pyErr('RuntimeError', 'super(): no arguments');
    return new P.PySuper(cls, self);
  },
  getattr: P.getattr,
  setattr: P.setattr,
  delattr: P.delattr,
  getitem: P.getitem,
  setitem: P.setitem,
  delitem: P.delitem,
  Slice: P.PySlice,
  tuple: P.tuple,
  mkset: (items: unknown[]) => new PySet(items),
  mkdict,
  DSPLAT,
  PyDict,
  toArray: P.toArray,
  iter: P.iter,
  STOP: P.STOP,
  unpack,
  unpackStar,
  str: P.str,
  repr: P.repr,
  ascii: P.ascii,
  fmt: P.formatValue,
  unbound,
  tb,
  tbHere,
  chain,
  wrap,
  raise,
  reraise,
  excMatch,
  assertion: (...msg: unknown[]) => P.pyErr('AssertionError', ...msg),
  exitOf,
  recursion,
  import: importModule,
  importFrom,
  importStar,
  yieldFrom,
  unsupported,
  Ellipsis: P.Ellipsis,
  builtin: builtinOrError,
  nameError,
  introspect,
  T,
};

export type Runtime = typeof R;
