/** Helpers for defining builtin methods and parsing their arguments. */
import { Kw } from '../core';
import type { PyType } from '../core';
import { pyErr } from '../exceptions';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- builtins type their own parameters
export type Native = ((...args: any[]) => unknown) & { $name?: string; $native?: boolean };

/** Registers a builtin method (self is the first JS argument). */
export function def(t: PyType, name: string, fn: Native): Native {
  fn.$name = name;
  fn.$native = true;
  t.dict.set(name, fn);
  return fn;
}

/**
 * Positional and keyword arguments of a builtin, placed by parameter name. Missing optional
 * parameters are undefined.
 */
export function parseArgs(fname: string, argv: ArrayLike<unknown>, names: string[], required: number, kwAllowed = true): unknown[] {
  let n = argv.length;
  let kw: Kw | null = null;
  if (n && argv[n - 1] instanceof Kw) {
    kw = argv[n - 1] as Kw;
    n--;
  }
  if (n > names.length) {
    throw pyErr('TypeError', `${fname}() takes at most ${names.length} argument${names.length === 1 ? '' : 's'} (${n} given)`);
  }
  const out: unknown[] = new Array(names.length);
  for (let i = 0; i < n; i++) out[i] = argv[i];
  if (kw) {
    if (!kwAllowed) throw pyErr('TypeError', `${fname}() takes no keyword arguments`);
    for (let i = 0; i < kw.names.length; i++) {
      const at = names.indexOf(kw.names[i]!);
      if (at < 0) throw pyErr('TypeError', `${fname}() got an unexpected keyword argument '${kw.names[i]}'`);
      if (out[at] !== undefined) throw pyErr('TypeError', `argument for ${fname}() given by name ('${kw.names[i]}') and position (${at + 1})`);
      out[at] = kw.values[i];
    }
  }
  for (let i = 0; i < required; i++) {
    if (out[i] === undefined) {
      if (required === 1 && names.length === 1) throw pyErr('TypeError', `${fname}() takes exactly one argument (0 given)`);
      throw pyErr('TypeError', `${fname}() missing required argument '${names[i]}' (pos ${i + 1})`);
    }
  }
  return out;
}

/**
 * For natives declared with fixed JS parameters: a required argument the caller left out
 * arrives as undefined (never a Python value), and is reported as CPython's METH_O does.
 */
export function required(fname: string, x: unknown): void {
  if (x === undefined) throw pyErr('TypeError', `${fname}() takes exactly one argument (0 given)`);
}

/** Exact positional arity for simple builtins (no keywords). */
export function arity(fname: string, argv: ArrayLike<unknown>, min: number, max: number): void {
  const n = argv.length;
  if (n && argv[n - 1] instanceof Kw) throw pyErr('TypeError', `${fname}() takes no keyword arguments`);
  if (n < min || n > max) {
    if (min === max) {
      if (min === 0) throw pyErr('TypeError', `${fname}() takes no arguments (${n} given)`);
      if (min === 1) throw pyErr('TypeError', `${fname}() takes exactly one argument (${n} given)`);
      throw pyErr('TypeError', `${fname} expected ${min} arguments, got ${n}`);
    }
    if (n < min) throw pyErr('TypeError', `${fname} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${n}`);
    throw pyErr('TypeError', `${fname} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${n}`);
  }
}
