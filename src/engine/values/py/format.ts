/** format(value, spec): __format__ for user classes, pylib's spec mini-language for builtins. */
import { PyBoxed, PyObject, typeOf } from './core';
import { pyErr } from './exceptions';
import { PyFloat } from './float';
import { str } from './repr';
import { call } from './call';
import { formatFloat, formatInt, formatStr } from '../../pylib';
import { lib } from './pylib-bridge';

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
  if (v instanceof PyBoxed) return formatValue(v.$v, spec);
  if (typeof v === 'string') return lib(() => formatStr(v, spec));
  if (typeof v === 'boolean') return lib(() => formatInt(v ? 1 : 0, spec, 'bool'));
  if (typeof v === 'bigint' || (typeof v === 'number' && Number.isInteger(v))) return lib(() => formatInt(v, spec));
  if (typeof v === 'number') return lib(() => formatFloat(v, spec));
  if (v instanceof PyFloat) return lib(() => formatFloat(v.v, spec));
  throw pyErr('TypeError', `unsupported format string passed to ${typeOf(v).name}.__format__`);
}
