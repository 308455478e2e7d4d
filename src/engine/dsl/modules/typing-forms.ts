/**
 * typing's runtime objects: special forms (Any, Union, Optional, ...), the generic aliases of
 * builtin and collection classes (List, Dict, ...), their subscripted forms and TypeVar, with
 * CPython 3.11's reprs, equality, __origin__/__args__ and argument-count errors.
 */
import {
  Ellipsis, NativeGetter, PyObject, PyTuple, PyType, T, call, eq, pyErr, repr, setClassType, tuple,
} from '../../values/py';
import { def } from '../../values/py/methods/define';

const t = (name: string) => {
  const x = new PyType(name, [T.object]);
  x.module = 'typing';
  return x;
};
export const SpecialFormT = t('_SpecialForm');
export const SpecialAliasT = t('_SpecialGenericAlias');
export const GenericAliasT = t('_GenericAlias');
export const TypeVarT = t('TypeVar');
export const ForwardRefT = t('ForwardRef');
export const NewTypeT = t('NewType');
export const AnyMetaT = new PyType('_AnyMeta', [SpecialFormT]);
AnyMetaT.module = 'typing';

/** `_type_repr`: classes by qualified name (builtins bare), ... as '...', functions by name. */
export function typeRepr(x: unknown): string {
  if (x instanceof PyType) return x.module === 'builtins' ? x.qualname : `${x.module}.${x.qualname}`;
  if (x === Ellipsis) return '...';
  if (typeof x === 'function') return (x as { $name?: string }).$name ?? repr(x);
  if (Array.isArray(x)) return `[${x.map(typeRepr).join(', ')}]`;
  return repr(x);
}

/** Subscript arguments as typing stores them: None becomes NoneType, strings forward references. */
function convertArg(x: unknown): unknown {
  if (x === null) return T.NoneType;
  if (typeof x === 'string') return new ForwardRef(x);
  return x;
}

export class ForwardRef {
  constructor(readonly arg: string) {}
  pyRepr(): string {
    return `ForwardRef(${repr(this.arg)})`;
  }
  pyEq(o: unknown): boolean {
    return o instanceof ForwardRef && o.arg === this.arg;
  }
}
setClassType(ForwardRef, ForwardRefT);

/** A PyObject, so that T.__name__ (instance) and type(T).__name__ (class) do not collide. */
export class TypeVar extends PyObject {
  constructor(
    readonly name: string,
    readonly constraints: unknown[],
    readonly bound: unknown,
    readonly variance: '~' | '+' | '-',
  ) {
    super(TypeVarT);
    this.$d!.set('__name__', name);
    this.$d!.set('__bound__', bound);
    this.$d!.set('__constraints__', tuple(constraints));
    this.$d!.set('__covariant__', variance === '+');
    this.$d!.set('__contravariant__', variance === '-');
  }
}
TypeVarT.dict.set('__repr__', (v: TypeVar) => `${v.variance}${v.name}`);

/** A subscripted form: typing.List[int], typing.Union[int, str], __main__.Stack[int]. */
export class GenericAlias {
  constructor(
    readonly name: string,
    readonly origin: unknown,
    readonly args: unknown[],
    readonly callable: boolean,
  ) {}
  pyRepr(): string {
    if (this.name === 'typing.Callable' && this.args.length) {
      const params = this.args.slice(0, -1);
      const head = params.length === 1 && params[0] === Ellipsis ? '...' : `[${params.map(typeRepr).join(', ')}]`;
      return `typing.Callable[${head}, ${typeRepr(this.args[this.args.length - 1])}]`;
    }
    if (this.name === 'typing.Union') {
      const none = this.args.indexOf(T.NoneType);
      if (this.args.length === 2 && none >= 0) return `typing.Optional[${typeRepr(this.args[1 - none])}]`;
    }
    if (!this.args.length) return `${this.name}[()]`;
    return `${this.name}[${this.args.map(typeRepr).join(', ')}]`;
  }
  pyEq(o: unknown): boolean {
    if (!(o instanceof GenericAlias) || o.origin !== this.origin || o.args.length !== this.args.length) return false;
    if (this.name === 'typing.Union') return this.args.every((a) => o.args.some((b) => eq(a, b)));
    return this.args.every((a, i) => eq(a, o.args[i]));
  }
}
setClassType(GenericAlias, GenericAliasT);
GenericAliasT.dict.set('__origin__', new NativeGetter((g) => (g as GenericAlias).origin));
GenericAliasT.dict.set('__args__', new NativeGetter((g) => tuple((g as GenericAlias).args)));
def(GenericAliasT, '__call__', (g: GenericAlias, ...a: unknown[]) => {
  if (!g.callable) throw pyErr('TypeError', `Type ${g.name.replace(/^typing\./, '')} cannot be instantiated; use ${(g.origin as PyType).name}() instead`);
  return call(g.origin, a);
});
def(GenericAliasT, '__getitem__', (g: GenericAlias) => {
  throw pyErr('TypeError', `${repr(g)} is not a generic class`);
});

/** An unsubscripted alias such as typing.List: subscripting checks the argument count. */
export class SpecialAlias {
  constructor(
    readonly name: string,
    readonly origin: () => unknown,
    /** -1: any number (Tuple); -2: Callable's [args], result. */
    readonly nparams: number,
  ) {}
  pyRepr(): string {
    return `typing.${this.name}`;
  }
  subscript(key: unknown): GenericAlias {
    const full = `typing.${this.name}`;
    if (this.nparams === -2) {
      const items = key instanceof PyTuple ? key.items : [key];
      if (items.length !== 2) throw pyErr('TypeError', 'Callable must be used as Callable[[arg, ...], result].');
      const [params, result] = items;
      const ps = params === Ellipsis ? [Ellipsis] : Array.isArray(params) ? params.map(convertArg) : null;
      if (ps === null) throw pyErr('TypeError', `Callable[args, result]: args must be a list. Got ${typeRepr(params)}`);
      return new GenericAlias(full, this.origin(), [...ps, convertArg(result)], false);
    }
    const items = key instanceof PyTuple ? key.items.map(convertArg) : [convertArg(key)];
    if (this.nparams >= 0 && items.length !== this.nparams) {
      const which = items.length > this.nparams ? 'many' : 'few';
      throw pyErr('TypeError', `Too ${which} arguments for ${full}; actual ${items.length}, expected ${this.nparams}`);
    }
    return new GenericAlias(full, this.origin(), items, false);
  }
}
setClassType(SpecialAlias, SpecialAliasT);
def(SpecialAliasT, '__getitem__', (a: SpecialAlias, k: unknown) => a.subscript(k));
def(SpecialAliasT, '__call__', (a: SpecialAlias, ...args: unknown[]) => {
  const origin = a.origin() as PyType;
  if (origin === T.list || origin === T.dict || origin === T.set || origin === T.frozenset || origin === T.tuple || origin === T.type) {
    throw pyErr('TypeError', `Type ${a.name} cannot be instantiated; use ${origin.name}() instead`);
  }
  return call(origin, args);
});
SpecialAliasT.dict.set('__origin__', new NativeGetter((a) => (a as SpecialAlias).origin()));

/** Any, Union, Optional, Literal, ClassVar, ...: each subscript rule is its own function. */
export class SpecialForm {
  constructor(
    readonly name: string,
    readonly subscript: ((self: SpecialForm, key: unknown) => unknown) | null,
  ) {}
  pyRepr(): string {
    return `typing.${this.name}`;
  }
}
setClassType(SpecialForm, SpecialFormT);
def(SpecialFormT, '__getitem__', (f: SpecialForm, k: unknown) => {
  if (!f.subscript) throw pyErr('TypeError', `typing.${f.name} is not subscriptable`);
  return f.subscript(f, k);
});
def(SpecialFormT, '__call__', (f: SpecialForm) => {
  throw pyErr('TypeError', f.name === 'Any' ? 'Any cannot be instantiated' : `Cannot instantiate typing.${f.name}`);
});

function unionArgs(items: unknown[]): unknown[] {
  const out: unknown[] = [];
  for (const x of items) {
    const parts = x instanceof GenericAlias && x.name === 'typing.Union' ? x.args : [convertArg(x)];
    for (const p of parts) if (!out.some((o) => eq(o, p))) out.push(p);
  }
  return out;
}

export function union(form: SpecialForm, key: unknown): unknown {
  const items = key instanceof PyTuple ? key.items : [key];
  if (!items.length) throw pyErr('TypeError', 'Cannot take a Union of no types.');
  const args = unionArgs(items);
  return args.length === 1 ? args[0] : new GenericAlias('typing.Union', form, args, false);
}

export function optional(union: SpecialForm) {
  return (_f: SpecialForm, key: unknown) => {
    if (key instanceof PyTuple) throw pyErr('TypeError', `typing.Optional requires a single type. Got ${repr(key)}.`);
    const args = unionArgs([key, null]);
    return args.length === 1 ? args[0] : new GenericAlias('typing.Union', union, args, false);
  };
}

/** Literal, ClassVar, Final, Annotated, ...: keep the arguments as given. */
export function keepArgs(convert: boolean, count?: number) {
  return (f: SpecialForm, key: unknown) => {
    const items = key instanceof PyTuple ? key.items : [key];
    if (count !== undefined && items.length !== count) throw pyErr('TypeError', `typing.${f.name} accepts only single type.`);
    return new GenericAlias(`typing.${f.name}`, f, convert ? items.map(convertArg) : items, false);
  };
}
