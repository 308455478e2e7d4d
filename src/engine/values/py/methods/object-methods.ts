/** object's and BaseException's methods, and the descriptors of builtin instance attributes. */
import { NotImplemented, PyObject, T, typeOf } from '../core';
import type { PyBaseException } from '../exceptions';
import { E } from '../exceptions';
import { def } from './define';
import { NativeGetter, PyClassMethod, PyProperty } from '../descriptors';
import { tuple, PyTuple } from '../tuple';
import { repr, str } from '../repr';
import { pyHash } from '../hash';
import { identity } from '../identity';
import { formatValue } from '../format';
import { pyErr } from '../exceptions';

const O = T.object;
def(O, '__init__', () => null);
def(O, '__new__', (cls: unknown) => new PyObject(cls as never));
def(O, '__repr__', (x: unknown) => repr(x));
def(O, '__str__', (x: unknown) => str(x));
def(O, '__eq__', (a: unknown, b: unknown) => (a === b ? true : NotImplemented));
def(O, '__ne__', (a: unknown, b: unknown) => (a === b ? false : NotImplemented));
def(O, '__hash__', (x: unknown) => (typeof x === 'object' && x !== null ? identity(x) >> 4 : pyHash(x)));
def(O, '__format__', (x: unknown, spec: string) => formatValue(x, spec));
const initSubclass = Object.assign(() => null, { $name: '__init_subclass__', $native: true });
O.dict.set('__init_subclass__', new PyClassMethod(initSubclass));

for (const t of [T.list, T.dict, T.set]) t.dict.set('__hash__', null);

const B = E.BaseException;
def(B, '__init__', (self: PyBaseException, ...args: unknown[]) => {
  self.args = tuple(args.filter((a) => !(a !== null && typeof a === 'object' && a.constructor.name === 'Kw')));
  return null;
});
def(B, '__repr__', (x: unknown) => repr(x));
def(B, '__str__', (x: unknown) => str(x));
def(B, 'with_traceback', (self: PyBaseException) => self);
B.dict.set('args', new NativeGetter((s) => (s as PyBaseException).args, (s, v) => {
  (s as PyBaseException).args = v instanceof PyTuple ? v : tuple([v]);
}));
B.dict.set('__traceback__', new NativeGetter(() => null));
E.StopIteration.dict.set('value', new NativeGetter((s) => (s as PyBaseException).args.items[0] ?? null));
E.SystemExit.dict.set('code', new NativeGetter((s) => (s as PyBaseException).args.items[0] ?? null));
E.KeyError.dict.set('__str__', Object.assign((x: unknown) => str(x), { $native: true }));
for (const [t, attrs] of [[E.OSError, ['errno', 'strerror', 'filename']], [E.ImportError, ['name']]] as const) {
  attrs.forEach((a, i) => t.dict.set(a, new NativeGetter((s) => {
    const own = (s as PyBaseException).$d?.get(a);
    if (own !== undefined) return own;
    return a === 'filename' || a === 'name' ? null : (s as PyBaseException).args.items[i] ?? null;
  }, (s, v) => (s as PyBaseException).$d!.set(a, v))));
}
export function notCallable(x: unknown): never {
  throw pyErr('TypeError', `'${typeOf(x).name}' object is not callable`);
}

const Pr = T.property;
def(Pr, 'setter', (p: PyProperty, f: unknown) => new PyProperty(p.fget, f, p.fdel, p.doc));
def(Pr, 'getter', (p: PyProperty, f: unknown) => new PyProperty(f, p.fset, p.fdel, p.doc));
def(Pr, 'deleter', (p: PyProperty, f: unknown) => new PyProperty(p.fget, p.fset, f, p.doc));
Pr.dict.set('fget', new NativeGetter((p) => (p as PyProperty).fget));
Pr.dict.set('__doc__', new NativeGetter((p) => (p as PyProperty).doc));
