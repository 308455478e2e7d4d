/** The collections module: defaultdict, Counter, OrderedDict, namedtuple and deque. */
import {
  Kw, NotImplemented, PyDict, PyTuple, PyType, T, NativeGetter, call, iter, pyErr, repr, setClassType, toArray, truthy, tuple, STOP, eq, arith, lessThan,
} from '../../values/py';
import { def, parseArgs } from '../../values/py/methods/define';
import { dictUpdate } from '../../values/py/methods/dict-methods';
import type { PyIterator} from '../../values/py/iter';
import { ArrayIter } from '../../values/py/iter';
import { moduleFrom, registerModule } from './registry';

function builtinType(name: string, base: PyType): PyType {
  const t = new PyType(name, [base]);
  t.module = 'collections';
  return t;
}

function dictBody(d: PyDict): string {
  const parts: string[] = [];
  for (const [k, v] of d.entries()) parts.push(`${repr(k)}: ${repr(v)}`);
  return `{${parts.join(', ')}}`;
}

// ---------------------------------------------------------------- defaultdict

const DefaultDictT = builtinType('defaultdict', T.dict);
class PyDefaultDict extends PyDict {
  constructor(readonly factory: unknown) {
    super();
  }
  $missing(k: unknown): unknown {
    if (this.factory === null) throw pyErr('KeyError', k);
    const v = call(this.factory, []);
    this.set(k, v);
    return v;
  }
  pyRepr(): string {
    return `defaultdict(${repr(this.factory)}, ${dictBody(this)})`;
  }
}
setClassType(PyDefaultDict, DefaultDictT);
DefaultDictT.construct = (a) => {
  const d = new PyDefaultDict(a.length && !(a[0] instanceof Kw) ? a[0] : null);
  dictUpdate(d, a.length && !(a[0] instanceof Kw) ? a.slice(1) : a, 'defaultdict');
  return d;
};
DefaultDictT.dict.set('default_factory', new NativeGetter((d) => (d as PyDefaultDict).factory));

// ---------------------------------------------------------------- Counter

const CounterT = builtinType('Counter', T.dict);
class PyCounter extends PyDict {
  $missing(): unknown {
    return 0;
  }
  mostCommon(): [unknown, unknown][] {
    const items = [...this.entries()];
    const order = items.map((_, i) => i);
    order.sort((i, j) => (lessThan(items[j]![1], items[i]![1]) ? -1 : lessThan(items[i]![1], items[j]![1]) ? 1 : 0));
    return order.map((i) => items[i]!);
  }
  pyRepr(): string {
    if (!this.size) return 'Counter()';
    return `Counter({${this.mostCommon().map(([k, v]) => `${repr(k)}: ${repr(v)}`).join(', ')}})`;
  }
}
setClassType(PyCounter, CounterT);

function countInto(c: PyCounter, args: unknown[], sign: 1 | -1): void {
  const pos = args.filter((a) => !(a instanceof Kw));
  const kw = args.find((a) => a instanceof Kw) as Kw | undefined;
  const add = (k: unknown, n: unknown) => c.set(k, sign > 0 ? arith.add(c.get(k) ?? 0, n) : arith.sub(c.get(k) ?? 0, n));
  if (pos.length) {
    const src = pos[0];
    if (src instanceof PyDict) for (const [k, v] of src.entries()) add(k, v);
    else {
      const it = iter(src);
      for (let v = it.nx(); v !== STOP; v = it.nx()) add(v, 1);
    }
  }
  if (kw) kw.names.forEach((n, i) => add(n, kw.values[i]));
}

CounterT.construct = (a) => {
  const c = new PyCounter();
  countInto(c, a, 1);
  return c;
};
def(CounterT, 'most_common', (c: PyCounter, n?: unknown) => {
  const all = c.mostCommon().map(([k, v]) => tuple([k, v]));
  return n === undefined || n === null ? all : all.slice(0, Number(n));
});
def(CounterT, 'elements', (c: PyCounter) => {
  const out: unknown[] = [];
  for (const [k, v] of c.entries()) for (let i = 0; i < Number(v); i++) out.push(k);
  return new ArrayIter(out);
});
def(CounterT, 'update', (c: PyCounter, ...a: unknown[]) => (countInto(c, a, 1), null));
def(CounterT, 'subtract', (c: PyCounter, ...a: unknown[]) => (countInto(c, a, -1), null));
def(CounterT, 'total', (c: PyCounter) => [...c.m.values()].reduce((s: unknown, v) => arith.add(s, v), 0));
def(CounterT, '__add__', (a: PyCounter, b: unknown) => {
  if (!(b instanceof PyCounter)) return NotImplemented;
  const out = new PyCounter();
  for (const [k, v] of a.entries()) out.set(k, v);
  for (const [k, v] of b.entries()) out.set(k, arith.add(out.get(k) ?? 0, v));
  for (const [k, v] of [...out.entries()]) if (!(Number(v) > 0)) out.delete(k);
  return out;
});

// ---------------------------------------------------------------- OrderedDict

const OrderedDictT = builtinType('OrderedDict', T.dict);
class PyOrderedDict extends PyDict {
  pyRepr(): string {
    if (!this.size) return 'OrderedDict()';
    return `OrderedDict([${[...this.entries()].map(([k, v]) => `(${repr(k)}, ${repr(v)})`).join(', ')}])`;
  }
}
setClassType(PyOrderedDict, OrderedDictT);
OrderedDictT.construct = (a) => {
  const d = new PyOrderedDict();
  dictUpdate(d, a, 'OrderedDict');
  return d;
};
def(OrderedDictT, 'move_to_end', (d: PyOrderedDict, k: unknown, ...a: unknown[]) => {
  const [last] = parseArgs('move_to_end', a, ['last'], 0);
  const v = d.delete(k);
  if (v === undefined) throw pyErr('KeyError', k);
  if (last === undefined || truthy(last)) d.set(k, v);
  else {
    const rest = [...d.entries()];
    d.clear();
    d.set(k, v);
    for (const [kk, vv] of rest) d.set(kk, vv);
  }
  return null;
});

// ---------------------------------------------------------------- namedtuple

class PyNamedTuple extends PyTuple {
  constructor(
    items: unknown[],
    readonly $cls: PyType,
  ) {
    super(items);
  }
  pyRepr(): string {
    const fields = this.$cls.dict.get('_fields') as PyTuple;
    return `${this.$cls.name}(${fields.items.map((f, i) => `${f}=${repr(this.items[i])}`).join(', ')})`;
  }
}

function namedtuple(...a: unknown[]): PyType {
  const [typename, fieldSpec, , defaults, module] = parseArgs('namedtuple', a, ['typename', 'field_names', 'rename', 'defaults', 'module'], 2);
  const fields = (typeof fieldSpec === 'string' ? fieldSpec.replace(/,/g, ' ').split(/\s+/).filter(Boolean) : toArray(fieldSpec).map(String));
  const dflt = defaults === undefined || defaults === null ? [] : toArray(defaults);
  const name = String(typename);
  const t = new PyType(name, [T.tuple]);
  t.module = module === undefined || module === null ? '__main__' : String(module);
  t.isBuiltin = false;
  t.dict.set('_fields', tuple(fields));
  fields.forEach((f, i) => t.dict.set(f, new NativeGetter((x) => (x as PyTuple).items[i])));
  const make = (items: unknown[]) => new PyNamedTuple(items, t);
  t.construct = (args) => {
    const kw = args.find((x) => x instanceof Kw) as Kw | undefined;
    const pos = args.filter((x) => !(x instanceof Kw));
    if (pos.length > fields.length) throw pyErr('TypeError', `${name}.__new__() takes ${fields.length + 1} positional arguments but ${pos.length + 1} were given`);
    const items: unknown[] = [...pos];
    kw?.names.forEach((n, i) => {
      const at = fields.indexOf(n);
      if (at < 0) throw pyErr('TypeError', `${name}.__new__() got an unexpected keyword argument '${n}'`);
      items[at] = kw.values[i];
    });
    const firstDefault = fields.length - dflt.length;
    const missing: string[] = [];
    for (let i = 0; i < fields.length; i++) {
      if (items[i] === undefined) {
        if (i >= firstDefault) items[i] = dflt[i - firstDefault];
        else missing.push(fields[i]!);
      }
    }
    if (missing.length) {
      const q = missing.map((m) => `'${m}'`);
      const list = q.length === 1 ? q[0] : q.length === 2 ? `${q[0]} and ${q[1]}` : `${q.slice(0, -1).join(', ')}, and ${q[q.length - 1]}`;
      throw pyErr('TypeError', `${name}.__new__() missing ${missing.length} required positional argument${missing.length === 1 ? '' : 's'}: ${list}`);
    }
    return make(items);
  };
  def(t, '_asdict', (x: PyTuple) => PyDict.from(fields.map((f, i) => [f, x.items[i]] as [unknown, unknown])));
  def(t, '_replace', (x: PyTuple, ...args: unknown[]) => {
    const items = x.items.slice();
    const kw = args.find((v) => v instanceof Kw) as Kw | undefined;
    kw?.names.forEach((n, i) => {
      const at = fields.indexOf(n);
      if (at < 0) throw pyErr('ValueError', `Got unexpected field names: ['${n}']`);
      items[at] = kw.values[i];
    });
    return make(items);
  });
  t.dict.set('_make', Object.assign((it: unknown) => make(toArray(it)), { $name: '_make' }));
  return t;
}

// ---------------------------------------------------------------- deque

const DequeT = builtinType('deque', T.object);
class PyDeque {
  constructor(
    readonly items: unknown[],
    readonly maxlen: number | null,
  ) {}
  trim(fromLeft: boolean): void {
    if (this.maxlen === null) return;
    while (this.items.length > this.maxlen) {
      if (fromLeft) this.items.shift();
      else this.items.pop();
    }
  }
  pyIter(): PyIterator {
    return new ArrayIter(this.items);
  }
  pyLen(): number {
    return this.items.length;
  }
  pyEq(o: unknown): boolean | undefined {
    return o instanceof PyDeque ? o.items.length === this.items.length && o.items.every((x, i) => eq(x, this.items[i])) : false;
  }
  pyRepr(): string {
    const body = `[${this.items.map(repr).join(', ')}]`;
    return this.maxlen === null ? `deque(${body})` : `deque(${body}, maxlen=${this.maxlen})`;
  }
}
setClassType(PyDeque, DequeT);
DequeT.construct = (a) => {
  const [it, maxlen] = parseArgs('deque', a, ['iterable', 'maxlen'], 0);
  const d = new PyDeque(it === undefined ? [] : toArray(it), maxlen === undefined || maxlen === null ? null : Number(maxlen));
  d.trim(true);
  return d;
};
def(DequeT, 'append', (d: PyDeque, x: unknown) => (d.items.push(x), d.trim(true), null));
def(DequeT, 'appendleft', (d: PyDeque, x: unknown) => (d.items.unshift(x), d.trim(false), null));
def(DequeT, 'extend', (d: PyDeque, x: unknown) => (d.items.push(...toArray(x)), d.trim(true), null));
def(DequeT, 'extendleft', (d: PyDeque, x: unknown) => {
  for (const v of toArray(x)) d.items.unshift(v);
  d.trim(false);
  return null;
});
def(DequeT, 'pop', (d: PyDeque) => {
  if (!d.items.length) throw pyErr('IndexError', 'pop from an empty deque');
  return d.items.pop();
});
def(DequeT, 'popleft', (d: PyDeque) => {
  if (!d.items.length) throw pyErr('IndexError', 'pop from an empty deque');
  return d.items.shift();
});
def(DequeT, 'rotate', (d: PyDeque, n: unknown = 1) => {
  const k = d.items.length ? ((Number(n) % d.items.length) + d.items.length) % d.items.length : 0;
  if (k) d.items.unshift(...d.items.splice(d.items.length - k, k));
  return null;
});
def(DequeT, 'clear', (d: PyDeque) => ((d.items.length = 0), null));
def(DequeT, 'count', (d: PyDeque, x: unknown) => d.items.filter((v) => eq(v, x)).length);
def(DequeT, '__getitem__', (d: PyDeque, i: unknown) => {
  const n = Number(i);
  const j = n < 0 ? n + d.items.length : n;
  if (j < 0 || j >= d.items.length) throw pyErr('IndexError', 'deque index out of range');
  return d.items[j];
});
DequeT.dict.set('maxlen', new NativeGetter((d) => (d as PyDeque).maxlen));

registerModule('collections', () =>
  moduleFrom('collections', {
    defaultdict: DefaultDictT,
    Counter: CounterT,
    OrderedDict: OrderedDictT,
    namedtuple: Object.assign(namedtuple, { $name: 'namedtuple' }),
    deque: DequeT,
  }),
);

