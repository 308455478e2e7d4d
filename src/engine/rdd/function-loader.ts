/**
 * Executors turn FunctionRefs into callables. The scheduler never imports a language
 * front end: each language registers a compiler here (the session does it on every
 * worker), and compiled functions are cached by id for the executor's lifetime.
 */
import type { FunctionRef } from './task';

export type CompiledFunction = (...args: unknown[]) => unknown;
export type FunctionCompiler = (source: string) => CompiledFunction;

const compilers = new Map<string, FunctionCompiler>();

export function registerFunctionCompiler(lang: string, compiler: FunctionCompiler): void {
  compilers.set(lang, compiler);
}

export class FunctionCache {
  private readonly compiled = new Map<string, CompiledFunction>();
  compiledCount = 0;

  get(ref: FunctionRef): CompiledFunction {
    let fn = this.compiled.get(ref.id);
    if (!fn) {
      const compiler = compilers.get(ref.lang);
      if (!compiler) throw new Error(`no compiler registered for functions in '${ref.lang}'`);
      fn = compiler(ref.source);
      this.compiled.set(ref.id, fn);
      this.compiledCount++;
    }
    return fn;
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

registerFunctionCompiler('js', (source) => {
  // Indirect Function construction: the function sees only globals, as a shipped closure does.
  const make = new Function(`"use strict"; return (${source});`) as () => unknown;
  const fn = make();
  if (typeof fn !== 'function') throw new TypeError('shipped source is not a function');
  return fn as CompiledFunction;
});
