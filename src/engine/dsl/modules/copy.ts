/**
 * The copy module: copy and deepcopy with a memo (a dict keyed by id(), as __deepcopy__ hooks
 * expect), __copy__/__deepcopy__, __getstate__/__setstate__, and instances rebuilt without
 * calling __init__ as CPython's reduce protocol does.
 */
import {
  E, Kw, PyBaseException, PyByteArray, PyDict, PyFloat, PyFrozenSet, PyGenerator, PyModule, PyObject, PyRange, PySet, PySlice, PyStaticMethod, PyTuple,
  PyType, T, call, getattr, getattrOpt, identity, pyErr, toArray, tuple, typeOf,
} from '../../values/py';
import { parseArgs } from '../../values/py/methods/define';
import { moduleFrom, registerModule } from './registry';

const CopyErrorT = new PyType('Error', [E.Exception]);
CopyErrorT.layout = 'exception';
CopyErrorT.module = 'copy';
CopyErrorT.isBuiltin = false;

function isAtomic(x: unknown): boolean {
  if (x === null || typeof x !== 'object') return true;
  return (
    x instanceof PyFloat || x instanceof PyType || x instanceof PyModule || x instanceof PyRange || x instanceof PySlice ||
    x instanceof PyFrozenSet || typeOf(x) === T.bytes || typeOf(x) === T.NotImplementedType || typeOf(x) === T.ellipsis
  );
}

function unpicklable(x: unknown): never {
  throw pyErr('TypeError', `cannot pickle '${typeOf(x).name}' object`);
}

/** An instance of x's class made without __init__, as copyreg.__newobj__ does. */
function blank(x: PyObject): PyObject {
  const cls = x.$cls;
  const nf = cls.lookup('__new__');
  if (nf !== undefined && nf !== T.object.dict.get('__new__')) return call(nf instanceof PyStaticMethod ? nf.fn : nf, [cls]) as PyObject;
  if (x instanceof PyBaseException) {
    const e = new PyBaseException(cls, [...x.args.items]);
    return e;
  }
  return new PyObject(cls);
}

function getState(x: PyObject): unknown {
  const gs = x.$cls.lookup('__getstate__');
  if (gs !== undefined && gs !== T.object.dict.get('__getstate__')) return call(getattr(x, '__getstate__'), []);
  return x.$d && x.$d.size ? PyDict.from(x.$d.entries()) : null;
}

function setState(y: PyObject, state: unknown): void {
  if (y.$cls.lookup('__setstate__') !== undefined) {
    call(getattr(y, '__setstate__'), [state]);
    return;
  }
  if (state === null) return;
  if (!(state instanceof PyDict)) throw pyErr('TypeError', `'${typeOf(state).name}' object is not a mapping`);
  y.$d ??= new Map();
  for (const [k, v] of state.entries()) y.$d.set(String(k), v);
}

/** Rebuilds natively implemented containers (dict/tuple subclasses, deque) around converted contents. */
function rebuild(x: object, conv: (v: unknown) => unknown, register: (y: unknown) => void): unknown {
  const t = typeOf(x);
  if (x instanceof PyByteArray) return new PyByteArray(x.b.slice());
  if (x instanceof PyDict) {
    const factory = getattrOpt(x, 'default_factory');
    const y = call(t, factory === undefined ? [] : [factory]) as PyDict;
    register(y);
    for (const [k, v] of x.entries()) y.set(conv(k), conv(v));
    return y;
  }
  if (x instanceof PyTuple) {
    const items = x.items.map(conv);
    const make = getattrOpt(t, '_make');
    return make === undefined ? tuple(items) : call(make, [items]);
  }
  if (x instanceof PySet) {
    const y = call(t, []);
    register(y);
    for (const v of x.toArray()) (y as PySet).add(conv(v));
    return y;
  }
  if (t.name === 'deque' && t.module === 'collections') {
    const y = call(t, [[], new Kw(['maxlen'], [getattr(x, 'maxlen')])]);
    register(y);
    for (const v of toArray(x)) call(getattr(y, 'append'), [conv(v)]);
    return y;
  }
  return unpicklable(x);
}

function copy(x: unknown): unknown {
  if (isAtomic(x) || typeof x === 'function') return x;
  if (Array.isArray(x)) return x.slice();
  const t = typeOf(x);
  if (t === T.tuple) return x;
  if (t === T.dict) return PyDict.from((x as PyDict).entries());
  if (t === T.set) return new PySet((x as PySet).toArray());
  const hook = getattrOpt(x, '__copy__');
  if (hook !== undefined) return call(hook, []);
  if (x instanceof PyBaseException) {
    // BaseException reduces to (type, args, __dict__): rebuilding calls the class with args.
    const y = call(x.$cls, [...x.args.items]) as PyObject;
    setState(y, getState(x));
    return y;
  }
  if (x instanceof PyObject) {
    const y = blank(x);
    setState(y, getState(x));
    return y;
  }
  if (x instanceof PyGenerator) return unpicklable(x);
  return rebuild(x as object, (v) => v, () => undefined);
}

function deepcopy(...a: unknown[]): unknown {
  const [x, memoArg] = parseArgs('deepcopy', a, ['x', 'memo'], 1);
  if (memoArg !== null && memoArg !== undefined && !(memoArg instanceof PyDict)) getattr(memoArg, 'get');
  const memo = memoArg === null || memoArg === undefined ? new PyDict() : (memoArg as PyDict);
  return deep(x, memo);
}

function deep(x: unknown, memo: PyDict): unknown {
  if (isAtomic(x) || typeof x === 'function') return x;
  const key = identity(x as object);
  const seen = memo.get(key);
  if (seen !== undefined) return seen;
  const register = (y: unknown) => memo.set(key, y);
  let y: unknown;
  const t = typeOf(x);
  if (Array.isArray(x)) {
    const out: unknown[] = [];
    register(out);
    for (const v of x) out.push(deep(v, memo));
    return out;
  }
  if (t === T.tuple) {
    const items = (x as PyTuple).items.map((v) => deep(v, memo));
    const again = memo.get(key);
    if (again !== undefined) return again;
    y = items.every((v, i) => v === (x as PyTuple).items[i]) ? x : tuple(items);
  } else if (t === T.dict) {
    const out = new PyDict();
    register(out);
    for (const [k, v] of (x as PyDict).entries()) out.set(deep(k, memo), deep(v, memo));
    return out;
  } else {
    const hook = getattrOpt(x, '__deepcopy__');
    if (hook !== undefined) {
      y = call(hook, [memo]);
      if (y !== x) register(y);
      return y;
    }
    if (x instanceof PyBaseException) {
      const e = call(x.$cls, x.args.items.map((v) => deep(v, memo))) as PyObject;
      register(e);
      const state = getState(x);
      setState(e, state === null ? null : deep(state, memo));
      return e;
    }
    if (x instanceof PyObject) {
      const obj = blank(x);
      register(obj);
      const state = getState(x);
      setState(obj, state === null ? null : deep(state, memo));
      return obj;
    }
    if (x instanceof PyGenerator) return unpicklable(x);
    y = rebuild(x as object, (v) => deep(v, memo), register);
  }
  register(y);
  return y;
}

registerModule('copy', () =>
  moduleFrom('copy', {
    copy,
    deepcopy,
    Error: CopyErrorT,
    error: CopyErrorT,
  }),
);
