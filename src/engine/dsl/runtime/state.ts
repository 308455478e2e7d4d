/** Per-thread interpreter state the generated code touches on every call and loop iteration. */
import type { PyBaseException} from '../../values/py';
import { pyErr } from '../../values/py';

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

/** Lets the host interrupt running code: setting view[0] to non-zero raises KeyboardInterrupt. */
export function setInterruptFlag(view: Int32Array | null): void {
  S.flag = view;
}

export function setRecursionLimit(n: number): void {
  S.limit = n - 1;
}

export function poll(): void {
  S.tick = 0;
  const f = S.flag;
  if (f !== null && Atomics.load(f, 0) !== 0) {
    Atomics.store(f, 0, 0);
    throw pyErr('KeyboardInterrupt');
  }
}
