import { afterEach, describe, expect, it } from 'vitest';
import { BackgroundRunner, background } from './background';
import { createInterpreter } from '../dsl';

const block = (ms: number) => {
  const until = performance.now() + ms;
  while (performance.now() < until);
};

describe('BackgroundRunner', () => {
  it('runs due tasks in due order and reschedules them by the delay a tick returns', () => {
    const r = new BackgroundRunner();
    const seen: string[] = [];
    r.register('a', () => (seen.push('a'), 1000), 0);
    r.register('b', () => (seen.push('b'), null), 0);
    r.register('later', () => (seen.push('later'), null), 10_000);
    expect(r.runDue()).toBe(2);
    expect(seen).toEqual(['a', 'b']);
    expect(r.size).toBe(2); // b finished, later not yet due
    expect(r.runDue()).toBe(0);
    expect(r.nextDelay()).toBeGreaterThan(900);
  });

  it('drops a task whose tick throws and keeps the others', () => {
    const r = new BackgroundRunner();
    let n = 0;
    r.register('bad', () => {
      throw new Error('boom');
    });
    r.register('good', () => (n++, 0));
    r.runDue();
    expect(r.size).toBe(1);
    expect(n).toBe(1);
  });

  it('sleep runs ticks until the deadline and never re-enters a tick', () => {
    const r = new BackgroundRunner();
    let ticks = 0;
    let nested = 0;
    r.register('q', () => {
      ticks++;
      // A tick that sleeps blocks plainly: no other tick starts inside it.
      r.sleep(1, block);
      nested += r.runDue();
      return 5;
    });
    const t0 = performance.now();
    r.sleep(60, block);
    expect(performance.now() - t0).toBeGreaterThanOrEqual(59);
    expect(ticks).toBeGreaterThanOrEqual(5);
    expect(nested).toBe(0);
  });

  it('runUntil stops as soon as the condition holds', () => {
    const r = new BackgroundRunner();
    let n = 0;
    r.register('count', () => (n++, 0));
    const t0 = performance.now();
    expect(r.runUntil(performance.now() + 5000, block, () => n >= 3)).toBe(true);
    expect(performance.now() - t0).toBeLessThan(1000);
  });

  it('runs each tick in the context the task was registered in', () => {
    const r = new BackgroundRunner();
    const log: string[] = [];
    let owner = 'cell-1';
    r.setContextProvider(() => {
      const mine = owner;
      return { run: (f) => (log.push(`enter ${mine}`), f()) };
    });
    r.register('q', () => (log.push('tick'), null));
    owner = 'cell-2';
    r.runDue();
    expect(log).toEqual(['enter cell-1', 'tick']);
  });
});

describe('time.sleep on the driver', () => {
  afterEach(() => {
    for (let id = 0; id < 10_000; id++) background.unregister(id);
  });

  it('lets registered background ticks proceed while a cell sleeps', () => {
    let ticks = 0;
    background.register('test', () => (ticks++, 10));
    const py = createInterpreter({ stdout: { write: () => undefined } });
    const r = py.runCell('import time\ntime.sleep(0.2)');
    expect(r.error ?? null).toBeNull();
    expect(ticks).toBeGreaterThanOrEqual(5);
  });
});
