/** Calls into pylib (CPython-exact algorithms on plain values), turning PyLibError into Python exceptions. */
import { PyLibError } from '../../pylib';
import { E, PyBaseException } from './exceptions';

export function lib<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof PyLibError) {
      const t = (E as Record<string, (typeof E)[keyof typeof E]>)[e.pyType] ?? E.ValueError;
      throw new PyBaseException(t, [e.pyMessage]);
    }
    throw e;
  }
}
