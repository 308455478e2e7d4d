/**
 * The batch clock of Spark Streaming's JobGenerator: a recurring timer that fires at every
 * multiple of the batch duration, on the system clock (driven by the driver's background
 * runner) or on a manual clock (tests advance it, as Spark's own tests use ManualClock).
 */
import { background } from '../background';
import type { BackgroundTask } from '../background';

export interface Clock {
  /** Milliseconds since the epoch (or since 0 for a manual clock). */
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

/** A clock that moves only when told to; advancing it fires the timers that fall due. */
export class ManualClock implements Clock {
  private readonly timers = new Set<BatchTimer>();

  constructor(private time = 0) {}

  now(): number {
    return this.time;
  }

  /** Moves the clock forward by `ms`, firing due batches of every timer in time order. */
  advance(ms: number): void {
    this.setTime(this.time + ms);
  }

  setTime(target: number): void {
    for (;;) {
      let first: BatchTimer | null = null;
      for (const t of this.timers) if (t.running && t.nextTime <= target && (!first || t.nextTime < first.nextTime)) first = t;
      if (!first) break;
      this.time = Math.max(this.time, first.nextTime);
      first.fireOne();
    }
    this.time = Math.max(this.time, target);
  }

  /** @internal */
  attach(timer: BatchTimer): void {
    this.timers.add(timer);
  }

  /** @internal */
  detach(timer: BatchTimer): void {
    this.timers.delete(timer);
  }
}

/**
 * RecurringTimer: `callback(time)` for time = start, start + period, ...; when it falls behind
 * it fires every missed time in order (as Spark's timer thread catches up).
 */
export class BatchTimer {
  nextTime = 0;
  running = false;
  private firing = false;
  private task: BackgroundTask | null = null;

  constructor(
    readonly clock: Clock,
    readonly period: number,
    private readonly callback: (time: number) => void,
  ) {}

  /** The first batch time after now, on a multiple of the period (Spark's getStartTime). */
  startTime(): number {
    return (Math.floor(this.clock.now() / this.period) + 1) * this.period;
  }

  /** The next batch time after now aligned to `zero` (Spark's getRestartTime). */
  restartTime(zero: number): number {
    return (Math.floor((this.clock.now() - zero) / this.period) + 1) * this.period + zero;
  }

  start(first: number): void {
    this.nextTime = first;
    this.running = true;
    if (this.clock instanceof ManualClock) this.clock.attach(this);
    else this.task = background.register('dstream-batches', () => this.tick(), Math.max(0, first - this.clock.now()));
  }

  stop(): void {
    this.running = false;
    if (this.clock instanceof ManualClock) this.clock.detach(this);
    if (this.task) background.unregister(this.task);
    this.task = null;
  }

  /** Fires the batch at `nextTime` (the caller checked it is due). */
  fireOne(): void {
    if (this.firing || !this.running) return;
    const t = this.nextTime;
    this.nextTime += this.period;
    this.firing = true;
    try {
      this.callback(t);
    } finally {
      this.firing = false;
    }
  }

  /**
   * Fires every batch that was due when called; returns how many fired. Batches that fall due
   * while these run wait for the next call, so a run that cannot keep up still hands control
   * back (a sleeping cell ends on time).
   */
  pump(): number {
    let n = 0;
    const until = this.clock.now();
    while (this.running && !this.firing && this.nextTime <= until) {
      this.fireOne();
      n++;
    }
    return n;
  }

  /** Milliseconds until the next batch is due. */
  delay(): number {
    return Math.max(0, this.nextTime - this.clock.now());
  }

  private tick(): number | null {
    this.pump();
    return this.running ? Math.max(1, this.delay()) : null;
  }
}
