import { T, setClassType } from './core';

/** An immutable sequence; `items` must never be mutated after construction. */
export class PyTuple {
  constructor(readonly items: unknown[]) {}
}
setClassType(PyTuple, T.tuple);

export const EMPTY_TUPLE = new PyTuple([]);

export function tuple(items: unknown[]): PyTuple {
  return items.length ? new PyTuple(items) : EMPTY_TUPLE;
}
