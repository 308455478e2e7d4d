/** format(value, spec): __format__ for user classes, the spec mini-language for builtins. */
import { PyObject, typeOf } from './core';
import { pyErr } from './exceptions';
import { formatSpec } from './format-spec';
import { str } from './repr';
import { call } from './call';

export function formatValue(v: unknown, spec: string): string {
  if (v instanceof PyObject) {
    const f = v.$cls.lookup('__format__');
    if (f !== undefined && !(f as { $native?: boolean }).$native) {
      const r = call(f, [v, spec]);
      if (typeof r !== 'string') throw pyErr('TypeError', `__format__ must return a str, not ${typeOf(r).name}`);
      return r;
    }
  }
  if (spec === '') return str(v);
  const r = formatSpec(v, spec);
  if (r !== undefined) return r;
  throw pyErr('TypeError', `unsupported format string passed to ${typeOf(v).name}.__format__`);
}
