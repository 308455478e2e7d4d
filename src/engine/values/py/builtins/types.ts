/** What calling a builtin type does: int(...), list(...), dict(...), range(...), type(...). */
import { Kw, PyObject, PyType, T, typeOf } from '../core';
import { pyErr, E } from '../exceptions';
import { tuple, EMPTY_TUPLE } from '../tuple';
import { PyDict } from '../dict';
import { PySet, PyFrozenSet } from '../set';
import { PyRange } from '../range';
import { PySlice, asIndex } from '../slice';
import { toArray, iter } from '../iter';
import { truthy } from '../compare';
import { PyClassMethod, PyProperty, PyStaticMethod, PySuper } from '../descriptors';
import { parseArgs, arity } from '../methods/define';
import { dictUpdate } from '../methods/dict-methods';
import { toFloat, toInt, toStr } from './convert';
import { EnumerateIter, FilterIter, MapIter, ZipIter, reversed } from './iterators';
import { makeClass } from '../classes';
import { PyBytes } from '../bytes';
import { bytesFromArgs } from '../bytearray';
import { PyFloat } from '../float';
import { PyBaseException } from '../exceptions';

/** set(x): a set argument is merged table-wise (CPython's set_merge), others added in order. */
function fromIterable(s: PySet, x: unknown): PySet {
  if (x === undefined) return s;
  if (x instanceof PySet) s.mergeFrom(x);
  else for (const v of toArray(x)) s.add(v);
  return s;
}

function rangeArg(x: unknown): number {
  return asIndex(x, () => `'${typeOf(x).name}' object cannot be interpreted as an integer`);
}

function noKw(name: string, args: unknown[]): void {
  if (args.length && args[args.length - 1] instanceof Kw) throw pyErr('TypeError', `${name}() takes no keyword arguments`);
}

T.int.construct = (a) => {
  const [x, base] = parseArgs('int', a, ['x', 'base'], 0);
  return x === undefined ? 0 : toInt(x, base);
};
T.float.construct = (a) => {
  arity('float', a, 0, 1);
  return a.length ? toFloat(a[0]) : new PyFloat(0);
};
T.str.construct = (a) => {
  parseArgs('str', a, ['object', 'encoding', 'errors'], 0);
  return toStr(a);
};
T.bool.construct = (a) => {
  arity('bool', a, 0, 1);
  return a.length ? truthy(a[0]) : false;
};
T.list.construct = (a) => {
  noKw('list', a);
  arity('list', a, 0, 1);
  return a.length ? toArray(a[0]) : [];
};
T.tuple.construct = (a) => {
  noKw('tuple', a);
  arity('tuple', a, 0, 1);
  return a.length ? tuple(toArray(a[0])) : EMPTY_TUPLE;
};
T.dict.construct = (a) => {
  const d = new PyDict();
  dictUpdate(d, a, 'dict');
  return d;
};
T.set.construct = (a) => {
  noKw('set', a);
  arity('set', a, 0, 1);
  return fromIterable(new PySet(), a[0]);
};
T.frozenset.construct = (a) => {
  arity('frozenset', a, 0, 1);
  if (a[0] instanceof PyFrozenSet && a[0].constructor === PyFrozenSet) return a[0];
  return fromIterable(new PyFrozenSet(), a[0]);
};
T.range.construct = (a) => {
  noKw('range', a);
  if (!a.length) throw pyErr('TypeError', 'range expected at least 1 argument, got 0');
  if (a.length > 3) throw pyErr('TypeError', `range expected at most 3 arguments, got ${a.length}`);
  const [x, y, z] = a.map(rangeArg);
  if (a.length === 1) return new PyRange(0, x!, 1);
  if (z === 0) throw pyErr('ValueError', 'range() arg 3 must not be zero');
  return new PyRange(x!, y!, z ?? 1);
};
T.slice.construct = (a) => {
  arity('slice', a, 1, 3);
  if (a.length === 1) return new PySlice(null, a[0], null);
  return new PySlice(a[0], a[1], a[2] ?? null);
};
T.object.construct = (a) => {
  if (a.length) throw pyErr('TypeError', 'object() takes no arguments');
  return new PyObject(T.object);
};
T.type.construct = (a) => {
  if (a.length === 1) return typeOf(a[0]);
  if (a.length === 3 && a[2] instanceof PyDict) {
    const ns = new Map<string, unknown>();
    for (const [k, v] of a[2].entries()) ns.set(String(k), v);
    return makeClass(String(a[0]), toArray(a[1]), ns, '__main__', String(a[0]));
  }
  throw pyErr('TypeError', 'type() takes 1 or 3 arguments');
};
T.property.construct = (a) => {
  const [g, s, d, doc] = parseArgs('property', a, ['fget', 'fset', 'fdel', 'doc'], 0);
  return new PyProperty(g ?? null, s ?? null, d ?? null, doc ?? null);
};
T.staticmethod.construct = (a) => new PyStaticMethod(a[0]);
T.classmethod.construct = (a) => new PyClassMethod(a[0]);
T.super.construct = (a) => {
  if (a.length !== 2 || !(a[0] instanceof PyType)) throw pyErr('RuntimeError', 'super(): no arguments');
  return new PySuper(a[0], a[1]);
};
T.enumerate.construct = (a) => {
  const [it, start] = parseArgs('enumerate', a, ['iterable', 'start'], 1);
  return new EnumerateIter(iter(it), start === undefined ? 0 : Number(start));
};
T.zip.construct = (a) => {
  let strict = false;
  if (a.length && a[a.length - 1] instanceof Kw) {
    const kw = a.pop() as Kw;
    strict = truthy(kw.values[kw.names.indexOf('strict')]);
  }
  return new ZipIter(a.map((x, i) => {
    try {
      return iter(x);
    } catch (e) {
      if (e instanceof PyBaseException && e.$cls === E.TypeError) throw pyErr('TypeError', `zip argument #${i + 1} must support iteration`);
      throw e;
    }
  }), strict);
};
T.map.construct = (a) => {
  noKw('map', a);
  if (a.length < 2) throw pyErr('TypeError', 'map() must have at least two arguments.');
  return new MapIter(a[0], a.slice(1).map(iter));
};
T.filter.construct = (a) => {
  noKw('filter', a);
  arity('filter', a, 2, 2);
  return new FilterIter(a[0], iter(a[1]));
};
T.reversed.construct = (a) => {
  arity('reversed', a, 1, 1);
  return reversed(a[0]);
};
T.bytes.construct = (a) => {
  const [source, encoding, errors] = parseArgs('bytes', a, ['source', 'encoding', 'errors'], 0);
  return new PyBytes(bytesFromArgs('bytes', source, encoding, errors));
};
