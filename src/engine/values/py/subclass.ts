/**
 * Subclassing builtin value types (`class Stack(list)`, `class D(dict)` with `__missing__`,
 * `class P(tuple)`, `class Name(str)`, `class Money(int)`, ...). Instances are `PyBoxed`: the
 * builtin value lives in `$v`. The builtin types get the dunders Python code calls explicitly
 * (`super().__init__(items)`, `list.__repr__(self)`, `super().__getitem__(i)`), each acting on the
 * unboxed value; the protocols themselves fall back to `$v` when no user class overrides them.
 */
import { NotImplemented, PyBoxed, PyObject, PyType, T, typeOf, unbox, userDunder } from './core';
import { PyFloat } from './float';
import { binary } from './arith';
import type { OpName as ArithOp } from './arith';
import { E, PyBaseException } from './exceptions';
import { pyErr } from './exceptions';
import { def } from './methods/define';
import { repr, str } from './repr';
import { len } from './len';
import { getitem, setitem, delitem } from './item';
import { iter, toArray } from './iter';
import { contains } from './contains';
import { truthy } from './compare';
import { pyHash } from './hash';
import { formatValue } from './format';
import { call } from './call';
import type { PyDict } from './dict';
import type { PySet } from './set';
import { dictUpdate } from './methods/dict-methods';
import { arity } from './methods/define';

/** Builtins whose instances are filled by __init__ (CPython's list/dict/set); others by __new__. */
const FILLED_BY_INIT = new Set<PyType>([T.list, T.dict, T.set]);

function builtinBase(cls: PyType): PyType | undefined {
  return cls.mro.find((t) => t.construct !== undefined);
}

function boxedNew(cls: unknown, ...args: unknown[]): unknown {
  if (!(cls instanceof PyType)) throw pyErr('TypeError', `__new__(X): X is not a type object (${repr(cls)})`);
  if (cls.construct) return cls.construct(args);
  const base = builtinBase(cls);
  if (!base) throw pyErr('TypeError', `${cls.name}.__new__ has no builtin base`);
  return new PyBoxed(cls, base.construct!(FILLED_BY_INIT.has(base) ? [] : args));
}

/**
 * A dunder with a fixed arity: called by name with too few arguments (`d.__setitem__()`) it
 * raises CPython's TypeError instead of acting on undefined.
 */
function slot(t: PyType, name: string, fn: (s: unknown, ...a: unknown[]) => unknown): void {
  const n = fn.length - 1;
  def(t, name, (s: unknown, ...a: unknown[]) => {
    if (a.length !== n) {
      if (n === 1 && (t === T.dict || t === T.list) && (name === '__getitem__' || name === '__contains__')) {
        throw pyErr('TypeError', `${t.name}.${name}() takes exactly one argument (${a.length} given)`);
      }
      throw pyErr('TypeError', `${n === 2 ? ' ' : ''}expected ${n} argument${n === 1 ? '' : 's'}, got ${a.length}`);
    }
    return fn(s, ...a);
  });
}

const VALUE_TYPES = [T.int, T.float, T.str, T.bytes, T.bytearray, T.list, T.tuple, T.dict, T.set, T.frozenset];
for (const t of VALUE_TYPES) {
  def(t, '__new__', boxedNew);
  slot(t, '__repr__', (s: unknown) => repr(unbox(s)));
  slot(t, '__format__', (s: unknown, spec: unknown) => formatValue(unbox(s), String(spec)));
  slot(t, '__bool__', (s: unknown) => truthy(unbox(s)));
}
for (const t of [T.str, T.bytes, T.bytearray, T.list, T.tuple, T.dict, T.set, T.frozenset]) {
  slot(t, '__len__', (s: unknown) => len(unbox(s)));
  slot(t, '__iter__', (s: unknown) => iter(unbox(s)));
  slot(t, '__contains__', (s: unknown, x: unknown) => contains(unbox(s), x));
}
for (const t of [T.str, T.bytes, T.bytearray, T.list, T.tuple]) slot(t, '__getitem__', (s: unknown, k: unknown) => getitem(unbox(s), k));
slot(T.str, '__str__', (s: unknown) => str(unbox(s)));
for (const t of [T.int, T.float, T.str, T.bytes, T.tuple, T.frozenset]) slot(t, '__hash__', (s: unknown) => pyHash(unbox(s)));

slot(T.dict, '__getitem__', (s: unknown, k: unknown) => {
  const d = unbox(s) as PyDict;
  const v = d.get(k);
  if (v !== undefined) return v;
  if (s instanceof PyBoxed) {
    const m = userDunder(s, '__missing__');
    if (m !== undefined) return call(m, [s, k]);
  }
  return getitem(d, k);
});
for (const t of [T.list, T.dict, T.bytearray]) {
  slot(t, '__setitem__', (s: unknown, k: unknown, v: unknown) => {
    setitem(unbox(s), k, v);
    return null;
  });
  slot(t, '__delitem__', (s: unknown, k: unknown) => {
    delitem(unbox(s), k);
    return null;
  });
}

def(T.list, '__init__', (s: unknown, ...a: unknown[]) => {
  arity('list', a, 0, 1);
  const v = unbox(s) as unknown[];
  const items = a.length ? toArray(a[0]) : [];
  v.length = 0;
  for (const x of items) v.push(x);
  return null;
});
def(T.dict, '__init__', (s: unknown, ...a: unknown[]) => {
  dictUpdate(unbox(s) as PyDict, a, 'dict');
  return null;
});
def(T.set, '__init__', (s: unknown, ...a: unknown[]) => {
  arity('set', a, 0, 1);
  const v = unbox(s) as PySet;
  const items = a.length ? toArray(a[0]) : [];
  v.clear();
  for (const x of items) v.add(x);
  return null;
});

/**
 * The arithmetic dunders of the builtin value types (`(5).__add__(1)`, `super().__add__(o)` in
 * `class Money(int)`): the operator on the builtin values, NotImplemented where it does not apply.
 */
const NUM_OPS: ArithOp[] = ['add', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'pow', 'and', 'or', 'xor', 'lshift', 'rshift'];
let inSlot = false;
function isIntValue(x: unknown): boolean {
  return typeof x === 'bigint' || typeof x === 'boolean' || (typeof x === 'number' && Number.isInteger(x));
}

/** Which other operands a builtin's operator method accepts (int.__mul__ leaves str to str.__rmul__). */
function accepts(t: PyType, op: ArithOp, o: unknown): boolean {
  if (t === T.int) return isIntValue(o);
  if (t === T.float) return isIntValue(o) || typeof o === 'number' || o instanceof PyFloat;
  if (op === 'mul') return isIntValue(o);
  if (op === 'mod') return true;
  return typeOf(o) === t;
}

function arithSlot(t: PyType, op: ArithOp, reflected: boolean) {
  return (s: unknown, o: unknown) => {
    const a = unbox(reflected ? o : s);
    const b = unbox(reflected ? s : o);
    // The operator's own fallback looks these dunders up: do not go round again.
    if (inSlot || a instanceof PyObject || b instanceof PyObject || !accepts(t, op, unbox(o))) return NotImplemented;
    inSlot = true;
    try {
      return binary(op, a, b);
    } catch (e) {
      if (e instanceof PyBaseException && e.$cls === E.TypeError) return NotImplemented;
      throw e;
    } finally {
      inSlot = false;
    }
  };
}
for (const [types, ops] of [[[T.int, T.float], NUM_OPS], [[T.str, T.list, T.tuple], ['add', 'mul']], [[T.str], ['mod']]] as const) {
  for (const t of types) {
    for (const op of ops) {
      def(t, `__${op}__`, arithSlot(t, op, false));
      if (t !== T.list && t !== T.tuple && !(t === T.str && op === 'add')) def(t, `__r${op}__`, arithSlot(t, op, true));
    }
  }
}
