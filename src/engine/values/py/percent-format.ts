/** str % args through pylib's printf-style formatter, with the object model as its host. */
import { PyObject, typeOf } from './core';
import { PyTuple } from './tuple';
import { PyDict } from './dict';
import { PyFloat } from './float';
import { repr, str, ascii } from './repr';
import { getitem } from './item';
import { call } from './call';
import { percentFormat as libPercent } from '../../pylib';
import type { PercentHost, PercentOperand } from '../../pylib';
import { lib } from './pylib-bridge';

function classify(v: unknown): PercentOperand {
  if (typeof v === 'boolean') return { kind: 'int', value: v ? 1 : 0 };
  if (typeof v === 'bigint' || (typeof v === 'number' && Number.isInteger(v))) return { kind: 'int', value: v };
  if (typeof v === 'number') return { kind: 'float', value: v };
  if (v instanceof PyFloat) return { kind: 'float', value: v.v };
  if (typeof v === 'string') return { kind: 'str', value: v };
  if (v instanceof PyObject) {
    const idx = v.$cls.lookup('__index__');
    if (idx !== undefined) return classify(call(idx, [v]));
    const fl = v.$cls.lookup('__float__');
    if (fl !== undefined) return classify(call(fl, [v]));
  }
  return { kind: 'other' };
}

const host: PercentHost<unknown> = {
  classify,
  typeName: (v) => typeOf(v).name,
  str,
  repr,
  ascii,
  getItem: (m, k) => getitem(m, k),
};

export function percentFormat(fmt: string, args: unknown): string {
  if (args instanceof PyTuple) return lib(() => libPercent(fmt, { kind: 'tuple', items: args.items }, host));
  const mapping = args instanceof PyDict || Array.isArray(args) || (args instanceof PyObject && args.$cls.lookup('__getitem__') !== undefined);
  return lib(() => libPercent(fmt, { kind: 'single', value: args, mapping }, host));
}
