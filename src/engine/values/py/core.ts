/**
 * The type object, plain instances, and the mapping from JS values to Python types.
 * Builtin types are created here with empty dicts; the method files fill them on import.
 */

import { Globals } from './globals';

export type Dict = Map<string, unknown>;

/** Bumped by every change to any type's dict: invalidates all method caches at once. */
let typeEpoch = 0;

/** A type's dict: a Map whose writes invalidate the lookup caches (CPython's type version tag). */
class TypeDict extends Map<string, unknown> {
  override set(k: string, v: unknown): this {
    typeEpoch++;
    return super.set(k, v);
  }

  override delete(k: string): boolean {
    typeEpoch++;
    return super.delete(k);
  }

  override clear(): void {
    typeEpoch++;
    super.clear();
  }
}

/** The current type-dict version: data derived from types stays valid while it is unchanged. */
export function typeVersion(): number {
  return typeEpoch;
}

/** Marks a cached miss (undefined means "not cached"). */
const MISSING = Symbol('missing');

export class PyType {
  mro: PyType[] = [];
  qualname: string;
  module = 'builtins';
  /** Builtin constructor: what calling this exact builtin type does. */
  construct: ((args: unknown[]) => unknown) | undefined;
  /** The builtin base whose instance layout user subclasses inherit. */
  layout: 'object' | 'exception' = 'object';
  isBuiltin = true;
  /** Instances may not get new attributes (builtins such as int, list). */
  noDict = false;
  $d: Dict | null = null;

  constructor(
    public name: string,
    public bases: PyType[],
    readonly dict: Dict = new Map(),
  ) {
    this.qualname = name;
    // Turn the given Map itself into a TypeDict, so writes through any reference to it count.
    if (!(dict instanceof TypeDict)) Object.setPrototypeOf(dict, TypeDict.prototype);
    typeEpoch++;
    this.mro = c3(this);
  }

  /** How calling this class builds an instance (call.ts), valid for `planVersion`. */
  plan: unknown = undefined;
  planVersion = -1;
  /** A __setattr__ other than object's (null when none), valid for `setattrVersion`. */
  customSetattr: unknown = null;
  setattrVersion = -1;
  private cache = new Map<string, unknown>();
  private cacheEpoch = -1;
  private cacheMro: PyType[] | null = null;

  /** The attribute `name` along the MRO, cached until any type dict or this MRO changes. */
  lookup(name: string): unknown {
    const mro = this.mro;
    if (this.cacheEpoch !== typeEpoch || this.cacheMro !== mro) {
      this.cache.clear();
      this.cacheEpoch = typeEpoch;
      this.cacheMro = mro;
    } else {
      const c = this.cache.get(name);
      if (c !== undefined) return c === MISSING ? undefined : c;
    }
    let v: unknown;
    for (let i = 0; i < mro.length; i++) {
      v = mro[i]!.dict.get(name);
      if (v !== undefined) break;
    }
    this.cache.set(name, v === undefined ? MISSING : v);
    return v;
  }

  isSubtype(other: PyType): boolean {
    return this === other || this.mro.includes(other);
  }
}

/** C3 linearisation; null when the bases cannot be ordered consistently. */
export function c3Merge(seqs: PyType[][]): PyType[] | null {
  const out: PyType[] = [];
  const lists = seqs.map((s) => [...s]).filter((s) => s.length);
  while (lists.length) {
    let head: PyType | undefined;
    for (const l of lists) {
      const cand = l[0]!;
      if (!lists.some((o) => o.indexOf(cand) > 0)) {
        head = cand;
        break;
      }
    }
    if (!head) return null;
    out.push(head);
    for (let i = lists.length - 1; i >= 0; i--) {
      const l = lists[i]!;
      if (l[0] === head) l.shift();
      if (!l.length) lists.splice(i, 1);
    }
  }
  return out;
}

function c3(t: PyType): PyType[] {
  if (!t.bases.length) return [t];
  const merged = c3Merge([...t.bases.map((b) => b.mro), [...t.bases]]);
  return merged ? [t, ...merged] : [t, ...t.bases];
}

/** An instance of a user class (and of object()). */
export class PyObject {
  $d: Dict | null = new Map();
  constructor(public $cls: PyType) {}
}

/**
 * An instance of a user subclass of a builtin value type (list, dict, tuple, str, int, ...): a
 * plain instance holding the builtin value in `$v`. Builtin methods receive `$v` as self; the
 * protocols (repr, len, [], +, ==, ...) use a dunder the user classes define, else act on `$v`.
 */
export class PyBoxed extends PyObject {
  constructor(
    cls: PyType,
    public $v: unknown,
  ) {
    super(cls);
  }
}

/** A dunder defined by the user classes of a boxed value's MRO (those before its builtin base). */
export function userDunder(x: PyBoxed, name: string): unknown {
  const mro = x.$cls.mro;
  for (let i = 0; i < mro.length; i++) {
    const t = mro[i]!;
    if (t.isBuiltin) return undefined;
    const v = t.dict.get(name);
    if (v !== undefined) return v;
  }
  return undefined;
}

/** The builtin value of a boxed instance, else x itself. */
export function unbox(x: unknown): unknown {
  return x instanceof PyBoxed ? x.$v : x;
}

export class PyModule {
  constructor(
    readonly name: string,
    readonly $d: Dict = new Globals(),
  ) {}
}

/** Keyword arguments passed as the last argument of a call. */
export class Kw {
  constructor(
    readonly names: string[],
    readonly values: unknown[],
  ) {}
}

class Singleton {
  constructor(readonly reprText: string) {}
}
export const NotImplemented = new Singleton('NotImplemented');
export const Ellipsis = new Singleton('Ellipsis');
export type { Singleton };

function mk(name: string, bases: PyType[]): PyType {
  const t = new PyType(name, bases);
  t.noDict = true;
  return t;
}

const object = new PyType('object', []);
object.noDict = true;
const int = mk('int', [object]);
/** The builtin types, by their Python names. */
export const T = {
  object,
  type: mk('type', [object]),
  int,
  bool: mk('bool', [int]),
  float: mk('float', [object]),
  complex: mk('complex', [object]),
  str: mk('str', [object]),
  bytes: mk('bytes', [object]),
  bytearray: mk('bytearray', [object]),
  list: mk('list', [object]),
  tuple: mk('tuple', [object]),
  dict: mk('dict', [object]),
  set: mk('set', [object]),
  frozenset: mk('frozenset', [object]),
  range: mk('range', [object]),
  slice: mk('slice', [object]),
  NoneType: mk('NoneType', [object]),
  NotImplementedType: mk('NotImplementedType', [object]),
  ellipsis: mk('ellipsis', [object]),
  function: mk('function', [object]),
  builtin_function_or_method: mk('builtin_function_or_method', [object]),
  method: mk('method', [object]),
  module: mk('module', [object]),
  generator: mk('generator', [object]),
  property: mk('property', [object]),
  staticmethod: mk('staticmethod', [object]),
  classmethod: mk('classmethod', [object]),
  super: mk('super', [object]),
  iterator: mk('iterator', [object]),
  dict_keys: mk('dict_keys', [object]),
  dict_values: mk('dict_values', [object]),
  dict_items: mk('dict_items', [object]),
  enumerate: mk('enumerate', [object]),
  zip: mk('zip', [object]),
  map: mk('map', [object]),
  filter: mk('filter', [object]),
  reversed: mk('reversed', [object]),
  cell: mk('cell', [object]),
};
T.function.noDict = false;
(PyType.prototype as unknown as { $cls: PyType }).$cls = T.type;
(PyModule.prototype as unknown as { $cls: PyType }).$cls = T.module;
(Singleton.prototype as unknown as { $cls: PyType }).$cls = T.ellipsis;
(NotImplemented as unknown as { $cls: PyType }).$cls = T.NotImplementedType;

/** The Python type of any value the runtime produces. */
export function typeOf(x: unknown): PyType {
  switch (typeof x) {
    case 'number':
      return Number.isInteger(x) ? T.int : T.float;
    case 'string':
      return T.str;
    case 'boolean':
      return T.bool;
    case 'bigint':
      return T.int;
    case 'function':
      return (x as { $cls?: PyType }).$cls ?? T.builtin_function_or_method;
    case 'object':
      if (x === null) return T.NoneType;
      if (Array.isArray(x)) return T.list;
      return (x as { $cls?: PyType }).$cls ?? T.object;
    default:
      return T.object;
  }
}

export function typeName(x: unknown): string {
  return typeOf(x).name;
}

/** Sets the Python type of every instance of a JS class. */
export function setClassType(cls: { prototype: object }, t: PyType): void {
  (cls.prototype as { $cls: PyType }).$cls = t;
}
