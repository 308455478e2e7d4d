/** Truth, equality and ordering (rich comparison with reflected operands). */
import { NotImplemented, PyBoxed, PyObject, PyType, T, typeOf, userDunder } from './core';
import { PyFloat } from './float';
import { PyTuple } from './tuple';
import { PyDict } from './dict';
import { PySet } from './set';
import { PyRange } from './range';
import { PyBytes } from './bytes';
import { pyErr } from './exceptions';
import { eqHook } from './hooks';
import { call } from './call';
import { len } from './len';

export function truthy(x: unknown): boolean {
  switch (typeof x) {
    case 'boolean':
      return x;
    case 'number':
      return x !== 0;
    case 'string':
      return x.length !== 0;
    case 'bigint':
      return true;
    case 'function':
      return true;
    default:
      if (x === null) return false;
      if (Array.isArray(x)) return x.length !== 0;
      if (x instanceof PyTuple) return x.items.length !== 0;
      if (x instanceof PyDict || x instanceof PySet) return x.size !== 0;
      if (x instanceof PyFloat) return x.v !== 0;
      if (x instanceof PyBytes) return x.b.length !== 0;
      return truthySlow(x);
  }
}

function truthySlow(x: unknown): boolean {
  if (x instanceof PyRange) return x.length !== 0;
  const t = typeOf(x);
  const b = t.lookup('__bool__');
  if (b !== undefined) {
    const r = call(b, [x]);
    if (typeof r !== 'boolean') throw pyErr('TypeError', `__bool__ should return bool, returned ${typeOf(r).name}`);
    return r;
  }
  if (t.lookup('__len__') !== undefined) return len(x) !== 0;
  return true;
}

/** A number's value for mixed int/float comparison; undefined when x is not a number. */
function numeric(x: unknown): number | bigint | undefined {
  if (typeof x === 'number' || typeof x === 'bigint') return x;
  if (typeof x === 'boolean') return x ? 1 : 0;
  if (x instanceof PyFloat) return x.v;
  return undefined;
}

function seqEq(a: unknown[], b: unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x !== y && !(x !== x && y !== y) && !eq(x, y)) return false;
  }
  return true;
}

function dictEq(a: PyDict, b: PyDict): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of a.entries()) {
    const w = b.get(k);
    if (w === undefined || (w !== v && !eq(v, w))) return false;
  }
  return true;
}

function setSub(a: PySet, b: PySet): boolean {
  if (a.size > b.size) return false;
  for (const x of a.values()) if (!b.has(x)) return false;
  return true;
}

const swapped: Record<string, string> = {
  __eq__: '__eq__',
  __ne__: '__ne__',
  __lt__: '__gt__',
  __gt__: '__lt__',
  __le__: '__ge__',
  __ge__: '__le__',
};
const symbols: Record<string, string> = { __lt__: '<', __gt__: '>', __le__: '<=', __ge__: '>=', __eq__: '==', __ne__: '!=' };

/** Dunder-based comparison for values the fast paths do not know; returns a Python value. */
export function richCompare(a: unknown, b: unknown, op: string): unknown {
  const ta = typeOf(a);
  const tb = typeOf(b);
  const rop = swapped[op]!;
  if (a instanceof PyBoxed || b instanceof PyBoxed) {
    const ua = a instanceof PyBoxed && userDunder(a, op) === undefined ? a.$v : a;
    const ub = b instanceof PyBoxed && userDunder(b, rop) === undefined ? b.$v : b;
    if (ua !== a || ub !== b) return op === '__eq__' ? eqOp(ua, ub) : op === '__ne__' ? neOp(ua, ub) : compareOp(ua, ub, op);
  }
  let triedB = false;
  if (ta !== tb && tb.isSubtype(ta) && b instanceof PyObject) {
    const f = tb.lookup(rop);
    if (f !== undefined && f !== null) {
      triedB = true;
      const r = call(f, [b, a]);
      if (r !== NotImplemented) return r;
    }
  }
  const fa = a instanceof PyObject || a instanceof PyType ? ta.lookup(op) : undefined;
  if (fa !== undefined && fa !== null && !(a instanceof PyType)) {
    const r = call(fa, [a, b]);
    if (r !== NotImplemented) return r;
  }
  if (!triedB && b instanceof PyObject) {
    const f = tb.lookup(rop);
    if (f !== undefined && f !== null) {
      const r = call(f, [b, a]);
      if (r !== NotImplemented) return r;
    }
  }
  if (op === '__eq__') return a === b;
  if (op === '__ne__') {
    if (a instanceof PyObject && ta.lookup('__eq__') !== undefined) {
      const r = richCompare(a, b, '__eq__');
      return !truthy(r);
    }
    return a !== b;
  }
  throw pyErr('TypeError', `'${symbols[op]}' not supported between instances of '${ta.name}' and '${tb.name}'`);
}

/** Python ==, as a JS boolean. */
export function eq(a: unknown, b: unknown): boolean {
  if (a === b) return typeof a !== 'number' || a === a;
  const ta = typeof a;
  const tb = typeof b;
  if (ta === 'string' || tb === 'string') return false;
  const na = numeric(a);
  if (na !== undefined) {
    const nb = numeric(b);
    if (nb !== undefined) return na == nb;
    if (!(b instanceof PyObject)) return false;
  }
  if (Array.isArray(a)) return Array.isArray(b) ? seqEq(a, b) : b instanceof PyObject ? truthy(richCompare(a, b, '__eq__')) : false;
  if (a instanceof PyTuple) return b instanceof PyTuple ? seqEq(a.items, b.items) : b instanceof PyObject ? truthy(richCompare(a, b, '__eq__')) : false;
  if (a instanceof PyDict) return b instanceof PyDict ? dictEq(a, b) : b instanceof PyObject ? truthy(richCompare(a, b, '__eq__')) : false;
  if (a instanceof PySet && b instanceof PySet) return a.size === b.size && setSub(a, b);
  const cmp = a === null ? undefined : (a as { pyEq?: (o: unknown) => boolean | undefined }).pyEq;
  if (cmp) {
    const r = cmp.call(a, b);
    if (r !== undefined) return r;
  }
  return truthy(richCompare(a, b, '__eq__'));
}
eqHook.eq = eq;

/** a == b as a Python value (user __eq__ may return anything). */
export function eqOp(a: unknown, b: unknown): unknown {
  if (typeof a === 'number' && typeof b === 'number') return a === b;
  if (typeof a === 'string' && typeof b === 'string') return a === b;
  if (a instanceof PyObject || b instanceof PyObject) return richCompare(a, b, '__eq__');
  return eq(a, b);
}

export function neOp(a: unknown, b: unknown): unknown {
  if (typeof a === 'number' && typeof b === 'number') return a !== b;
  if (typeof a === 'string' && typeof b === 'string') return a !== b;
  if (a instanceof PyObject || b instanceof PyObject) return richCompare(a, b, '__ne__');
  return !eq(a, b);
}

function seqCompare(a: unknown[], b: unknown[], op: string): unknown {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (!eq(a[i], b[i])) return compareOp(a[i], b[i], op);
  }
  const d = a.length - b.length;
  return op === '__lt__' ? d < 0 : op === '__le__' ? d <= 0 : op === '__gt__' ? d > 0 : d >= 0;
}

/** <, <=, >, >= as Python values. */
export function compareOp(a: unknown, b: unknown, op: string): unknown {
  const na = numeric(a);
  const nb = na === undefined ? undefined : numeric(b);
  if (na !== undefined && nb !== undefined) {
    switch (op) {
      case '__lt__':
        return na < nb;
      case '__le__':
        return na <= nb;
      case '__gt__':
        return na > nb;
      default:
        return na >= nb;
    }
  }
  if (typeof a === 'string' && typeof b === 'string') {
    switch (op) {
      case '__lt__':
        return a < b;
      case '__le__':
        return a <= b;
      case '__gt__':
        return a > b;
      default:
        return a >= b;
    }
  }
  if (Array.isArray(a) && Array.isArray(b)) return seqCompare(a, b, op);
  // bytes and bytearray, with each other
  if (a instanceof PyBytes && b instanceof PyBytes) return seqCompare([...a.b], [...b.b], op);
  if (a instanceof PyTuple && b instanceof PyTuple) return seqCompare(a.items, b.items, op);
  if (a instanceof PySet && b instanceof PySet) {
    switch (op) {
      case '__lt__':
        return a.size < b.size && setSub(a, b);
      case '__le__':
        return setSub(a, b);
      case '__gt__':
        return b.size < a.size && setSub(b, a);
      default:
        return setSub(b, a);
    }
  }
  return richCompare(a, b, op);
}

export function lt(a: unknown, b: unknown): unknown {
  if (typeof a === 'number' && typeof b === 'number') return a < b;
  return compareOp(a, b, '__lt__');
}
export function le(a: unknown, b: unknown): unknown {
  if (typeof a === 'number' && typeof b === 'number') return a <= b;
  return compareOp(a, b, '__le__');
}
export function gt(a: unknown, b: unknown): unknown {
  if (typeof a === 'number' && typeof b === 'number') return a > b;
  return compareOp(a, b, '__gt__');
}
export function ge(a: unknown, b: unknown): unknown {
  if (typeof a === 'number' && typeof b === 'number') return a >= b;
  return compareOp(a, b, '__ge__');
}

/** a < b for sorting, as a JS boolean. */
export function lessThan(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a < b;
  if (typeof a === 'string' && typeof b === 'string') return a < b;
  return truthy(compareOp(a, b, '__lt__'));
}

export { T };
