import { describe, expect, it } from 'vitest';
import { SparkContext } from './context';
import { InProcessBackend } from './in-process-backend';
import type { SchedulerEvent } from './events';
import { KeyboardInterrupt } from '../errors';

function context(slots = 4, events: SchedulerEvent[] = [], master = `local[${slots}]`) {
  const backend = new InProcessBackend(slots);
  const sc = new SparkContext(backend, { master, listener: (e) => events.push(e) });
  return { sc, backend, events };
}

describe('SparkContext and RDD slice', () => {
  it('maps, filters and collects in partition order', () => {
    const { sc } = context();
    const rdd = sc.parallelize([1, 2, 3, 4, 5, 6, 7, 8], 4).map((x: number) => x * x);
    expect(rdd.collect()).toEqual([1, 4, 9, 16, 25, 36, 49, 64]);
    expect(rdd.filter((x: number) => x % 2 === 0).collect()).toEqual([4, 16, 36, 64]);
  });

  it('slices lists as PySpark does (batches of min(len // n, 1024))', () => {
    const { sc } = context(2);
    // PySpark: sc.parallelize(range(10000), 2) -> batches of 1024, ten batches, 5 per slice.
    const sizes = (sc.parallelize(Array.from({ length: 10000 }, (_, i) => i), 2).glom().collect() as unknown[][]).map(
      (p) => p.length,
    );
    expect(sizes).toEqual([5120, 4880]);
    expect(sc.parallelize([0, 1, 2, 3, 4], 2).glom().collect()).toEqual([[0, 1], [2, 3, 4]]);
    expect(sc.parallelize([], 3).glom().collect()).toEqual([[], [], []]);
  });

  it('slices ranges arithmetically', () => {
    const { sc } = context();
    expect(sc.range(0, 10, 1, 3).glom().collect()).toEqual([[0, 1, 2], [3, 4, 5], [6, 7, 8, 9]]);
    expect(sc.range(10, 0, -3, 2).glom().collect()).toEqual([[10, 7], [4, 1]]);
    expect(sc.range(5).count()).toBe(5);
    expect(sc.range(0, 100).sum()).toBe(4950);
  });

  it('uses the executor count as the default parallelism', () => {
    const { sc } = context(3);
    expect(sc.defaultParallelism).toBe(3);
    expect(sc.parallelize([1, 2, 3]).getNumPartitions()).toBe(3);
  });

  it('flatMap, mapPartitionsWithIndex and glom compose', () => {
    const { sc } = context();
    const rdd = sc
      .parallelize(['a b', 'c', 'd e f'], 2)
      .flatMap((s: string) => s.split(' '))
      .mapPartitionsWithIndex((i: number, it: string[]) => it.map((w) => `${i}:${w}`));
    expect(rdd.glom().collect()).toEqual([['0:a', '0:b'], ['1:c', '1:d', '1:e', '1:f']]);
  });

  it('take scans partitions incrementally', () => {
    const { sc, events } = context(4);
    const rdd = sc.range(0, 1000, 1, 10);
    expect(rdd.take(3)).toEqual([0, 1, 2]);
    const started = events.filter((e) => e.kind === 'taskStart');
    expect(started).toHaveLength(1);
    expect(sc.parallelize([], 4).take(2)).toEqual([]);
    expect(rdd.first()).toBe(0);
  });

  it('retries a failing task under local[N,F] and succeeds when a later attempt works', () => {
    const { sc, events } = context(2, [], 'local[2,4]');
    const flaky = sc.parallelize([1, 2, 3, 4], 2).map((x: number) => {
      const g = globalThis as unknown as { __flaky?: number };
      g.__flaky = (g.__flaky ?? 0) + (x === 3 ? 1 : 0);
      if (x === 3 && g.__flaky <= 3) throw new Error('transient');
      return x * 10;
    });
    expect(flaky.collect()).toEqual([10, 20, 30, 40]);
    const failed = events.filter((e) => e.kind === 'taskEnd' && !e.succeeded);
    expect(failed).toHaveLength(3);
  });

  it('aborts the job at the first failure in local mode, after F under local[N,F], with Spark\'s message', () => {
    const boom = (x: number) => {
      if (x === 2) throw new Error('boom');
      return x;
    };
    const local = context(2).sc;
    expect(() => local.parallelize([1, 2], 2).map(boom).collect()).toThrow(
      /^Job aborted due to stage failure: Task 1 in stage 0\.0 failed 1 times, most recent failure: Lost task 1\.0 in stage 0\.0 \(TID \d+\) \(localhost executor driver\): Error: boom/,
    );
    const retried = context(2, [], 'local[2,4]').sc;
    expect(() => retried.parallelize([1, 2], 2).map(boom).collect()).toThrow(
      /^Job aborted due to stage failure: Task 1 in stage 0\.0 failed 4 times, most recent failure: Lost task 1\.3 in stage 0\.0 \(TID \d+\) \(localhost executor driver\): Error: boom/,
    );
  });

  it('recomputes the tasks of a lost executor elsewhere', () => {
    const { sc, backend, events } = context(2);
    let killed = false;
    backend.beforeTask = (slot) => {
      if (!killed && slot === 1) {
        killed = true;
        backend.kill(1);
      }
    };
    const out = sc.range(0, 40, 1, 8).map((x: number) => x + 1).collect();
    expect(out).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    expect(events.some((e) => e.kind === 'executorLost')).toBe(true);
    backend.respawn(1);
    expect(sc.range(0, 40, 1, 8).count()).toBe(40);
  });

  it('stops with KeyboardInterrupt when interrupted', () => {
    const { sc, backend } = context(1);
    backend.interrupt = true;
    expect(() => sc.range(10).collect()).toThrow(KeyboardInterrupt);
  });
});
