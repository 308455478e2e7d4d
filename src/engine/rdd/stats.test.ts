import { describe, expect, it } from 'vitest';
import { localContext, seeded } from './test-support';

describe('numeric and sampling actions', () => {
  it('stats merge per-partition moments to what a two-pass computation gives', () => {
    const { sc } = localContext(3);
    const rnd = seeded(11);
    const xs = Array.from({ length: 1000 }, () => rnd() * 100 - 30);
    const s = sc.parallelize(xs, 7).stats();
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    const ss = xs.reduce((a, x) => a + (x - mean) ** 2, 0);
    expect(s.count).toBe(1000);
    expect(s.mean).toBeCloseTo(mean, 10);
    expect(s.variance).toBeCloseTo(ss / 1000, 8);
    expect(s.sampleStdev).toBeCloseTo(Math.sqrt(ss / 999), 8);
    expect(s.max).toBe(Math.max(...xs));
    expect(s.min).toBe(Math.min(...xs));
    expect(sc.parallelize([2, 4, 4, 4, 5, 5, 7, 9], 3).stdev()).toBe(2);
  });

  it('histogram matches the PySpark documentation examples', () => {
    const { sc } = localContext(2);
    const rdd = sc.parallelize(Array.from({ length: 51 }, (_, i) => i), 3);
    expect(rdd.histogram(2)).toEqual([[0, 25, 50], [25, 26]]);
    expect(rdd.histogram([0, 5, 25, 50])).toEqual([[0, 5, 25, 50], [5, 20, 26]]);
    expect(rdd.histogram([0, 15, 30, 45, 60])).toEqual([[0, 15, 30, 45, 60], [15, 15, 15, 6]]);
    expect(() => rdd.histogram([3, 1])).toThrow('buckets should be sorted');
  });

  it('randomSplit partitions the records; takeSample draws distinct records without replacement', () => {
    const { sc } = localContext(2);
    const rdd = sc.range(0, 500, 1, 4);
    const [a, b, c] = rdd.randomSplit([1, 2, 1], 42);
    const parts = [a!.collect(), b!.collect(), c!.collect()] as number[][];
    expect(parts.flat().sort((x, y) => x - y)).toEqual(Array.from({ length: 500 }, (_, i) => i));
    expect(parts[1]!.length).toBeGreaterThan(parts[0]!.length);
    const sample = rdd.takeSample(false, 20, 7) as number[];
    expect(sample).toHaveLength(20);
    expect(new Set(sample).size).toBe(20);
    expect(sample.every((x) => x >= 0 && x < 500)).toBe(true);
    expect(rdd.takeSample(false, 20, 7)).toEqual(sample);
    expect(rdd.takeSample(true, 600, 3)).toHaveLength(600);
    expect((sc.parallelize([1, 2, 3], 2).takeSample(false, 10, 1) as number[]).sort()).toEqual([1, 2, 3]);
  });
});
