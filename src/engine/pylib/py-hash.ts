// CPython's numeric hash: hash(n) == hash(float(n)) == hash(Fraction) for equal values,
// computed as the value modulo the Mersenne prime 2**61 - 1, sign kept, -1 mapped to -2.
import { decompose } from './float-bits';

const BITS = 61n;
const MODULUS = (1n << BITS) - 1n;
/** hash(float('inf')); -inf hashes to its negation. */
export const HASH_INF = 314159n;

function finish(h: bigint, negative: boolean): bigint {
  const signed = negative ? -h : h;
  return signed === -1n ? -2n : signed;
}

/** hash(n) for a Python int. */
export function hashInt(n: number | bigint): bigint {
  const v = BigInt(n);
  const negative = v < 0n;
  return finish((negative ? -v : v) % MODULUS, negative);
}

/** 2**e mod (2**61 - 1) for any integer e: 2**61 == 1 there, so reduce e mod 61. */
function pow2Mod(e: number): bigint {
  const r = ((e % 61) + 61) % 61;
  return (1n << BigInt(r)) % MODULUS;
}

/**
 * hash(x) for a Python float. NaN hashes by object identity in CPython 3.10+; pylib has no
 * identity, so it returns 0 and the object model should substitute its own identity hash.
 */
export function hashFloat(x: number): bigint {
  if (Number.isNaN(x)) return 0n;
  if (x === Infinity) return HASH_INF;
  if (x === -Infinity) return -HASH_INF;
  if (x === 0) return 0n;
  const { mant, exp } = decompose(x);
  return finish(((mant % MODULUS) * pow2Mod(exp)) % MODULUS, x < 0);
}
