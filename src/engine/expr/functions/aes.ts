/**
 * AES (FIPS-197) with the modes Spark's aes_encrypt/aes_decrypt use: ECB and CBC with
 * PKCS#5 padding, GCM without padding (96-bit IV, 128-bit tag, optional AAD). Written here
 * because the engine is synchronous and pure: no WebCrypto or node:crypto.
 */

const SBOX = new Uint8Array(256);
const INV_SBOX = new Uint8Array(256);

(function initTables() {
  // The S-box from the multiplicative inverse in GF(2^8) followed by the affine map.
  let p = 1;
  let q = 1;
  do {
    p = p ^ ((p << 1) & 0xff) ^ (p & 0x80 ? 0x1b : 0);
    q ^= q << 1;
    q ^= q << 2;
    q ^= q << 4;
    q &= 0xff;
    if (q & 0x80) q ^= 0x09;
    const x = q ^ rotl8(q, 1) ^ rotl8(q, 2) ^ rotl8(q, 3) ^ rotl8(q, 4) ^ 0x63;
    SBOX[p] = x;
    INV_SBOX[x] = p;
  } while (p !== 1);
  SBOX[0] = 0x63;
  INV_SBOX[0x63] = 0;
})();

function rotl8(x: number, s: number): number {
  return ((x << s) | (x >> (8 - s))) & 0xff;
}

function xtime(x: number): number {
  return ((x << 1) ^ (x & 0x80 ? 0x1b : 0)) & 0xff;
}

function mul(a: number, b: number): number {
  let r = 0;
  while (b) {
    if (b & 1) r ^= a;
    a = xtime(a);
    b >>= 1;
  }
  return r;
}

/** The expanded key schedule: (rounds + 1) round keys of 16 bytes. */
export class AesKey {
  readonly rounds: number;
  readonly schedule: Uint8Array;

  constructor(key: Uint8Array) {
    if (key.length !== 16 && key.length !== 24 && key.length !== 32) throw new Error(`bad AES key length ${key.length}`);
    const nk = key.length / 4;
    this.rounds = nk + 6;
    const words = 4 * (this.rounds + 1);
    const w = new Uint8Array(words * 4);
    w.set(key);
    let rcon = 1;
    for (let i = nk; i < words; i++) {
      let t0 = w[(i - 1) * 4]!;
      let t1 = w[(i - 1) * 4 + 1]!;
      let t2 = w[(i - 1) * 4 + 2]!;
      let t3 = w[(i - 1) * 4 + 3]!;
      if (i % nk === 0) {
        const r = t0;
        t0 = SBOX[t1]! ^ rcon;
        t1 = SBOX[t2]!;
        t2 = SBOX[t3]!;
        t3 = SBOX[r]!;
        rcon = xtime(rcon);
      } else if (nk > 6 && i % nk === 4) {
        t0 = SBOX[t0]!;
        t1 = SBOX[t1]!;
        t2 = SBOX[t2]!;
        t3 = SBOX[t3]!;
      }
      w[i * 4] = w[(i - nk) * 4]! ^ t0;
      w[i * 4 + 1] = w[(i - nk) * 4 + 1]! ^ t1;
      w[i * 4 + 2] = w[(i - nk) * 4 + 2]! ^ t2;
      w[i * 4 + 3] = w[(i - nk) * 4 + 3]! ^ t3;
    }
    this.schedule = w;
  }

  encryptBlock(input: Uint8Array, out: Uint8Array = new Uint8Array(16)): Uint8Array {
    const s = Uint8Array.from(input.subarray(0, 16));
    const w = this.schedule;
    for (let i = 0; i < 16; i++) s[i]! ^= w[i]!;
    const t = new Uint8Array(16);
    for (let round = 1; round <= this.rounds; round++) {
      // SubBytes + ShiftRows
      for (let c = 0; c < 4; c++) for (let r = 0; r < 4; r++) t[c * 4 + r] = SBOX[s[((c + r) % 4) * 4 + r]!]!;
      if (round < this.rounds) {
        for (let c = 0; c < 4; c++) {
          const a0 = t[c * 4]!;
          const a1 = t[c * 4 + 1]!;
          const a2 = t[c * 4 + 2]!;
          const a3 = t[c * 4 + 3]!;
          const all = a0 ^ a1 ^ a2 ^ a3;
          s[c * 4] = a0 ^ all ^ xtime(a0 ^ a1);
          s[c * 4 + 1] = a1 ^ all ^ xtime(a1 ^ a2);
          s[c * 4 + 2] = a2 ^ all ^ xtime(a2 ^ a3);
          s[c * 4 + 3] = a3 ^ all ^ xtime(a3 ^ a0);
        }
      } else s.set(t);
      for (let i = 0; i < 16; i++) s[i]! ^= w[round * 16 + i]!;
    }
    out.set(s);
    return out;
  }

  decryptBlock(input: Uint8Array): Uint8Array {
    const s = Uint8Array.from(input.subarray(0, 16));
    const w = this.schedule;
    for (let i = 0; i < 16; i++) s[i]! ^= w[this.rounds * 16 + i]!;
    const t = new Uint8Array(16);
    for (let round = this.rounds - 1; round >= 0; round--) {
      // InvShiftRows + InvSubBytes
      for (let c = 0; c < 4; c++) for (let r = 0; r < 4; r++) t[((c + r) % 4) * 4 + r] = INV_SBOX[s[c * 4 + r]!]!;
      for (let i = 0; i < 16; i++) t[i]! ^= w[round * 16 + i]!;
      if (round > 0) {
        for (let c = 0; c < 4; c++) {
          const a0 = t[c * 4]!;
          const a1 = t[c * 4 + 1]!;
          const a2 = t[c * 4 + 2]!;
          const a3 = t[c * 4 + 3]!;
          s[c * 4] = mul(a0, 14) ^ mul(a1, 11) ^ mul(a2, 13) ^ mul(a3, 9);
          s[c * 4 + 1] = mul(a0, 9) ^ mul(a1, 14) ^ mul(a2, 11) ^ mul(a3, 13);
          s[c * 4 + 2] = mul(a0, 13) ^ mul(a1, 9) ^ mul(a2, 14) ^ mul(a3, 11);
          s[c * 4 + 3] = mul(a0, 11) ^ mul(a1, 13) ^ mul(a2, 9) ^ mul(a3, 14);
        }
      } else s.set(t);
    }
    return s;
  }
}

export class AesError extends Error {}

function pad(data: Uint8Array): Uint8Array {
  const n = 16 - (data.length % 16);
  const out = new Uint8Array(data.length + n);
  out.set(data);
  out.fill(n, data.length);
  return out;
}

function unpad(data: Uint8Array): Uint8Array {
  const n = data[data.length - 1];
  if (data.length === 0 || n === undefined || n < 1 || n > 16 || n > data.length) throw new AesError('Given final block not properly padded');
  for (let i = data.length - n; i < data.length; i++) if (data[i] !== n) throw new AesError('Given final block not properly padded');
  return data.subarray(0, data.length - n);
}

export function ecbEncrypt(key: AesKey, data: Uint8Array): Uint8Array {
  const p = pad(data);
  const out = new Uint8Array(p.length);
  for (let i = 0; i < p.length; i += 16) out.set(key.encryptBlock(p.subarray(i, i + 16)), i);
  return out;
}

export function ecbDecrypt(key: AesKey, data: Uint8Array): Uint8Array {
  if (data.length % 16 !== 0) throw new AesError('Input length must be multiple of 16 when decrypting with padded cipher');
  const out = new Uint8Array(data.length);
  for (let i = 0; i < data.length; i += 16) out.set(key.decryptBlock(data.subarray(i, i + 16)), i);
  return unpad(out);
}

/** CBC with PKCS#5 padding; the result is IV || ciphertext, as Spark stores it. */
export function cbcEncrypt(key: AesKey, data: Uint8Array, iv: Uint8Array): Uint8Array {
  const p = pad(data);
  const out = new Uint8Array(16 + p.length);
  out.set(iv);
  let prev = iv;
  const block = new Uint8Array(16);
  for (let i = 0; i < p.length; i += 16) {
    for (let k = 0; k < 16; k++) block[k] = p[i + k]! ^ prev[k]!;
    const c = key.encryptBlock(block);
    out.set(c, 16 + i);
    prev = c;
  }
  return out;
}

export function cbcDecrypt(key: AesKey, data: Uint8Array): Uint8Array {
  if (data.length < 16 || (data.length - 16) % 16 !== 0) throw new AesError('Input length must be multiple of 16 when decrypting with padded cipher');
  let prev = data.subarray(0, 16);
  const out = new Uint8Array(data.length - 16);
  for (let i = 16; i < data.length; i += 16) {
    const c = data.subarray(i, i + 16);
    const d = key.decryptBlock(c);
    for (let k = 0; k < 16; k++) out[i - 16 + k] = d[k]! ^ prev[k]!;
    prev = c;
  }
  return unpad(out);
}

/** Multiplication in GF(2^128) with GCM's bit order, on 16-byte blocks. */
function gfMul(x: Uint8Array, y: Uint8Array): Uint8Array {
  const z = new Uint8Array(16);
  const v = Uint8Array.from(y);
  for (let i = 0; i < 128; i++) {
    if ((x[i >> 3]! >> (7 - (i & 7))) & 1) for (let k = 0; k < 16; k++) z[k]! ^= v[k]!;
    const lsb = v[15]! & 1;
    for (let k = 15; k > 0; k--) v[k] = (v[k]! >> 1) | ((v[k - 1]! & 1) << 7);
    v[0] = v[0]! >> 1;
    if (lsb) v[0]! ^= 0xe1;
  }
  return z;
}

function ghash(h: Uint8Array, aad: Uint8Array, ct: Uint8Array): Uint8Array {
  let y = new Uint8Array(16);
  const absorb = (data: Uint8Array) => {
    for (let i = 0; i < data.length; i += 16) {
      const blk = new Uint8Array(16);
      blk.set(data.subarray(i, Math.min(i + 16, data.length)));
      for (let k = 0; k < 16; k++) y[k]! ^= blk[k]!;
      y = gfMul(y, h) as Uint8Array<ArrayBuffer>;
    }
  };
  absorb(aad);
  absorb(ct);
  const lens = new Uint8Array(16);
  const put = (bits: number, at: number) => {
    for (let k = 7; k >= 0; k--) {
      lens[at + k] = bits % 256;
      bits = Math.floor(bits / 256);
    }
  };
  put(aad.length * 8, 0);
  put(ct.length * 8, 8);
  for (let k = 0; k < 16; k++) y[k]! ^= lens[k]!;
  return gfMul(y, h);
}

function inc32(block: Uint8Array): void {
  for (let k = 15; k >= 12; k--) {
    block[k] = (block[k]! + 1) & 0xff;
    if (block[k] !== 0) break;
  }
}

function gctr(key: AesKey, icb: Uint8Array, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(data.length);
  const cb = Uint8Array.from(icb);
  for (let i = 0; i < data.length; i += 16) {
    const ks = key.encryptBlock(cb);
    for (let k = 0; k < 16 && i + k < data.length; k++) out[i + k] = data[i + k]! ^ ks[k]!;
    inc32(cb);
  }
  return out;
}

function j0(iv: Uint8Array): Uint8Array {
  const b = new Uint8Array(16);
  b.set(iv);
  b[15] = 1;
  return b;
}

/** GCM with a 12-byte IV and 16-byte tag; the result is IV || ciphertext || tag, as Spark stores it. */
export function gcmEncrypt(key: AesKey, data: Uint8Array, iv: Uint8Array, aad: Uint8Array): Uint8Array {
  const h = key.encryptBlock(new Uint8Array(16));
  const pre = j0(iv);
  const ctrStart = Uint8Array.from(pre);
  inc32(ctrStart);
  const ct = gctr(key, ctrStart, data);
  const s = ghash(h, aad, ct);
  const tag = gctr(key, pre, s);
  const out = new Uint8Array(12 + ct.length + 16);
  out.set(iv);
  out.set(ct, 12);
  out.set(tag, 12 + ct.length);
  return out;
}

export function gcmDecrypt(key: AesKey, data: Uint8Array, aad: Uint8Array): Uint8Array {
  if (data.length < 28) throw new AesError('Tag mismatch');
  const iv = data.subarray(0, 12);
  const ct = data.subarray(12, data.length - 16);
  const tag = data.subarray(data.length - 16);
  const h = key.encryptBlock(new Uint8Array(16));
  const pre = j0(iv);
  const expected = gctr(key, pre, ghash(h, aad, ct));
  let diff = 0;
  for (let k = 0; k < 16; k++) diff |= expected[k]! ^ tag[k]!;
  if (diff !== 0) throw new AesError('Tag mismatch');
  const ctrStart = Uint8Array.from(pre);
  inc32(ctrStart);
  return gctr(key, ctrStart, ct);
}
