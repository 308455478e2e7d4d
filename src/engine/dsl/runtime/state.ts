/** The interpreter state lives with the object model (builtins poll it too); hosts set it here. */
import { S, poll } from '../../values/py/interrupt';
export type { RuntimeState } from '../../values/py/interrupt';

export { S, poll };

/** Lets the host interrupt running code: setting view[0] to non-zero raises KeyboardInterrupt. */
export function setInterruptFlag(view: Int32Array | null): void {
  S.flag = view;
}

export function setRecursionLimit(n: number): void {
  S.limit = n - 1;
}
