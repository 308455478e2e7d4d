/** Attribute lookup: instance dicts, the type's MRO, descriptors, and special attributes. */
import { Kw, PyBoxed, PyModule, PyObject, PyType, T, typeOf, typeVersion } from './core';
import { PyBaseException, pyErr } from './exceptions';
import { NativeGetter, PyClassMethod, PyMethod, PyProperty, PyStaticMethod, PySuper } from './descriptors';
import { isPyFunction } from './function';
import { tuple } from './tuple';
import { PyDict } from './dict';
import { call } from './call';
import { def } from './methods/define';

/** Marks an AttributeError with what the traceback printer needs for "Did you mean". */
export function attributeError(obj: unknown, name: string, msg: string): PyBaseException {
  const e = pyErr('AttributeError', msg);
  e.$d!.set('name', name);
  e.$d!.set('obj', obj);
  return e;
}

function noAttr(obj: unknown, name: string): never {
  if (obj instanceof PyType) throw attributeError(obj, name, `type object '${obj.name}' has no attribute '${name}'`);
  if (obj instanceof PyModule) throw attributeError(obj, name, `module '${obj.name}' has no attribute '${name}'`);
  if (obj instanceof PySuper) throw attributeError(obj, name, `'super' object has no attribute '${name}'`);
  throw attributeError(obj, name, `'${typeOf(obj).name}' object has no attribute '${name}'`);
}

function bindTo(attr: unknown, obj: unknown, cls: PyType): unknown {
  // Builtin methods of a subclassed builtin act on the builtin value.
  if (obj instanceof PyBoxed && ((attr as { $native?: boolean }).$native || attr instanceof NativeGetter)) obj = obj.$v;
  if (typeof attr === 'function') return new PyMethod(obj, attr);
  if (attr instanceof PyProperty) {
    if (attr.fget === null) throw pyErr('AttributeError', `property object has no getter`);
    return call(attr.fget, [obj]);
  }
  if (attr instanceof NativeGetter) return attr.get(obj);
  if (attr instanceof PyStaticMethod) return attr.fn;
  if (attr instanceof PyClassMethod) return new PyMethod(cls, attr.fn);
  return attr;
}

function typeAttr(t: PyType, name: string): unknown {
  switch (name) {
    case '__name__':
      return t.name;
    case '__qualname__':
      return t.qualname;
    case '__module__':
      return t.module;
    case '__bases__':
      return tuple([...t.bases]);
    case '__base__':
      return t.bases[0] ?? null;
    case '__mro__':
      return tuple([...t.mro]);
    case '__dict__':
      return PyDict.from(t.dict.entries());
    case '__class__':
      return typeOf(t);
    default:
      return undefined;
  }
}

function functionAttr(f: unknown, name: string): unknown {
  if (!isPyFunction(f)) {
    if (name === '__name__' || name === '__qualname__') return (f as { $name?: string }).$name ?? (f as { name: string }).name;
    // Builtins may carry Python attributes as own JS properties (itertools.chain.from_iterable).
    if (/^[a-z]\w*$/i.test(name) && name !== 'length' && name !== 'name' && name !== 'prototype' && Object.prototype.hasOwnProperty.call(f, name)) {
      return (f as unknown as Record<string, unknown>)[name];
    }
    return undefined;
  }
  const s = f.$spec;
  switch (name) {
    case '__name__':
      return s.name;
    case '__qualname__':
      return s.qualname;
    case '__module__':
      return s.module;
    case '__doc__':
      return s.doc;
    case '__defaults__':
      return s.defaults.length ? tuple([...s.defaults]) : null;
    case '__dict__':
      return PyDict.from(f.$d?.entries() ?? []);
    default:
      return f.$d?.get(name);
  }
}

function superAttr(s: PySuper, name: string): unknown {
  const start = s.obj instanceof PyType && s.obj.isSubtype(s.thisClass) ? s.obj : typeOf(s.obj);
  const mro = start.mro;
  for (let i = mro.indexOf(s.thisClass) + 1; i < mro.length; i++) {
    const v = mro[i]!.dict.get(name);
    if (v === undefined) continue;
    if (s.obj instanceof PyType && s.obj === start) {
      if (v instanceof PyClassMethod) return new PyMethod(s.obj, v.fn);
      if (v instanceof PyStaticMethod) return v.fn;
      if (name === '__new__' && typeof v === 'function') return v;
      return v;
    }
    if (name === '__new__' && typeof v === 'function') return v;
    return bindTo(v, s.obj, start);
  }
  if (name === '__class__') return T.super;
  return undefined;
}

export function getattrOpt(obj: unknown, name: string): unknown {
  if (obj instanceof PySuper) return superAttr(obj, name);
  if (obj instanceof PyObject) {
    const cls = obj.$cls;
    const attr = cls.lookup(name);
    if (attr instanceof PyProperty || attr instanceof NativeGetter) return bindTo(attr, obj, cls);
    const own = obj.$d?.get(name);
    if (own !== undefined) return own;
    if (attr !== undefined) return bindTo(attr, obj, cls);
    if (name === '__class__') return cls;
    if (name === '__dict__' && obj.$d) return PyDict.from(obj.$d.entries());
    if (obj instanceof PyBaseException) {
      if (name === '__cause__') return obj.cause;
      if (name === '__context__') return obj.context;
      if (name === '__suppress_context__') return obj.suppressContext;
    }
    const ga = cls.lookup('__getattr__');
    if (ga !== undefined) return call(ga, [obj, name]);
    return undefined;
  }
  if (obj instanceof PyType) {
    for (const t of obj.mro) {
      const v = t.dict.get(name);
      if (v !== undefined) {
        if (v instanceof PyStaticMethod) return v.fn;
        if (v instanceof PyClassMethod) return new PyMethod(obj, v.fn);
        return v;
      }
    }
    const special = typeAttr(obj, name);
    if (special !== undefined) return special;
    // Methods and attributes of the class's metaclass (type, or a user subclass of it).
    const mt = typeOf(obj);
    const meta = mt === T.type ? T.type.dict.get(name) : mt.lookup(name);
    if (typeof meta === 'function') return new PyMethod(obj, meta);
    if (meta instanceof PyProperty && meta.fget !== null) return call(meta.fget, [obj]);
    if (mt !== T.type && meta !== undefined && !(meta instanceof PyClassMethod) && !(meta instanceof PyStaticMethod)) return meta;
    return undefined;
  }
  if (obj instanceof PyModule) {
    const v = obj.$d.get(name);
    if (v !== undefined) return v;
    if (name === '__name__') return obj.name;
    if (name === '__dict__') return PyDict.from(obj.$d.entries());
    return undefined;
  }
  const t = typeOf(obj);
  if (typeof obj === 'function') {
    const v = functionAttr(obj, name);
    if (v !== undefined) return v;
  }
  const attr = t.lookup(name);
  if (attr !== undefined) return bindTo(attr, obj, t);
  if (name === '__class__') return t;
  if (obj instanceof PyMethod) {
    if (name === '__self__') return obj.self;
    if (name === '__func__') return obj.fn;
    return getattrOpt(obj.fn, name);
  }
  return undefined;
}

export function getattr(obj: unknown, name: string): unknown {
  const v = getattrOpt(obj, name);
  if (v === undefined) noAttr(obj, name);
  return v;
}

export function setattr(obj: unknown, name: string, value: unknown): void {
  if (obj instanceof PyObject) {
    const cls = obj.$cls;
    if (cls.setattrVersion !== typeVersion()) {
      const own = cls.lookup('__setattr__');
      cls.customSetattr = own !== undefined && own !== T.object.dict.get('__setattr__') ? own : null;
      cls.setattrVersion = typeVersion();
    }
    const sa = cls.customSetattr;
    if (sa !== null) {
      call(sa, [obj, name, value]);
      return;
    }
    storeAttr(obj, name, value);
    return;
  }
  setattrOther(obj, name, value);
}

/** object.__setattr__: the instance store, without a class's own __setattr__. */
function storeAttr(obj: PyObject, name: string, value: unknown): void {
  const attr = obj.$cls.lookup(name);
  if (attr instanceof PyProperty) {
    if (attr.fset === null) throw attributeError(obj, name, `property '${name}' of '${obj.$cls.name}' object has no setter`);
    call(attr.fset, [obj, value]);
    return;
  }
  if (attr instanceof NativeGetter && attr.set) {
    attr.set(obj, value);
    return;
  }
  if (obj instanceof PyBaseException) {
    if (name === '__cause__') {
      obj.cause = value as PyBaseException | null;
      obj.suppressContext = true;
      return;
    }
    if (name === '__context__') {
      obj.context = value as PyBaseException | null;
      return;
    }
    if (name === '__suppress_context__') {
      obj.suppressContext = value === true;
      return;
    }
  }
  if (obj.$d === null) throw attributeError(obj, name, `'${obj.$cls.name}' object has no attribute '${name}'`);
  obj.$d.set(name, value);
}

function setattrOther(obj: unknown, name: string, value: unknown): void {
  if (obj instanceof PyType) {
    if (obj.isBuiltin) throw pyErr('TypeError', `cannot set '${name}' attribute of immutable type '${obj.name}'`);
    if (name === '__name__') obj.name = String(value);
    else if (name === '__qualname__' || name === '__module__') {
      // The class's repr reads these fields; the class body's namespace keeps a copy too.
      if (name === '__qualname__') obj.qualname = String(value);
      else obj.module = String(value);
      if (obj.dict.has(name)) obj.dict.set(name, value);
    } else obj.dict.set(name, value);
    return;
  }
  if (obj instanceof PyModule) {
    obj.$d.set(name, value);
    return;
  }
  if (isPyFunction(obj)) {
    if (name === '__name__') obj.$spec.name = String(value);
    else if (name === '__qualname__') obj.$spec.qualname = String(value);
    else if (name === '__doc__') obj.$spec.doc = value;
    else (obj.$d ??= new Map()).set(name, value);
    return;
  }
  const t = typeOf(obj);
  if (t.lookup(name) !== undefined) throw attributeError(obj, name, `'${t.name}' object attribute '${name}' is read-only`);
  throw attributeError(obj, name, `'${t.name}' object has no attribute '${name}'`);
}

export function delattr(obj: unknown, name: string): void {
  if (obj instanceof PyObject) {
    const da = obj.$cls.lookup('__delattr__');
    if (da !== undefined && da !== T.object.dict.get('__delattr__')) {
      call(da, [obj, name]);
      return;
    }
  }
  deleteAttr(obj, name);
}

/** object.__delattr__: removal without a class's own __delattr__. */
function deleteAttr(obj: unknown, name: string): void {
  if (obj instanceof PyObject) {
    const attr = obj.$cls.lookup(name);
    if (attr instanceof PyProperty && attr.fdel !== null) {
      call(attr.fdel, [obj]);
      return;
    }
    if (obj.$d?.delete(name)) return;
  } else if (obj instanceof PyType && !obj.isBuiltin) {
    if (obj.dict.delete(name)) return;
  } else if (obj instanceof PyModule) {
    if (obj.$d.delete(name)) return;
  } else if (isPyFunction(obj) && obj.$d?.delete(name)) {
    return;
  }
  noAttr(obj, name);
}

export function hasattr(obj: unknown, name: string): boolean {
  try {
    return getattrOpt(obj, name) !== undefined;
  } catch (e) {
    if (e instanceof PyBaseException && e.$cls.isSubtype(pyErr('AttributeError').$cls)) return false;
    throw e;
  }
}

def(T.object, '__setattr__', (obj: unknown, name: unknown, value: unknown) => {
  if (obj instanceof PyObject) storeAttr(obj, String(name), value);
  else setattrOther(obj, String(name), value);
  return null;
});
def(T.object, '__delattr__', (obj: unknown, name: unknown) => {
  deleteAttr(obj, String(name));
  return null;
});

export { Kw };
