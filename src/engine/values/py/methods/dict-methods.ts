/** The methods of dict and its views. */
import { Kw, T, setClassType } from '../core';
import { pyErr } from '../exceptions';
import { def, arity } from './define';
import { PyDict } from '../dict';
import { tuple, PyTuple } from '../tuple';
import type { PyIterator} from '../iter';
import { JsIter, iter, STOP } from '../iter';
import { repr } from '../repr';
import { getitem } from '../item';
import { callMethod } from '../call';
import { PySet } from '../set';
import { eq } from '../compare';

const D = T.dict;

export class DictView {
  constructor(
    readonly d: PyDict,
    readonly kind: 'keys' | 'values' | 'items',
  ) {}
  items(): unknown[] {
    const out: unknown[] = [];
    if (this.kind === 'keys') return this.d.keyArray();
    if (this.kind === 'values') for (const v of this.d.m.values()) out.push(v);
    else for (const [k, v] of this.d.entries()) out.push(tuple([k, v]));
    return out;
  }
  pyIter(): PyIterator {
    if (this.kind === 'keys') return iter(this.d);
    if (this.kind === 'values') return new JsIter(this.d.m.values());
    const d = this.d;
    const it = d.m.entries();
    return new JsIter({
      next: () => {
        const r = it.next();
        return r.done ? r : { value: tuple([d.idx.key(r.value[0]), r.value[1]]), done: false };
      },
    });
  }
  pyLen(): number {
    return this.d.size;
  }
  pyAsSet(): PySet | undefined {
    return this.kind === 'values' ? undefined : new PySet(this.items());
  }
  pyContains(x: unknown): boolean {
    if (this.kind === 'keys') return this.d.has(x);
    if (this.kind === 'items') {
      if (!(x instanceof PyTuple) || x.items.length !== 2) return false;
      const v = this.d.get(x.items[0]);
      return v !== undefined && (v === x.items[1] || eq(v, x.items[1]));
    }
    return this.items().some((v) => v === x || eq(v, x));
  }
  pyRepr(): string {
    return `dict_${this.kind}([${this.items().map(repr).join(', ')}])`;
  }
  pyEq(o: unknown): boolean | undefined {
    if (this.kind === 'values') return this === o;
    if (o instanceof DictView && o.kind !== 'values') return new PySet(this.items()).size === o.d.size && this.items().every((x) => new PySet(o.items()).has(x));
    if (o instanceof PySet) return new PySet(this.items()).size === o.size && this.items().every((x) => o.has(x));
    return false;
  }
}
setClassType(DictView, T.dict_keys);

/** Fills d from a mapping or an iterable of pairs, then keyword arguments. */
export function dictUpdate(d: PyDict, args: unknown[], fname = 'update'): void {
  let kw: Kw | null = null;
  let n = args.length;
  if (n && args[n - 1] instanceof Kw) {
    kw = args[n - 1] as Kw;
    n--;
  }
  if (n > 1) throw pyErr('TypeError', `${fname} expected at most 1 argument, got ${n}`);
  if (n === 1) {
    const src = args[0];
    if (src instanceof PyDict) for (const [k, v] of src.entries()) d.set(k, v);
    else if (src !== null && typeof src === 'object' && !Array.isArray(src) && !(src instanceof PyTuple) && hasKeys(src)) {
      const keys = callMethod(src, 'keys', []);
      const it = iter(keys);
      for (let k = it.nx(); k !== STOP; k = it.nx()) d.set(k, getitem(src, k));
    } else {
      const it = iter(src);
      let i = 0;
      for (let item = it.nx(); item !== STOP; item = it.nx(), i++) {
        let pair: unknown[];
        try {
          pair = item instanceof PyTuple ? item.items : Array.isArray(item) ? item : [...(iter(item) as Iterable<unknown>)];
        } catch {
          throw pyErr('TypeError', `cannot convert dictionary update sequence element #${i} to a sequence`);
        }
        if (pair.length !== 2) throw pyErr('ValueError', `dictionary update sequence element #${i} has length ${pair.length}; 2 is required`);
        d.set(pair[0], pair[1]);
      }
    }
  }
  if (kw) for (let i = 0; i < kw.names.length; i++) d.set(kw.names[i], kw.values[i]);
}

function hasKeys(x: object): boolean {
  try {
    return (x as { $cls?: { lookup(n: string): unknown } }).$cls?.lookup('keys') !== undefined;
  } catch {
    return false;
  }
}

def(D, 'keys', (d: PyDict) => new DictView(d, 'keys'));
def(D, 'values', (d: PyDict) => new DictView(d, 'values'));
def(D, 'items', (d: PyDict) => new DictView(d, 'items'));
def(D, 'get', (d: PyDict, ...a: unknown[]) => {
  arity('get', a, 1, 2);
  const v = d.get(a[0]);
  return v === undefined ? (a.length > 1 ? a[1] : null) : v;
});
def(D, 'setdefault', (d: PyDict, k: unknown, dflt: unknown = null) => {
  if (k === undefined) throw pyErr('TypeError', 'setdefault expected at least 1 argument, got 0');
  const v = d.get(k);
  if (v !== undefined) return v;
  d.set(k, dflt);
  return dflt;
});
def(D, 'pop', (d: PyDict, ...a: unknown[]) => {
  arity('pop', a, 1, 2);
  const v = d.delete(a[0]);
  if (v !== undefined) return v;
  if (a.length > 1) return a[1];
  throw pyErr('KeyError', a[0]);
});
def(D, 'popitem', (d: PyDict) => {
  if (!d.size) throw pyErr('KeyError', 'popitem(): dictionary is empty');
  const keys = d.keyArray();
  const k = keys[keys.length - 1];
  const v = d.delete(k);
  return tuple([k, v]);
});
def(D, 'update', (d: PyDict, ...a: unknown[]) => {
  dictUpdate(d, a);
  return null;
});
def(D, 'clear', (d: PyDict) => {
  d.clear();
  return null;
});
def(D, 'copy', (d: PyDict) => d.copy());
def(D, 'fromkeys', (...a: unknown[]) => {
  // Reached both as dict.fromkeys(it) and d.fromkeys(it).
  const args = a[0] instanceof PyDict || a[0] === T.dict ? a.slice(1) : a;
  const d = new PyDict();
  const it = iter(args[0]);
  const v = args.length > 1 ? args[1] : null;
  for (let k = it.nx(); k !== STOP; k = it.nx()) d.set(k, v);
  return d;
});
