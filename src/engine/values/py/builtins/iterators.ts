/** enumerate, zip, map, filter and reversed: lazy iterators. */
import { T, setClassType, typeOf } from '../core';
import { PyIterator, STOP, iter } from '../iter';
import { tuple, PyTuple } from '../tuple';
import { call, call1 } from '../call';
import { truthy } from '../compare';
import { pyErr } from '../exceptions';
import { PyRange } from '../range';
import { PyDict } from '../dict';
import { len } from '../len';
import { getitem } from '../item';
import { PyObject } from '../core';
import { PyBytes } from '../bytes';

export class EnumerateIter extends PyIterator {
  constructor(
    readonly it: PyIterator,
    public n: number,
  ) {
    super();
  }
  nx(): unknown {
    const v = this.it.nx();
    return v === STOP ? STOP : tuple([this.n++, v]);
  }
}
setClassType(EnumerateIter, T.enumerate);

export class ZipIter extends PyIterator {
  constructor(
    readonly its: PyIterator[],
    readonly strict: boolean,
  ) {
    super();
  }
  nx(): unknown {
    if (!this.its.length) return STOP;
    const out: unknown[] = new Array(this.its.length);
    for (let i = 0; i < this.its.length; i++) {
      const v = this.its[i]!.nx();
      if (v === STOP) {
        if (this.strict && i > 0) throw pyErr('ValueError', `zip() argument ${i + 1} is shorter than argument${i > 1 ? `s 1-${i}` : ' 1'}`);
        if (this.strict && i === 0) {
          // The first iterable ended: every other one must end now too.
          for (let j = 1; j < this.its.length; j++) {
            if (this.its[j]!.nx() !== STOP) throw pyErr('ValueError', `zip() argument ${j + 1} is longer than argument${j > 1 ? `s 1-${j}` : ' 1'}`);
          }
        }
        return STOP;
      }
      out[i] = v;
    }
    return new PyTuple(out);
  }
}
setClassType(ZipIter, T.zip);

export class MapIter extends PyIterator {
  constructor(
    readonly f: unknown,
    readonly its: PyIterator[],
  ) {
    super();
  }
  nx(): unknown {
    if (this.its.length === 1) {
      const v = this.its[0]!.nx();
      return v === STOP ? STOP : call1(this.f, v);
    }
    const args: unknown[] = [];
    for (const it of this.its) {
      const v = it.nx();
      if (v === STOP) return STOP;
      args.push(v);
    }
    return call(this.f, args);
  }
}
setClassType(MapIter, T.map);

export class FilterIter extends PyIterator {
  constructor(
    readonly f: unknown,
    readonly it: PyIterator,
  ) {
    super();
  }
  nx(): unknown {
    for (;;) {
      const v = this.it.nx();
      if (v === STOP) return STOP;
      if (this.f === null ? truthy(v) : truthy(call1(this.f, v))) return v;
    }
  }
}
setClassType(FilterIter, T.filter);

export class ReversedIter extends PyIterator {
  i: number;
  constructor(
    readonly seq: unknown,
    n: number,
  ) {
    super();
    this.i = n - 1;
  }
  nx(): unknown {
    if (this.i < 0) return STOP;
    return getitem(this.seq, this.i--);
  }
}
setClassType(ReversedIter, T.reversed);

export function reversed(x: unknown): PyIterator {
  if (Array.isArray(x)) return new ReversedIter(x, x.length);
  if (x instanceof PyTuple) return new ReversedIter(x.items, x.items.length);
  if (typeof x === 'string') return new ReversedIter(Array.from(x), Array.from(x).length);
  if (x instanceof PyRange) return new ReversedIter(x, x.length);
  if (x instanceof PyDict) return new ReversedIter(x.keyArray(), x.size);
  if (x instanceof PyBytes) return new ReversedIter([...x.b], x.b.length);
  if (x instanceof PyObject) {
    const r = x.$cls.lookup('__reversed__');
    if (r !== undefined) return iter(call(r, [x]));
    if (x.$cls.lookup('__getitem__') !== undefined && x.$cls.lookup('__len__') !== undefined) return new ReversedIter(x, len(x));
  }
  throw pyErr('TypeError', `'${typeOf(x).name}' object is not reversible`);
}
