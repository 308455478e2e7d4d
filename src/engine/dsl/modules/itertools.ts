/** The itertools module: lazy iterators over the internal nx() protocol. */
import { JsIter, Kw, PyTuple, STOP, call, eq, iter, pyErr, toArray, truthy, tuple } from '../../values/py';
import { add } from '../../values/py/arith';
import { moduleFrom, registerModule } from './registry';

function lazy(gen: () => Generator<unknown>): JsIter {
  return new JsIter(gen());
}

function* each(x: unknown): Generator<unknown> {
  const it = iter(x);
  for (let v = it.nx(); v !== STOP; v = it.nx()) yield v;
}

function kwArg(args: unknown[], name: string): unknown {
  const last = args[args.length - 1];
  if (!(last instanceof Kw)) return undefined;
  const i = last.names.indexOf(name);
  return i >= 0 ? last.values[i] : undefined;
}

function positional(args: unknown[]): unknown[] {
  return args.length && args[args.length - 1] instanceof Kw ? args.slice(0, -1) : args;
}

function* combos(pool: unknown[], r: number, start: number, acc: unknown[], repl: boolean): Generator<unknown> {
  if (acc.length === r) {
    yield tuple([...acc]);
    return;
  }
  for (let i = start; i < pool.length; i++) {
    acc.push(pool[i]);
    yield* combos(pool, r, repl ? i : i + 1, acc, repl);
    acc.pop();
  }
}

function* perms(pool: unknown[], r: number, used: boolean[], acc: unknown[]): Generator<unknown> {
  if (acc.length === r) {
    yield tuple([...acc]);
    return;
  }
  for (let i = 0; i < pool.length; i++) {
    if (used[i]) continue;
    used[i] = true;
    acc.push(pool[i]);
    yield* perms(pool, r, used, acc);
    acc.pop();
    used[i] = false;
  }
}

registerModule('itertools', () =>
  moduleFrom('itertools', {
    count: (start: unknown = 0, step: unknown = 1) => lazy(function* () {
      for (let v = start; ; v = add(v, step)) yield v;
    }),
    cycle: (x: unknown) => lazy(function* () {
      const saved = toArray(x);
      if (!saved.length) return;
      for (;;) yield* saved;
    }),
    repeat: (x: unknown, n?: unknown) => lazy(function* () {
      if (n === undefined) for (;;) yield x;
      for (let i = 0; i < Number(n); i++) yield x;
    }),
    chain: Object.assign((...xs: unknown[]) => lazy(function* () {
      for (const x of xs) yield* each(x);
    }), { from_iterable: (xs: unknown) => lazy(function* () {
      for (const x of each(xs)) yield* each(x);
    }) }),
    islice: (x: unknown, ...a: unknown[]) => lazy(function* () {
      const [start, stop, step] = a.length === 1 ? [0, a[0], 1] : [a[0] ?? 0, a[1], a[2] ?? 1];
      const s = Number(start ?? 0);
      const e = stop === null || stop === undefined ? Infinity : Number(stop);
      const st = Number(step ?? 1);
      if (st < 1) throw pyErr('ValueError', 'Step for islice() must be a positive integer or None.');
      let i = 0;
      let next = s;
      if (i >= e) return;
      for (const v of each(x)) {
        if (i === next) {
          yield v;
          next += st;
        }
        i++;
        if (i >= e) return;
      }
    }),
    product: (...a: unknown[]) => lazy(function* () {
      const rep = Number(kwArg(a, 'repeat') ?? 1);
      const pools: unknown[][] = [];
      const base = positional(a).map(toArray);
      for (let r = 0; r < rep; r++) pools.push(...base);
      let acc: unknown[][] = [[]];
      for (const p of pools) acc = acc.flatMap((prefix) => p.map((v) => [...prefix, v]));
      for (const t of acc) yield tuple(t);
    }),
    permutations: (x: unknown, r?: unknown) => lazy(function* () {
      const pool = toArray(x);
      const n = r === undefined || r === null ? pool.length : Number(r);
      if (n > pool.length) return;
      yield* perms(pool, n, pool.map(() => false), []);
    }),
    combinations: (x: unknown, r: unknown) => lazy(() => combos(toArray(x), Number(r), 0, [], false)),
    combinations_with_replacement: (x: unknown, r: unknown) => lazy(() => combos(toArray(x), Number(r), 0, [], true)),
    accumulate: (...a: unknown[]) => lazy(function* () {
      const [x, f] = positional(a);
      const initial = kwArg(a, 'initial');
      let acc: unknown = initial === undefined || initial === null ? undefined : initial;
      if (acc !== undefined) yield acc;
      for (const v of each(x)) {
        acc = acc === undefined ? v : f === undefined || f === null ? add(acc, v) : call(f, [acc, v]);
        yield acc;
      }
    }),
    groupby: (x: unknown, key: unknown = null) => lazy(function* () {
      let cur: unknown[] | null = null;
      let curKey: unknown;
      for (const v of each(x)) {
        const k = key === null ? v : call(key, [v]);
        if (cur && eq(k, curKey)) cur.push(v);
        else {
          if (cur) yield tuple([curKey, iter(cur)]);
          cur = [v];
          curKey = k;
        }
      }
      if (cur) yield tuple([curKey, iter(cur)]);
    }),
    starmap: (f: unknown, x: unknown) => lazy(function* () {
      for (const v of each(x)) yield call(f, toArray(v));
    }),
    takewhile: (p: unknown, x: unknown) => lazy(function* () {
      for (const v of each(x)) {
        if (!truthy(call(p, [v]))) return;
        yield v;
      }
    }),
    dropwhile: (p: unknown, x: unknown) => lazy(function* () {
      let dropping = true;
      for (const v of each(x)) {
        if (dropping && truthy(call(p, [v]))) continue;
        dropping = false;
        yield v;
      }
    }),
    filterfalse: (p: unknown, x: unknown) => lazy(function* () {
      for (const v of each(x)) if (!truthy(p === null ? v : call(p, [v]))) yield v;
    }),
    compress: (x: unknown, sel: unknown) => lazy(function* () {
      const s = iter(sel);
      for (const v of each(x)) {
        const b = s.nx();
        if (b === STOP) return;
        if (truthy(b)) yield v;
      }
    }),
    zip_longest: (...a: unknown[]) => lazy(function* () {
      const fill = kwArg(a, 'fillvalue') ?? null;
      const its = positional(a).map(iter);
      for (;;) {
        let live = 0;
        const row = its.map((it) => {
          const v = it.nx();
          if (v === STOP) return fill;
          live++;
          return v;
        });
        if (!live) return;
        yield new PyTuple(row);
      }
    }),
    pairwise: (x: unknown) => lazy(function* () {
      let prev: unknown = STOP;
      for (const v of each(x)) {
        if (prev !== STOP) yield tuple([prev, v]);
        prev = v;
      }
    }),
    tee: (x: unknown, n: unknown = 2) => {
      const items = toArray(x);
      return tuple(Array.from({ length: Number(n) }, () => iter(items.slice())));
    },
  }),
);
