/**
 * The Python exception a pylib algorithm wants raised. pylib knows nothing of the object
 * model, so it throws this plain carrier and the caller (builtins, modules) converts it into
 * the matching Python exception; exceptions thrown by caller-supplied callbacks pass through
 * untouched.
 */
export type PyErrorType =
  | 'ValueError'
  | 'TypeError'
  | 'OverflowError'
  | 'ZeroDivisionError'
  | 'IndexError'
  | 'KeyError'
  | 'AttributeError'
  | 'NotImplementedError'
  | 're.error'
  | 'json.JSONDecodeError';

export class PyLibError extends Error {
  constructor(
    readonly pyType: PyErrorType,
    readonly pyMessage: string,
  ) {
    super(`${pyType}: ${pyMessage}`);
    this.name = 'PyLibError';
  }
}

export function valueError(message: string): PyLibError {
  return new PyLibError('ValueError', message);
}

export function typeError(message: string): PyLibError {
  return new PyLibError('TypeError', message);
}

export function overflowError(message: string): PyLibError {
  return new PyLibError('OverflowError', message);
}
