/**
 * Shipping Python functions to executors, like cloudpickle: the function's AST, the values of
 * its free variables, and the globals it reads (other functions recursively, modules by name,
 * plain values through the serialiser). Executors rebuild it once per FunctionRef id.
 */
import type * as A from './ast';
import { PyBaseException, PyModule, formatException, exceptionLine, isPyFunction, pyErr, typeOf } from '../values/py';
import type { PyFunction } from '../values/py';
import { serialize, deserialize } from '../values';
import { FlintError } from '../errors';
import { functionId, registerFunctionCompiler } from '../rdd/function-loader';
import type { FunctionRef } from '../rdd/task';
import { compileModule, instantiate } from './compiler/module';
import { importModule } from './modules/registry';
import { wrap } from './runtime/errors';
import { Globals } from '../values/py/globals';

interface Ship {
  node: A.FunctionDef | A.Lambda;
  free: string[];
  cap: () => unknown[];
  globals: string[];
  G: Map<string, unknown>;
}

type Encoded = { fn: Payload } | { module: string } | { value: string } | { cycle: true };

interface Payload {
  node: A.FunctionDef | A.Lambda;
  free: [string, Encoded][];
  globals: [string, Encoded][];
  filename: string;
}

// Bytes as a latin-1 string: JSON-safe without base64 (btoa is not in lib ES2022).
function b64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]!);
  return s;
}

function unb64(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

function encode(v: unknown, name: string, seen: Set<unknown>): Encoded {
  if (isPyFunction(v) && v.$ship) {
    if (seen.has(v)) return { cycle: true };
    return { fn: payload(v, seen) };
  }
  if (v instanceof PyModule) return { module: v.name };
  try {
    return { value: b64(serialize(v)) };
  } catch {
    throw pyErr('TypeError', `cannot ship '${name}' (a ${typeOf(v).name} value) to the executors: it cannot be serialised`);
  }
}

function payload(fn: PyFunction, seen: Set<unknown>): Payload {
  seen.add(fn);
  const ship = fn.$ship as Ship;
  const values = ship.cap();
  const free: [string, Encoded][] = ship.free.map((n, i) => [n, encode(values[i], n, seen)]);
  const globals: [string, Encoded][] = [];
  for (const n of ship.globals) {
    const v = ship.G.get(n);
    if (v !== undefined) globals.push([n, encode(v, n, seen)]);
  }
  return { node: ship.node, free, globals, filename: fn.$spec.filename };
}

/** A FunctionRef for a Python function, or a TypeError naming what cannot be shipped. */
export function serializePyFunction(fn: unknown): FunctionRef {
  if (!isPyFunction(fn) || !fn.$ship) throw pyErr('TypeError', `cannot ship a ${typeOf(fn).name} object to the executors`);
  const source = JSON.stringify(payload(fn, new Set()));
  return { id: functionId('py', source), lang: 'py', source };
}

function pos<T extends object>(n: T, at: A.Pos): T {
  return { ...n, lineno: at.lineno, col_offset: 0, end_lineno: at.end_lineno, end_col_offset: 0 };
}

function rebuild(p: Payload, G: Globals): PyFunction {
  for (const [n, e] of p.globals) {
    if (G.has(n)) continue;
    const v = decode(e, G);
    if (v !== undefined) G.set(n, v);
  }
  const node = p.node;
  const name = node._type === 'FunctionDef' ? node.name : '__flint_fn__';
  const inner: A.Stmt[] = node._type === 'FunctionDef'
    ? [node]
    : [pos({ _type: 'Assign', targets: [pos({ _type: 'Name', id: name, ctx: { _type: 'Store' } }, node)], value: node, type_comment: null } as A.Assign, node)];
  const ret = pos({ _type: 'Return', value: pos({ _type: 'Name', id: name, ctx: { _type: 'Load' } }, node) } as A.Return, node);
  const arg = (n: string): A.Arg => pos({ _type: 'arg', arg: n, annotation: null, type_comment: null } as A.Arg, node);
  const maker = pos({
    _type: 'FunctionDef', name: '__flint_make__', decorator_list: [], returns: null, type_comment: null,
    args: { _type: 'arguments', posonlyargs: [], args: p.free.map(([n]) => arg(n)), vararg: null, kwonlyargs: [], kw_defaults: [], kwarg: null, defaults: [] },
    body: [...inner, ret],
  } as unknown as A.FunctionDef, node);
  const mod: A.Module = { _type: 'Module', body: [maker], type_ignores: [] };
  const compiled = compileModule(mod, {});
  instantiate(compiled, p.filename, [])(G, '__main__');
  const make = G.get('__flint_make__') as (...a: unknown[]) => unknown;
  G.delete('__flint_make__');
  const fn = make(...p.free.map(([n, e]) => decode(e, G) ?? G.get(n)));
  if (node._type === 'FunctionDef' && !G.has(node.name)) G.set(node.name, fn);
  return fn as PyFunction;
}

function decode(e: Encoded, G: Globals): unknown {
  if ('fn' in e) return rebuild(e.fn, G);
  if ('module' in e) return importModule(e.module, true);
  if ('value' in e) return deserialize(unb64(e.value));
  return undefined;
}

/** Rebuilds a shipped function; its Python exceptions surface as FlintErrors with tracebacks. */
export function compileShippedFunction(source: string): (...args: unknown[]) => unknown {
  const fn = rebuild(JSON.parse(source) as Payload, new Globals([['__name__', '__main__']]));
  return (...args: unknown[]) => {
    try {
      return fn(...args);
    } catch (e) {
      const x = e instanceof PyBaseException ? e : wrap(e);
      const lines = formatException(x);
      const last = exceptionLine(x);
      throw new FlintError(x.$cls.name, last.slice(last.indexOf(': ') + 2), lines.slice(0, -1));
    }
  };
}

registerFunctionCompiler('py', compileShippedFunction);
