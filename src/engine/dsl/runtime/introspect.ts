/**
 * globals(), locals(), eval() and exec() need the caller's namespace, so the compiler routes
 * calls to these names here; when the name has been rebound by user code, the call is ordinary.
 */
import { PyDict, call, pyErr, typeOf } from '../../values/py';
import { Globals } from '../../values/py/globals';

export interface Evaluator {
  run(source: string, G: Map<string, unknown>, mode: 'eval' | 'exec', filename: string): unknown;
}

/** Installed by dsl/index.ts (the evaluator needs the parser and compiler, which import us). */
export const evaluator: { current: Evaluator | null } = { current: null };

export type Introspection = 'globals' | 'locals' | 'eval' | 'exec' | 'vars';

/**
 * What globals() returns: one dict per module namespace whose writes (`globals()[k] = v`,
 * `del`, `update`) reach the module, as CPython's globals() is the module's own dict. Its
 * contents are refreshed from the namespace at every globals() call.
 */
class GlobalsDict extends PyDict {
  constructor(private readonly G: Map<string, unknown>) {
    super();
  }

  override set(k: unknown, v: unknown): void {
    super.set(k, v);
    if (typeof k === 'string') this.G.set(k, v);
  }

  override delete(k: unknown): unknown {
    const v = super.delete(k);
    if (typeof k === 'string') this.G.delete(k);
    return v;
  }

  override clear(): void {
    super.clear();
    this.G.clear();
  }

  refresh(): this {
    super.clear();
    for (const [k, v] of this.G) if (v !== undefined) super.set(k, v);
    return this;
  }
}

const globalsDicts = new WeakMap<Map<string, unknown>, GlobalsDict>();

function globalsOf(G: Map<string, unknown>): PyDict {
  let d = globalsDicts.get(G);
  if (!d) {
    d = new GlobalsDict(G);
    globalsDicts.set(G, d);
  }
  return d.refresh();
}

export function introspect(kind: Introspection, fn: unknown, builtin: unknown, G: Map<string, unknown>, locals: () => [string, unknown][], args: unknown[]): unknown {
  if (fn !== builtin) return call(fn, args);
  switch (kind) {
    case 'globals':
      return globalsOf(G);
    case 'locals':
    case 'vars':
      if (kind === 'vars' && args.length) return call(fn, args);
      return PyDict.from(locals().filter(([, v]) => v !== undefined));
    case 'eval':
    case 'exec': {
      const src = args[0];
      if (typeof src !== 'string') throw pyErr('TypeError', `${kind}() arg 1 must be a string, bytes or code object, not ${typeOf(src).name}`);
      if (args.length > 1 && args[1] !== null) {
        if (!(args[1] instanceof PyDict)) throw pyErr('TypeError', `${kind}() globals must be a dict, not ${typeOf(args[1]).name}`);
        const g = new Globals();
        for (const [k, v] of args[1].entries()) g.set(String(k), v);
        const r = evaluator.current!.run(src, g, kind, '<string>');
        for (const [k, v] of g) args[1].set(k, v);
        return kind === 'exec' ? null : r;
      }
      const r = evaluator.current!.run(src, G, kind, '<string>');
      return kind === 'exec' ? null : r;
    }
  }
}
