/**
 * Rebuilding a shipped Python function on an executor from ship-encode's payload: its
 * globals first (functions recursively, modules by import, values deserialised), then a
 * maker function whose parameters are the free variables, called with their values.
 * A captured None stays None (ship.ts's decoder treats a null value as absent).
 */
import type * as A from '../ast';
import { PyModule } from '../../values/py';
import type { PyFunction } from '../../values/py';
import { deserialize } from '../../values';
import { compileModule, instantiate } from '../compiler/module';
import { importModule } from '../modules/registry';
import type { Encoded, Payload } from './ship-encode';

type Globals = Map<string, unknown>;

function at<T extends object>(n: T, where: A.Pos): T {
  return { ...n, lineno: where.lineno, col_offset: 0, end_lineno: where.end_lineno, end_col_offset: 0 };
}

function bytesOf(latin1: string): Uint8Array {
  const out = new Uint8Array(latin1.length);
  for (let i = 0; i < latin1.length; i++) out[i] = latin1.charCodeAt(i);
  return out;
}

/** undefined only for a cycle (the function is then found in the globals by name). */
function decode(e: Encoded, G: Globals): unknown {
  if ('fn' in e) return rebuild(e.fn, G);
  if ('module' in e) return importModule(e.module, true);
  if ('value' in e) return deserialize(bytesOf(e.value));
  return undefined;
}

function rebuild(p: Payload, G: Globals): PyFunction {
  for (const [n, e] of p.globals) {
    if (G.has(n)) continue;
    const v = decode(e, G);
    if (v !== undefined) G.set(n, v);
  }
  const node = p.node as A.FunctionDef | A.Lambda;
  const name = node._type === 'FunctionDef' ? node.name : '__flint_fn__';
  const load = (id: string) => at({ _type: 'Name', id, ctx: { _type: 'Load' } } as A.Name, node);
  const define: A.Stmt = node._type === 'FunctionDef'
    ? node
    : at({ _type: 'Assign', targets: [at({ _type: 'Name', id: name, ctx: { _type: 'Store' } } as A.Name, node)], value: node, type_comment: null } as A.Assign, node);
  const params = p.free.map(([n]) => at({ _type: 'arg', arg: n, annotation: null, type_comment: null } as A.Arg, node));
  const maker = at({
    _type: 'FunctionDef', name: '__flint_make__', decorator_list: [], returns: null, type_comment: null,
    args: { _type: 'arguments', posonlyargs: [], args: params, vararg: null, kwonlyargs: [], kw_defaults: [], kwarg: null, defaults: [] },
    body: [define, at({ _type: 'Return', value: load(name) } as A.Return, node)],
  } as unknown as A.FunctionDef, node);
  instantiate(compileModule({ _type: 'Module', body: [maker], type_ignores: [] }, {}), p.filename, [])(G, '__main__');
  const make = G.get('__flint_make__') as (...a: unknown[]) => unknown;
  G.delete('__flint_make__');
  const fn = make(...p.free.map(([n, e]) => {
    const v = decode(e, G);
    return v === undefined ? G.get(n) : v;
  })) as PyFunction;
  if (node._type === 'FunctionDef' && !G.has(node.name)) G.set(node.name, fn);
  return fn;
}

/** A shipped function in its own module namespace. */
export function rebuildFunction(p: Payload): PyFunction {
  const G = new PyModule('__main__').$d;
  G.set('__name__', '__main__');
  return rebuild(p, G);
}

/** A fresh module namespace per shipped function, as each unpickled closure has its own. */
export function rebuildShipped(source: string): PyFunction {
  const G = new PyModule('__main__').$d;
  G.set('__name__', '__main__');
  return rebuild(JSON.parse(source) as Payload, G);
}
