import { describe, expect, it } from 'vitest';
import { eventsOf, localContext, seeded } from './test-support';

type Acc = { add(n: number): void };

describe('fault injection on in-process executors', () => {
  it('keeps 60 jobs with shuffles and cached RDDs correct while executors die at random points', () => {
    const { sc, backend, events } = localContext(4);
    const rnd = seeded(2024);
    let tasksUntilKill = 5;
    backend.beforeTask = () => {
      if (--tasksUntilKill > 0) return;
      tasksUntilKill = 3 + Math.floor(rnd() * 12);
      backend.killExecutor(Math.floor(rnd() * 4));
    };
    const base = sc.range(0, 2000, 1, 8).map((x: number) => [x % 13, x]).cache();
    const expectedSums = new Map<number, number>();
    for (let x = 0; x < 2000; x++) expectedSums.set(x % 13, (expectedSums.get(x % 13) ?? 0) + x);
    for (let job = 0; job < 60; job++) {
      const acc = sc.accumulator(0);
      switch (job % 4) {
        case 0:
          expect(new Map(base.reduceByKey((a: number, b: number) => a + b, 5).collect() as [number, number][])).toEqual(expectedSums);
          break;
        case 1: {
          const joined = base.reduceByKey((a: number, b: number) => a + b).join(sc.parallelize([[3, 'three'], [4, 'four']], 2));
          expect(new Map(joined.collect() as [number, [number, string]][])).toEqual(new Map([[3, [expectedSums.get(3), 'three']], [4, [expectedSums.get(4), 'four']]]));
          break;
        }
        case 2:
          base.values().foreach(sc.bind((a: Acc, x: number) => a.add(x), acc));
          expect(acc.value).toBe(1999000);
          break;
        case 3:
          expect((base.sortByKey(true, 3).keys().collect() as number[]).slice(0, 3)).toEqual([0, 0, 0]);
          break;
      }
    }
    expect(eventsOf(events, 'executorLost').length).toBeGreaterThan(20);
  });
});
