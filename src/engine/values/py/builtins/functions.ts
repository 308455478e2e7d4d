/** The builtin functions (the builtin types are callable through builtins/types.ts). */
import { Ellipsis, Kw, NotImplemented, PyBoxed, PyModule, PyObject, PyType, T, typeOf } from '../core';
import { E, pyErr, PyBaseException } from '../exceptions';
import { PyFloat, floatValue, isFloat, mkFloat } from '../float';
import { PyTuple, tuple } from '../tuple';
import { PyDict } from '../dict';
import { PyIterator, STOP, iter, nextOf, toArray } from '../iter';
import { call, call1 } from '../call';
import { truthy, lessThan } from '../compare';
import { add, binarySlow, pow3 } from '../arith';
import { repr, str, ascii } from '../repr';
import { len } from '../len';
import { pyHash } from '../hash';
import { identity } from '../identity';
import { getattr, getattrOpt, setattr, delattr, hasattr } from '../attr';
import { PyMethod } from '../descriptors';
import { formatValue } from '../format';
import { sortArray } from '../methods/sort';
import { parseArgs, arity } from '../methods/define';
import type { Native } from '../methods/define';
import { io } from '../io';
import { tick } from '../interrupt';
import { toInt } from './convert';
import { big, norm } from '../int-ops';
import { floatRound, floatRoundToInt, intRound } from '../../../pylib';
import { lib } from '../pylib-bridge';
import { PyRange } from '../range';
import { buildClass } from './metaclass';

function named<F extends Native>(name: string, fn: F): F {
  fn.$name = name;
  return fn;
}

function splitKw(args: unknown[]): [unknown[], Map<string, unknown>] {
  const kw = new Map<string, unknown>();
  if (args.length && args[args.length - 1] instanceof Kw) {
    const k = args[args.length - 1] as Kw;
    k.names.forEach((n, i) => kw.set(n, k.values[i]));
    return [args.slice(0, -1), kw];
  }
  return [args, kw];
}

function print(...args: unknown[]): null {
  const [pos, kw] = splitKw(args);
  for (const k of kw.keys()) if (!['sep', 'end', 'file', 'flush'].includes(k)) throw pyErr('TypeError', `'${k}' is an invalid keyword argument for print()`);
  const sep = kw.get('sep') ?? null;
  const end = kw.get('end') ?? null;
  if (sep !== null && typeof sep !== 'string') throw pyErr('TypeError', `sep must be None or a string, not ${typeOf(sep).name}`);
  if (end !== null && typeof end !== 'string') throw pyErr('TypeError', `end must be None or a string, not ${typeOf(end).name}`);
  let text = '';
  for (let i = 0; i < pos.length; i++) text += (i ? (sep ?? ' ') : '') + str(pos[i]);
  text += end ?? '\n';
  const file = kw.get('file') ?? null;
  if (file === null) io.stdout.write(text);
  else call(getattr(file, 'write'), [text]);
  return null;
}

function minmax(name: 'min' | 'max', args: unknown[]): unknown {
  const [pos, kw] = splitKw(args);
  for (const k of kw.keys()) if (k !== 'key' && k !== 'default') throw pyErr('TypeError', `${name}() got an unexpected keyword argument '${k}'`);
  const key = kw.get('key') ?? null;
  if (!pos.length) throw pyErr('TypeError', `${name} expected at least 1 argument, got 0`);
  let items: unknown[];
  if (pos.length === 1) items = toArray(pos[0]);
  else {
    if (kw.has('default')) throw pyErr('TypeError', `Cannot specify a default for ${name}() with multiple positional arguments`);
    items = pos;
  }
  if (!items.length) {
    if (kw.has('default')) return kw.get('default');
    throw pyErr('ValueError', `${name}() arg is an empty sequence`);
  }
  let best = items[0];
  let bestKey = key === null ? best : call1(key, best);
  for (let i = 1; i < items.length; i++) {
    const k = key === null ? items[i] : call1(key, items[i]);
    if (name === 'max' ? lessThan(bestKey, k) : lessThan(k, bestKey)) {
      best = items[i];
      bestKey = k;
    }
  }
  return best;
}

function sum(...args: unknown[]): unknown {
  const [it, start] = parseArgs('sum', args, ['iterable', 'start'], 1);
  let acc: unknown = start === undefined ? 0 : start;
  if (typeof acc === 'string') throw pyErr('TypeError', "sum() can't sum strings [use ''.join(seq) instead]");
  const i = iter(it);
  let v = i.nx();
  // Ints: add in a double while exact, spilling into a BigInt only on overflow (as CPython
  // sums in a C long first), so a sum past 2**53 does not pay BigInt costs per element.
  if (typeof acc === 'number' && Number.isInteger(acc)) {
    let small: number = acc;
    let spill = 0n;
    for (; v !== STOP; v = i.nx()) {
      tick();
      if (typeof v !== 'number' || !Number.isInteger(v)) break;
      const r = small + v;
      if (Number.isSafeInteger(r)) small = r;
      else {
        spill += BigInt(small);
        small = v;
      }
    }
    acc = spill === 0n ? small : norm(spill + BigInt(small));
  }
  for (; v !== STOP; v = i.nx()) {
    tick();
    acc = add(acc, v);
  }
  return acc;
}

function round(...args: unknown[]): unknown {
  const [x, nd] = parseArgs('round', args, ['number', 'ndigits'], 1);
  if (x instanceof PyBoxed && x.$cls.lookup('__round__') === undefined) return round(x.$v, ...(nd === undefined ? [] : [nd]));
  if (x instanceof PyObject) return call(getattr(x, '__round__'), nd === undefined ? [] : [nd]);
  const ndigits = nd === undefined || nd === null ? null : toInt(nd);
  if (typeof x === 'boolean' || typeof x === 'bigint' || (typeof x === 'number' && Number.isInteger(x))) {
    const n = typeof x === 'boolean' ? (x ? 1 : 0) : x;
    if (ndigits === null) return n;
    return norm(intRound(big(n), big(ndigits)));
  }
  if (!isFloat(x)) throw pyErr('TypeError', `type ${typeOf(x).name} doesn't define __round__ method`);
  const v = floatValue(x as number | PyFloat);
  if (ndigits === null) return lib(() => floatRoundToInt(v));
  const nd2 = typeof ndigits === 'bigint' ? (ndigits > 0n ? 400 : -400) : ndigits;
  return mkFloat(lib(() => floatRound(v, nd2)));
}

function abs(x: unknown): unknown {
  if (typeof x === 'number') return Math.abs(x);
  if (typeof x === 'bigint') return x < 0n ? -x : x;
  if (typeof x === 'boolean') return x ? 1 : 0;
  if (x instanceof PyFloat) return new PyFloat(Math.abs(x.v));
  if (x instanceof PyObject) {
    const f = x.$cls.lookup('__abs__');
    if (f !== undefined) return call(f, [x]);
    if (x instanceof PyBoxed) return abs(x.$v);
  }
  throw pyErr('TypeError', `bad operand type for abs(): '${typeOf(x).name}'`);
}

function divmod(a: unknown, b: unknown): unknown {
  if (a instanceof PyObject) {
    const f = a.$cls.lookup('__divmod__');
    if (f !== undefined) return call(f, [a, b]);
  }
  try {
    return tuple([binarySlow('floordiv', a, b), binarySlow('mod', a, b)]);
  } catch (e) {
    if (e instanceof PyBaseException && e.$cls === E.ZeroDivisionError && (isFloat(a) || isFloat(b))) throw pyErr('ZeroDivisionError', 'float divmod()');
    if (e instanceof PyBaseException && e.$cls === E.TypeError && String(e.args.items[0]).startsWith('unsupported operand')) {
      throw pyErr('TypeError', `unsupported operand type(s) for divmod(): '${typeOf(a).name}' and '${typeOf(b).name}'`);
    }
    throw e;
  }
}

function isinstanceOf(x: unknown, cls: unknown, fname: string): boolean {
  if (cls instanceof PyType) {
    const t = typeOf(x);
    if (t.isSubtype(cls)) return true;
    // A class-level hook (PyFlint's ABC), else the metaclass's (abc.ABCMeta or a user metaclass).
    const meta = typeOf(cls);
    const hook = cls.lookup('__instancecheck__') ?? (meta !== T.type ? meta.lookup('__instancecheck__') : undefined);
    return hook !== undefined && !cls.isBuiltin ? truthy(call(hook, [cls, x])) : false;
  }
  if (cls instanceof PyTuple) return cls.items.some((c) => isinstanceOf(x, c, fname));
  throw pyErr('TypeError', `${fname}() arg 2 must be a type, a tuple of types, or a union`);
}

function issubclass(a: unknown, cls: unknown): boolean {
  if (!(a instanceof PyType)) throw pyErr('TypeError', 'issubclass() arg 1 must be a class');
  if (cls instanceof PyTuple) return cls.items.some((c) => issubclass(a, c));
  if (!(cls instanceof PyType)) throw pyErr('TypeError', 'issubclass() arg 2 must be a class, a tuple of classes, or a union');
  return a.isSubtype(cls);
}

function intArg(x: unknown): number | bigint {
  if (typeof x === 'boolean') return x ? 1 : 0;
  if (typeof x === 'number' && Number.isInteger(x)) return x;
  if (typeof x === 'bigint') return x;
  if (x instanceof PyObject && x.$cls.lookup('__index__') !== undefined) return intArg(call(getattr(x, '__index__'), []));
  if (x instanceof PyBoxed && (typeof x.$v === 'number' || typeof x.$v === 'bigint')) return intArg(x.$v);
  throw pyErr('TypeError', `'${typeOf(x).name}' object cannot be interpreted as an integer`);
}

function radix(prefix: string, base: number) {
  return (x: unknown) => {
    const n = intArg(x);
    const neg = n < 0;
    const s = (neg ? -(n as number) : n).toString(base);
    return `${neg ? '-' : ''}${prefix}${s}`;
  };
}

function dir(...args: unknown[]): string[] {
  const names = new Set<string>();
  if (!args.length) return [];
  const x = args[0];
  // A class's own __dir__ decides what dir(instance) lists (CPython sorts its result).
  if (!(x instanceof PyType) && !(x instanceof PyModule)) {
    const owner = typeOf(x).mro.find((c) => c.name !== 'object' && c.dict.has('__dir__'));
    if (owner) return (toArray(call(owner.dict.get('__dir__'), [x])) as string[]).sort();
  }
  if (x instanceof PyModule) for (const k of x.$d.keys()) names.add(k);
  else {
    if (x instanceof PyObject && x.$d) for (const k of x.$d.keys()) names.add(k);
    const t = x instanceof PyType ? x : typeOf(x);
    for (const c of t.mro) for (const k of c.dict.keys()) names.add(k);
  }
  return [...names].sort();
}

function next(...args: unknown[]): unknown {
  arity('next', args, 1, 2);
  const it = args[0];
  if (!(it instanceof PyIterator) && typeOf(it).lookup('__next__') === undefined) {
    throw pyErr('TypeError', `'${typeOf(it).name}' object is not an iterator`);
  }
  const v = nextOf(it);
  if (v !== STOP) return v;
  if (args.length > 1) return args[1];
  const ret = (it as { returnValue?: unknown }).returnValue;
  throw ret === undefined || ret === null ? pyErr('StopIteration') : pyErr('StopIteration', ret);
}

function sorted(...args: unknown[]): unknown[] {
  const [pos, kw] = splitKw(args);
  if (pos.length !== 1) throw pyErr('TypeError', `sorted expected 1 argument, got ${pos.length}`);
  const a = toArray(pos[0]);
  sortArray(a, kw.get('key'), kw.get('reverse'));
  return a;
}

function callable(x: unknown): boolean {
  if (typeof x === 'function' || x instanceof PyType || x instanceof PyMethod) return true;
  return typeOf(x).lookup('__call__') !== undefined;
}

function pow(...args: unknown[]): unknown {
  const [a, b, m] = parseArgs('pow', args, ['base', 'exp', 'mod'], 2);
  if (m !== undefined && m !== null) return pow3(a, b, m);
  return binarySlow('pow', a, b);
}

function chr(x: unknown): string {
  const n = Number(intArg(x));
  if (n < 0 || n > 0x10ffff) throw pyErr('ValueError', 'chr() arg not in range(0x110000)');
  return String.fromCodePoint(n);
}

function ord(x: unknown): number {
  if (typeof x !== 'string') throw pyErr('TypeError', `ord() expected string of length 1, but ${typeOf(x).name} found`);
  const cps = Array.from(x);
  if (cps.length !== 1) throw pyErr('TypeError', `ord() expected a character, but string of length ${cps.length} found`);
  return cps[0]!.codePointAt(0)!;
}

function vars(...args: unknown[]): unknown {
  const x = args[0];
  const d = getattrOpt(x, '__dict__');
  if (d === undefined) throw pyErr('TypeError', 'vars() argument must have __dict__ attribute');
  return d;
}

function anyAll(want: boolean) {
  return (it: unknown): boolean => {
    const i = iter(it);
    for (let v = i.nx(); v !== STOP; v = i.nx()) {
      tick();
      if (truthy(v) === want) return want;
    }
    return !want;
  };
}

function iterFn(...args: unknown[]): unknown {
  arity('iter', args, 1, 2);
  if (args.length === 2) {
    const [f, sentinel] = args;
    const out: unknown[] = [];
    for (;;) {
      const v = call(f, []);
      if (v === sentinel || (typeof v === typeof sentinel && v === sentinel)) break;
      out.push(v);
    }
    return iter(out);
  }
  return iter(args[0]);
}

function input(...args: unknown[]): string {
  if (args.length) io.stdout.write(str(args[0]));
  const line = io.stdin?.() ?? null;
  if (line === null) throw pyErr('EOFError', 'EOF when reading a line');
  return line;
}

function id(x: unknown): number {
  if (typeof x === 'object' && x !== null) return identity(x);
  if (typeof x === 'function') return identity(x);
  const h = pyHash(x);
  return 0x7e0000000000 + Number(typeof h === 'bigint' ? BigInt.asUintN(40, h) : h) * 32;
}

/** Positional arity of builtins that take no keywords, checked with CPython's messages. */
const ARITY: Record<string, [number, number]> = {
  abs: [1, 1], chr: [1, 1], ord: [1, 1], hex: [1, 1], oct: [1, 1], bin: [1, 1], callable: [1, 1], hash: [1, 1], id: [1, 1],
  repr: [1, 1], ascii: [1, 1], any: [1, 1], all: [1, 1], isinstance: [2, 2], issubclass: [2, 2], divmod: [2, 2],
  setattr: [3, 3], delattr: [2, 2], hasattr: [2, 2], format: [1, 2], vars: [0, 1], dir: [0, 1],
};

function checked(name: string, min: number, max: number, fn: Native): Native {
  return (...a: unknown[]) => {
    arity(name, a, min, max);
    return fn(...a);
  };
}

/** The builtin namespace (types, functions, constants and exception classes). */
export function makeBuiltins(): Map<string, unknown> {
  const b = new Map<string, unknown>();
  for (const name of ['object', 'type', 'int', 'bool', 'float', 'str', 'bytes', 'bytearray', 'list', 'tuple', 'dict', 'set', 'frozenset', 'range', 'slice', 'property', 'staticmethod', 'classmethod', 'super', 'enumerate', 'zip', 'map', 'filter', 'reversed'] as const) {
    b.set(name, T[name]);
  }
  for (const [name, t] of Object.entries(E)) b.set(name, t);
  b.set('EnvironmentError', E.OSError);
  b.set('IOError', E.OSError);
  const fns: Record<string, Native> = {
    print, sum, round, abs, divmod, sorted, callable, pow, chr, ord, vars, dir, next, input, id,
    min: (...a: unknown[]) => minmax('min', a),
    max: (...a: unknown[]) => minmax('max', a),
    len: (...a: unknown[]) => {
      arity('len', a, 1, 1);
      return len(a[0]);
    },
    repr: (x: unknown) => repr(x),
    ascii: (x: unknown) => ascii(x),
    format: (x: unknown, spec: unknown = '') => formatValue(x, spec as string),
    hash: (x: unknown) => pyHash(x),
    isinstance: (x: unknown, c: unknown) => isinstanceOf(x, c, 'isinstance'),
    issubclass,
    getattr: (...a: unknown[]) => {
      arity('getattr', a, 2, 3);
      if (typeof a[1] !== 'string') throw pyErr('TypeError', "attribute name must be string, not '" + typeOf(a[1]).name + "'");
      if (a.length === 3) {
        try {
          return getattr(a[0], a[1]);
        } catch (e) {
          if (e instanceof PyBaseException && e.$cls.isSubtype(E.AttributeError)) return a[2];
          throw e;
        }
      }
      return getattr(a[0], a[1]);
    },
    setattr: (o: unknown, n: string, v: unknown) => (setattr(o, n, v), null),
    delattr: (o: unknown, n: string) => (delattr(o, n), null),
    hasattr: (o: unknown, n: string) => hasattr(o, n),
    iter: iterFn,
    any: anyAll(true),
    all: anyAll(false),
    hex: radix('0x', 16),
    oct: radix('0o', 8),
    bin: radix('0b', 2),
    globals: () => null,
    locals: () => null,
    eval: () => null,
    exec: () => null,
  };
  for (const [name, fn] of Object.entries(fns)) {
    const a = ARITY[name];
    b.set(name, named(name, a ? checked(name, a[0], a[1], fn) : fn));
  }
  b.set('None', null);
  b.set('True', true);
  b.set('False', false);
  b.set('NotImplemented', NotImplemented);
  b.set('Ellipsis', Ellipsis);
  b.set('__name__', 'builtins');
  // Class statements whose metaclass is not plain type go through here (see ./metaclass).
  b.set('__build_class__', Object.assign(buildClass, { $name: '__build_class__' }));
  return b;
}

export { PyDict, PyRange };
