import { typeOf } from './core';
import { PyTuple } from './tuple';
import { PyDict } from './dict';
import { PySet } from './set';
import { PyRange } from './range';
import { PyBytes } from './bytes';
import { pyErr } from './exceptions';
import { strLen } from './strings';
import { callMethodHook } from './hooks';

export function len(x: unknown): number {
  if (typeof x === 'string') return strLen(x);
  if (Array.isArray(x)) return x.length;
  if (x instanceof PyTuple) return x.items.length;
  if (x instanceof PyDict || x instanceof PySet) return x.size;
  if (x instanceof PyRange) return x.length;
  if (x instanceof PyBytes) return x.b.length;
  const t = typeOf(x);
  if (t.lookup('__len__') !== undefined) {
    const r = callMethodHook.call(x, '__len__', []);
    if (typeof r === 'boolean') return r ? 1 : 0;
    if (typeof r !== 'number' || !Number.isInteger(r)) {
      throw pyErr('TypeError', `'${typeOf(r).name}' object cannot be interpreted as an integer`);
    }
    if (r < 0) throw pyErr('ValueError', '__len__() should return >= 0');
    return r;
  }
  const sized = x === null ? undefined : (x as { pyLen?: () => number }).pyLen;
  if (sized) return sized.call(x);
  throw pyErr('TypeError', `object of type '${t.name}' has no len()`);
}
