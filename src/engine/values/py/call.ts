/** The call protocol: functions, bound methods, classes and objects with __call__. */
import { Kw, PyBoxed, PyModule, PyObject, PyType, T, typeOf, typeVersion } from './core';
import { PyBaseException, pyErr } from './exceptions';
import { PyClassMethod, PyMethod, PyStaticMethod, PySuper } from './descriptors';
import { callMethodHook } from './hooks';
import { getattr } from './attr';

export function call(f: unknown, args: unknown[]): unknown {
  if (typeof f === 'function') return f(...args);
  if (f instanceof PyMethod) return call(f.fn, [f.self, ...args]);
  if (f instanceof PyType) return construct(f, args);
  if (f instanceof PyStaticMethod) return call(f.fn, args);
  const c = typeOf(f).lookup('__call__');
  if (c !== undefined && !(f instanceof PyClassMethod)) return call(c, [f, ...args]);
  throw pyErr('TypeError', `'${typeOf(f).name}' object is not callable`);
}

export function call0(f: unknown): unknown {
  return typeof f === 'function' ? f() : call(f, []);
}
export function call1(f: unknown, a: unknown): unknown {
  return typeof f === 'function' ? f(a) : call(f, [a]);
}
export function call2(f: unknown, a: unknown, b: unknown): unknown {
  return typeof f === 'function' ? f(a, b) : call(f, [a, b]);
}
export function call3(f: unknown, a: unknown, b: unknown, c: unknown): unknown {
  return typeof f === 'function' ? f(a, b, c) : call(f, [a, b, c]);
}

function positional(args: unknown[]): unknown[] {
  const n = args.length;
  return n && args[n - 1] instanceof Kw ? args.slice(0, n - 1) : args;
}

/** cls(*args): __new__ then __init__, with builtin constructors for builtin types. */
/** A class whose instances are plain objects built by object.__new__, and its __init__ if any. */
interface PlainPlan {
  readonly plain: boolean;
  readonly init: unknown;
}

function planOf(cls: PyType): PlainPlan {
  const v = typeVersion();
  if (cls.planVersion === v) return cls.plan as PlainPlan;
  const newFn = cls.lookup('__new__');
  const builtinNew = newFn === T.object.dict.get('__new__') || newFn === undefined;
  const base = cls.mro.find((t) => t.construct);
  const init = cls.lookup('__init__');
  const plan: PlainPlan = {
    plain: builtinNew && cls.layout !== 'exception' && (!base || base === T.object),
    init: init === undefined || init === T.object.dict.get('__init__') ? null : init,
  };
  cls.plan = plan;
  cls.planVersion = typeVersion();
  return plan;
}

function initResult(r: unknown): void {
  if (r !== null) throw pyErr('TypeError', `__init__() should return None, not '${typeOf(r).name}'`);
}

export function construct(cls: PyType, args: unknown[]): unknown {
  if (cls.construct) return cls.construct(args);
  const plan = planOf(cls);
  if (plan.plain && plan.init !== null) {
    // The common case, without spreading the arguments into new arrays.
    const self = new PyObject(cls);
    const init = plan.init;
    if (typeof init === 'function') {
      const n = args.length;
      initResult(n === 0 ? init(self) : n === 1 ? init(self, args[0]) : n === 2 ? init(self, args[0], args[1]) : n === 3 ? init(self, args[0], args[1], args[2]) : init(self, ...args));
    } else initResult(call(init, [self, ...args]));
    return self;
  }
  const newFn = cls.lookup('__new__');
  let self: unknown;
  const builtinNew = newFn === T.object.dict.get('__new__') || newFn === undefined;
  if (builtinNew) {
    if (cls.layout === 'exception') self = new PyBaseException(cls, positional(args));
    else {
      const base = cls.mro.find((t) => t.construct);
      if (base && base !== T.object) self = new PyBoxed(cls, base.construct!(args));
      else self = new PyObject(cls);
    }
  } else {
    const fn = newFn instanceof PyStaticMethod ? newFn.fn : newFn;
    self = call(fn, [cls, ...args]);
    if (!typeOf(self).isSubtype(cls)) return self;
  }
  const init = cls.lookup('__init__');
  if (init !== undefined && init !== T.object.dict.get('__init__')) {
    const r = call(init, [self, ...args]);
    if (r !== null) throw pyErr('TypeError', `__init__() should return None, not '${typeOf(r).name}'`);
  } else if (builtinNew && cls.layout !== 'exception' && !(self instanceof PyBoxed) && args.length) {
    const kwOnly = args.length === 1 && args[0] instanceof Kw;
    throw pyErr('TypeError', kwOnly ? `${cls.name}() takes no keyword arguments` : `${cls.name}() takes no arguments`);
  }
  return self;
}

/** obj.name(*args) without allocating a bound method when the attribute is a plain function. */
export function callMethod(obj: unknown, name: string, args: unknown[]): unknown {
  if (obj instanceof PyModule) {
    const f = obj.$d.get(name);
    if (f !== undefined) return call(f, args);
  } else if (!(obj instanceof PyType) && !(obj instanceof PySuper) && !(obj instanceof PyObject && obj.$d !== null && obj.$d.has(name))) {
    const attr = typeOf(obj).lookup(name);
    if (typeof attr === 'function') return attr(obj instanceof PyBoxed && (attr as { $native?: boolean }).$native ? obj.$v : obj, ...args);
  }
  return call(getattr(obj, name), args);
}

callMethodHook.call = callMethod;
