/**
 * Iteration. Internally every iterator has nx(), returning STOP when exhausted: no {value, done}
 * allocation per element and no exception per loop end. Python-level __next__ raises
 * StopIteration on STOP.
 */
import { PyObject, T, setClassType, typeOf } from './core';
import { PyTuple } from './tuple';
import { PyDict } from './dict';
import { PySet, isDummy } from './set';
import { PyRange } from './range';
import { PyBaseException, E, pyErr } from './exceptions';
import { hasSurrogates } from './strings';
import { call } from './call';
import { tick } from './interrupt';

export const STOP: unique symbol = Symbol('STOP');
export type Stop = typeof STOP;

export abstract class PyIterator {
  abstract nx(): unknown;
  [Symbol.iterator](): Iterator<unknown> {
    return {
      next: () => {
        const v = this.nx();
        return v === STOP ? { value: undefined, done: true } : { value: v, done: false };
      },
    };
  }
}
setClassType(PyIterator as unknown as { prototype: object }, T.iterator);

export class ArrayIter extends PyIterator {
  i = 0;
  constructor(readonly a: unknown[]) {
    super();
  }
  nx(): unknown {
    return this.i < this.a.length ? this.a[this.i++] : STOP;
  }
}

export class RangeIter extends PyIterator {
  constructor(
    private cur: number,
    private readonly stop: number,
    private readonly step: number,
  ) {
    super();
  }
  nx(): unknown {
    const c = this.cur;
    if (this.step > 0 ? c < this.stop : c > this.stop) {
      this.cur = c + this.step;
      return c;
    }
    return STOP;
  }
}

/** Wraps a JS iterator (Map iterators, JS generators). */
export class JsIter extends PyIterator {
  constructor(readonly it: Iterator<unknown>) {
    super();
  }
  nx(): unknown {
    const r = this.it.next();
    return r.done ? STOP : r.value;
  }
}

class DictKeyIter extends PyIterator {
  private readonly it: Iterator<unknown>;
  private readonly size: number;
  constructor(private readonly d: PyDict) {
    super();
    this.it = d.m.keys();
    this.size = d.size;
  }
  nx(): unknown {
    if (this.d.size !== this.size) throw pyErr('RuntimeError', 'dictionary changed size during iteration');
    const r = this.it.next();
    return r.done ? STOP : this.d.idx.key(r.value);
  }
}

class SetIter extends PyIterator {
  private i = 0;
  private readonly size: number;
  constructor(private readonly s: PySet) {
    super();
    this.size = s.size;
  }
  nx(): unknown {
    if (this.s.size !== this.size) throw pyErr('RuntimeError', 'Set changed size during iteration');
    const keys = this.s.slotKeys();
    while (this.i < keys.length) {
      const k = keys[this.i++];
      if (!isDummy(k)) return k;
    }
    return STOP;
  }
}

/** An object whose class defines __next__. */
class UserIter extends PyIterator {
  constructor(
    readonly obj: unknown,
    readonly next: unknown,
  ) {
    super();
  }
  nx(): unknown {
    try {
      return call(this.next, [this.obj]);
    } catch (e) {
      if (e instanceof PyBaseException && e.$cls.isSubtype(E.StopIteration)) return STOP;
      throw e;
    }
  }
}

/** Old-style iteration through __getitem__ with 0, 1, 2, ... until IndexError. */
class GetItemIter extends PyIterator {
  i = 0;
  constructor(
    readonly obj: unknown,
    readonly getitem: unknown,
  ) {
    super();
  }
  nx(): unknown {
    try {
      return call(this.getitem, [this.obj, this.i++]);
    } catch (e) {
      if (e instanceof PyBaseException && (e.$cls.isSubtype(E.IndexError) || e.$cls.isSubtype(E.StopIteration))) return STOP;
      throw e;
    }
  }
}

export function iter(x: unknown): PyIterator {
  if (Array.isArray(x)) return new ArrayIter(x);
  if (x instanceof PyIterator) return x;
  if (x instanceof PyRange) return new RangeIter(x.start, x.stop, x.step);
  if (typeof x === 'string') return new ArrayIter(hasSurrogates(x) ? Array.from(x) : x.split(''));
  if (x instanceof PyTuple) return new ArrayIter(x.items);
  if (x instanceof PyDict) return new DictKeyIter(x);
  if (x instanceof PySet) return new SetIter(x);
  const custom = (x as { pyIter?: () => PyIterator } | null)?.pyIter;
  if (custom) return custom.call(x);
  return iterSlow(x);
}

function iterSlow(x: unknown): PyIterator {
  const t = typeOf(x);
  const it = x instanceof PyObject || x instanceof Object ? t.lookup('__iter__') : undefined;
  if (it !== undefined && it !== null) {
    const r = call(it, [x]);
    if (r instanceof PyIterator) return r;
    const next = typeOf(r).lookup('__next__');
    if (next === undefined) throw pyErr('TypeError', `iter() returned non-iterator of type '${typeOf(r).name}'`);
    return new UserIter(r, next);
  }
  const gi = t.lookup('__getitem__');
  if (gi !== undefined && x instanceof PyObject) return new GetItemIter(x, gi);
  throw pyErr('TypeError', `'${t.name}' object is not iterable`);
}

/** next(it) at the Python level: a PyIterator or an object with __next__. */
export function nextOf(it: unknown): unknown {
  if (it instanceof PyIterator) return it.nx();
  const next = typeOf(it).lookup('__next__');
  if (next === undefined) throw pyErr('TypeError', `'${typeOf(it).name}' object is not an iterator`);
  return new UserIter(it, next).nx();
}

/** Materialises any iterable as a fresh JS array. */
export function toArray(x: unknown): unknown[] {
  if (Array.isArray(x)) return x.slice();
  if (x instanceof PyTuple) return x.items.slice();
  const it = iter(x);
  const out: unknown[] = [];
  for (let v = it.nx(); v !== STOP; v = it.nx()) {
    out.push(v);
    tick();
  }
  return out;
}

/** Like toArray but may return x's own storage (callers must not mutate the result). */
export function asArray(x: unknown): readonly unknown[] {
  if (Array.isArray(x)) return x;
  if (x instanceof PyTuple) return x.items;
  return toArray(x);
}
