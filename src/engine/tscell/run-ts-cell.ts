/** Runs a transpiled `%ts` cell in the notebook scope and returns its last value. */
import { transpileTsCell } from './transpile';

/**
 * Names a cell can read: the notebook's own bindings first, then real globals (Math,
 * JSON, ...). Unknown names throw ReferenceError instead of silently becoming globals,
 * and assignments to new names land in the notebook scope.
 */
function scopeProxy(scope: Record<string, unknown>): object {
  return new Proxy(scope, {
    has(target, key) {
      if (typeof key !== 'string') return false;
      return key in target || !(key in globalThis);
    },
    get(target, key) {
      if (key === Symbol.unscopables) return undefined;
      if (typeof key === 'string' && key in target) return target[key];
      if (typeof key === 'string' && !(key in globalThis)) throw new ReferenceError(`${key} is not defined`);
      return (globalThis as Record<string | symbol, unknown>)[key];
    },
    set(target, key, value) {
      if (typeof key !== 'string') return false;
      target[key] = value;
      return true;
    },
  });
}

type CellFunction = (scope: object) => Promise<unknown>;

export async function runTsCell(source: string, filename: string, scope: Record<string, unknown>): Promise<unknown> {
  const { body } = transpileTsCell(source, filename);
  // Sloppy-mode wrapper: `with` is what lets top-level names persist between cells.
  const fn = new Function(
    '__flint_scope',
    `with (__flint_scope) { return (async function () {\n${body}\n}).call(undefined); }\n//# sourceURL=${filename.replace(/\s/g, '_')}`,
  ) as CellFunction;
  return await fn(scopeProxy(scope));
}
