/**
 * hash(): CPython's numeric hash (so hash(1) == hash(1.0) == hash(True) and ints hash to
 * themselves), CPython's tuple hash, and a deterministic string hash (CPython randomises its own).
 * keyHash() is the cheap 32-bit hash dicts and sets bucket non-primitive keys by.
 */
import { PyBoxed, PyObject, T, typeOf, userDunder } from './core';
import { PyFloat } from './float';
import { PyTuple } from './tuple';
import { pyErr } from './exceptions';
import { identity } from './identity';
import { callMethodHook } from './hooks';
import { PyFrozenSet } from './set';

function shuffle(h: bigint): bigint {
  return (((h ^ 89869747n) ^ (h << 16n)) * 3644798167n) & MASK64;
}

/** CPython's frozenset hash: order-independent, over the elements' hashes. */
function frozensetHash(s: PyFrozenSet): number | bigint {
  let h = 0n;
  for (const x of s.values()) h ^= shuffle(BigInt.asUintN(64, BigInt(pyHash(x))));
  h ^= (BigInt(s.size) + 1n) * 1927868237n & MASK64;
  h ^= (h >> 11n) ^ (h >> 25n);
  h = (h * 69069n + 907133923n) & MASK64;
  const signed = BigInt.asIntN(64, h);
  if (signed === -1n) return 590923713;
  const n = Number(signed);
  return Number.isSafeInteger(n) ? n : signed;
}

const P = (1n << 61n) - 1n;
const MASK64 = (1n << 64n) - 1n;

function finish(h: bigint): number | bigint {
  if (h === -1n) h = -2n;
  const n = Number(h);
  return Number.isSafeInteger(n) ? n : h;
}

export function intHash(n: number | bigint): number | bigint {
  if (typeof n === 'number') return n === -1 ? -2 : n;
  const neg = n < 0n;
  let h = (neg ? -n : n) % P;
  if (neg) h = -h;
  return finish(h);
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

export function floatHash(v: number): number | bigint {
  if (Number.isInteger(v)) return intHash(Number.isSafeInteger(v) ? v : BigInt(v));
  if (v !== v) return 0;
  if (v === Infinity) return 314159;
  if (v === -Infinity) return -314159;
  // v = m * 2**e exactly, with m an integer below 2**53.
  let e = 0;
  let m = Math.abs(v);
  while (!Number.isInteger(m)) {
    m *= 2;
    e--;
  }
  let h = BigInt(m) % P;
  const shift = BigInt(((e % 61) + 61) % 61);
  h = ((h << shift) & P) + (h >> (61n - shift));
  h %= P;
  if (v < 0) h = -h;
  return finish(h);
}

function strHash(s: string): number {
  let h1 = 0x811c9dc5;
  let h2 = 0x9747b28c;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  const h = (h1 >>> 0) * 0x200000 + ((h2 >>> 0) & 0x1fffff) - 2 ** 52;
  return h === -1 ? -2 : h;
}

const XP1 = 11400714785074694791n;
const XP2 = 14029467366897019727n;
const XP5 = 2870177450012600261n;

function tupleHash(items: unknown[]): number | bigint {
  let acc = XP5;
  for (const it of items) {
    const lane = BigInt.asUintN(64, BigInt(pyHash(it)));
    acc = (acc + lane * XP2) & MASK64;
    acc = ((acc << 31n) | (acc >> 33n)) & MASK64;
    acc = (acc * XP1) & MASK64;
  }
  acc = (acc + (BigInt(items.length) ^ (XP5 ^ 3527539n))) & MASK64;
  const signed = BigInt.asIntN(64, acc);
  if (signed === -1n) return 1546275796;
  const n = Number(signed);
  return Number.isSafeInteger(n) ? n : signed;
}

function unhashable(x: unknown): never {
  throw pyErr('TypeError', `unhashable type: '${typeOf(x).name}'`);
}

/** Python's hash(x). */
export function pyHash(x: unknown): number | bigint {
  switch (typeof x) {
    case 'number':
      return Number.isInteger(x) ? (x === -1 ? -2 : x) : floatHash(x);
    case 'boolean':
      return x ? 1 : 0;
    case 'string':
      return strHash(x);
    case 'bigint':
      return intHash(x);
    case 'function':
      return identity(x) >> 4;
    case 'object': {
      if (x === null) return 0xfcb2d0;
      if (x instanceof PyFloat) return floatHash(x.v);
      if (x instanceof PyTuple) return tupleHash(x.items);
      if (x instanceof PyFrozenSet) return frozensetHash(x);
      if (Array.isArray(x)) return unhashable(x);
      if (x instanceof PyBoxed && userDunder(x, '__hash__') === undefined) return pyHash(x.$v);
      const t = typeOf(x);
      const h = t.lookup('__hash__');
      if (h === null) return unhashable(x);
      if (x instanceof PyObject && h !== undefined && h !== T.object.dict.get('__hash__')) {
        const r = callMethodHook.call(x, '__hash__', []);
        if (typeof r === 'number' && Number.isInteger(r)) return r === -1 ? -2 : r;
        if (typeof r === 'bigint') return intHash(r);
        if (typeof r === 'boolean') return r ? 1 : 0;
        throw pyErr('TypeError', '__hash__ method should return an integer');
      }
      const custom = (x as { pyHash?: () => number | bigint }).pyHash;
      if (custom) return custom.call(x);
      return identity(x) >> 4;
    }
    default:
      return 0;
  }
}

/** A 32-bit hash consistent with Python equality, for bucketing non-primitive keys. */
export function keyHash(x: unknown): number {
  if (typeof x === 'number') {
    if (Number.isInteger(x)) return (x % 4294967296) | 0;
    f64[0] = x;
    return (u32[0]! ^ u32[1]!) | 0;
  }
  if (typeof x === 'string') return strHash(x) | 0;
  if (x instanceof PyTuple) {
    let h = 0x345678;
    for (const it of x.items) h = Math.imul(h ^ keyHash(it), 1000003);
    return h ^ x.items.length;
  }
  if (typeof x === 'boolean') return x ? 1 : 0;
  if (x instanceof PyFloat) return Number.isSafeInteger(x.v) ? keyHash(x.v) : keyHash(BigInt(x.v));
  if (x instanceof PyFrozenSet) {
    let h = 0x1234567 ^ x.size;
    for (const v of x.values()) h ^= Math.imul(keyHash(v) ^ 0x55aa55, 0x2545f491);
    return h;
  }
  const h = pyHash(x);
  return typeof h === 'number' ? (h % 4294967296) | 0 : Number(BigInt.asIntN(32, h));
}
