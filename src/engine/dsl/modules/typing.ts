/** The typing module: importable names whose subscripts print as CPython 3.11's do. */
import {
  Ellipsis, Kw, PyClassMethod, eq, PyDict, PyObject, PyTuple, PyType, T, call, getattr, getattrOpt, io, makeClass, pyErr, repr, tuple, typeOf,
} from '../../values/py';
import { parseArgs } from '../../values/py/methods/define';
import { c3Merge } from '../../values/py/core';
import { ABCS } from './abc-collections';
import {
  AnyMetaT, ForwardRef, GenericAlias, NewTypeT, SpecialAlias, SpecialForm, TypeVar, keepArgs, optional, typeRepr, union,
} from './typing-forms';
import { importModule, moduleFrom, registerModule } from './registry';
import { PatternT } from './re-pattern';
import { MatchT } from './re-match';

const collection = (name: string) => () => getattr(importModule('collections', true), name);
const abcOrigin = (name: string) => () => ABCS.get(name)!;

function typeVar(...a: unknown[]): TypeVar {
  const kw = a[a.length - 1] instanceof Kw ? (a.pop() as Kw) : null;
  const [name, ...constraints] = a;
  if (typeof name !== 'string') throw pyErr('TypeError', 'TypeVar() argument \'name\' must be str');
  const opt = (k: string) => (kw ? kw.values[kw.names.indexOf(k)] : undefined);
  if (constraints.length === 1) throw pyErr('TypeError', 'A single constraint is not allowed');
  const co = opt('covariant') === true;
  const contra = opt('contravariant') === true;
  if (co && contra) throw pyErr('ValueError', 'Bivariant types are not supported.');
  return new TypeVar(name, constraints, opt('bound') ?? null, co ? '+' : contra ? '-' : '~');
}

/**
 * `Stack[int]` for a user generic class: a PyType, so it can be a base class (PyFlint has no
 * __mro_entries__); Generic's __init_subclass__ then puts the origin class in its place.
 */
class ClassAlias extends PyType {
  constructor(
    readonly origin: PyType,
    readonly args: unknown[],
  ) {
    super(origin.name, [origin]);
    this.module = origin.module;
    this.isBuiltin = false;
    this.construct = (a) => call(origin, a);
  }
  pyRepr(): string {
    return `${this.origin.module}.${this.origin.qualname}[${this.args.map(typeRepr).join(', ')}]`;
  }
  pyEq(o: unknown): boolean {
    return o instanceof ClassAlias && o.origin === this.origin && o.args.length === this.args.length && o.args.every((a, i) => eq(a, this.args[i]));
  }
}

function genericBase(name: string): PyType {
  const ns = new Map<string, unknown>();
  const cls = makeClass(name, [T.object], ns, 'typing', name);
  ns.set('__class_getitem__', Object.assign((c: PyType, key: unknown) => {
    if (c === cls) return c;
    const args = key instanceof PyTuple ? key.items : [key];
    return new ClassAlias(c, args.map((x) => (x === null ? T.NoneType : typeof x === 'string' ? new ForwardRef(x) : x)));
  }, { $name: '__class_getitem__' }));
  ns.set('__init_subclass__', new PyClassMethod(Object.assign((sub: PyType) => {
    if (sub.bases.some((b) => b instanceof ClassAlias)) {
      sub.bases = sub.bases.map((b) => (b instanceof ClassAlias ? b.origin : b));
      sub.mro = [sub, ...(c3Merge([...sub.bases.map((b) => b.mro), [...sub.bases]]) ?? sub.bases)];
    }
    if (name === 'Protocol') sub.dict.set('_is_protocol', sub.bases.includes(cls));
    return null;
  }, { $name: '__init_subclass__' })));
  if (name === 'Protocol') {
    ns.set('__new__', Object.assign((c: PyType) => {
      if (c === cls || c.dict.get('_is_protocol') === true) throw pyErr('TypeError', 'Protocols cannot be instantiated');
      return new PyObject(c);
    }, { $name: '__new__' }));
  }
  return cls;
}

/** NamedTuple('P', [('x', int)]) or `class P(NamedTuple)` (fields from the class body's __annotations__). */
function makeNamedTuple(): PyType {
  const ns = new Map<string, unknown>();
  const cls = makeClass('NamedTuple', [T.object], ns, 'typing', 'NamedTuple');
  const build = (name: string, fields: [string, unknown][], defaults: unknown[]) => {
    const nt = call(getattr(importModule('collections', true), 'namedtuple'), [name, fields.map(([f]) => f), new Kw(['defaults'], [defaults])]) as PyType;
    nt.dict.set('__annotations__', PyDict.from(fields));
    return nt;
  };
  cls.construct = (args) => {
    const kw = args[args.length - 1] instanceof Kw ? (args[args.length - 1] as Kw) : null;
    const pos = kw ? args.slice(0, -1) : args;
    const fields = pos.length > 1 && pos[1] !== null ? (call(T.list, [pos[1]]) as unknown[]).map((p) => (p as PyTuple).items as [string, unknown]) : [];
    if (kw) kw.names.forEach((n, i) => fields.push([n, kw.values[i]]));
    return build(String(pos[0]), fields, []);
  };
  ns.set('__init_subclass__', new PyClassMethod(Object.assign((sub: PyType) => {
    // A body with no annotations has no __annotations__ of its own: a NamedTuple with no fields.
    const ann = sub.dict.get('__annotations__');
    const fields = (ann instanceof PyDict ? [...ann.entries()] : []) as [string, unknown][];
    const defaults = fields.filter(([f]) => sub.dict.has(f)).map(([f]) => sub.dict.get(f));
    const nt = build(sub.name, fields, defaults);
    for (const [k, v] of nt.dict) if (!sub.dict.has(k) || fields.some(([f]) => f === k)) sub.dict.set(k, v);
    sub.bases = [T.tuple];
    sub.mro = [sub, T.tuple, T.object];
    sub.construct = (a) => Object.assign(nt.construct!(a) as object, { $cls: sub });
    return null;
  }, { $name: '__init_subclass__' })));
  return cls;
}

/** TypedDict: at run time the class just builds plain dicts. */
function makeTypedDict(): PyType {
  const ns = new Map<string, unknown>();
  const cls = makeClass('TypedDict', [T.object], ns, 'typing', 'TypedDict');
  const dictOnly = (t: PyType) => {
    t.construct = (a) => call(T.dict, a);
    return t;
  };
  cls.construct = (args) => {
    const [name, fields] = parseArgs('TypedDict', args, ['typename', 'fields', 'total'], 1);
    const t = makeClass(String(name), [T.dict], new Map([['__annotations__', fields ?? new PyDict()]]), '__main__', String(name));
    return dictOnly(t);
  };
  ns.set('__init_subclass__', new PyClassMethod(Object.assign((sub: PyType) => (dictOnly(sub), null), { $name: '__init_subclass__' })));
  return cls;
}

function newType(name: unknown, tp: unknown): unknown {
  const o = new PyObject(NewTypeT);
  o.$d!.set('__name__', String(name));
  o.$d!.set('__qualname__', String(name));
  o.$d!.set('__supertype__', tp);
  return o;
}
NewTypeT.dict.set('__call__', (_self: unknown, ...a: unknown[]) => {
  if (a.length !== 1) throw pyErr('TypeError', `_typing._idfunc() takes exactly one argument (${a.length} given)`);
  return a[0];
});
NewTypeT.dict.set('__repr__', (self: PyObject) => `__main__.${String(self.$d!.get('__name__'))}`);

function getOrigin(x: unknown): unknown {
  if (x instanceof GenericAlias) return x.origin;
  if (x instanceof SpecialAlias) return x.origin();
  return null;
}

function getArgs(x: unknown): PyTuple {
  if (!(x instanceof GenericAlias)) return tuple([]);
  if (x.name === 'typing.Callable' && x.args.length) {
    const params = x.args.slice(0, -1);
    return tuple([params.length === 1 && params[0] === Ellipsis ? Ellipsis : params, x.args[x.args.length - 1]]);
  }
  return tuple(x.args);
}

function overload(f: unknown): unknown {
  return Object.assign(() => {
    throw pyErr('NotImplementedError', 'You should not call an overloaded function. A series of @overload-decorated functions outside a stub module should always be followed by an implementation that is not @overload-ed.');
  }, { $name: String(getattrOpt(f, '__name__') ?? 'overload') });
}

const identity = (x: unknown) => x;

registerModule('typing', () => {
  const Union = new SpecialForm('Union', union);
  const special: Record<string, unknown> = {
    Any: Object.assign(new SpecialForm('Any', null), { $cls: AnyMetaT }),
    NoReturn: new SpecialForm('NoReturn', null),
    Never: new SpecialForm('Never', null),
    Self: new SpecialForm('Self', null),
    LiteralString: new SpecialForm('LiteralString', null),
    TypeAlias: new SpecialForm('TypeAlias', null),
    Union,
    Optional: new SpecialForm('Optional', optional(Union)),
    Literal: new SpecialForm('Literal', keepArgs(false)),
    ClassVar: new SpecialForm('ClassVar', keepArgs(true, 1)),
    Final: new SpecialForm('Final', keepArgs(true, 1)),
    Annotated: new SpecialForm('Annotated', keepArgs(false)),
    TypeGuard: new SpecialForm('TypeGuard', keepArgs(true, 1)),
    Required: new SpecialForm('Required', keepArgs(true, 1)),
    NotRequired: new SpecialForm('NotRequired', keepArgs(true, 1)),
    Concatenate: new SpecialForm('Concatenate', keepArgs(true)),
  };
  const aliases: [string, () => unknown, number][] = [
    ['List', () => T.list, 1], ['Dict', () => T.dict, 2], ['Set', () => T.set, 1], ['FrozenSet', () => T.frozenset, 1],
    ['Tuple', () => T.tuple, -1], ['Type', () => T.type, 1], ['Callable', abcOrigin('Callable'), -2],
    ['DefaultDict', collection('defaultdict'), 2], ['OrderedDict', collection('OrderedDict'), 2], ['Counter', collection('Counter'), 1],
    ['Deque', collection('deque'), 1], ['Pattern', () => PatternT, 1], ['Match', () => MatchT, 1],
  ];
  for (const n of ['Iterable', 'Iterator', 'Generator', 'Sequence', 'MutableSequence', 'Mapping', 'MutableMapping', 'Collection', 'Container',
    'Reversible', 'Awaitable', 'Coroutine', 'AsyncIterable', 'AsyncIterator', 'KeysView', 'ValuesView', 'ItemsView', 'MappingView']) {
    const arity: Record<string, number> = { Generator: 3, Mapping: 2, MutableMapping: 2, ItemsView: 2, Coroutine: 3 };
    aliases.push([n, abcOrigin(n), arity[n] ?? 1]);
  }
  aliases.push(['AbstractSet', abcOrigin('Set'), 1], ['MutableSet', abcOrigin('MutableSet'), 1], ['Hashable', abcOrigin('Hashable'), 0], ['Sized', abcOrigin('Sized'), 0]);
  for (const [name, origin, n] of aliases) special[name] = new SpecialAlias(name, origin, n);
  return moduleFrom('typing', {
    ...special,
    TypeVar: Object.assign(typeVar, { $name: 'TypeVar' }),
    AnyStr: new TypeVar('AnyStr', [T.bytes, T.str], null, '~'),
    Text: T.str,
    Generic: genericBase('Generic'),
    Protocol: genericBase('Protocol'),
    NamedTuple: makeNamedTuple(),
    TypedDict: makeTypedDict(),
    NewType: newType,
    ForwardRef: (s: unknown) => new ForwardRef(String(s)),
    TYPE_CHECKING: false,
    cast: (...a: unknown[]) => parseArgs('cast', a, ['typ', 'val'], 2)[1],
    get_origin: getOrigin,
    get_args: getArgs,
    get_type_hints: (o: unknown) => {
      const a = getattrOpt(o, '__annotations__');
      return a instanceof PyDict ? PyDict.from(a.entries()) : new PyDict();
    },
    overload,
    final: identity,
    no_type_check: identity,
    runtime_checkable: identity,
    dataclass_transform: () => identity,
    assert_type: (v: unknown) => v,
    assert_never: (v: unknown) => {
      throw pyErr('AssertionError', `Expected code to be unreachable, but got: ${repr(v)}`);
    },
    reveal_type: (v: unknown) => {
      io.stderr.write(`Runtime type is ${repr(typeOf(v).name)}\n`);
      return v;
    },
    _type_repr: typeRepr,
  });
});
