/** Turning whatever was thrown into a Python exception with frames, and raise semantics. */
import { E, PyBaseException, PyTuple, PyType, construct, pyErr, typeOf } from '../../values/py';
import type { Frame } from '../../values/py';
import { S } from './state';

export interface CodeObject {
  readonly filename: string;
  readonly name: string;
  readonly lines: readonly string[];
  /** The spans `$ln` values index (see compiler/context.ts). */
  readonly positions: readonly (readonly number[])[];
}

/** A JS error escaping the runtime is a Flint bug; a JS stack overflow is Python's RecursionError. */
export function wrap(e: unknown): PyBaseException {
  if (e instanceof PyBaseException) return e;
  // No regular expression here: near the stack limit compiling one overflows too, and V8 then
  // throws a SyntaxError ("Invalid regular expression: ...: Maximum call stack size exceeded"),
  // which is the same overflow.
  if ((e instanceof RangeError || e instanceof SyntaxError) && e.message.includes('Maximum call stack size exceeded')) return pyErr('RecursionError', 'maximum recursion depth exceeded');
  // V8's size limits (strings of 2**29, arrays of 2**32, BigInts of 2**30 bits) are where
  // CPython would run out of memory.
  if (e instanceof RangeError && /^(Invalid (string|array|typed array) length|Maximum BigInt size exceeded|Array buffer allocation failed)/.test(e.message)) return pyErr('MemoryError');
  const err = (e ?? {}) as { name?: string; message?: string };
  const x = pyErr('SystemError', `internal error in Flint (this is a bug in Flint, please report it): ${err.name ?? 'Error'}: ${err.message ?? String(e)}`);
  x.$d!.set('$js', e);
  return x;
}

export function tb(e: unknown, co: CodeObject, ln: number): PyBaseException {
  const x = wrap(e);
  if (x.hereCode === co && x.hereDepth === S.depth) {
    x.hereCode = null;
    return x;
  }
  return addFrame(x, co, ln);
}

/**
 * An exception reaching an except clause: CPython's traceback already holds the frame where it
 * was caught (a `raise ... from` shows where the cause happened), so add it now, once.
 */
export function tbHere(e: unknown, co: CodeObject, ln: number): PyBaseException {
  const x = wrap(e);
  if (x.hereCode === co && x.hereDepth === S.depth) return x;
  addFrame(x, co, ln);
  x.hereCode = co;
  x.hereDepth = S.depth;
  return x;
}

function addFrame(x: PyBaseException, co: CodeObject, ln: number): PyBaseException {
  let span = co.positions[ln];
  // A method call that failed looking up its method points at the attribute, not the call.
  if (span && span[7] && !x.tb.length && x.$cls.isSubtype(E.AttributeError)) span = co.positions[span[7]!];
  const lineno = span ? span[0]! : 0;
  const f: Frame = { filename: co.filename, lineno, name: co.name, line: co.lines[lineno - 1] ?? '', span };
  x.tb.unshift(f);
  return x;
}

export function raise(x: unknown, cause: unknown): PyBaseException {
  let e: unknown = x;
  if (x instanceof PyType) {
    if (!x.isSubtype(E.BaseException)) throw pyErr('TypeError', 'exceptions must derive from BaseException');
    e = construct(x, []);
  }
  if (!(e instanceof PyBaseException)) throw pyErr('TypeError', 'exceptions must derive from BaseException');
  if (cause !== undefined) {
    let c: unknown = cause;
    if (c instanceof PyType) c = construct(c, []);
    if (c !== null && !(c instanceof PyBaseException)) throw pyErr('TypeError', 'exception causes must derive from BaseException');
    e.cause = c as PyBaseException | null;
    e.suppressContext = true;
  }
  const ctx = S.exc[S.exc.length - 1];
  if (ctx && ctx !== e && !e.context) e.context = ctx;
  return e;
}

/** Any exception escaping an except clause has the one being handled as its context. */
export function chain(e: unknown, handled: PyBaseException): PyBaseException {
  const x = wrap(e);
  if (x !== handled && !x.context) x.context = handled;
  return x;
}

export function reraise(): PyBaseException {
  const e = S.exc[S.exc.length - 1];
  if (!e) return pyErr('RuntimeError', 'No active exception to reraise');
  return e;
}

export function excMatch(e: PyBaseException, t: unknown): boolean {
  if (t instanceof PyType) {
    if (!t.isSubtype(E.BaseException)) throw pyErr('TypeError', 'catching classes that do not inherit from BaseException is not allowed');
    return e.$cls.isSubtype(t);
  }
  if (t instanceof PyTuple) return t.items.some((x) => excMatch(e, x));
  throw pyErr('TypeError', 'catching classes that do not inherit from BaseException is not allowed');
}

export function recursion(): never {
  throw pyErr('RecursionError', 'maximum recursion depth exceeded');
}

export function unbound(name: string, free: boolean): never {
  if (free) throw pyErr('NameError', `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`);
  const e = pyErr('UnboundLocalError', `cannot access local variable '${name}' where it is not associated with a value`);
  throw e;
}

export function nameError(name: string, G: Map<string, unknown>, locals: readonly string[] = []): never {
  const e = pyErr('NameError', `name '${name}' is not defined`);
  e.$d!.set('name', name);
  e.$d!.set('$locals', locals);
  e.$d!.set('$candidates', [...G.keys()]);
  throw e;
}

export function unsupported(what: string): never {
  throw pyErr('NotImplementedError', `${what} is not supported by Flint yet`);
}

export function typeNameOf(x: unknown): string {
  return typeOf(x).name;
}
