import { PyBoxed, PyObject, T, setClassType, typeOf, userDunder } from './core';
import { callMethodHook } from './hooks';
import { tuple } from './tuple';
import { NativeGetter } from './descriptors';
import { pyErr } from './exceptions';
import { PyFloat } from './float';

export class PySlice {
  constructor(
    readonly start: unknown,
    readonly stop: unknown,
    readonly step: unknown,
  ) {}
}
setClassType(PySlice, T.slice);
T.slice.dict.set('indices', Object.assign((s: PySlice, n: unknown) => {
  const len = asIndex(n, () => `'${typeOf(n).name}' object cannot be interpreted as an integer`);
  if (len < 0) throw pyErr('ValueError', 'length should not be negative');
  const [start, stop, step] = sliceIndices(s, len);
  return tuple([start, stop, step]);
}, { $name: 'indices', $native: true }));
for (const k of ['start', 'stop', 'step'] as const) {
  T.slice.dict.set(k, new NativeGetter((s) => (s as PySlice)[k]));
}

/** An index value as a JS number (ints, bools and objects with __index__ are accepted). */
export function asIndex(x: unknown, what: () => string): number {
  if (typeof x === 'number' && Number.isInteger(x)) return x;
  if (typeof x === 'boolean') return x ? 1 : 0;
  if (typeof x === 'bigint') return Number(x);
  if (x instanceof PyFloat || typeof x === 'number') throw pyErr('TypeError', what());
  if (x instanceof PyObject && x.$cls.lookup('__index__') !== undefined) return asIndex(callMethodHook.call(x, '__index__', []), what);
  if (x instanceof PyBoxed && userDunder(x, '__index__') === undefined && (typeof x.$v === 'number' || typeof x.$v === 'bigint')) return asIndex(x.$v, what);
  throw pyErr('TypeError', what());
}

function sliceInt(x: unknown): number {
  return asIndex(x, () => `slice indices must be integers or None or have an __index__ method`);
}

/** CPython's PySlice_AdjustIndices: start, stop, step and the number of selected items. */
export function sliceIndices(s: PySlice, len: number): [number, number, number, number] {
  const step = s.step === null ? 1 : sliceInt(s.step);
  if (step === 0) throw pyErr('ValueError', 'slice step cannot be zero');
  let start: number;
  let stop: number;
  if (s.start === null) start = step < 0 ? len - 1 : 0;
  else {
    start = sliceInt(s.start);
    if (start < 0) {
      start += len;
      if (start < 0) start = step < 0 ? -1 : 0;
    } else if (start >= len) start = step < 0 ? len - 1 : len;
  }
  if (s.stop === null) stop = step < 0 ? -1 : len;
  else {
    stop = sliceInt(s.stop);
    if (stop < 0) {
      stop += len;
      if (stop < 0) stop = step < 0 ? -1 : 0;
    } else if (stop >= len) stop = step < 0 ? len - 1 : len;
  }
  let n = 0;
  if (step < 0) {
    if (stop < start) n = Math.floor((start - stop - 1) / -step) + 1;
  } else if (start < stop) n = Math.floor((stop - start - 1) / step) + 1;
  return [start, stop, step, n];
}

export function sliceArray<T>(a: readonly T[], s: PySlice): T[] {
  const [start, stop, step, n] = sliceIndices(s, a.length);
  if (step === 1) return a.slice(start, stop);
  const out: T[] = new Array(n);
  for (let i = 0, j = start; i < n; i++, j += step) out[i] = a[j]!;
  return out;
}

export function typeNameOf(x: unknown): string {
  return typeOf(x).name;
}
