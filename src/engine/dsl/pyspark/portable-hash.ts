/**
 * PySpark's portable_hash: tuples mix their items' hashes with the tuple algorithm of
 * Python 2 (masked to sys.maxsize), None is 0, everything else is hash(x) as executors
 * compute it. PySpark starts its Python workers with PYTHONHASHSEED=0, so str and bytes
 * hash with CPython 3.11's SipHash-1-3 under an all-zero key over the string's PEP 393
 * storage (1, 2 or 4 bytes per code point), not with the interpreter's own str hash.
 */
import { PyBytes, PyTuple, pyHash } from '../../values/py';

const MAXSIZE = (1n << 63n) - 1n;

// SipHash state as 32-bit halves: BigInt arithmetic allocates on every step, and shuffles
// hash every key.
const st = new Uint32Array(8); // v0 hi, v0 lo, v1 hi, v1 lo, v2 hi, v2 lo, v3 hi, v3 lo

function add(a: number, b: number): void {
  const lo = (st[a + 1]! + st[b + 1]!) >>> 0;
  st[a] = (st[a]! + st[b]! + (lo < st[a + 1]! ? 1 : 0)) >>> 0;
  st[a + 1] = lo;
}

function rotl(a: number, r: number): void {
  let hi = st[a]!;
  let lo = st[a + 1]!;
  if (r >= 32) {
    [hi, lo] = [lo, hi];
    r -= 32;
  }
  if (r > 0) {
    const h = ((hi << r) | (lo >>> (32 - r))) >>> 0;
    lo = ((lo << r) | (hi >>> (32 - r))) >>> 0;
    hi = h;
  }
  st[a] = hi;
  st[a + 1] = lo;
}

function xorInto(a: number, b: number): void {
  st[a] = (st[a]! ^ st[b]!) >>> 0;
  st[a + 1] = (st[a + 1]! ^ st[b + 1]!) >>> 0;
}

const V0 = 0;
const V1 = 2;
const V2 = 4;
const V3 = 6;

function round(): void {
  add(V0, V1); rotl(V1, 13); xorInto(V1, V0); rotl(V0, 32);
  add(V2, V3); rotl(V3, 16); xorInto(V3, V2);
  add(V0, V3); rotl(V3, 21); xorInto(V3, V0);
  add(V2, V1); rotl(V1, 17); xorInto(V1, V2); rotl(V2, 32);
}

function word(bytes: Uint8Array, i: number): [number, number] {
  const lo = (bytes[i]! | (bytes[i + 1]! << 8) | (bytes[i + 2]! << 16) | (bytes[i + 3]! << 24)) >>> 0;
  const hi = (bytes[i + 4]! | (bytes[i + 5]! << 8) | (bytes[i + 6]! << 16) | (bytes[i + 7]! << 24)) >>> 0;
  return [hi, lo];
}

function absorb(target: number, hi: number, lo: number): void {
  st[target] = (st[target]! ^ hi) >>> 0;
  st[target + 1] = (st[target + 1]! ^ lo) >>> 0;
}

/** SipHash-1-3 with an all-zero key (CPython 3.11's str/bytes hash under PYTHONHASHSEED=0). */
function sipHash13(bytes: Uint8Array): bigint {
  st.set([0x736f6d65, 0x70736575, 0x646f7261, 0x6e646f6d, 0x6c796765, 0x6e657261, 0x74656462, 0x79746573]);
  const n = bytes.length;
  const whole = n - (n % 8);
  for (let i = 0; i < whole; i += 8) {
    const [hi, lo] = word(bytes, i);
    absorb(V3, hi, lo);
    round();
    absorb(V0, hi, lo);
  }
  const tail = new Uint8Array(8);
  tail.set(bytes.subarray(whole));
  tail[7] = n & 0xff;
  const [hi, lo] = word(tail, 0);
  absorb(V3, hi, lo);
  round();
  absorb(V0, hi, lo);
  st[V2 + 1] = (st[V2 + 1]! ^ 0xff) >>> 0;
  round();
  round();
  round();
  const rhi = (st[V0]! ^ st[V1]! ^ st[V2]! ^ st[V3]!) >>> 0;
  const rlo = (st[V0 + 1]! ^ st[V1 + 1]! ^ st[V2 + 1]! ^ st[V3 + 1]!) >>> 0;
  return (BigInt(rhi) << 32n) | BigInt(rlo);
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
