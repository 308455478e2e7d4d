/**
 * Per-thread interpreter state shared by generated code and the builtins' own loops: the
 * recursion depth, the exceptions being handled, and the host's interrupt flag, polled every
 * 1024 back-edges or calls (and by builtins that loop over iterators themselves).
 *
 * The optional step limit rides on the same poll, so hot loops pay nothing extra for it.
 */
import { E, PyBaseException, pyErr } from './exceptions';
import { PyType } from './core';

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
  /** Polls (of 1024 steps each) left before StepLimitExceeded; Infinity when unlimited. */
  budget: number;
}

export const S: RuntimeState = { depth: 0, limit: 999, tick: 0, exc: [], flag: null, budget: Infinity };

/**
 * Raised when a host-set step budget runs out. A KeyboardInterrupt so that `except Exception`
 * does not swallow it; not a builtin name, because CPython has no such exception.
 */
export const StepLimitExceeded = new PyType('StepLimitExceeded', [E.KeyboardInterrupt]);
StepLimitExceeded.layout = 'exception';

/** Raises KeyboardInterrupt (and clears the flag) when the host has asked to stop. */
export function poll(): void {
  S.tick = 0;
  const f = S.flag;
  if (f !== null && Atomics.load(f, 0) !== 0) {
    Atomics.store(f, 0, 0);
    throw pyErr('KeyboardInterrupt');
  }
  if (--S.budget < 0) {
    // Sticky: every later check fails too, so a bare `except:` inside a loop cannot outlive it.
    S.budget = 0;
    S.tick = 1024;
    throw new PyBaseException(StepLimitExceeded, ['step limit exceeded']);
  }
}

/** For builtins' loops: polls every 1024 calls. */
export function tick(): void {
  if (++S.tick > 1023) poll();
}

/**
 * Bounds the work of the code run from now on to about `steps` back-edges and calls (rounded
 * up to 1024); null removes the bound. Hosts use it to stop runaway programs deterministically.
 */
export function setStepLimit(steps: number | null): void {
  S.budget = steps === null ? Infinity : Math.ceil(steps / 1024);
  S.tick = 0;
}
