import { describe, expect, it } from 'vitest';
import { BatchTimer, ManualClock } from './clock';

describe('BatchTimer', () => {
  it('starts at the next multiple of the period and restarts aligned to the zero time', () => {
    const clock = new ManualClock(2500);
    const t = new BatchTimer(clock, 1000, () => undefined);
    expect(t.startTime()).toBe(3000);
    expect(t.restartTime(500)).toBe(3500);
    clock.setTime(3000);
    expect(t.startTime()).toBe(4000);
  });

  it('fires each due batch in order on a manual clock, catching up after a jump', () => {
    const clock = new ManualClock(0);
    const fired: number[] = [];
    const t = new BatchTimer(clock, 1000, (ms) => fired.push(ms));
    t.start(1000);
    clock.advance(999);
    expect(fired).toEqual([]);
    clock.advance(3001);
    expect(fired).toEqual([1000, 2000, 3000, 4000]);
    t.stop();
    clock.advance(5000);
    expect(fired).toEqual([1000, 2000, 3000, 4000]);
  });

  it('fires in a pump only the batches due when it began, so slow batches cannot hold it forever', () => {
    let now = 10_000;
    const clock = { now: () => now };
    const fired: number[] = [];
    // Every batch takes 1.5 periods: without the snapshot the pump would never return.
    const t = new BatchTimer(clock, 1000, (ms) => {
      fired.push(ms);
      now += 1500;
    });
    t.nextTime = 8000;
    t.running = true;
    expect(t.pump()).toBe(3);
    expect(fired).toEqual([8000, 9000, 10_000]);
    expect(t.delay()).toBe(0);
  });
});
