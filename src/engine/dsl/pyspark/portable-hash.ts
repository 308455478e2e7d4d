/**
 * PySpark's portable_hash: tuples mix their items' hashes with the tuple algorithm of
 * Python 2 (masked to sys.maxsize), None is 0, everything else is hash(x) as executors
 * compute it. PySpark starts its Python workers with PYTHONHASHSEED=0, so str and bytes
 * hash with CPython 3.11's SipHash-1-3 under an all-zero key over the string's PEP 393
 * storage (1, 2 or 4 bytes per code point), not with the interpreter's own str hash.
 */
import { PyBytes, PyTuple, pyHash } from '../../values/py';

const M64 = (1n << 64n) - 1n;
const MAXSIZE = (1n << 63n) - 1n;

function rotl(x: bigint, b: bigint): bigint {
  return ((x << b) | (x >> (64n - b))) & M64;
}

function sipHash13(bytes: Uint8Array): bigint {
  let v0 = 0x736f6d6570736575n;
  let v1 = 0x646f72616e646f6dn;
  let v2 = 0x6c7967656e657261n;
  let v3 = 0x7465646279746573n;
  const round = () => {
    v0 = (v0 + v1) & M64; v1 = rotl(v1, 13n); v1 ^= v0; v0 = rotl(v0, 32n);
    v2 = (v2 + v3) & M64; v3 = rotl(v3, 16n); v3 ^= v2;
    v0 = (v0 + v3) & M64; v3 = rotl(v3, 21n); v3 ^= v0;
    v2 = (v2 + v1) & M64; v1 = rotl(v1, 17n); v1 ^= v2; v2 = rotl(v2, 32n);
  };
  const n = bytes.length;
  const whole = n - (n % 8);
  for (let i = 0; i < whole; i += 8) {
    let m = 0n;
    for (let j = 7; j >= 0; j--) m = (m << 8n) | BigInt(bytes[i + j]!);
    v3 ^= m;
    round();
    v0 ^= m;
  }
  let b = (BigInt(n) & 0xffn) << 56n;
  for (let j = n - whole - 1; j >= 0; j--) b |= BigInt(bytes[whole + j]!) << BigInt(8 * j);
  v3 ^= b;
  round();
  v0 ^= b;
  v2 ^= 0xffn;
  round();
  round();
  round();
  return (v0 ^ v1 ^ v2 ^ v3) & M64;
}

function signed(h: bigint): number | bigint {
  let s = h >= 1n << 63n ? h - (1n << 64n) : h;
  if (s === -1n) s = -2n;
  return Number.isSafeInteger(Number(s)) && BigInt(Number(s)) === s ? Number(s) : s;
}

/** The bytes CPython hashes for a str: its code points at the narrowest fixed width. */
function storage(s: string): Uint8Array {
  const cps: number[] = [];
  let max = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    cps.push(c);
    if (c > max) max = c;
  }
  const width = max < 0x100 ? 1 : max < 0x10000 ? 2 : 4;
  const out = new Uint8Array(cps.length * width);
  cps.forEach((c, i) => {
    for (let j = 0; j < width; j++) out[i * width + j] = (c >>> (8 * j)) & 0xff;
  });
  return out;
}

/** hash(s) in a CPython 3.11 started with PYTHONHASHSEED=0. */
export function strHashSeed0(s: string): number | bigint {
  if (s.length === 0) return 0;
  return signed(sipHash13(storage(s)));
}

export function bytesHashSeed0(b: Uint8Array): number | bigint {
  if (b.length === 0) return 0;
  return signed(sipHash13(b));
}

export function portableHash(x: unknown): number | bigint {
  if (x === null || x === undefined) return 0;
  if (x instanceof PyTuple) {
    let h = 0x345678n;
    for (const item of x.items) {
      h ^= BigInt(portableHash(item));
      h = (h * 1000003n) & MAXSIZE;
    }
    h ^= BigInt(x.items.length);
    if (h === -1n) h = -2n;
    return Number.isSafeInteger(Number(h)) ? Number(h) : h;
  }
  if (typeof x === 'string') return strHashSeed0(x);
  if (x instanceof PyBytes) return bytesHashSeed0(x.b);
  return pyHash(x);
}
