/** The methods of list and tuple. */
import { T } from '../core';
import { pyErr } from '../exceptions';
import { def, parseArgs, arity, required } from './define';
import { eq } from '../compare';
import { toArray } from '../iter';
import { sortArray } from './sort';
import { repr } from '../repr';
import type { PyRange } from '../range';
import { NativeGetter } from '../descriptors';
import type { PyTuple } from '../tuple';

const L = T.list;

function norm(i: number, n: number): number {
  return i < 0 ? Math.max(0, i + n) : Math.min(i, n);
}

def(L, 'append', (a: unknown[], x: unknown) => {
  if (x === undefined) required('list.append', x);
  a.push(x);
  return null;
});
def(L, 'extend', (a: unknown[], it: unknown) => {
  required('list.extend', it);
  const items = toArray(it);
  for (const x of items) a.push(x);
  return null;
});
def(L, 'insert', (a: unknown[], i: number, x: unknown) => {
  if (x === undefined) throw pyErr('TypeError', `insert expected 2 arguments, got ${i === undefined ? 0 : 1}`);
  a.splice(norm(Number(i), a.length), 0, x);
  return null;
});
def(L, 'pop', (a: unknown[], ...args: unknown[]) => {
  arity('pop', args, 0, 1);
  if (!a.length) throw pyErr('IndexError', 'pop from empty list');
  let i = args.length ? Number(args[0]) : a.length - 1;
  if (i < 0) i += a.length;
  if (i < 0 || i >= a.length) throw pyErr('IndexError', 'pop index out of range');
  return a.splice(i, 1)[0];
});
def(L, 'remove', (a: unknown[], x: unknown) => {
  required('list.remove', x);
  const i = a.findIndex((y) => y === x || eq(y, x));
  if (i < 0) throw pyErr('ValueError', 'list.remove(x): x not in list');
  a.splice(i, 1);
  return null;
});
function indexOf(a: readonly unknown[], x: unknown, start: unknown, end: unknown): number {
  const n = a.length;
  const s = start === undefined ? 0 : norm(Number(start), n);
  const e = end === undefined ? n : norm(Number(end), n);
  for (let i = s; i < e; i++) if (a[i] === x || eq(a[i], x)) return i;
  return -1;
}
def(L, 'index', (a: unknown[], x: unknown, s?: unknown, e?: unknown) => {
  if (x === undefined) throw pyErr('TypeError', 'index expected at least 1 argument, got 0');
  const i = indexOf(a, x, s, e);
  if (i < 0) throw pyErr('ValueError', `${repr(x)} is not in list`);
  return i;
});
def(L, 'count', (a: unknown[], x: unknown) => (required('list.count', x), a).reduce((n: number, y) => (y === x || eq(y, x) ? n + 1 : n), 0));
def(L, 'clear', (a: unknown[]) => {
  a.length = 0;
  return null;
});
def(L, 'copy', (a: unknown[]) => a.slice());
def(L, 'reverse', (a: unknown[]) => {
  a.reverse();
  return null;
});
def(L, 'sort', (a: unknown[], ...args: unknown[]) => {
  if (args.length && !(args[0] !== null && typeof args[0] === 'object' && args[0].constructor.name === 'Kw')) {
    throw pyErr('TypeError', 'sort() takes no positional arguments');
  }
  const [key, reverse] = parseArgs('sort', args, ['key', 'reverse'], 0);
  sortArray(a, key, reverse);
  return null;
});

const Tu = T.tuple;
def(Tu, 'index', (t: PyTuple, x: unknown, s?: unknown, e?: unknown) => {
  const i = indexOf(t.items, x, s, e);
  if (i < 0) throw pyErr('ValueError', 'tuple.index(x): x not in tuple');
  return i;
});
def(Tu, 'count', (t: PyTuple, x: unknown) => t.items.reduce((n: number, y) => (y === x || eq(y, x) ? n + 1 : n), 0));

const R = T.range;
function rangeIndex(r: PyRange, x: unknown): number {
  if ((typeof x === 'number' && Number.isInteger(x)) || typeof x === 'boolean') {
    const v = Number(x);
    const off = v - r.start;
    if (off % r.step === 0) {
      const i = off / r.step;
      if (i >= 0 && i < r.length) return i;
    }
  }
  return -1;
}
def(R, 'index', (r: PyRange, x: unknown) => {
  const i = rangeIndex(r, x);
  if (i < 0) throw pyErr('ValueError', `${repr(x)} is not in range`);
  return i;
});
def(R, 'count', (r: PyRange, x: unknown) => (rangeIndex(r, x) >= 0 ? 1 : 0));
R.dict.set('start', new NativeGetter((r) => (r as PyRange).start));
R.dict.set('stop', new NativeGetter((r) => (r as PyRange).stop));
R.dict.set('step', new NativeGetter((r) => (r as PyRange).step));
