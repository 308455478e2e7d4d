/**
 * Executors turn FunctionRefs into callables. The scheduler never imports a language
 * front end: each language registers a compiler here (the session does it on every
 * worker), and compiled functions are cached by id for the executor's lifetime.
 * Engine helpers use the 'builtin' language: their source is a name in a table.
 */
import type { FunctionRef } from './task';

export type CompiledFunction = (...args: unknown[]) => unknown;
export type FunctionCompiler = (source: string) => CompiledFunction;

const compilers = new Map<string, FunctionCompiler>();

export function registerFunctionCompiler(lang: string, compiler: FunctionCompiler): void {
  compilers.set(lang, compiler);
}

/** A bound value that is itself a function to compile (see FunctionRef.bound). */
export function isFunctionRef(v: unknown): v is FunctionRef {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const r = v as Record<string, unknown>;
  return typeof r.id === 'string' && typeof r.lang === 'string' && typeof r.source === 'string';
}

export class FunctionCache {
  private readonly compiled = new Map<string, CompiledFunction>();
  /** User functions compiled so far (engine builtins are looked up, not compiled). */
  compiledCount = 0;

  /**
   * The callable for `ref`. Bound values are resolved on every call of `get` (once per
   * task): they arrive freshly deserialised with each task, so a mutable bound value
   * (a fold's zero) is never shared between tasks.
   */
  get(ref: FunctionRef): CompiledFunction {
    let fn = this.compiled.get(ref.id);
    if (!fn) {
      const compiler = compilers.get(ref.lang);
      if (!compiler) throw new Error(`no compiler registered for functions in '${ref.lang}'`);
      fn = compiler(ref.source);
      this.compiled.set(ref.id, fn);
      if (ref.lang !== 'builtin') this.compiledCount++;
    }
    const bound = ref.bound;
    if (!bound || bound.length === 0) return fn;
    const args = bound.map((v) => (isFunctionRef(v) ? this.get(v) : v));
    return fn.bind(undefined, ...args) as CompiledFunction;
  }

  get size(): number {
    return this.compiled.size;
  }
}

/** FNV-1a, 52 bits: a stable id for a function's source. */
export function functionId(lang: string, source: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  const text = `${lang}\u0000${source}`;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  return `${lang}:${(h1 >>> 0).toString(16)}${(h2 >>> 0).toString(16)}`;
}

/** A plain JavaScript function shipped by source (what %ts cells pass to map/filter). */
export function jsFunctionRef(fn: (...args: never[]) => unknown): FunctionRef {
  const source = fn.toString();
  return { id: functionId('js', source), lang: 'js', source };
}

/** Partial application: `ref` called with `values` before its own arguments. */
export function bindRef(ref: FunctionRef, ...values: unknown[]): FunctionRef {
  const bound = [...(ref.bound ?? []), ...values];
  const broadcastIds = new Set<number>(ref.broadcastIds ?? []);
  const accumulatorIds = new Set<number>(ref.accumulatorIds ?? []);
  for (const v of values) {
    if (!isFunctionRef(v)) continue;
    for (const id of v.broadcastIds ?? []) broadcastIds.add(id);
    for (const id of v.accumulatorIds ?? []) accumulatorIds.add(id);
  }
  return {
    id: ref.id,
    lang: ref.lang,
    source: ref.source,
    bound,
    ...(broadcastIds.size > 0 ? { broadcastIds: [...broadcastIds] } : {}),
    ...(accumulatorIds.size > 0 ? { accumulatorIds: [...accumulatorIds] } : {}),
  };
}

registerFunctionCompiler('js', (source) => {
  // Indirect Function construction: the function sees only globals, as a shipped closure does.
  const make = new Function(`"use strict"; return (${source});`) as () => unknown;
  const fn = make();
  if (typeof fn !== 'function') throw new TypeError('shipped source is not a function');
  return fn as CompiledFunction;
});
