import { describe, expect, it } from 'vitest';
import { localContext, seeded } from './test-support';

const words = (n: number, seed: number) => {
  const rnd = seeded(seed);
  const vocab = ['spark', 'flint', 'rdd', 'shuffle', 'stage', 'task', 'cache', 'join', 'key', 'value'];
  return Array.from({ length: n }, () => Array.from({ length: 1 + Math.floor(rnd() * 6) }, () => vocab[Math.floor(rnd() * vocab.length)]).join(' '));
};

/** The same computations done directly on arrays: the reference results. */
function refCount(items: unknown[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const x of items) m.set(JSON.stringify(x), (m.get(JSON.stringify(x)) ?? 0) + 1);
  return m;
}

const sorted = (xs: unknown[]) => [...xs].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : JSON.stringify(a) > JSON.stringify(b) ? 1 : 0));

describe('pair operations (JS key semantics)', () => {
  it('counts words with reduceByKey, matching a direct count', () => {
    const { sc } = localContext(3);
    const lines = words(500, 7);
    const counts = sc.parallelize(lines, 5).flatMap((l: string) => l.split(' ')).map((w: string) => [w, 1]).reduceByKey((a: number, b: number) => a + b);
    expect(counts.getNumPartitions()).toBe(5);
    const got = new Map((counts.collect() as [string, number][]).map(([w, c]) => [JSON.stringify(w), c]));
    expect(got).toEqual(refCount(lines.flatMap((l) => l.split(' '))));
  });

  it('groups, folds, aggregates and combines by key, arrays as keys compared by value', () => {
    const { sc } = localContext(2);
    const pairs = [[[1, 'a'], 1], [[1, 'a'], 2], [[2, 'b'], 3], ['x', 4], ['x', 5], [1, 6]];
    const rdd = sc.parallelize(pairs, 3);
    const grouped = new Map((rdd.groupByKey().collect() as [unknown, number[]][]).map(([k, vs]) => [JSON.stringify(k), [...vs].sort()]));
    expect(grouped).toEqual(new Map([['[1,"a"]', [1, 2]], ['[2,"b"]', [3]], ['"x"', [4, 5]], ['1', [6]]]));
    // 'x' is in two of the three partitions, and each starts its fold from the zero: 10+4 + 10+5.
    expect(new Map(rdd.foldByKey(10, (a: number, b: number) => a + b).collect() as [unknown, number][]).get('x')).toBe(29);
    const agg = rdd.aggregateByKey([0, 0], (acc: number[], v: number) => [acc[0]! + v, acc[1]! + 1], (a: number[], b: number[]) => [a[0]! + b[0]!, a[1]! + b[1]!]);
    expect(sorted(agg.collect())).toEqual(sorted([[[1, 'a'], [3, 2]], [[2, 'b'], [3, 1]], ['x', [9, 2]], [1, [6, 1]]]));
    const comb = rdd.combineByKey((v: number) => [v], (c: number[], v: number) => [...c, v], (a: number[], b: number[]) => [...a, ...b]);
    expect(comb.count()).toBe(4);
    expect(rdd.countByKey()).toEqual(new Map<unknown, number>([[[1, 'a'], 2], [[2, 'b'], 1], ['x', 2], [1, 1]]));
    expect(sc.parallelize([1, 2, 1, '1', 1]).countByValue()).toEqual(new Map<unknown, number>([[1, 3], [2, 1], ['1', 1]]));
  });

  it('joins: inner, left, right, full outer, cogroup, with partition counts as PySpark (sum of inputs)', () => {
    const { sc } = localContext(2);
    const a = sc.parallelize([['a', 1], ['b', 2], ['b', 3], ['c', 4]], 2);
    const b = sc.parallelize([['b', 'x'], ['c', 'y'], ['c', 'z'], ['d', 'w']], 3);
    expect(a.join(b).getNumPartitions()).toBe(5);
    expect(sorted(a.join(b).collect())).toEqual(sorted([['b', [2, 'x']], ['b', [3, 'x']], ['c', [4, 'y']], ['c', [4, 'z']]]));
    expect(sorted(a.leftOuterJoin(b).collect())).toEqual(sorted([['a', [1, null]], ['b', [2, 'x']], ['b', [3, 'x']], ['c', [4, 'y']], ['c', [4, 'z']]]));
    expect(sorted(a.rightOuterJoin(b).collect())).toEqual(sorted([['b', [2, 'x']], ['b', [3, 'x']], ['c', [4, 'y']], ['c', [4, 'z']], ['d', [null, 'w']]]));
    expect(sorted(a.fullOuterJoin(b).collect())).toHaveLength(6);
    const cg = new Map(a.cogroup(b).collect() as [string, unknown[][]][]);
    expect(cg.get('b')).toEqual([[2, 3], ['x']]);
    expect(cg.get('d')).toEqual([[], ['w']]);
    expect(sorted(a.subtractByKey(b).collect())).toEqual([['a', 1]]);
  });

  it('sorts by key across partitions with range partitioning, both directions', () => {
    const { sc } = localContext(3);
    const rnd = seeded(3);
    const data = Array.from({ length: 300 }, (_, i) => [Math.floor(rnd() * 1000), i]);
    const asc = sc.parallelize(data, 4).sortByKey(true, 3);
    expect(asc.getNumPartitions()).toBe(3);
    const keys = (asc.collect() as [number, number][]).map((kv) => kv[0]);
    expect(keys).toEqual(data.map((kv) => kv[0] as number).sort((x, y) => x - y));
    // Each partition holds a contiguous key range: the partitioning is by range, not by sorting at the end.
    const parts = asc.glom().collect() as [number, number][][];
    expect(parts.filter((p) => p.length > 0).length).toBeGreaterThan(1);
    const desc = (sc.parallelize(data, 4).sortByKey(false).collect() as [number, number][]).map((kv) => kv[0]);
    expect(desc).toEqual([...keys].reverse());
    expect(sc.parallelize(['b', 'C', 'a'], 2).sortBy((s: string) => s.toLowerCase()).collect()).toEqual(['a', 'b', 'C']);
    expect(sc.parallelize([5, 3, 9, 1], 2).sortBy((x: number) => x, false, 1).collect()).toEqual([9, 5, 3, 1]);
  });

  it('distinct, union, intersection, subtract, cartesian, zip and zipWithIndex', () => {
    const { sc } = localContext(2);
    const a = sc.parallelize([1, 2, 2, 3, [1], [1]], 3);
    expect(sorted(a.distinct().collect())).toEqual(sorted([1, 2, 3, [1]]));
    const b = sc.parallelize([2, 3, 4], 2);
    const u = a.union(b);
    expect(u.getNumPartitions()).toBe(5);
    expect(u.collect()).toEqual([1, 2, 2, 3, [1], [1], 2, 3, 4]);
    expect(sorted(a.intersection(b).collect())).toEqual([2, 3]);
    expect(sorted(a.subtract(b).collect())).toEqual(sorted([1, [1], [1]]));
    expect(sc.parallelize([1, 2], 2).cartesian(sc.parallelize(['x', 'y'], 1)).collect()).toEqual([[1, 'x'], [1, 'y'], [2, 'x'], [2, 'y']]);
    expect(sc.parallelize([1, 2, 3], 2).zip(sc.parallelize(['a', 'b', 'c'], 2)).collect()).toEqual([[1, 'a'], [2, 'b'], [3, 'c']]);
    expect(() => sc.parallelize([1, 2], 2).zip(sc.parallelize([1], 1))).toThrow(/unequal numbers of partitions/);
    expect(sc.parallelize(['a', 'b', 'c', 'd', 'e'], 3).zipWithIndex().collect()).toEqual([['a', 0], ['b', 1], ['c', 2], ['d', 3], ['e', 4]]);
    expect(sc.parallelize(['a', 'b', 'c'], 2).zipWithUniqueId().collect()).toEqual([['a', 0], ['b', 1], ['c', 3]]);
  });

  it('coalesces without a shuffle and repartitions with one, keeping every record', () => {
    const { sc, events } = localContext(2);
    const rdd = sc.range(0, 100, 1, 8);
    // Slices of 12,13,12,13,12,13,12,13 records; coalesce(3) takes parents [0,2), [2,5), [5,8) as Spark does without locality.
    expect((rdd.coalesce(3).glom().collect() as number[][]).map((p) => p.length)).toEqual([25, 37, 38]);
    expect(events.filter((e) => e.kind === 'stageSubmitted')).toHaveLength(1);
    const re = rdd.repartition(5);
    expect(re.getNumPartitions()).toBe(5);
    expect((re.collect() as number[]).sort((x, y) => x - y)).toEqual(Array.from({ length: 100 }, (_, i) => i));
    expect(rdd.coalesce(20).getNumPartitions()).toBe(8);
  });

  it('keyBy, mapValues, flatMapValues, keys, values, lookup (one partition when partitioned), collectAsMap', () => {
    const { sc, events } = localContext(2);
    const rdd = sc.parallelize(['apple', 'avocado', 'banana'], 2).keyBy((s: string) => s[0]);
    expect(rdd.mapValues((s: string) => s.length).collect()).toEqual([['a', 5], ['a', 7], ['b', 6]]);
    expect(rdd.flatMapValues((s: string) => s.slice(0, 2).split('')).values().collect()).toEqual(['a', 'p', 'a', 'v', 'b', 'a']);
    expect(rdd.keys().collect()).toEqual(['a', 'a', 'b']);
    expect(rdd.collectAsMap()).toEqual(new Map([['a', 'avocado'], ['b', 'banana']]));
    expect(rdd.lookup('a')).toEqual(['apple', 'avocado']);
    const parted = rdd.partitionBy(4).mapValues((s: string) => s.toUpperCase());
    parted.count();
    const before = events.filter((e) => e.kind === 'taskStart').length;
    expect(parted.lookup('b')).toEqual(['BANANA']);
    expect(events.filter((e) => e.kind === 'taskStart').length - before).toBe(1);
  });

  it('reduce, fold, aggregate, max, min, mean, top, takeOrdered, isEmpty, foreach', () => {
    const { sc } = localContext(3);
    const rdd = sc.parallelize([5, 1, 9, 3, 7, 2], 3);
    expect(rdd.reduce((a: number, b: number) => a + b)).toBe(27);
    expect(() => sc.parallelize([], 2).reduce((a: number, b: number) => a + b)).toThrow('Can not reduce() empty RDD');
    // Each of the 3 partitions and the driver start from the zero, as PySpark's fold.
    expect(rdd.fold(1, (a: number, b: number) => a + b)).toBe(31);
    expect(rdd.aggregate([0, 0], (acc: number[], v: number) => [acc[0]! + v, acc[1]! + 1], (a: number[], b: number[]) => [a[0]! + b[0]!, a[1]! + b[1]!])).toEqual([27, 6]);
    expect(rdd.max()).toBe(9);
    expect(rdd.min()).toBe(1);
    expect(sc.parallelize(['bb', 'a', 'ccc'], 2).max((s: string) => s.length)).toBe('ccc');
    expect(rdd.mean()).toBe(4.5);
    expect(rdd.top(2)).toEqual([9, 7]);
    expect(rdd.takeOrdered(3)).toEqual([1, 2, 3]);
    expect(rdd.takeOrdered(2, (x: number) => -x)).toEqual([9, 7]);
    expect(rdd.isEmpty()).toBe(false);
    expect(sc.parallelize([], 2).isEmpty()).toBe(true);
    const acc = sc.accumulator(0);
    rdd.foreach(sc.bind((a: { add(n: number): void }, x: number) => a.add(x), acc));
    expect(acc.value).toBe(27);
  });
});
