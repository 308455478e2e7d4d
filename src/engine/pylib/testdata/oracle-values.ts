// Decoding of the tagged values scripts/pylib-oracle.py records (shared by the pylib tests).
import { doubleFromBits } from '../float-bits';
import { floatRepr } from '../float-repr';
import { PyLibError } from '../py-error';
import type { PercentHost, PercentOperand } from '../percent-format';
import { asciiOfRepr, strRepr } from '../str-repr';

export type Encoded =
  | string
  | null
  | { int: string }
  | { float: string }
  | { bool: boolean }
  | { list: Encoded[] }
  | { tuple: Encoded[] }
  | { dict: [Encoded, Encoded][] };

/** An outcome: a value, or the exception CPython raised. */
export interface Outcome {
  ok?: Encoded;
  err?: string;
  msg?: string;
}

/** A float recorded as repr(): Number() parses it exactly (repr round-trips). */
export function parseFloatRepr(text: string): number {
  switch (text) {
    case 'nan':
      return NaN;
    case 'inf':
      return Infinity;
    case '-inf':
      return -Infinity;
    default:
      return Number(text);
  }
}

export function floatFromBitsHex(hex: string): number {
  return doubleFromBits(BigInt('0x' + hex));
}

/** A recorded int: decimal, or (for huge values) '0x...' with an optional minus sign. */
export function bigIntOf(text: string): bigint {
  return text.startsWith('-') ? -BigInt(text.slice(1)) : BigInt(text);
}

export function decodeInt(e: Encoded): bigint {
  if (e !== null && typeof e === 'object' && 'int' in e) return bigIntOf(e.int);
  throw new Error(`not an int: ${JSON.stringify(e)}`);
}

export function decodeFloat(e: Encoded): number {
  if (e !== null && typeof e === 'object' && 'float' in e) return parseFloatRepr(e.float);
  throw new Error(`not a float: ${JSON.stringify(e)}`);
}

/** Runs `fn` and reports its outcome in the recorded shape, for one toEqual per case. */
export function capture<T>(fn: () => T, encode: (v: T) => Encoded): Outcome {
  try {
    return { ok: encode(fn()) };
  } catch (e) {
    if (e !== null && typeof e === 'object' && 'pyType' in e && 'pyMessage' in e) {
      return { err: String(e.pyType), msg: String(e.pyMessage) };
    }
    throw e;
  }
}

/** The recorded outcome without the case's inputs. */
export function expected(c: Outcome): Outcome {
  return c.err !== undefined ? { err: c.err, msg: c.msg } : { ok: c.ok };
}

/** repr() of a recorded value, with Python's rules for the handful of types recorded. */
export function pyRepr(e: Encoded): string {
  if (e === null) return 'None';
  if (typeof e === 'string') return strRepr(e);
  if ('int' in e) return e.int;
  if ('float' in e) return floatRepr(parseFloatRepr(e.float));
  if ('bool' in e) return e.bool ? 'True' : 'False';
  if ('list' in e) return '[' + e.list.map(pyRepr).join(', ') + ']';
  if ('tuple' in e) return e.tuple.length === 1 ? `(${pyRepr(e.tuple[0])},)` : '(' + e.tuple.map(pyRepr).join(', ') + ')';
  return '{' + e.dict.map(([k, v]) => `${pyRepr(k)}: ${pyRepr(v)}`).join(', ') + '}';
}

export function pyTypeName(e: Encoded): string {
  if (e === null) return 'NoneType';
  if (typeof e === 'string') return 'str';
  return Object.keys(e)[0];
}

/** The percent-format host a PyFlint object model would provide, over recorded values. */
export const recordedHost: PercentHost<Encoded> = {
  classify(e): PercentOperand {
    if (typeof e === 'string') return { kind: 'str', value: e };
    if (e !== null && 'int' in e) return { kind: 'int', value: bigIntOf(e.int) };
    if (e !== null && 'bool' in e) return { kind: 'int', value: e.bool ? 1 : 0 };
    if (e !== null && 'float' in e) return { kind: 'float', value: parseFloatRepr(e.float) };
    return { kind: 'other' };
  },
  typeName: pyTypeName,
  str: (e) => (typeof e === 'string' ? e : pyRepr(e)),
  repr: pyRepr,
  ascii: (e) => asciiOfRepr(pyRepr(e)),
  getItem(m, key) {
    if (m !== null && typeof m === 'object' && 'dict' in m) {
      const hit = m.dict.find(([k]) => k === key);
      if (!hit) throw new PyLibError('KeyError', strRepr(key));
      return hit[1];
    }
    throw new PyLibError('TypeError', `${pyTypeName(m)} indices must be integers or slices, not str`);
  },
};
