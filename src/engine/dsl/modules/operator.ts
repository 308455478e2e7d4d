/** The operator module: Python's operators as functions (reduceByKey(add) and friends). */
import {
  PyObject, T, arith, call, callMethod, contains, eq, eqOp, ge, getattr, getitem, gt, le, lt, makeClass, neOp, repr, setitem, delitem,
  truthy, tuple, toArray, len, typeOf, pyErr,
} from '../../values/py';
import { moduleFrom, registerModule } from './registry';

function getter(name: string, items: unknown[], get: (obj: unknown, key: unknown) => unknown): PyObject {
  const ns = new Map<string, unknown>();
  ns.set('__call__', (_self: unknown, obj: unknown) => (items.length === 1 ? get(obj, items[0]) : tuple(items.map((k) => get(obj, k)))));
  ns.set('__repr__', () => `operator.${name}(${items.map(repr).join(', ')})`);
  return new PyObject(makeClass(name, [T.object], ns, 'operator', name));
}

function dotted(obj: unknown, path: unknown): unknown {
  if (typeof path !== 'string') throw pyErr('TypeError', 'attribute name must be a string');
  return path.split('.').reduce((o, p) => getattr(o, p), obj);
}

registerModule('operator', () =>
  moduleFrom('operator', {
    add: (a: unknown, b: unknown) => arith.add(a, b),
    sub: (a: unknown, b: unknown) => arith.sub(a, b),
    mul: (a: unknown, b: unknown) => arith.mul(a, b),
    truediv: (a: unknown, b: unknown) => arith.truediv(a, b),
    floordiv: (a: unknown, b: unknown) => arith.floordiv(a, b),
    mod: (a: unknown, b: unknown) => arith.mod(a, b),
    pow: (a: unknown, b: unknown) => arith.pow(a, b),
    lshift: (a: unknown, b: unknown) => arith.binarySlow('lshift', a, b),
    rshift: (a: unknown, b: unknown) => arith.binarySlow('rshift', a, b),
    and_: (a: unknown, b: unknown) => arith.bitand(a, b),
    or_: (a: unknown, b: unknown) => arith.bitor(a, b),
    xor: (a: unknown, b: unknown) => arith.bitxor(a, b),
    matmul: (a: unknown, b: unknown) => arith.binarySlow('matmul', a, b),
    neg: (a: unknown) => arith.neg(a),
    pos: (a: unknown) => arith.pos(a),
    invert: (a: unknown) => arith.invert(a),
    inv: (a: unknown) => arith.invert(a),
    abs: (a: unknown) => call(getattr(a, '__abs__'), []),
    not_: (a: unknown) => !truthy(a),
    truth: (a: unknown) => truthy(a),
    is_: (a: unknown, b: unknown) => a === b,
    is_not: (a: unknown, b: unknown) => a !== b,
    eq: (a: unknown, b: unknown) => eqOp(a, b),
    ne: (a: unknown, b: unknown) => neOp(a, b),
    lt: (a: unknown, b: unknown) => lt(a, b),
    le: (a: unknown, b: unknown) => le(a, b),
    gt: (a: unknown, b: unknown) => gt(a, b),
    ge: (a: unknown, b: unknown) => ge(a, b),
    concat: (a: unknown, b: unknown) => arith.add(a, b),
    contains: (a: unknown, b: unknown) => contains(a, b),
    countOf: (a: unknown, b: unknown) => toArray(a).filter((x) => eq(x, b)).length,
    indexOf: (a: unknown, b: unknown) => {
      const i = toArray(a).findIndex((x) => eq(x, b));
      if (i < 0) throw pyErr('ValueError', 'sequence.index(x): x not in sequence');
      return i;
    },
    getitem: (a: unknown, b: unknown) => getitem(a, b),
    setitem: (a: unknown, b: unknown, c: unknown) => (setitem(a, b, c), null),
    delitem: (a: unknown, b: unknown) => (delitem(a, b), null),
    length_hint: (a: unknown) => len(a),
    index: (a: unknown) => {
      if (typeof a === 'number' && Number.isInteger(a)) return a;
      if (typeof a === 'bigint' || typeof a === 'boolean') return typeof a === 'boolean' ? Number(a) : a;
      if (a instanceof PyObject) return call(getattr(a, '__index__'), []);
      throw pyErr('TypeError', `'${typeOf(a).name}' object cannot be interpreted as an integer`);
    },
    iadd: (a: unknown, b: unknown) => arith.inplace('add', a, b),
    isub: (a: unknown, b: unknown) => arith.inplace('sub', a, b),
    imul: (a: unknown, b: unknown) => arith.inplace('mul', a, b),
    itemgetter: (...items: unknown[]) => getter('itemgetter', items, getitem),
    attrgetter: (...items: unknown[]) => getter('attrgetter', items, dotted),
    methodcaller: (name: string, ...args: unknown[]) => {
      const ns = new Map<string, unknown>([['__call__', (_self: unknown, obj: unknown) => callMethod(obj, name, args)]]);
      return new PyObject(makeClass('methodcaller', [T.object], ns, 'operator', 'methodcaller'));
    },
  }),
);

