/** Numeric actions (StatCounter, histogram) and random sampling actions of the JS API. */
import type { RDD } from './rdd';
import { builtin } from './builtins';

export interface StatCounter {
  readonly count: number;
  readonly mean: number;
  readonly sum: number;
  readonly max: number;
  readonly min: number;
  readonly variance: number;
  readonly sampleVariance: number;
  readonly stdev: number;
  readonly sampleStdev: number;
}

export function stats(rdd: RDD): StatCounter {
  let n = 0;
  let mean = 0;
  let m2 = 0;
  let max = -Infinity;
  let min = Infinity;
  const mapped = rdd.narrow({ kind: 'mapPartitionsWithIndex', fn: builtin('momentsLocal') }, 'stats');
  for (const [c, m, q, hi, lo] of rdd.context.runJob(mapped, { kind: 'collect' }, 'stats').flat() as number[][]) {
    if (c === 0) continue;
    // Chan et al.'s pairwise merge of (count, mean, M2).
    const delta = m! - mean;
    const total = n + c!;
    mean += (delta * c!) / total;
    m2 += q! + (delta * delta * n * c!) / total;
    n = total;
    max = Math.max(max, hi!);
    min = Math.min(min, lo!);
  }
  const variance = n === 0 ? NaN : m2 / n;
  const sampleVariance = n <= 1 ? NaN : m2 / (n - 1);
  return {
    count: n, mean: n === 0 ? NaN : mean, sum: mean * n, max, min,
    variance, sampleVariance, stdev: Math.sqrt(variance), sampleStdev: Math.sqrt(sampleVariance),
  };
}

/** PySpark's histogram: `buckets` evenly spaced between min and max, or the given sorted bounds; the last bucket is closed. */
export function histogram(rdd: RDD, buckets: number | readonly number[]): [number[], number[]] {
  let bounds: number[];
  if (typeof buckets === 'number') {
    if (!Number.isInteger(buckets) || buckets < 1) throw new RangeError('number of buckets must be >= 1');
    const s = stats(rdd);
    if (s.count === 0) throw new RangeError("can not generate buckets from empty RDD");
    if (s.min === s.max) bounds = [s.min, s.max];
    else bounds = Array.from({ length: buckets + 1 }, (_, i) => (i === buckets ? s.max : s.min + (i * (s.max - s.min)) / buckets));
  } else {
    bounds = [...buckets];
    if (bounds.length < 2) throw new RangeError('buckets should have more than one value');
    for (let i = 1; i < bounds.length; i++) if (!(bounds[i - 1]! < bounds[i]!)) throw new RangeError('buckets should be sorted');
  }
  const mapped = rdd.narrow({ kind: 'mapPartitionsWithIndex', fn: builtin('histogramLocal', bounds) }, 'histogram');
  const counts = new Array<number>(bounds.length - 1).fill(0);
  for (const part of rdd.context.runJob(mapped, { kind: 'collect' }, 'histogram').flat() as number[][]) {
    part.forEach((c, i) => (counts[i] = counts[i]! + c));
  }
  return [bounds, counts];
}

/** Splits by a uniform draw per record; the splits partition the records (same seed per split). */
export function randomSplit(rdd: RDD, weights: readonly number[], seed?: number): RDD[] {
  const total = weights.reduce((a, b) => a + b, 0);
  if (!(total > 0) || weights.some((w) => w < 0)) throw new RangeError('Weights must be nonnegative with a positive sum');
  const s = seed ?? Math.floor(Math.random() * 2 ** 31);
  let lower = 0;
  return weights.map((w) => {
    const upper = lower + w / total;
    const split = rdd.narrow({ kind: 'mapPartitionsWithIndex', fn: builtin('randomSplitLocal', lower, upper, s) }, 'randomSplit');
    lower = upper;
    return split;
  });
}

/** Samples a fraction sure to hold `num` records with high probability, retrying otherwise, then shuffles. */
export function takeSample(rdd: RDD, withReplacement: boolean, num: number, seed?: number): unknown[] {
  if (num < 0) throw new RangeError('Sample size cannot be negative.');
  if (num === 0) return [];
  let s = seed ?? Math.floor(Math.random() * 2 ** 31);
  const total = rdd.count();
  if (total === 0) return [];
  const shuffle = (items: unknown[]) => {
    let x = (s | 0) || 1;
    for (let i = items.length - 1; i > 0; i--) {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      const j = (x >>> 0) % (i + 1);
      [items[i], items[j]] = [items[j], items[i]];
    }
    return items;
  };
  if (!withReplacement && num >= total) return shuffle(rdd.collect());
  let fraction: number;
  if (withReplacement) {
    const numStDev = num < 12 ? 9 : 5;
    fraction = Math.max(num + numStDev * Math.sqrt(num), 1e-10) / total;
  } else {
    const f = num / total;
    const gamma = -Math.log(1e-4) / total;
    fraction = Math.min(1, f + gamma + Math.sqrt(gamma * gamma + 2 * gamma * f));
  }
  for (;;) {
    const sample = rdd.sample(withReplacement, fraction, s).collect();
    if (sample.length >= num) return shuffle(sample).slice(0, num);
    s++;
  }
}
