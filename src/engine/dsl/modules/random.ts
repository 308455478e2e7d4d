/** The random module: pylib's bit-exact Mersenne Twister, so seeded programs match CPython. */
import { PyRandom } from '../../pylib';
import type { PyObject} from '../../values/py';
import { PyBytes, PyFloat, PyRange, PyTuple, T, makeClass, mkFloat, pyErr, toArray, typeOf } from '../../values/py';
import { big, lib, norm, parseArgs } from '../../values/py/module-api';
import { moduleFrom, registerModule } from './registry';

function num(x: unknown): number {
  if (typeof x === 'number') return x;
  if (typeof x === 'boolean') return x ? 1 : 0;
  if (typeof x === 'bigint') return Number(x);
  if (x instanceof PyFloat) return x.v;
  throw pyErr('TypeError', `must be real number, not ${typeOf(x).name}`);
}

function isInt(x: unknown): x is number | bigint | boolean {
  return typeof x === 'bigint' || typeof x === 'boolean' || (typeof x === 'number' && Number.isInteger(x));
}

function intArg(x: unknown): number | bigint {
  if (!isInt(x)) throw pyErr('TypeError', `'${typeOf(x).name}' object cannot be interpreted as an integer`);
  return typeof x === 'boolean' ? Number(x) : x;
}

function out(r: number | bigint): number | bigint {
  return typeof r === 'bigint' ? norm(r) : r;
}

function seq(x: unknown): unknown[] {
  if (Array.isArray(x)) return x;
  if (x instanceof PyTuple) return x.items;
  if (typeof x === 'string' || x instanceof PyRange) return toArray(x);
  throw pyErr('TypeError', 'Population must be a sequence.  For dicts or sets, use sorted(d).');
}

/** The module-level functions, bound to one generator (module-level or a Random instance). */
function api(rng: () => PyRandom): Record<string, unknown> {
  return {
    seed: (...a: unknown[]) => {
      const [x] = parseArgs('seed', a, ['a', 'version'], 0);
      const r = rng();
      if (x === undefined || x === null) r.seedEntropy();
      else if (isInt(x)) r.seedInt(big(x));
      else if (typeof x === 'number' || x instanceof PyFloat) r.seedFloat(num(x));
      else if (typeof x === 'string') r.seedBytes(x);
      else if (x instanceof PyBytes) r.seedBytes(x.b);
      else throw pyErr('TypeError', 'The only supported seed types are: None,\nint, float, str, bytes, and bytearray.');
      return null;
    },
    random: () => mkFloat(rng().random()),
    getrandbits: (k: unknown) => norm(lib(() => rng().getrandbits(Number(intArg(k))))),
    randint: (a: unknown, b: unknown) => out(lib(() => rng().randint(intArg(a), intArg(b)))),
    randrange: (...a: unknown[]) => {
      const [start, stop, step] = parseArgs('randrange', a, ['start', 'stop', 'step'], 1);
      return out(lib(() => rng().randrange(intArg(start), stop === undefined || stop === null ? undefined : intArg(stop), step === undefined ? undefined : intArg(step))));
    },
    choice: (s: unknown) => {
      const items = seq(s);
      if (!items.length) throw pyErr('IndexError', 'Cannot choose from an empty sequence');
      return lib(() => rng().choice(items));
    },
    shuffle: (x: unknown) => {
      if (!Array.isArray(x)) throw pyErr('TypeError', `'${typeOf(x).name}' object does not support item assignment`);
      lib(() => rng().shuffle(x));
      return null;
    },
    sample: (...a: unknown[]) => {
      const [pop, k, counts] = parseArgs('sample', a, ['population', 'k', 'counts'], 2);
      const n = Number(intArg(k));
      if (pop instanceof PyRange && (counts === undefined || counts === null)) {
        return lib(() => rng().sampleIndices(pop.length, n)).map((i) => pop.at(i));
      }
      const c = counts === undefined || counts === null ? undefined : toArray(counts).map((v) => Number(intArg(v)));
      return lib(() => rng().sample(seq(pop), n, c));
    },
    choices: (...a: unknown[]) => {
      const [pop, weights, cum, k] = parseArgs('choices', a, ['population', 'weights', 'cum_weights', 'k'], 1);
      const w = weights === undefined || weights === null ? null : toArray(weights).map(num);
      const cw = cum === undefined || cum === null ? null : toArray(cum).map(num);
      return lib(() => rng().choices(seq(pop), k === undefined ? 1 : Number(intArg(k)), w, cw));
    },
    uniform: (a: unknown, b: unknown) => mkFloat(rng().uniform(num(a), num(b))),
    triangular: (lo: unknown = 0, hi: unknown = 1, mode: unknown = null) => mkFloat(rng().triangular(num(lo), num(hi), mode === null ? null : num(mode))),
    gauss: (mu: unknown = 0, sigma: unknown = 1) => mkFloat(rng().gauss(num(mu), num(sigma))),
    normalvariate: (mu: unknown = 0, sigma: unknown = 1) => mkFloat(rng().normalvariate(num(mu), num(sigma))),
    lognormvariate: (mu: unknown, sigma: unknown) => mkFloat(rng().lognormvariate(num(mu), num(sigma))),
    expovariate: (l: unknown) => mkFloat(lib(() => rng().expovariate(num(l)))),
    betavariate: (a: unknown, b: unknown) => mkFloat(lib(() => rng().betavariate(num(a), num(b)))),
    gammavariate: (a: unknown, b: unknown) => mkFloat(lib(() => rng().gammavariate(num(a), num(b)))),
    paretovariate: (a: unknown) => mkFloat(rng().paretovariate(num(a))),
    weibullvariate: (a: unknown, b: unknown) => mkFloat(rng().weibullvariate(num(a), num(b))),
    vonmisesvariate: (m: unknown, k: unknown) => mkFloat(rng().vonmisesvariate(num(m), num(k))),
    randbytes: (n: unknown) => new PyBytes(rng().randbytes(Number(intArg(n)))),
  };
}

registerModule('random', () => {
  let shared: PyRandom | null = null;
  const rng = () => (shared ??= new PyRandom());
  const fns = api(rng);
  // random.Random(seed): each instance owns a generator; methods take self first.
  const ns = new Map<string, unknown>();
  const gen = (self: unknown) => ((self as PyObject).$d!.get('$rng') as PyRandom);
  // One bound api per instance, built on first use, so a method call does not rebuild ~25 closures.
  const bound = new WeakMap<object, Record<string, unknown>>();
  const apiOf = (self: unknown) => {
    let b = bound.get(self as object);
    if (!b) bound.set(self as object, (b = api(() => gen(self))));
    return b;
  };
  for (const name of Object.keys(fns)) {
    ns.set(name, Object.assign((self: unknown, ...a: unknown[]) => (apiOf(self)[name] as (...x: unknown[]) => unknown)(...a), { $name: name }));
  }
  ns.set('__init__', (self: PyObject, ...a: unknown[]) => {
    self.$d!.set('$rng', new PyRandom());
    (api(() => gen(self)).seed as (...x: unknown[]) => unknown)(...a);
    return null;
  });
  const Random = makeClass('Random', [T.object], ns, 'random', 'Random');
  return moduleFrom('random', { ...fns, Random });
});


