/**
 * Python functions are JS functions (so JS callers such as the task runner call them directly
 * with positional arguments) carrying their signature in `$spec`. Keyword arguments arrive as a
 * trailing Kw; a function whose arguments do not match its fast shape calls bindArgs.
 */
import { Kw, T } from './core';
import type { Dict, PyType } from './core';
import type { PyBaseException} from './exceptions';
import { pyErr } from './exceptions';
import { PyDict } from './dict';
import { tuple } from './tuple';

export interface FnSpec {
  name: string;
  qualname: string;
  module: string;
  /** Positional parameter names (positional-only first). */
  params: string[];
  posonly: number;
  /** Defaults of the last defaults.length positional parameters. */
  defaults: unknown[];
  kwonly: string[];
  kwdefaults: Map<string, unknown> | null;
  varargs: string | null;
  varkw: string | null;
  doc: unknown;
  filename: string;
  lineno: number;
}

export type PyFunction = ((...args: unknown[]) => unknown) & {
  $spec: FnSpec;
  $cls: PyType;
  $d: Dict | null;
  /** Set on functions compiled from source: what shipping needs to rebuild them. */
  $ship?: unknown;
};

export function isPyFunction(f: unknown): f is PyFunction {
  return typeof f === 'function' && (f as Partial<PyFunction>).$spec !== undefined;
}

export function makeFunction(fn: (...args: unknown[]) => unknown, spec: FnSpec): PyFunction {
  const f = fn as PyFunction;
  f.$spec = spec;
  f.$cls = T.function;
  f.$d = null;
  return f;
}

function quoteList(names: string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0]!;
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return `${q.slice(0, -1).join(', ')}, and ${q[q.length - 1]}`;
}

function argError(msg: string): PyBaseException {
  return pyErr('TypeError', msg);
}

/** Binds a call's arguments to the parameter slots: positional, *args, keyword-only, **kwargs. */
export function bindArgs(f: PyFunction, argv: ArrayLike<unknown>): unknown[] {
  const s = f.$spec;
  const fname = `${s.qualname}()`;
  let n = argv.length;
  let kw: Kw | null = null;
  if (n && argv[n - 1] instanceof Kw) {
    kw = argv[n - 1] as Kw;
    n--;
  }
  const np = s.params.length;
  const out: unknown[] = new Array(np);
  for (let i = 0; i < np && i < n; i++) out[i] = argv[i];
  let extra: unknown[] = [];
  if (n > np) {
    if (!s.varargs) {
      const nd = s.defaults.length;
      const kwGiven = kw ? kw.names.filter((k) => s.kwonly.includes(k)).length : 0;
      const takes = nd ? `from ${np - nd} to ${np}` : `${np}`;
      const plural = nd || np !== 1 ? 's' : '';
      const given = kwGiven
        ? `${n} positional argument${n === 1 ? '' : 's'} (and ${kwGiven} keyword-only argument${kwGiven === 1 ? '' : 's'}) were given`
        : `${n} ${n === 1 ? 'was' : 'were'} given`;
      throw argError(`${fname} takes ${takes} positional argument${plural} but ${given}`);
    }
    extra = Array.prototype.slice.call(argv, np, n);
  }
  const kwOut: PyDict | null = s.varkw ? new PyDict() : null;
  const kwonlyVals = new Map<string, unknown>();
  if (kw) {
    const posonlyAsKw: string[] = [];
    for (let i = 0; i < kw.names.length; i++) {
      const name = kw.names[i]!;
      const v = kw.values[i];
      const pi = s.params.indexOf(name);
      if (pi >= 0 && pi >= s.posonly) {
        if (pi < n) throw argError(`${fname} got multiple values for argument '${name}'`);
        out[pi] = v;
      } else if (s.kwonly.includes(name)) {
        kwonlyVals.set(name, v);
      } else if (kwOut) {
        kwOut.set(name, v);
      } else if (pi >= 0) {
        posonlyAsKw.push(name);
      } else {
        throw argError(`${fname} got an unexpected keyword argument '${name}'`);
      }
    }
    if (posonlyAsKw.length) {
      throw argError(`${fname} got some positional-only arguments passed as keyword arguments: '${posonlyAsKw.join(', ')}'`);
    }
  }
  const firstDefault = np - s.defaults.length;
  const missing: string[] = [];
  for (let i = 0; i < np; i++) {
    if (out[i] === undefined) {
      if (i >= firstDefault) out[i] = s.defaults[i - firstDefault];
      else missing.push(s.params[i]!);
    }
  }
  if (missing.length) {
    throw argError(`${fname} missing ${missing.length} required positional argument${missing.length === 1 ? '' : 's'}: ${quoteList(missing)}`);
  }
  if (s.varargs) out.push(tuple(extra));
  const kwMissing: string[] = [];
  for (const k of s.kwonly) {
    let v = kwonlyVals.get(k);
    if (v === undefined) v = s.kwdefaults?.get(k);
    if (v === undefined) kwMissing.push(k);
    out.push(v);
  }
  if (kwMissing.length) {
    throw argError(`${fname} missing ${kwMissing.length} required keyword-only argument${kwMissing.length === 1 ? '' : 's'}: ${quoteList(kwMissing)}`);
  }
  if (s.varkw) out.push(kwOut ?? new PyDict());
  return out;
}
