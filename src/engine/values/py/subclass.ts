/**
 * Subclassing builtin value types (`class Stack(list)`, `class D(dict)` with `__missing__`,
 * `class P(tuple)`, `class Name(str)`, `class Money(int)`, ...). Instances are `PyBoxed`: the
 * builtin value lives in `$v`. The builtin types get the dunders Python code calls explicitly
 * (`super().__init__(items)`, `list.__repr__(self)`, `super().__getitem__(i)`), each acting on the
 * unboxed value; the protocols themselves fall back to `$v` when no user class overrides them.
 */
import { PyBoxed, PyType, T, unbox, userDunder } from './core';
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

const VALUE_TYPES = [T.int, T.float, T.str, T.list, T.tuple, T.dict, T.set, T.frozenset];
for (const t of VALUE_TYPES) {
  def(t, '__new__', boxedNew);
  slot(t, '__repr__', (s: unknown) => repr(unbox(s)));
  slot(t, '__format__', (s: unknown, spec: unknown) => formatValue(unbox(s), String(spec)));
  slot(t, '__bool__', (s: unknown) => truthy(unbox(s)));
}
for (const t of [T.str, T.list, T.tuple, T.dict, T.set, T.frozenset]) {
  slot(t, '__len__', (s: unknown) => len(unbox(s)));
  slot(t, '__iter__', (s: unknown) => iter(unbox(s)));
  slot(t, '__contains__', (s: unknown, x: unknown) => contains(unbox(s), x));
}
for (const t of [T.str, T.list, T.tuple]) slot(t, '__getitem__', (s: unknown, k: unknown) => getitem(unbox(s), k));
slot(T.str, '__str__', (s: unknown) => str(unbox(s)));
for (const t of [T.int, T.float, T.str, T.tuple, T.frozenset]) slot(t, '__hash__', (s: unknown) => pyHash(unbox(s)));

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
for (const t of [T.list, T.dict]) {
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
