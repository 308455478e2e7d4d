/**
 * Key semantics of the JavaScript RDD API, in one place. Pair operations find keys
 * equal through `canon` (a Map key: primitives as themselves, arrays and plain objects
 * as a canonical string), place them with `hash`, and order them with `compare`. They
 * reach executors as the builtin functions 'js.canon', 'js.hash' and 'js.compare'; a
 * language layer supplies its own KeySemantics (PyFlint: Python equality, portable_hash).
 */
import type { FunctionRef } from './task';

export interface KeySemantics {
  /** (key) → a value that is SameValueZero-equal exactly when the keys are equal. */
  readonly canon: FunctionRef;
  /** (key) → an integer; equal keys hash alike. */
  readonly hash: FunctionRef;
  /** (a, b) → negative, zero or positive. */
  readonly compare: FunctionRef;
}

const builtin = (name: string): FunctionRef => ({ id: `builtin:${name}`, lang: 'builtin', source: name });

export const jsKeySemantics: KeySemantics = {
  canon: builtin('js.canon'),
  hash: builtin('js.hash'),
  compare: builtin('js.compare'),
};

function canonicalText(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonicalText).join(',')}]`;
  if (typeof v === 'object' && v !== null) {
    const keys = Object.keys(v).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalText((v as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'bigint') return `${v}n`;
  return String(v);
}

export function jsCanon(k: unknown): unknown {
  return typeof k === 'object' && k !== null ? `\u0000${canonicalText(k)}` : k;
}

function stringHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h | 0;
}

export function jsHash(k: unknown): number {
  switch (typeof k) {
    case 'number':
      return Number.isSafeInteger(k) ? k : stringHash(String(k));
    case 'string':
      return stringHash(k);
    case 'boolean':
      return k ? 1 : 0;
    case 'bigint':
      return stringHash(k.toString());
    case 'undefined':
      return 0;
    default:
      return k === null ? 0 : stringHash(canonicalText(k));
  }
}

function rank(v: unknown): number {
  if (v === null || v === undefined) return 0;
  switch (typeof v) {
    case 'boolean':
      return 1;
    case 'number':
    case 'bigint':
      return 2;
    case 'string':
      return 3;
    default:
      return Array.isArray(v) ? 4 : 5;
  }
}

export function jsCompare(a: unknown, b: unknown): number {
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra - rb;
  if (ra === 4) {
    const x = a as unknown[];
    const y = b as unknown[];
    const n = Math.min(x.length, y.length);
    for (let i = 0; i < n; i++) {
      const c = jsCompare(x[i], y[i]);
      if (c !== 0) return c;
    }
    return x.length - y.length;
  }
  if (ra === 5) {
    const x = canonicalText(a);
    const y = canonicalText(b);
    return x < y ? -1 : x > y ? 1 : 0;
  }
  return (a as number) < (b as number) ? -1 : (a as number) > (b as number) ? 1 : 0;
}

/** A partition index in [0, n) for an integer hash, as Spark's nonNegativeMod. */
export function nonNegativeMod(h: number, n: number): number {
  const m = h % n;
  return m < 0 ? m + n : m;
}
