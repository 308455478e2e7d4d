/**
 * The statistics module. Averages and spreads are computed on exact fractions and rounded once
 * (an int result stays an int when exact), as CPython does; medians and quantiles use Python
 * arithmetic on the data values themselves.
 */
import { math as pymath } from '../../pylib';
import {
  E, PyBaseException, PyDict, PyFloat, PyType, arith, call, callMethod, floatValue, getattr, iter, lessThan, mkFloat, pyErr, STOP,
  toArray, toFloat, truthy, typeOf,
} from '../../values/py';
import { lib, norm } from '../../values/py/module-api';
import { parseArgs } from '../../values/py/methods/define';
import { type Frac, ZERO, add, div, frac, fracOfFloat, mul, sqrtToFloat, sub, toFloat as fracToFloat } from './statistics-exact';
import { importModule, moduleFrom, registerModule } from './registry';

const StatisticsErrorT = new PyType('StatisticsError', [E.ValueError]);
StatisticsErrorT.layout = 'exception';
StatisticsErrorT.module = 'statistics';
StatisticsErrorT.isBuiltin = false;

const statErr = (msg: string) => new PyBaseException(StatisticsErrorT, [msg]);

type Kind = 'int' | 'float';

/** A data value as an exact fraction, or a non-finite float (CPython sums those apart). */
function ratio(x: unknown): { kind: Kind; f: Frac | null; raw: number } {
  if (typeof x === 'boolean') return { kind: 'int', f: frac(x ? 1n : 0n), raw: Number(x) };
  if (typeof x === 'bigint') return { kind: 'int', f: frac(x), raw: Number(x) };
  if (typeof x === 'number' && Number.isInteger(x)) return { kind: 'int', f: frac(BigInt(x)), raw: x };
  if (typeof x === 'number' || x instanceof PyFloat) {
    const v = floatValue(x);
    return { kind: 'float', f: Number.isFinite(v) ? fracOfFloat(v) : null, raw: v };
  }
  throw pyErr('TypeError', `can't convert type '${typeOf(x).name}' to numerator/denominator`);
}

interface Sum {
  kind: Kind;
  total: Frac;
  /** The float sum of the inf/nan values, when there were any. */
  nonFinite: number | null;
  count: number;
}

function exactSum(data: Iterable<unknown>): Sum {
  let kind: Kind = 'int';
  let total = ZERO;
  let nonFinite: number | null = null;
  let count = 0;
  for (const x of data) {
    const r = ratio(x);
    if (r.kind === 'float') kind = 'float';
    if (r.f === null) nonFinite = (nonFinite ?? 0) + r.raw;
    else total = add(total, r.f);
    count++;
  }
  return { kind, total, nonFinite, count };
}

/** CPython's _convert: an int stays an int when the value is integral. */
function convert(f: Frac, kind: Kind): unknown {
  if (kind === 'int' && f.d === 1n) return norm(f.n);
  return mkFloat(fracToFloat(f));
}

function mean(data: unknown): unknown {
  const s = exactSum(toArray(data));
  if (s.count < 1) throw statErr('mean requires at least one data point');
  if (s.nonFinite !== null) return mkFloat(s.nonFinite / s.count);
  return convert(div(s.total, frac(BigInt(s.count))), s.kind);
}

function floats(xs: unknown[]): number[] {
  return xs.map((x) => floatValue(toFloat(x) as number | PyFloat));
}

function fmean(...a: unknown[]): unknown {
  const [data, weights] = parseArgs('fmean', a, ['data', 'weights'], 1);
  const xs = toArray(data);
  if (weights === undefined || weights === null) {
    const total = lib(() => pymath.fsum(floats(xs)));
    if (!xs.length) throw statErr('fmean requires at least one data point');
    return mkFloat(total / xs.length);
  }
  const ws = toArray(weights);
  const num = lib(() => pymath.fsum(floats(xs.slice(0, ws.length).map((x, i) => arith.mul(x, ws[i])))));
  if (xs.length !== ws.length) throw statErr('data and weights must be the same length');
  const den = lib(() => pymath.fsum(floats(ws)));
  if (!den) throw statErr('sum of weights must be non-zero');
  return mkFloat(num / den);
}

/** Sum of squared deviations: exact, or from a given mean with Python arithmetic per term. */
function squares(data: unknown[], xbar: unknown): { kind: Kind; ss: Frac; nonFinite: number | null; n: number } {
  if (xbar !== undefined && xbar !== null) {
    const s = exactSum(data.map((x) => {
      const d = arith.sub(x, xbar);
      return arith.mul(d, d);
    }));
    return { kind: s.kind, ss: s.total, nonFinite: s.nonFinite, n: s.count };
  }
  const s = exactSum(data);
  if (s.count === 0 || s.nonFinite !== null) return { kind: s.kind, ss: ZERO, nonFinite: s.nonFinite, n: s.count };
  const c = div(s.total, frac(BigInt(s.count)));
  let ss = ZERO;
  for (const x of data) {
    const d = sub((ratio(x).f as Frac), c);
    ss = add(ss, mul(d, d));
  }
  return { kind: s.kind, ss, nonFinite: null, n: s.count };
}

function spread(fname: string, sample: boolean, root: boolean) {
  return (...a: unknown[]) => {
    const [data, xbar] = parseArgs(fname, a, ['data', sample ? 'xbar' : 'mu'], 1);
    const { kind, ss, nonFinite, n } = squares(toArray(data), xbar);
    const min = sample ? 2 : 1;
    if (n < min) throw statErr(`${fname} requires at least ${sample ? 'two data points' : 'one data point'}`);
    if (nonFinite !== null) return mkFloat(root ? Math.sqrt(nonFinite / (n - (sample ? 1 : 0))) : nonFinite / (n - (sample ? 1 : 0)));
    const m = div(ss, frac(BigInt(sample ? n - 1 : n)));
    return root ? mkFloat(sqrtToFloat(m)) : convert(m, kind);
  };
}

function sorted(data: unknown): unknown[] {
  const xs = toArray(data).slice();
  callMethod(xs, 'sort', []);
  return xs;
}

function median(data: unknown): unknown {
  const xs = sorted(data);
  const n = xs.length;
  if (!n) throw statErr('no median for empty data');
  if (n % 2 === 1) return xs[n >> 1];
  return arith.truediv(arith.add(xs[n / 2 - 1], xs[n / 2]), 2);
}

function medianLow(data: unknown): unknown {
  const xs = sorted(data);
  if (!xs.length) throw statErr('no median for empty data');
  return xs.length % 2 === 1 ? xs[xs.length >> 1] : xs[xs.length / 2 - 1];
}

function medianHigh(data: unknown): unknown {
  const xs = sorted(data);
  if (!xs.length) throw statErr('no median for empty data');
  return xs[xs.length >> 1];
}

function medianGrouped(...a: unknown[]): unknown {
  const [data, intervalArg] = parseArgs('median_grouped', a, ['data', 'interval'], 1);
  const xs = sorted(data);
  const n = xs.length;
  if (!n) throw statErr('no median for empty data');
  const mid = xs[n >> 1];
  let i = 0;
  while (i < n && lessThan(xs[i], mid)) i++;
  let j = i;
  while (j < n && !lessThan(mid, xs[j])) j++;
  const interval = intervalArg === undefined ? 1 : floatValue(toFloat(intervalArg) as number | PyFloat);
  const x = floatValue(toFloat(mid) as number | PyFloat);
  const lower = x - interval / 2.0;
  return mkFloat(lower + (interval * (n / 2 - i)) / (j - i));
}

function counts(data: unknown): PyDict {
  const c = new PyDict();
  const it = iter(data);
  for (let v = it.nx(); v !== STOP; v = it.nx()) c.set(v, ((c.get(v) as number | undefined) ?? 0) + 1);
  return c;
}

function mode(data: unknown): unknown {
  let best: unknown;
  let bestCount = 0;
  for (const [k, v] of counts(data).entries()) {
    if ((v as number) > bestCount) [best, bestCount] = [k, v as number];
  }
  if (!bestCount) throw statErr('no mode for empty data');
  return best;
}

function multimode(data: unknown): unknown[] {
  const c = [...counts(data).entries()];
  const max = Math.max(0, ...c.map(([, v]) => v as number));
  return c.filter(([, v]) => v === max).map(([k]) => k);
}

function quantiles(...a: unknown[]): unknown[] {
  const [data, nArg, method] = parseArgs('quantiles', a, ['data', 'n', 'method'], 1);
  const n = nArg === undefined ? 4 : Number(nArg);
  if (n < 1) throw statErr('n must be at least 1');
  const xs = sorted(data);
  const ld = xs.length;
  if (ld < 2) throw statErr('must have at least two data points');
  const m = method === undefined || method === 'exclusive' ? ld + 1 : method === 'inclusive' ? ld - 1 : null;
  if (m === null) throw pyErr('ValueError', `Unknown method: ${typeof method === 'string' ? `'${method}'` : String(method)}`);
  const out: unknown[] = [];
  const inclusive = method === 'inclusive';
  for (let i = 1; i < n; i++) {
    let j: number;
    let delta: number;
    if (inclusive) {
      j = Math.floor((i * m) / n);
      delta = (i * m) % n;
    } else {
      j = Math.min(Math.max(Math.floor((i * m) / n), 1), ld - 1);
      delta = i * m - j * n;
    }
    const [lo, hi] = inclusive ? [xs[j], xs[j + 1]] : [xs[j - 1], xs[j]];
    out.push(arith.truediv(arith.add(arith.mul(lo, n - delta), arith.mul(hi, delta)), n));
  }
  return out;
}

function harmonicMean(data: unknown): unknown {
  const xs = toArray(data);
  const msg = 'harmonic mean does not support negative values';
  if (xs.length < 1) throw statErr('harmonic_mean requires at least one data point');
  if (xs.length === 1) {
    const x = xs[0];
    if (typeof x === 'string' || !(typeof x === 'number' || typeof x === 'bigint' || typeof x === 'boolean' || x instanceof PyFloat)) {
      throw pyErr('TypeError', 'unsupported type');
    }
    if (lessThan(x, 0)) throw statErr(msg);
    return x;
  }
  for (const x of xs) if (lessThan(x, 0)) throw statErr(msg);
  if (xs.some((x) => !truthy(x))) return 0;
  const s = exactSum(xs.map((x) => arith.truediv(1, x)));
  if (s.nonFinite !== null) return mkFloat(xs.length / s.nonFinite);
  if (s.total.n <= 0n) throw statErr('Weighted sum must be positive');
  return convert(div(frac(BigInt(xs.length)), s.total), s.kind);
}

function geometricMean(data: unknown): unknown {
  const m = importModule('math', true);
  try {
    const logs = toArray(data).map((x) => call(getattr(m, 'log'), [x]));
    return call(getattr(m, 'exp'), [fmean(logs)]);
  } catch (e) {
    if (e instanceof PyBaseException && e.$cls.isSubtype(E.ValueError)) {
      throw statErr('geometric mean requires a non-empty dataset containing positive numbers');
    }
    throw e;
  }
}

registerModule('statistics', () =>
  moduleFrom('statistics', {
    mean,
    fmean,
    median,
    median_low: medianLow,
    median_high: medianHigh,
    median_grouped: medianGrouped,
    mode,
    multimode,
    variance: spread('variance', true, false),
    pvariance: spread('pvariance', false, false),
    stdev: spread('stdev', true, true),
    pstdev: spread('pstdev', false, true),
    quantiles,
    harmonic_mean: harmonicMean,
    geometric_mean: geometricMean,
    StatisticsError: StatisticsErrorT,
  }),
);
