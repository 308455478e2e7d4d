/**
 * Encodes a Python function in ship.ts's payload format (ship.ts's compiler rebuilds it on
 * executors). Kept here because ship.ts marks every function it has visited as a cycle, so
 * a function captured twice in one closure tree (a key function used by two pipelined
 * stages) arrives unbound; here only a function's own ancestors count as a cycle.
 */
import { PyModule, isPyFunction, pyErr, typeOf } from '../../values/py';
import type { PyFunction } from '../../values/py';
import { serialize } from '../../values';
import { functionId, insideTask, registerFunctionCompiler } from '../../rdd';
import { rebuildShipped } from './ship-decode';
import { asTaskFailure } from './task-output';
import type { FunctionRef } from '../../rdd';
import { shippableNative } from './references';

interface Ship {
  readonly node: unknown;
  readonly free: readonly string[];
  readonly cap: () => unknown[];
  readonly globals: readonly string[];
  readonly G: Map<string, unknown>;
}

export type Encoded = { fn: Payload } | { module: string } | { value: string } | { cycle: true };

export interface Payload {
  node: unknown;
  free: [string, Encoded][];
  globals: [string, Encoded][];
  filename: string;
}

function latin1(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]!);
  return s;
}

function encode(v: unknown, name: string, ancestors: Set<unknown>): Encoded {
  if (isPyFunction(v) && v.$ship) return ancestors.has(v) ? { cycle: true } : { fn: payload(v, ancestors) };
  if (v instanceof PyModule) return { module: v.name };
  const native = shippableNative(v);
  if (native !== null) return { value: latin1(serialize(native)) };
  try {
    return { value: latin1(serialize(v)) };
  } catch (e) {
    if (e && typeof e === 'object' && '$cls' in e && !(e instanceof Error)) throw e;
    throw pyErr('TypeError', `cannot ship '${name}' (a ${typeOf(v).name} value) to the executors: it cannot be serialised`);
  }
}

function payload(fn: PyFunction, ancestors: Set<unknown>): Payload {
  ancestors.add(fn);
  try {
    const ship = fn.$ship as Ship;
    const values = ship.cap();
    const free: [string, Encoded][] = ship.free.map((n, i) => [n, encode(values[i], n, ancestors)]);
    const globals: [string, Encoded][] = [];
    for (const n of ship.globals) {
      const v = ship.G.get(n);
      if (v !== undefined) globals.push([n, encode(v, n, ancestors)]);
    }
    return { node: ship.node, free, globals, filename: fn.$spec.filename };
  } finally {
    ancestors.delete(fn);
  }
}

/** One function's payload on its own (a class's method). */
export function encodeFunction(fn: PyFunction): Payload {
  return payload(fn, new Set());
}

/**
 * A FunctionRef in ship.ts's payload format under our own language, rebuilt by
 * ship-decode.ts; failures while rebuilding or running fail the task with their Python
 * traceback.
 */
export function encodePyFunction(fn: unknown): FunctionRef {
  if (!isPyFunction(fn) || !fn.$ship) throw pyErr('TypeError', `cannot ship a ${typeOf(fn).name} object to the executors`);
  const source = JSON.stringify(payload(fn, new Set()));
  return { id: functionId(PYSPARK_LANG, source), lang: PYSPARK_LANG, source };
}

export const PYSPARK_LANG = 'pyspark.py';

registerFunctionCompiler(PYSPARK_LANG, (source) => {
  let fn: (...args: unknown[]) => unknown;
  try {
    fn = rebuildShipped(source);
  } catch (e) {
    throw asTaskFailure(e);
  }
  return (...args: unknown[]) => {
    try {
      return fn(...args);
    } catch (e) {
      // On the driver (an accumulator's merge) the Python exception propagates as itself.
      throw insideTask() ? asTaskFailure(e) : e;
    }
  };
});
