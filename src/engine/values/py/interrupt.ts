/**
 * Per-thread interpreter state shared by generated code and the builtins' own loops: the
 * recursion depth, the exceptions being handled, and the host's interrupt flag, polled every
 * 1024 back-edges or calls (and by builtins that loop over iterators themselves).
 */
import { pyErr } from './exceptions';
import type { PyBaseException } from './exceptions';

export interface RuntimeState {
  /** Python frames currently on the stack (generators excluded). */
  depth: number;
  /** CPython's recursion limit counts the module frame: 999 function frames fit under 1000. */
  limit: number;
  /** Back-edges and calls since the last interrupt check. */
  tick: number;
  /** Exceptions being handled (innermost last), for bare `raise` and __context__. */
  exc: PyBaseException[];
  /** The host's interrupt flag: non-zero asks the running code to raise KeyboardInterrupt. */
  flag: Int32Array | null;
}

export const S: RuntimeState = { depth: 0, limit: 999, tick: 0, exc: [], flag: null };

/** Raises KeyboardInterrupt (and clears the flag) when the host has asked to stop. */
export function poll(): void {
  S.tick = 0;
  const f = S.flag;
  if (f !== null && Atomics.load(f, 0) !== 0) {
    Atomics.store(f, 0, 0);
    throw pyErr('KeyboardInterrupt');
  }
}

/** For builtins' loops: polls every 1024 calls. */
export function tick(): void {
  if (++S.tick > 1023) poll();
}
