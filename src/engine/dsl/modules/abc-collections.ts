/**
 * collections.abc: the container ABCs. Builtin values are recognised by their PyFlint
 * representation; user classes by inheritance, register(), or (for the one-method ABCs) by
 * defining the method, as CPython's __subclasshook__s do. Subclasses get the mixin methods.
 */
import {
  PyDict, PyFrozenSet, PyGenerator, PyIterator, PyMethod, PyObject, PySet, PyTuple, PyType, T, callMethod, eq, getitem, len,
  makeClass, pyErr, pyHash, tuple, typeOf, iter, STOP, PyRange, PyBaseException, E,
} from '../../values/py';
import { DictView } from '../../values/py/methods/dict-methods';
import { ABCT, structural } from './abc';
import { moduleFrom, registerModule } from './registry';

const has = (x: unknown, ...names: string[]) => {
  const t = typeOf(x);
  return names.every((n) => {
    const v = t.lookup(n);
    return v !== undefined && v !== null;
  });
};
const isSeq = (x: unknown) => Array.isArray(x) || x instanceof PyTuple || typeof x === 'string' || x instanceof PyRange || typeOf(x) === T.bytes;
const isView = (x: unknown) => x instanceof DictView;
const viewKind = (x: unknown) => (x instanceof DictView ? x.kind : null);
const native = (x: unknown, m: string) => typeof (x as Record<string, unknown> | null)?.[m] === 'function';
const isDeque = (x: unknown) => typeOf(x).name === 'deque' && typeOf(x).module === 'collections';

const sized = (x: unknown) => isSeq(x) || x instanceof PyDict || x instanceof PySet || isView(x) || native(x, 'pyLen') || has(x, '__len__');
const iterable = (x: unknown) =>
  isSeq(x) || x instanceof PyDict || x instanceof PySet || isView(x) || x instanceof PyIterator || native(x, 'pyIter') || has(x, '__iter__');
const container = (x: unknown) => isSeq(x) || x instanceof PyDict || x instanceof PySet || isView(x) || isDeque(x) || has(x, '__contains__');

function hashable(x: unknown): boolean {
  if (isDeque(x) || viewKind(x) === 'keys' || viewKind(x) === 'items') return false;
  try {
    pyHash(x);
    return true;
  } catch (e) {
    if (e instanceof PyBaseException && e.$cls === E.TypeError) return false;
    throw e;
  }
}

const CHECKS: Record<string, (x: unknown) => boolean> = {
  Hashable: hashable,
  Sized: sized,
  Iterable: iterable,
  Container: container,
  Collection: (x) => sized(x) && iterable(x) && container(x),
  Iterator: (x) => x instanceof PyIterator || has(x, '__iter__', '__next__'),
  Generator: (x) => x instanceof PyGenerator || has(x, '__iter__', '__next__', 'send', 'throw', 'close'),
  Reversible: (x) => isSeq(x) || x instanceof PyDict || isView(x) || isDeque(x) || has(x, '__reversed__', '__iter__'),
  Callable: (x) => typeof x === 'function' || x instanceof PyType || x instanceof PyMethod || has(x, '__call__'),
  Sequence: (x) => isSeq(x) || isDeque(x),
  MutableSequence: (x) => Array.isArray(x) || isDeque(x),
  Mapping: (x) => x instanceof PyDict,
  MutableMapping: (x) => x instanceof PyDict,
  Set: (x) => x instanceof PySet || viewKind(x) === 'keys' || viewKind(x) === 'items',
  MutableSet: (x) => x instanceof PySet && !(x instanceof PyFrozenSet),
  MappingView: isView,
  KeysView: (x) => viewKind(x) === 'keys',
  ValuesView: (x) => viewKind(x) === 'values',
  ItemsView: (x) => viewKind(x) === 'items',
  Awaitable: (x) => has(x, '__await__'),
  Coroutine: (x) => has(x, '__await__', 'send', 'throw', 'close'),
  AsyncIterable: (x) => has(x, '__aiter__'),
  AsyncIterator: (x) => has(x, '__aiter__', '__anext__'),
};

type Fn = (...a: unknown[]) => unknown;

function seqIndex(self: unknown, v: unknown, start: unknown = 0, stop: unknown = null): number {
  const n = len(self);
  let i = Number(start) < 0 ? Math.max(Number(start) + n, 0) : Number(start);
  const end = stop === null ? n : Number(stop) < 0 ? Number(stop) + n : Number(stop);
  for (; i < end; i++) {
    const x = getitem(self, i);
    if (x === v || eq(x, v)) return i;
  }
  throw pyErr('ValueError');
}

function seqItems(self: unknown): unknown[] {
  const out: unknown[] = [];
  const n = len(self);
  for (let i = 0; i < n; i++) out.push(getitem(self, i));
  return out;
}

const items = (self: unknown) => {
  const out: unknown[] = [];
  const it = iter(self);
  for (let k = it.nx(); k !== STOP; k = it.nx()) out.push(k);
  return out;
};

const MIXINS: Record<string, Record<string, Fn>> = {
  Iterator: { __iter__: (self) => self },
  Sequence: {
    __iter__: (self) => iter(seqItems(self)),
    __contains__: (self, v) => seqItems(self).some((x) => x === v || eq(x, v)),
    __reversed__: (self) => iter(seqItems(self).reverse()),
    index: (self, v, start, stop) => seqIndex(self, v, start, stop ?? null),
    count: (self, v) => seqItems(self).filter((x) => x === v || eq(x, v)).length,
  },
  MutableSequence: {
    append: (self, v) => (callMethod(self, 'insert', [len(self), v]), null),
    extend: (self, vs) => {
      for (const v of items(vs)) callMethod(self, 'append', [v]);
      return null;
    },
    pop: (self, i = -1) => {
      const v = getitem(self, i);
      callMethod(self, '__delitem__', [i]);
      return v;
    },
    remove: (self, v) => (callMethod(self, '__delitem__', [seqIndex(self, v)]), null),
    reverse: (self) => {
      const xs = seqItems(self).reverse();
      xs.forEach((x, i) => callMethod(self, '__setitem__', [i, x]));
      return null;
    },
    __iadd__: (self, vs) => (callMethod(self, 'extend', [vs]), self),
  },
  Mapping: {
    get: (self, k, d = null) => (callMethod(self, '__contains__', [k]) ? getitem(self, k) : d),
    __contains__: (self, k) => {
      try {
        getitem(self, k);
        return true;
      } catch (e) {
        if (e instanceof PyBaseException && e.$cls === E.KeyError) return false;
        throw e;
      }
    },
    keys: (self) => items(self),
    values: (self) => items(self).map((k) => getitem(self, k)),
    items: (self) => items(self).map((k) => tuple([k, getitem(self, k)])),
    __eq__: (self, o) => o instanceof PyObject && eq(PyDict.from(items(self).map((k) => [k, getitem(self, k)])), PyDict.from(items(o).map((k) => [k, getitem(o, k)]))),
  },
  MutableMapping: {
    pop: (self, k, ...d) => {
      if (!callMethod(self, '__contains__', [k])) {
        if (d.length) return d[0];
        throw pyErr('KeyError', k);
      }
      const v = getitem(self, k);
      callMethod(self, '__delitem__', [k]);
      return v;
    },
    setdefault: (self, k, d = null) => {
      if (!callMethod(self, '__contains__', [k])) callMethod(self, '__setitem__', [k, d]);
      return getitem(self, k);
    },
    update: (self, other = null) => {
      if (other instanceof PyDict) for (const [k, v] of other.entries()) callMethod(self, '__setitem__', [k, v]);
      else if (other !== null) for (const pair of items(other)) callMethod(self, '__setitem__', items(pair));
      return null;
    },
    clear: (self) => {
      for (const k of items(self)) callMethod(self, '__delitem__', [k]);
      return null;
    },
  },
};

const ABSTRACT: Record<string, string[]> = {
  Hashable: ['__hash__'], Iterable: ['__iter__'], Iterator: ['__next__'], Sized: ['__len__'], Container: ['__contains__'],
  Callable: ['__call__'], Collection: ['__contains__', '__iter__', '__len__'], Reversible: ['__iter__', '__reversed__'],
  Sequence: ['__getitem__', '__len__'], MutableSequence: ['__delitem__', '__getitem__', '__len__', '__setitem__', 'insert'],
  Mapping: ['__getitem__', '__iter__', '__len__'], MutableMapping: ['__delitem__', '__getitem__', '__iter__', '__len__', '__setitem__'],
  Set: ['__contains__', '__iter__', '__len__'], MutableSet: ['__contains__', '__iter__', '__len__', 'add', 'discard'],
  Generator: ['send', 'throw'], Awaitable: ['__await__'], Coroutine: ['__await__', 'send', 'throw'], AsyncIterable: ['__aiter__'],
  AsyncIterator: ['__anext__'], MappingView: [], KeysView: [], ValuesView: [], ItemsView: [],
};

const BASES: Record<string, string[]> = {
  Iterator: ['Iterable'], Reversible: ['Iterable'], Generator: ['Iterator'], Collection: ['Sized', 'Iterable', 'Container'],
  Sequence: ['Reversible', 'Collection'], MutableSequence: ['Sequence'], Mapping: ['Collection'], MutableMapping: ['Mapping'],
  Set: ['Collection'], MutableSet: ['Set'], MappingView: ['Sized'], KeysView: ['MappingView', 'Set'], ItemsView: ['MappingView', 'Set'],
  ValuesView: ['MappingView', 'Collection'], Coroutine: ['Awaitable'], AsyncIterator: ['AsyncIterable'],
};

export const ABCS = new Map<string, PyType>();
for (const name of Object.keys(ABSTRACT)) {
  const ns = new Map<string, unknown>();
  // Abstract stubs, so a subclass that leaves one undefined stays abstract (as CPython's bodies do).
  for (const k of ABSTRACT[name]!) ns.set(k, Object.assign(() => null, { $name: k, $abstract: true }));
  for (const [k, f] of Object.entries(MIXINS[name] ?? {})) ns.set(k, Object.assign(f, { $name: k }));
  const bases = (BASES[name] ?? []).map((b) => ABCS.get(b)!);
  const cls = makeClass(name, bases.length ? bases : [ABCT], ns, 'collections.abc', name);
  ns.set('__abstractmethods__', new PyFrozenSet(ABSTRACT[name]!));
  structural.set(cls, CHECKS[name]!);
  ABCS.set(name, cls);
}

registerModule('collections.abc', () => moduleFrom('collections.abc', Object.fromEntries(ABCS)));
