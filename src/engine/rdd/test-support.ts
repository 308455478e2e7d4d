/** Shared set-up for the RDD unit tests: a SparkContext on in-process executors that records events. */
import { SparkContext } from './context';
import { InProcessBackend } from './in-process-backend';
import type { SchedulerEvent } from './events';

export function localContext(slots = 4, master = `local[${slots}]`) {
  const backend = new InProcessBackend(slots);
  const events: SchedulerEvent[] = [];
  const sc = new SparkContext(backend, { master, listener: (e) => events.push(e) });
  return { sc, backend, events };
}

export function eventsOf<K extends SchedulerEvent['kind']>(events: readonly SchedulerEvent[], kind: K): Extract<SchedulerEvent, { kind: K }>[] {
  return events.filter((e): e is Extract<SchedulerEvent, { kind: K }> => e.kind === kind);
}

/** A deterministic pseudo-random generator for test data and fault injection. */
export function seeded(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}
