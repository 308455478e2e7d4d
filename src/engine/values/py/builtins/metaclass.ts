/**
 * Metaclasses: `class A(metaclass=M)` and classes deriving from such a class call M(name, bases,
 * namespace) instead of building a plain type; type.__new__ builds the class and marks it as an
 * instance of M, so M's methods and attributes are found on the class.
 */
import { Kw, PyObject, PyType, T, typeOf } from '../core';
import { pyErr } from '../exceptions';
import { tuple } from '../tuple';
import { PyDict } from '../dict';
import { toArray } from '../iter';
import { call } from '../call';
import { PyClassMethod } from '../descriptors';
import { makeClass } from '../classes';

/** The most derived of the explicit metaclass and the bases' metaclasses, as CPython picks it. */
export function metaclassOf(explicit: unknown, bases: readonly unknown[]): unknown {
  // A non-type callable as metaclass is simply called, as in CPython.
  if (explicit !== undefined && explicit !== null && !(explicit instanceof PyType)) return explicit;
  let winner: PyType = explicit instanceof PyType ? explicit : T.type;
  for (const b of bases) {
    const m = typeOf(b);
    if (winner.isSubtype(m)) continue;
    if (m.isSubtype(winner)) {
      winner = m;
      continue;
    }
    throw pyErr('TypeError', 'metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases');
  }
  return winner;
}

/** Builds the class, runs the nearest base's __init_subclass__ with the class keywords, then __set_name__. */
export function newClass(meta: PyType, name: string, bases: unknown[], ns: Map<string, unknown>, qualname: string, kw: Kw | null): PyType {
  const cls = makeClass(name, bases, ns, String(ns.get('__module__') ?? '__main__'), qualname);
  if (meta !== T.type) (cls as unknown as { $cls: PyType }).$cls = meta;
  for (const b of cls.mro.slice(1)) {
    const hook = b.dict.get('__init_subclass__');
    if (hook instanceof PyClassMethod) {
      call(hook.fn, kw ? [cls, kw] : [cls]);
      break;
    }
  }
  for (const [k, v] of ns) {
    if (v instanceof PyObject) {
      const sn = v.$cls.lookup('__set_name__');
      if (sn !== undefined) call(sn, [v, cls, k]);
    }
  }
  return cls;
}

/** type.__new__(mcs, name, bases, namespace, **kw): what a metaclass's super().__new__ reaches. */
function typeNew(mcs: unknown, ...args: unknown[]): unknown {
  const kw = args.length && args[args.length - 1] instanceof Kw ? (args.pop() as Kw) : null;
  if (!(mcs instanceof PyType) || !mcs.isSubtype(T.type)) throw pyErr('TypeError', 'type.__new__(X): X is not a type object');
  if (args.length === 1 && mcs === T.type && !kw) return typeOf(args[0]);
  if (args.length !== 3) throw pyErr('TypeError', 'type.__new__() takes exactly 3 arguments');
  const [name, bases, d] = args;
  if (typeof name !== 'string') throw pyErr('TypeError', `type.__new__() argument 1 must be str, not ${typeOf(name).name}`);
  if (!(d instanceof PyDict)) throw pyErr('TypeError', `type.__new__() argument 3 must be dict, not ${typeOf(d).name}`);
  const ns = new Map<string, unknown>();
  for (const [k, v] of d.entries()) ns.set(String(k), v);
  const qual = typeof ns.get('__qualname__') === 'string' ? (ns.get('__qualname__') as string) : name;
  ns.delete('__qualname__');
  return newClass(mcs, name, toArray(bases), ns, qual, kw);
}
T.type.dict.set('__new__', Object.assign(typeNew, { $name: '__new__' }));
// type.__init__ accepts what __new__ did, so a metaclass's super().__init__(name, bases, ns) is fine.
T.type.dict.set('__init__', Object.assign((..._a: unknown[]) => null, { $name: '__init__' }));

/**
 * What a class statement with a metaclass (explicit, or inherited from a base) does: calls it
 * with (name, bases, namespace dict, **kw). Returns undefined when the metaclass is plain type,
 * so the caller builds the class the usual way.
 */
export function buildClass(name: string, bases: unknown[], ns: Map<string, unknown>, kw: Kw | null, explicit: unknown): unknown {
  const meta = metaclassOf(explicit, bases);
  if (meta === T.type) return undefined;
  const d = new PyDict();
  for (const [k, v] of ns) d.set(k, v);
  return call(meta, kw ? [name, tuple(bases), d, kw] : [name, tuple(bases), d]);
}
