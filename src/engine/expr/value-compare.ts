/**
 * Comparators chosen once per type with the same results as `compareValues` on non-null
 * values, so hot loops (sorts, vector comparisons, min/max) skip its type switch.
 */
import type { DataType } from '../types';
import { compareValues } from './compare';

export type ValueCompare = (a: unknown, b: unknown) => number;

const plain: ValueCompare = (a, b) => ((a as number) < (b as number) ? -1 : (a as number) > (b as number) ? 1 : 0);

/** Doubles in Spark's order: NaN after every other value and equal to itself; -0.0 = 0.0. */
export function compareDoubles(x: number, y: number): number {
  if (x < y) return -1;
  if (x > y) return 1;
  if (x === y) return 0;
  const nx = x !== x;
  return nx === (y !== y) ? 0 : nx ? 1 : -1;
}
const doubles: ValueCompare = (a, b) => compareDoubles(a as number, b as number);
const booleans: ValueCompare = (a, b) => (a === b ? 0 : a ? 1 : -1);

export function valueComparator(t: DataType): ValueCompare {
  switch (t.kind) {
    case 'byte': case 'short': case 'int': case 'long': case 'date': case 'string':
    case 'timestamp': case 'timestamp_ntz':
      return plain;
    case 'float': case 'double': return doubles;
    case 'boolean': return booleans;
    default: return (a, b) => compareValues(a, b, t);
  }
}
