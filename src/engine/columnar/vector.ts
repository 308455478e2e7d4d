/**
 * One column of a batch: a typed array for fixed-width Spark types (with a validity
 * bitmap, bit set = value present) or a plain array for strings, decimals and nested
 * values. Typed buffers can move between workers in a transfer list without copying.
 */
import type { DataType } from '../types';

export type ColumnVector =
  | { readonly kind: 'int32'; readonly values: Int32Array; readonly validity: Uint8Array }
  | { readonly kind: 'int64'; readonly values: BigInt64Array; readonly validity: Uint8Array }
  | { readonly kind: 'float64'; readonly values: Float64Array; readonly validity: Uint8Array }
  | { readonly kind: 'bool'; readonly values: Uint8Array; readonly validity: Uint8Array }
  | { readonly kind: 'object'; readonly values: unknown[]; readonly dictionary?: DictionaryCodes };

/**
 * A string column's distinct values, shared by every batch of a table, and this vector's
 * index into them (-1 = null); `values[i]` is always `entries[codes[i]]`. Kernels group,
 * count and test per distinct value instead of per row.
 */
export interface DictionaryCodes {
  readonly entries: readonly string[];
  readonly codes: Int32Array;
}

/**
 * An object vector of `n` values that `fill` writes when `values` is first read (then kept):
 * a vector a query never reads by value (a dictionary-coded group key, a column a reader
 * decodes lazily) never builds its array.
 */
export function lazyObjectVector(n: number, fill: (out: unknown[]) => void, dictionary?: DictionaryCodes): ColumnVector {
  let values: unknown[] | null = null;
  const get = (): unknown[] => {
    if (values === null) {
      values = new Array<unknown>(n);
      fill(values);
    }
    return values;
  };
  return dictionary
    ? { kind: 'object', get values() { return get(); }, dictionary }
    : { kind: 'object', get values() { return get(); } };
}

/**
 * A vector of layout `kind` that `make` builds when a consumer first reads it (`values`,
 * `validity` or, for strings, `dictionary`), then kept: a reader hands out columns a query may
 * never touch (a CSV count converts none). `make` must give a vector of the same kind.
 */
export function lazyVector(kind: ColumnVector['kind'], make: () => ColumnVector): ColumnVector {
  let v: ColumnVector | null = null;
  const get = (): ColumnVector => {
    if (v === null) {
      v = make();
      if (v.kind !== kind) throw new Error(`lazy ${kind} vector built as ${v.kind}`);
    }
    return v;
  };
  if (kind === 'object') {
    return {
      kind,
      get values() { return get().values as unknown[]; },
      get dictionary() { return (get() as { dictionary?: DictionaryCodes }).dictionary; },
    } as ColumnVector;
  }
  return {
    kind,
    get values() { return get().values; },
    get validity() { return (get() as { validity: Uint8Array }).validity; },
  } as ColumnVector;
}

/** The physical layout Spark's type gets in a batch. */
export function layoutOf(t: DataType): ColumnVector['kind'] {
  switch (t.kind) {
    case 'byte': case 'short': case 'int': case 'date': return 'int32';
    case 'long': return 'int64';
    case 'float': case 'double': case 'timestamp': case 'timestamp_ntz': case 'daytime': return 'float64';
    case 'boolean': return 'bool';
    default: return 'object';
  }
}

export function isValid(v: ColumnVector, i: number): boolean {
  if (v.kind === 'object') return v.values[i] !== null && v.values[i] !== undefined;
  return (v.validity[i >> 3]! & (1 << (i & 7))) !== 0;
}

export function getValue(v: ColumnVector, i: number): unknown {
  switch (v.kind) {
    case 'object': return v.values[i] ?? null;
    case 'bool': return isValid(v, i) ? v.values[i] === 1 : null;
    case 'int32': case 'int64': case 'float64': return isValid(v, i) ? v.values[i]! : null;
    default: {
      const never: never = v;
      throw new Error(`unexpected vector ${JSON.stringify(never)}`);
    }
  }
}

/** Builds a vector of `n` values read through `at(i)` (null = missing). */
export function buildVector(t: DataType, n: number, at: (i: number) => unknown): ColumnVector {
  const layout = layoutOf(t);
  if (layout === 'object') {
    const values = new Array<unknown>(n);
    for (let i = 0; i < n; i++) values[i] = at(i) ?? null;
    return { kind: 'object', values };
  }
  const validity = new Uint8Array((n + 7) >> 3);
  const mark = (i: number) => {
    validity[i >> 3]! |= 1 << (i & 7);
  };
  switch (layout) {
    case 'int32': {
      const values = new Int32Array(n);
      for (let i = 0; i < n; i++) {
        const x = at(i);
        if (x !== null && x !== undefined) {
          values[i] = x as number;
          mark(i);
        }
      }
      return { kind: 'int32', values, validity };
    }
    case 'int64': {
      const values = new BigInt64Array(n);
      for (let i = 0; i < n; i++) {
        const x = at(i);
        if (x !== null && x !== undefined) {
          values[i] = x as bigint;
          mark(i);
        }
      }
      return { kind: 'int64', values, validity };
    }
    case 'float64': {
      const values = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        const x = at(i);
        if (x !== null && x !== undefined) {
          values[i] = x as number;
          mark(i);
        }
      }
      return { kind: 'float64', values, validity };
    }
    case 'bool': {
      const values = new Uint8Array(n);
      for (let i = 0; i < n; i++) {
        const x = at(i);
        if (x !== null && x !== undefined) {
          values[i] = x ? 1 : 0;
          mark(i);
        }
      }
      return { kind: 'bool', values, validity };
    }
    default: {
      const never: never = layout;
      throw new Error(`unexpected layout ${String(never)}`);
    }
  }
}

/** A vector of `n` copies of `value` (null gives an all-missing vector). */
export function constantVector(t: DataType, value: unknown, n: number): ColumnVector {
  const layout = layoutOf(t);
  if (layout === 'object') return { kind: 'object', values: new Array<unknown>(n).fill(value ?? null) };
  const validity = new Uint8Array((n + 7) >> 3);
  if (value !== null && value !== undefined) validity.fill(0xff);
  switch (layout) {
    case 'int32': return { kind: 'int32', values: new Int32Array(n).fill(value === null ? 0 : (value as number)), validity };
    case 'int64': return { kind: 'int64', values: new BigInt64Array(n).fill(value === null ? 0n : (value as bigint)), validity };
    case 'float64': return { kind: 'float64', values: new Float64Array(n).fill(value === null ? 0 : (value as number)), validity };
    case 'bool': return { kind: 'bool', values: new Uint8Array(n).fill(value ? 1 : 0), validity };
    default: {
      const never: never = layout;
      throw new Error(`unexpected layout ${String(never)}`);
    }
  }
}

function gatherValidity(validity: Uint8Array, sel: Int32Array, n: number): Uint8Array {
  const out = new Uint8Array((n + 7) >> 3);
  for (let i = 0; i < n; i++) {
    const j = sel[i]!;
    if ((validity[j >> 3]! >> (j & 7)) & 1) out[i >> 3]! |= 1 << (i & 7);
  }
  return out;
}

/** The rows `sel[0..n)` of `v`, in that order. */
export function gatherVector(v: ColumnVector, sel: Int32Array, n: number): ColumnVector {
  switch (v.kind) {
    case 'object': {
      if (v.dictionary) {
        // The codes are what kernels read; the values follow from them when first asked for.
        const codes = new Int32Array(n);
        const from = v.dictionary.codes;
        for (let i = 0; i < n; i++) codes[i] = from[sel[i]!]!;
        const entries = v.dictionary.entries;
        return lazyObjectVector(n, (values) => {
          for (let i = 0; i < n; i++) values[i] = codes[i]! < 0 ? null : entries[codes[i]!];
        }, { entries, codes });
      }
      const values = new Array<unknown>(n);
      for (let i = 0; i < n; i++) values[i] = v.values[sel[i]!];
      return { kind: 'object', values };
    }
    case 'int32': {
      const values = new Int32Array(n);
      for (let i = 0; i < n; i++) values[i] = v.values[sel[i]!]!;
      return { kind: 'int32', values, validity: gatherValidity(v.validity, sel, n) };
    }
    case 'int64': {
      const values = new BigInt64Array(n);
      for (let i = 0; i < n; i++) values[i] = v.values[sel[i]!]!;
      return { kind: 'int64', values, validity: gatherValidity(v.validity, sel, n) };
    }
    case 'float64': {
      const values = new Float64Array(n);
      for (let i = 0; i < n; i++) values[i] = v.values[sel[i]!]!;
      return { kind: 'float64', values, validity: gatherValidity(v.validity, sel, n) };
    }
    case 'bool': {
      const values = new Uint8Array(n);
      for (let i = 0; i < n; i++) values[i] = v.values[sel[i]!]!;
      return { kind: 'bool', values, validity: gatherValidity(v.validity, sel, n) };
    }
    default: {
      const never: never = v;
      throw new Error(`unexpected vector ${JSON.stringify(never)}`);
    }
  }
}
