/**
 * The abc module. ABC does ABCMeta's work from hooks it owns: __init_subclass__ records each
 * subclass's __abstractmethods__, __new__ refuses to instantiate a class that still has some,
 * __instancecheck__ honours register() and structural checks. ABCMeta (for `metaclass=ABCMeta`)
 * gives the classes it builds the same hooks.
 */
import {
  NativeGetter, PyBaseException, PyClassMethod, PyFrozenSet, PyObject, PyProperty, PyStaticMethod, PyType, T, getattrOpt, makeClass, pyErr,
  setattr, truthy, typeOf, Kw, call,
} from '../../values/py';
import { moduleFrom, registerModule } from './registry';

export function isAbstract(v: unknown): boolean {
  if (v instanceof PyProperty) return [v.fget, v.fset, v.fdel].some((f) => f !== null && isAbstract(f));
  if (v instanceof PyStaticMethod || v instanceof PyClassMethod) return isAbstract(v.fn);
  if (typeof v === 'function' && (v as { $abstract?: boolean }).$abstract) return true;
  if (typeof v === 'function' || v instanceof PyObject) {
    const flag = getattrOpt(v, '__isabstractmethod__');
    return flag !== undefined && truthy(flag);
  }
  return false;
}

/** The abstract methods left in cls: its own abstract attributes, and its bases' not overridden. */
export function computeAbstracts(cls: PyType): PyFrozenSet {
  const names: string[] = [];
  for (const [k, v] of cls.dict) if (isAbstract(v)) names.push(k);
  for (const b of cls.bases) {
    const inherited = b.lookup('__abstractmethods__');
    if (!(inherited instanceof PyFrozenSet)) continue;
    for (const n of inherited.toArray() as string[]) if (!names.includes(n) && isAbstract(cls.lookup(n))) names.push(n);
  }
  const fs = new PyFrozenSet(names);
  cls.dict.set('__abstractmethods__', fs);
  return fs;
}

/** Virtual subclasses from register(), and structural checks (collections.abc) by ABC. */
const registry = new Map<PyType, PyType[]>();
export const structural = new WeakMap<PyType, (x: unknown) => boolean>();

function virtualInstance(cls: PyType, x: unknown): boolean {
  const t = typeOf(x);
  for (const [abc, subs] of registry) {
    if (abc.isSubtype(cls) && subs.some((s) => t.isSubtype(s))) return true;
  }
  for (const c of [cls]) {
    const check = structural.get(c);
    if (check && check(x)) return true;
  }
  return false;
}

function abcNew(cls: PyType, ...args: unknown[]): unknown {
  const am = cls.lookup('__abstractmethods__');
  if (am instanceof PyFrozenSet && am.size) {
    const names = (am.toArray() as string[]).sort();
    throw pyErr('TypeError', `Can't instantiate abstract class ${cls.name} with abstract method${names.length > 1 ? 's' : ''} ${names.join(', ')}`);
  }
  if (cls.layout === 'exception') return new PyBaseException(cls, args.filter((a) => !(a instanceof Kw)));
  return new PyObject(cls);
}

const register = Object.assign((cls: PyType, sub: unknown) => {
  if (!(sub instanceof PyType)) throw pyErr('TypeError', 'Can only register classes');
  registry.set(cls, [...(registry.get(cls) ?? []), sub]);
  return sub;
}, { $name: 'register' });

function makeABC(): PyType {
  const ns = new Map<string, unknown>();
  ns.set('__new__', Object.assign(abcNew, { $name: '__new__' }));
  ns.set('__init_subclass__', new PyClassMethod(Object.assign((cls: PyType) => (computeAbstracts(cls), null), { $name: '__init_subclass__' })));
  ns.set('__instancecheck__', Object.assign((cls: PyType, x: unknown) => virtualInstance(cls, x), { $name: '__instancecheck__' }));
  ns.set('register', new PyClassMethod(register));
  ns.set('__abstractmethods__', new PyFrozenSet([]));
  return makeClass('ABC', [T.object], ns, 'abc', 'ABC');
}

export const ABCT = makeABC();
// property.__isabstractmethod__ (true when an accessor is abstract), as CPython's property has.
T.property.dict.set('__isabstractmethod__', new NativeGetter((p) => (p instanceof PyProperty ? isAbstract(p) : false)));
const ABCMetaT = new PyType('ABCMeta', [T.type]);
ABCMetaT.module = 'abc';
ABCMetaT.isBuiltin = false;
ABCMetaT.dict.set('__new__', Object.assign((mcs: PyType, ...args: unknown[]) => {
  const cls = call(T.type.dict.get('__new__'), [mcs, ...args]) as PyType;
  computeAbstracts(cls);
  const own = cls.lookup('__new__');
  if (own === undefined || own === T.object.dict.get('__new__')) cls.dict.set('__new__', new PyStaticMethod(Object.assign(abcNew, { $name: '__new__' })));
  return cls;
}, { $name: '__new__' }));
ABCMetaT.dict.set('register', register);
ABCMetaT.dict.set('__instancecheck__', Object.assign((cls: PyType, x: unknown) => cls.isSubtype(typeOf(x)) || typeOf(x).isSubtype(cls) || virtualInstance(cls, x), { $name: '__instancecheck__' }));

function abstractmethod(f: unknown): unknown {
  setattr(f, '__isabstractmethod__', true);
  return f;
}

registerModule('abc', () =>
  moduleFrom('abc', {
    ABC: ABCT,
    ABCMeta: ABCMetaT,
    abstractmethod,
    abstractclassmethod: (f: unknown) => new PyClassMethod(abstractmethod(f)),
    abstractstaticmethod: (f: unknown) => new PyStaticMethod(abstractmethod(f)),
    abstractproperty: (f: unknown) => new PyProperty(abstractmethod(f)),
    update_abstractmethods: (cls: unknown) => {
      if (cls instanceof PyType && cls.lookup('__abstractmethods__') !== undefined) computeAbstracts(cls);
      return cls;
    },
    get_cache_token: () => 0,
  }),
);

