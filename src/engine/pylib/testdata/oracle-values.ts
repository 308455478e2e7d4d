// Decoding of the tagged values scripts/pylib-oracle.py records (shared by the pylib tests).
import { doubleFromBits } from '../float-bits';

export type Encoded =
  | string
  | null
  | { int: string }
  | { float: string }
  | { bool: boolean }
  | { list: Encoded[] }
  | { tuple: Encoded[] };

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

export function decodeInt(e: Encoded): bigint {
  if (e !== null && typeof e === 'object' && 'int' in e) return BigInt(e.int);
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
