/** The `in` operator. */
import { PyObject, typeOf } from './core';
import { PyTuple } from './tuple';
import { PyDict } from './dict';
import { PySet } from './set';
import { PyRange } from './range';
import { pyErr } from './exceptions';
import { eq, truthy } from './compare';
import { call } from './call';
import { STOP, iter } from './iter';
import { PyFloat } from './float';

function inArray(a: readonly unknown[], x: unknown): boolean {
  // Identity first, as CPython: a NaN held in a list is `in` it.
  for (let i = 0; i < a.length; i++) if (a[i] === x || (x !== x && a[i] !== a[i]) || eq(a[i], x)) return true;
  return false;
}

export function contains(container: unknown, x: unknown): boolean {
  if (typeof container === 'string') {
    if (typeof x !== 'string') throw pyErr('TypeError', `'in <string>' requires string as left operand, not ${typeOf(x).name}`);
    return container.includes(x);
  }
  if (container instanceof PyDict) return container.has(x);
  if (container instanceof PySet) return container.has(x);
  if (Array.isArray(container)) return inArray(container, x);
  if (container instanceof PyTuple) return inArray(container.items, x);
  if (container instanceof PyRange) {
    const v = typeof x === 'boolean' ? Number(x) : x instanceof PyFloat ? x.v : x;
    if (typeof v !== 'number' || !Number.isInteger(v)) return inArray([...iterAll(container)], x);
    const { start, stop, step } = container;
    if (step > 0 ? v < start || v >= stop : v > start || v <= stop) return false;
    return (v - start) % step === 0;
  }
  if (container instanceof PyObject) {
    const f = container.$cls.lookup('__contains__');
    if (f !== undefined) return truthy(call(f, [container, x]));
  }
  const custom = (container as { pyContains?: (x: unknown) => boolean } | null)?.pyContains;
  if (custom) return custom.call(container, x);
  const it = iter(container);
  for (let v = it.nx(); v !== STOP; v = it.nx()) if (v === x || eq(v, x)) return true;
  return false;
}

function* iterAll(c: unknown): Generator<unknown> {
  const it = iter(c);
  for (let v = it.nx(); v !== STOP; v = it.nx()) yield v;
}
