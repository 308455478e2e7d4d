import { describe, expect, it } from 'vitest';
import { serialize } from '../values';
import { eventsOf, localContext } from './test-support';

type Bc = { value: number[] };
type Acc = { add(n: unknown): void };

describe('broadcast variables', () => {
  it('ships a broadcast once per executor and never again', () => {
    const { sc, events } = localContext(2);
    const table = Array.from({ length: 1000 }, (_, i) => i * 3);
    const b = sc.broadcast(table);
    const size = serialize(table).byteLength;
    const lookup = sc.bind((t: Bc, x: number) => t.value[x], b);
    expect(sc.range(0, 100, 1, 8).map(lookup).sum()).toBe(14850);
    const shipped = eventsOf(events, 'taskEnd').map((e) => e.metrics.broadcastBytes ?? 0);
    expect(shipped.filter((n) => n > 0)).toEqual([size, size]);
    events.length = 0;
    expect(sc.range(0, 10, 1, 4).map(lookup).collect()).toEqual(table.slice(0, 10));
    expect(eventsOf(events, 'taskEnd').every((e) => (e.metrics.broadcastBytes ?? 0) === 0)).toBe(true);
    expect(b.value).toBe(table);
  });

  it('ships again after unpersist, to a replaced executor, and fails after destroy as Spark does', () => {
    const { sc, backend, events } = localContext(2);
    const b = sc.broadcast([7, 8, 9]);
    const f = sc.bind((t: Bc, x: number) => t.value[x % 3], b);
    sc.range(0, 4, 1, 2).map(f).collect();
    b.unpersist();
    events.length = 0;
    sc.range(0, 4, 1, 2).map(f).collect();
    expect(eventsOf(events, 'taskEnd').filter((e) => (e.metrics.broadcastBytes ?? 0) > 0)).toHaveLength(2);
    expect(backend.executor(0).broadcasts.size).toBe(1);
    backend.killExecutor(0);
    events.length = 0;
    expect(sc.range(0, 4, 1, 2).map(f).collect()).toEqual([7, 8, 9, 7]);
    expect(eventsOf(events, 'taskEnd').filter((e) => (e.metrics.broadcastBytes ?? 0) > 0).map((e) => e.metrics.executorId)).toEqual(['2']);
    b.destroy();
    expect(() => sc.range(0, 4, 1, 2).map(f).collect()).toThrow('Attempted to use Broadcast(0) after it was destroyed');
    expect(() => b.value).toThrow('Attempted to use Broadcast(0) after it was destroyed');
  });
});

describe('accumulators', () => {
  it('counts each successful task of an action once, even when attempts fail after adding', () => {
    const { sc, events } = localContext(2, 'local[2,4]');
    const acc = sc.accumulator(0);
    expect(acc.id).toBe(0);
    const g = globalThis as unknown as { __accFail?: number };
    g.__accFail = 0;
    sc.range(0, 100, 1, 4).foreach(
      sc.bind((a: Acc, x: number) => {
        a.add(x);
        const h = globalThis as unknown as { __accFail: number };
        if (x === 60 && h.__accFail++ < 2) throw new Error('flaky after adding');
      }, acc),
    );
    expect(eventsOf(events, 'taskEnd').filter((e) => !e.succeeded)).toHaveLength(2);
    expect(acc.value).toBe(4950);
    acc.add(50);
    expect(acc.value).toBe(5000);
    expect(String(acc)).toBe('Accumulator<id=0, value=5000>');
  });

  it('counts again when a transformation is recomputed, not when it is cached', () => {
    const { sc } = localContext(3);
    const seen = sc.accumulator(0);
    const rdd = sc.range(0, 30, 1, 3).map(sc.bind((a: Acc, x: number) => (a.add(1), x), seen));
    rdd.count();
    rdd.count();
    expect(seen.value).toBe(60);
    rdd.cache();
    rdd.count();
    rdd.count();
    expect(seen.value).toBe(90);
  });

  it('merges custom accumulators with their own function and zero', () => {
    const { sc } = localContext(2);
    const letters = sc.accumulator<string[]>([], (a: string[], b: string[]) => a.concat(b), []);
    sc.parallelize(['x', 'y', 'z'], 3).foreach(sc.bind((a: Acc, s: string) => a.add([s]), letters));
    expect([...letters.value].sort()).toEqual(['x', 'y', 'z']);
    expect(() => sc.accumulator({ n: 0 })).toThrow(/give the zero value/);
  });

  it('counts map-side updates again when lost map outputs are recomputed (Spark semantics)', () => {
    const { sc, backend } = localContext(2);
    const acc = sc.accumulator(0);
    let killed = false;
    backend.beforeTask = (_slot, task) => {
      if (!killed && task.output.kind === 'result') {
        killed = true;
        backend.killExecutor(1);
      }
    };
    const rdd = sc.range(0, 40, 1, 4).map(sc.bind((a: Acc, x: number) => (a.add(1), [x % 2, x]), acc)).groupByKey();
    expect(rdd.count()).toBe(2);
    // Slot 1 ran 2 of the 4 map tasks; they ran again after it was lost.
    expect(acc.value).toBe(60);
  });
});
