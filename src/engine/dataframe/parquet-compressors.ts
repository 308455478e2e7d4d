/**
 * Compressors for the Parquet codecs Spark writes besides snappy (hyparquet-writer has its
 * own snappy and takes the others as functions of a page's bytes), in plain TypeScript so
 * the browser build writes them too:
 *
 * - GZIP: a gzip member (RFC 1952) holding one DEFLATE block with the fixed Huffman codes
 *   (RFC 1951 §3.2.6) over LZ77 matches found through hash chains in a 32 KiB window.
 * - LZ4_RAW: one LZ4 block (the block format: sequences of literals and matches).
 * - LZ4: parquet-mr's Hadoop Lz4Codec framing: per chunk of at most 256 KiB, its length and
 *   its compressed length (4 bytes each, big-endian), then its LZ4 block.
 * - ZSTD: a Zstandard frame (RFC 8878) of raw blocks: valid for every reader, not smaller.
 *
 * The decompressors are `parquet-codecs.ts`; the round trips and DuckDB reading the files are
 * tested in `parquet.test.ts`.
 */

type Compress = (input: Uint8Array) => Uint8Array;

// ---------------------------------------------------------------------------------------
// DEFLATE / gzip

const CRC_TABLE = (() => {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
})();

/** CRC-32 (ISO 3309, as gzip's trailer has it). */
export function crc32(data: Uint8Array): number {
  let c = -1;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

/** LSB-first bit output (DEFLATE's order), growing as needed. */
class BitWriter {
  buf: Uint8Array;
  pos = 0;
  private acc = 0;
  private n = 0;
  constructor(size: number) {
    this.buf = new Uint8Array(Math.max(64, size));
  }
  bits(value: number, count: number): void {
    this.acc |= value << this.n;
    this.n += count;
    while (this.n >= 8) {
      if (this.pos >= this.buf.length) this.grow();
      this.buf[this.pos++] = this.acc & 0xff;
      this.acc >>>= 8;
      this.n -= 8;
    }
  }
  /** A Huffman code (given MSB first) of `len` bits. */
  code(code: number, len: number): void {
    let r = 0;
    for (let i = 0; i < len; i++) r = (r << 1) | ((code >>> i) & 1);
    this.bits(r, len);
  }
  flush(): Uint8Array {
    if (this.n > 0) this.bits(0, 8 - this.n);
    return this.buf.subarray(0, this.pos);
  }
  private grow(): void {
    const next = new Uint8Array(this.buf.length * 2);
    next.set(this.buf);
    this.buf = next;
  }
}

// Length codes 257..285: base lengths and extra bits; distance codes 0..29 likewise.
const LEN_BASE = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
const LEN_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const DIST_BASE = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577];
const DIST_EXTRA = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];

const LEN_CODE = (() => {
  const t = new Uint8Array(259);
  for (let c = 0; c < LEN_BASE.length; c++) for (let l = LEN_BASE[c]!; l < (c + 1 < LEN_BASE.length ? LEN_BASE[c + 1]! : 259); l++) t[l] = c;
  t[258] = 28;
  return t;
})();

function distCode(d: number): number {
  let c = 0;
  while (c + 1 < DIST_BASE.length && DIST_BASE[c + 1]! <= d) c++;
  return c;
}

/** A literal/length symbol in the fixed code. */
function fixedSymbol(w: BitWriter, sym: number): void {
  if (sym < 144) w.code(0x30 + sym, 8);
  else if (sym < 256) w.code(0x190 + sym - 144, 9);
  else if (sym < 280) w.code(sym - 256, 7);
  else w.code(0xc0 + sym - 280, 8);
}

const WINDOW = 32768;
const HASH_BITS = 15;
const MAX_CHAIN = 48;
const MAX_MATCH = 258;

/** Raw DEFLATE (RFC 1951): one final block with the fixed Huffman codes. */
export function deflateRaw(src: Uint8Array): Uint8Array {
  const n = src.length;
  const w = new BitWriter((n >> 1) + 64);
  w.bits(1, 1); // BFINAL
  w.bits(1, 2); // BTYPE = 01, fixed codes
  const head = new Int32Array(1 << HASH_BITS).fill(-1);
  const prev = new Int32Array(WINDOW);
  const hash = (i: number) => (((src[i]! << 10) ^ (src[i + 1]! << 5) ^ src[i + 2]!) & ((1 << HASH_BITS) - 1));
  const insert = (i: number) => {
    if (i + 2 >= n) return;
    const h = hash(i);
    prev[i & (WINDOW - 1)] = head[h]!;
    head[h] = i;
  };
  let i = 0;
  while (i < n) {
    let bestLen = 0;
    let bestDist = 0;
    if (i + 2 < n) {
      let cand = head[hash(i)]!;
      const max = Math.min(MAX_MATCH, n - i);
      for (let chain = 0; cand >= 0 && i - cand <= WINDOW && chain < MAX_CHAIN; chain++) {
        if (src[cand + bestLen] === src[i + bestLen]) {
          let l = 0;
          while (l < max && src[cand + l] === src[i + l]) l++;
          if (l > bestLen) {
            bestLen = l;
            bestDist = i - cand;
            if (l === max) break;
          }
        }
        const p = prev[cand & (WINDOW - 1)]!;
        if (p >= cand) break;
        cand = p;
      }
    }
    if (bestLen >= 3) {
      const lc = LEN_CODE[bestLen]!;
      fixedSymbol(w, 257 + lc);
      if (LEN_EXTRA[lc]) w.bits(bestLen - LEN_BASE[lc]!, LEN_EXTRA[lc]!);
      const dc = distCode(bestDist);
      w.code(dc, 5);
      if (DIST_EXTRA[dc]) w.bits(bestDist - DIST_BASE[dc]!, DIST_EXTRA[dc]!);
      for (let k = 0; k < bestLen; k++) insert(i + k);
      i += bestLen;
    } else {
      fixedSymbol(w, src[i]!);
      insert(i);
      i++;
    }
  }
  fixedSymbol(w, 256);
  return w.flush();
}

/** A gzip member (RFC 1952) of `src`. */
export function gzip(src: Uint8Array): Uint8Array {
  const body = deflateRaw(src);
  const out = new Uint8Array(10 + body.length + 8);
  out.set([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]);
  out.set(body, 10);
  const v = new DataView(out.buffer);
  v.setUint32(10 + body.length, crc32(src), true);
  v.setUint32(14 + body.length, src.length >>> 0, true);
  return out;
}

// ---------------------------------------------------------------------------------------
// LZ4

const MIN_MATCH = 4;
const LAST_LITERALS = 5;
const MF_LIMIT = 12;

function lengthBytes(out: Uint8Array, o: number, n: number): number {
  while (n >= 255) {
    out[o++] = 255;
    n -= 255;
  }
  out[o++] = n;
  return o;
}

/** One LZ4 block (the block format: no frame, no checksum). */
export function lz4Block(src: Uint8Array): Uint8Array {
  const n = src.length;
  const out = new Uint8Array(n + Math.ceil(n / 255) + 16);
  const table = new Int32Array(1 << 16).fill(-1);
  const read32 = (i: number) => (src[i]! | (src[i + 1]! << 8) | (src[i + 2]! << 16) | (src[i + 3]! << 24));
  let o = 0;
  let anchor = 0;
  let i = 0;
  const emit = (litEnd: number, matchLen: number, offset: number) => {
    const lit = litEnd - anchor;
    const tokenAt = o++;
    let token = Math.min(lit, 15) << 4;
    if (lit >= 15) o = lengthBytes(out, o, lit - 15);
    out.set(src.subarray(anchor, litEnd), o);
    o += lit;
    if (matchLen > 0) {
      out[o++] = offset & 0xff;
      out[o++] = offset >>> 8;
      const m = matchLen - MIN_MATCH;
      token |= Math.min(m, 15);
      if (m >= 15) o = lengthBytes(out, o, m - 15);
    }
    out[tokenAt] = token;
  };
  if (n >= MF_LIMIT + 1) {
    const limit = n - MF_LIMIT;
    while (i < limit) {
      const seq = read32(i);
      const h = Math.imul(seq, 2654435761) >>> 16;
      const cand = table[h]!;
      table[h] = i;
      if (cand >= 0 && i - cand <= 65535 && read32(cand) === seq) {
        let len = MIN_MATCH;
        const end = n - LAST_LITERALS;
        while (i + len < end && src[cand + len] === src[i + len]) len++;
        emit(i, len, i - cand);
        i += len;
        anchor = i;
      } else {
        i++;
      }
    }
  }
  emit(n, 0, 0);
  return out.slice(0, o);
}

/** Hadoop's Lz4Codec output (parquet-mr's LZ4): chunks of at most 256 KiB, each length-prefixed. */
export function lz4Hadoop(src: Uint8Array): Uint8Array {
  const CHUNK = 256 * 1024 - (Math.floor((256 * 1024) / 255) + 16);
  const parts: Uint8Array[] = [];
  let total = 0;
  for (let off = 0; off < src.length; off += CHUNK) {
    const chunk = src.subarray(off, Math.min(src.length, off + CHUNK));
    const block = lz4Block(chunk);
    const part = new Uint8Array(8 + block.length);
    const v = new DataView(part.buffer);
    v.setUint32(0, chunk.length);
    v.setUint32(4, block.length);
    part.set(block, 8);
    parts.push(part);
    total += part.length;
  }
  const out = new Uint8Array(total);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Zstandard

const ZSTD_BLOCK = 128 * 1024;

/** A Zstandard frame of raw blocks with its content size (single segment, no checksum). */
export function zstdRaw(src: Uint8Array): Uint8Array {
  const blocks = Math.max(1, Math.ceil(src.length / ZSTD_BLOCK));
  const out = new Uint8Array(4 + 1 + 4 + blocks * 3 + src.length);
  const v = new DataView(out.buffer);
  v.setUint32(0, 0xfd2fb528, true);
  out[4] = 0xa0; // Frame_Content_Size_flag = 2 (4 bytes), Single_Segment_flag
  v.setUint32(5, src.length, true);
  let o = 9;
  for (let b = 0; b < blocks; b++) {
    const start = b * ZSTD_BLOCK;
    const size = Math.min(ZSTD_BLOCK, src.length - start);
    const header = (size << 3) | (b === blocks - 1 ? 1 : 0); // Block_Type 0: raw
    out[o++] = header & 0xff;
    out[o++] = (header >>> 8) & 0xff;
    out[o++] = (header >>> 16) & 0xff;
    out.set(src.subarray(start, start + size), o);
    o += size;
  }
  return out;
}

/** The compressors hyparquet-writer takes, by Parquet codec name. */
export const PARQUET_COMPRESSORS: Record<'GZIP' | 'LZ4' | 'LZ4_RAW' | 'ZSTD', Compress> = {
  GZIP: gzip,
  LZ4: lz4Hadoop,
  LZ4_RAW: lz4Block,
  ZSTD: zstdRaw,
};
