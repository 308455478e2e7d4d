/** repr() and str() of every value (CPython's formats), with __repr__/__str__ for user classes. */
import { Ellipsis, NotImplemented, PyBoxed, PyModule, PyObject, PyType, T, typeOf } from './core';
import { bytesLiteral } from './bytes';
import { PyFloat, floatRepr } from './float';
import { PyTuple } from './tuple';
import { PyDict } from './dict';
import { PySet, PyFrozenSet } from './set';
import { PyRange } from './range';
import { PySlice } from './slice';
import { PyBaseException, pyErr } from './exceptions';
import { PyClassMethod, PyMethod, PyProperty, PyStaticMethod } from './descriptors';
import { isPyFunction } from './function';
import { identity } from './identity';
import { call } from './call';

const NONPRINTABLE = /[\p{C}\p{Z}]/u;

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0');
}

export function strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += `\\${ch}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20 || c === 0x7f) out += `\\x${hex(c, 2)}`;
    else if (c < 0x7f || ch === ' ') out += ch;
    else if (NONPRINTABLE.test(ch)) out += c <= 0xff ? `\\x${hex(c, 2)}` : c <= 0xffff ? `\\u${hex(c, 4)}` : `\\U${hex(c, 8)}`;
    else out += ch;
  }
  return out + quote;
}

export function addressOf(x: object): string {
  return `0x${identity(x).toString(16).padStart(12, '0')}`;
}

/** Containers currently being repr'd, so self-references print as [...] / {...}. */
const active = new Set<unknown>();

function guarded(x: object, open: string, close: string, body: () => string): string {
  if (active.has(x)) return `${open}...${close}`;
  active.add(x);
  try {
    return body();
  } finally {
    active.delete(x);
  }
}

function join(items: readonly unknown[]): string {
  let s = '';
  for (let i = 0; i < items.length; i++) s += (i ? ', ' : '') + repr(items[i]);
  return s;
}

export function repr(x: unknown): string {
  switch (typeof x) {
    case 'string':
      return strRepr(x);
    case 'number':
      return Number.isInteger(x) ? String(x) : floatRepr(x);
    case 'boolean':
      return x ? 'True' : 'False';
    case 'bigint':
      return x.toString();
    case 'function':
      return functionRepr(x);
    default:
      break;
  }
  if (x === null) return 'None';
  if (Array.isArray(x)) return guarded(x, '[', ']', () => `[${join(x)}]`);
  if (x instanceof PyFloat) return floatRepr(x.v);
  // Subclasses of the builtin containers (defaultdict, Counter, namedtuple, ...) print themselves.
  const own = (x as { pyRepr?: () => string }).pyRepr;
  if (own) return own.call(x);
  if (x instanceof PyTuple) {
    if (x.items.length === 1) return guarded(x, '(', ')', () => `(${repr(x.items[0])},)`);
    return guarded(x, '(', ')', () => `(${join(x.items)})`);
  }
  if (x instanceof PyObject) return objectRepr(x);
  if (x instanceof PyDict) {
    if (!x.size) return '{}';
    return guarded(x, '{', '}', () => {
      let s = '';
      for (const [k, v] of x.entries()) s += `${s ? ', ' : ''}${repr(k)}: ${repr(v)}`;
      return `{${s}}`;
    });
  }
  if (x instanceof PySet) {
    const name = x instanceof PyFrozenSet ? 'frozenset' : 'set';
    if (!x.size) return `${name}()`;
    const body = guarded(x, '{', '}', () => `{${join(x.toArray())}}`);
    return name === 'set' ? body : `frozenset(${body})`;
  }
  if (x instanceof PyType) return x.isBuiltin && x.module === 'builtins' ? `<class '${x.name}'>` : `<class '${x.module}.${x.qualname}'>`;
  if (x instanceof PyRange) return x.step === 1 ? `range(${x.start}, ${x.stop})` : `range(${x.start}, ${x.stop}, ${x.step})`;
  if (x instanceof PyModule) return `<module '${x.name}'>`;
  if (x instanceof PySlice) return `slice(${repr(x.start)}, ${repr(x.stop)}, ${repr(x.step)})`;
  if (x instanceof PyMethod) return methodRepr(x);
  if (x === NotImplemented) return 'NotImplemented';
  if (x === Ellipsis) return 'Ellipsis';
  const custom = (x as { pyRepr?: () => string }).pyRepr;
  if (custom) return custom.call(x);
  if (x instanceof PyProperty) return `<property object at ${addressOf(x)}>`;
  if (x instanceof PyStaticMethod) return `<staticmethod(${repr(x.fn)})>`;
  if (x instanceof PyClassMethod) return `<classmethod(${repr(x.fn)})>`;
  return `<${typeOf(x).name} object at ${addressOf(x as object)}>`;
}

function functionRepr(f: unknown): string {
  if (isPyFunction(f)) return `<function ${f.$spec.qualname} at ${addressOf(f)}>`;
  const name = (f as { $name?: string }).$name ?? (f as { name: string }).name;
  return `<built-in function ${name}>`;
}

function methodRepr(m: PyMethod): string {
  if (isPyFunction(m.fn)) return `<bound method ${m.fn.$spec.qualname} of ${repr(m.self)}>`;
  const name = (m.fn as { $name?: string }).$name ?? (m.fn as { name?: string }).name ?? '?';
  return `<built-in method ${name} of ${typeOf(m.self).name} object at ${addressOf(m.self as object)}>`;
}

function checkStr(r: unknown, what: string): string {
  if (typeof r !== 'string') throw pyErr('TypeError', `${what} returned non-string (type ${typeOf(r).name})`);
  return r;
}

function objectRepr(x: PyObject): string {
  const f = x.$cls.lookup('__repr__');
  if (f !== undefined && !(typeof f === 'function' && (f as { $native?: boolean }).$native)) return checkStr(call(f, [x]), '__repr__');
  if (x instanceof PyBaseException) return `${x.$cls.name}(${join(x.args.items)})`;
  // A bytearray subclass shows its own name (CPython's bytearray_repr uses the type's name).
  if (x instanceof PyBoxed) return typeOf(x.$v) === T.bytearray ? `${x.$cls.name}(${bytesLiteral((x.$v as { b: Uint8Array }).b, true)})` : repr(x.$v);
  const cls = x.$cls;
  const name = cls.module === 'builtins' ? cls.qualname : `${cls.module}.${cls.qualname}`;
  return `<${name} object at ${addressOf(x)}>`;
}

export function exceptionStr(e: PyBaseException): string {
  const a = e.args.items;
  if (e.$cls.isSubtype(pyErr('KeyError').$cls) && a.length === 1) return repr(a[0]);
  if (e.$cls.isSubtype(pyErr('OSError').$cls) && a.length >= 2 && a.length <= 3) {
    const fname = e.$d?.get('filename') ?? (a.length === 3 ? a[2] : null);
    const fname2 = e.$d?.get('filename2');
    const second = fname2 !== null && fname2 !== undefined ? ` -> ${repr(fname2)}` : '';
    return `[Errno ${str(a[0])}] ${str(a[1])}${fname !== null && fname !== undefined ? `: ${repr(fname)}${second}` : ''}`;
  }
  if (a.length === 0) return '';
  if (a.length === 1) return str(a[0]);
  return repr(e.args);
}

export function str(x: unknown): string {
  if (typeof x === 'string') return x;
  if (typeof x === 'number') return Number.isInteger(x) ? String(x) : floatRepr(x);
  if (x instanceof PyObject) {
    const f = x.$cls.lookup('__str__');
    if (f !== undefined && !(typeof f === 'function' && (f as { $native?: boolean }).$native)) return checkStr(call(f, [x]), '__str__');
    if (x instanceof PyBaseException) return exceptionStr(x);
    // Only str defines its own __str__; other builtins' str() is their repr (which a subclass may override).
    if (x instanceof PyBoxed && typeof x.$v === 'string') return x.$v;
    return objectRepr(x);
  }
  return repr(x);
}

export function ascii(x: unknown): string {
  return repr(x).replace(/[^ -~\t\n\r]/gu, (ch) => {
    const c = ch.codePointAt(0)!;
    return c <= 0xff ? `\\x${hex(c, 2)}` : c <= 0xffff ? `\\u${hex(c, 4)}` : `\\U${hex(c, 8)}`;
  });
}
