/** The functools module: reduce, partial, wraps, lru_cache/cache, cmp_to_key, total_ordering. */
import {
  Kw, PyDict, PyObject, T, call, getattrOpt, iter, makeClass, pyErr, repr, setattr, STOP, tuple, truthy, eq, lt, le,
  gt, ge, NotImplemented,
} from '../../values/py';
import { moduleFrom, registerModule } from './registry';

function reduce(f: unknown, it: unknown, ...init: unknown[]): unknown {
  const i = iter(it);
  let acc: unknown;
  if (init.length) acc = init[0];
  else {
    acc = i.nx();
    if (acc === STOP) throw pyErr('TypeError', 'reduce() of empty iterable with no initial value');
  }
  for (let v = i.nx(); v !== STOP; v = i.nx()) acc = call(f, [acc, v]);
  return acc;
}

function splitKw(args: unknown[]): [unknown[], Kw | null] {
  const last = args[args.length - 1];
  return last instanceof Kw ? [args.slice(0, -1), last] : [args, null];
}

function partial(f: unknown, ...bound: unknown[]): PyObject {
  const [pos, kw] = splitKw(bound);
  const ns = new Map<string, unknown>();
  ns.set('__call__', (_self: unknown, ...args: unknown[]) => {
    const [p, k] = splitKw(args);
    const names = [...(kw?.names ?? []), ...(k?.names ?? [])];
    const values = [...(kw?.values ?? []), ...(k?.values ?? [])];
    return call(f, names.length ? [...pos, ...p, new Kw(names, values)] : [...pos, ...p]);
  });
  ns.set('__repr__', () => `functools.partial(${[repr(f), ...pos.map(repr), ...(kw?.names ?? []).map((n, i) => `${n}=${repr(kw!.values[i])}`)].join(', ')})`);
  const o = new PyObject(makeClass('partial', [T.object], ns, 'functools', 'partial'));
  o.$d!.set('func', f);
  o.$d!.set('args', tuple(pos));
  return o;
}

function copyMeta(wrapper: unknown, wrapped: unknown): unknown {
  for (const a of ['__name__', '__qualname__', '__doc__', '__module__']) {
    const v = getattrOpt(wrapped, a);
    if (v !== undefined) setattr(wrapper, a, v);
  }
  setattr(wrapper, '__wrapped__', wrapped);
  return wrapper;
}

function keyOf(args: unknown[]): unknown {
  return tuple(args.map((a) => (a instanceof Kw ? tuple([tuple(a.names), tuple(a.values)]) : a)));
}

function lruCache(f: unknown): unknown {
  const cache = new PyDict();
  let hits = 0;
  let misses = 0;
  const wrapper = (...args: unknown[]) => {
    const k = keyOf(args);
    const v = cache.get(k);
    if (v !== undefined) {
      hits++;
      return v;
    }
    misses++;
    const r = call(f, args);
    cache.set(k, r);
    return r;
  };
  const w = Object.assign(wrapper, { $name: (getattrOpt(f, '__name__') as string) ?? 'wrapper' });
  const info = () => `CacheInfo(hits=${hits}, misses=${misses}, maxsize=None, currsize=${cache.size})`;
  const ns = new Map<string, unknown>([
    ['__call__', (_s: unknown, ...a: unknown[]) => w(...a)],
    ['cache_info', () => info()],
    ['cache_clear', () => (cache.clear(), (hits = misses = 0), null)],
    ['__repr__', () => `<functools._lru_cache_wrapper object>`],
  ]);
  const o = new PyObject(makeClass('_lru_cache_wrapper', [T.object], ns, 'functools', '_lru_cache_wrapper'));
  for (const a of ['__name__', '__qualname__', '__doc__']) {
    const v = getattrOpt(f, a);
    if (v !== undefined) o.$d!.set(a, v);
  }
  o.$d!.set('__wrapped__', f);
  return o;
}

function cmpToKey(cmp: unknown): unknown {
  const ns = new Map<string, unknown>();
  const c = (a: PyObject, b: PyObject) => call(cmp, [a.$d!.get('obj'), b.$d!.get('obj')]) as number;
  ns.set('__init__', (self: PyObject, obj: unknown) => (self.$d!.set('obj', obj), null));
  ns.set('__lt__', (a: PyObject, b: PyObject) => c(a, b) < 0);
  ns.set('__gt__', (a: PyObject, b: PyObject) => c(a, b) > 0);
  ns.set('__le__', (a: PyObject, b: PyObject) => c(a, b) <= 0);
  ns.set('__ge__', (a: PyObject, b: PyObject) => c(a, b) >= 0);
  ns.set('__eq__', (a: PyObject, b: PyObject) => c(a, b) === 0);
  return makeClass('K', [T.object], ns, 'functools', 'cmp_to_key.<locals>.K');
}

function totalOrdering(cls: unknown): unknown {
  const t = cls as { dict: Map<string, unknown>; lookup(n: string): unknown };
  const has = (n: string) => t.dict.has(n);
  const not = (r: unknown) => (r === NotImplemented ? r : !truthy(r));
  if (has('__lt__')) {
    if (!has('__gt__')) t.dict.set('__gt__', (a: unknown, b: unknown) => (truthy(lt(a, b)) || eq(a, b) ? false : true));
    if (!has('__le__')) t.dict.set('__le__', (a: unknown, b: unknown) => truthy(lt(a, b)) || eq(a, b));
    if (!has('__ge__')) t.dict.set('__ge__', (a: unknown, b: unknown) => not(lt(a, b)));
  } else if (has('__le__')) {
    if (!has('__lt__')) t.dict.set('__lt__', (a: unknown, b: unknown) => truthy(le(a, b)) && !eq(a, b));
    if (!has('__gt__')) t.dict.set('__gt__', (a: unknown, b: unknown) => not(le(a, b)));
    if (!has('__ge__')) t.dict.set('__ge__', (a: unknown, b: unknown) => !truthy(le(a, b)) || eq(a, b));
  } else if (has('__gt__')) {
    if (!has('__lt__')) t.dict.set('__lt__', (a: unknown, b: unknown) => !truthy(gt(a, b)) && !eq(a, b));
    if (!has('__ge__')) t.dict.set('__ge__', (a: unknown, b: unknown) => truthy(gt(a, b)) || eq(a, b));
    if (!has('__le__')) t.dict.set('__le__', (a: unknown, b: unknown) => not(gt(a, b)));
  } else if (has('__ge__')) {
    if (!has('__lt__')) t.dict.set('__lt__', (a: unknown, b: unknown) => not(ge(a, b)));
  } else throw pyErr('ValueError', 'must define at least one ordering operation: < > <= >=');
  return cls;
}

registerModule('functools', () =>
  moduleFrom('functools', {
    reduce,
    partial,
    wraps: (wrapped: unknown) => Object.assign((wrapper: unknown) => copyMeta(wrapper, wrapped), { $name: 'decorator' }),
    update_wrapper: (wrapper: unknown, wrapped: unknown) => copyMeta(wrapper, wrapped),
    lru_cache: (...a: unknown[]) => (typeof a[0] === 'function' || a[0] instanceof PyObject ? lruCache(a[0]) : Object.assign((f: unknown) => lruCache(f), { $name: 'decorating_function' })),
    cache: (f: unknown) => lruCache(f),
    cmp_to_key: cmpToKey,
    total_ordering: totalOrdering,
  }),
);

