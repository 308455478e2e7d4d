/**
 * Compressors for the Parquet codecs Spark writes besides snappy (hyparquet-writer has its
 * own snappy and takes the others as functions of a page's bytes), in plain TypeScript so
 * the browser build writes them too:
 *
 * - GZIP: fflate's gzip (the npm library; dynamic Huffman DEFLATE, level 6 as zlib's default).
 * - LZ4_RAW: one LZ4 block (the block format: sequences of literals and matches).
 * - LZ4: parquet-mr's Hadoop Lz4Codec framing: per chunk of at most 256 KiB, its length and
 *   its compressed length (4 bytes each, big-endian), then its LZ4 block.
 * - ZSTD: a Zstandard frame (RFC 8878) whose blocks hold raw literals and LZ77 sequences coded
 *   with the predefined FSE distributions (a block that would not shrink goes raw).
 *
 * LZ4 and Zstandard are written here because npm has no maintained synchronous pure-JS
 * compressor for them (fzstd and hyparquet-compressors only decompress; the encoders on npm
 * are WebAssembly builds or unmaintained). The decompressors are `parquet-codecs.ts`; the round trips and DuckDB reading the files are
 * tested in `parquet.test.ts`.
 */

import { gzipSync } from 'fflate';

type Compress = (input: Uint8Array) => Uint8Array;

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

// Literal-length and match-length codes: extra bits per code (RFC 8878 §3.1.1.3.2.1.1), baselines summed from them.
const LL_BITS = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 3, 3, 4, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16];
const ML_BITS = [...new Array<number>(32).fill(0), 1, 1, 1, 1, 2, 2, 3, 3, 4, 4, 5, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16];
const baselines = (bits: readonly number[], start: number) => {
  const out: number[] = [];
  for (const b of bits) {
    out.push(start);
    start += 1 << b;
  }
  return out;
};
const LL_BASE = baselines(LL_BITS, 0);
const ML_BASE = baselines(ML_BITS, 3);
// The predefined distributions (Predefined_Mode) and their accuracy logs.
const LL_NORM = [4, 3, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3, 2, 1, 1, 1, 1, 1, -1, -1, -1, -1];
const ML_NORM = [1, 4, 3, 2, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, -1, -1, -1, -1, -1, -1, -1];
const OF_NORM = [1, 1, 1, 1, 1, 1, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, -1, -1, -1, -1, -1];

/** An FSE encoding table (the reference encoder's CTable): next states and per-symbol transforms. */
interface FseTable {
  readonly log: number;
  readonly states: Uint16Array;
  readonly deltaBits: Int32Array;
  readonly deltaState: Int32Array;
}

function fseTable(norm: readonly number[], log: number): FseTable {
  const size = 1 << log;
  const symbols = new Uint8Array(size);
  const cumul = new Int32Array(norm.length + 1);
  let high = size - 1;
  for (let s = 0; s < norm.length; s++) {
    if (norm[s] === -1) {
      cumul[s + 1] = cumul[s]! + 1;
      symbols[high--] = s;
    } else {
      cumul[s + 1] = cumul[s]! + norm[s]!;
    }
  }
  // Spread the symbols as the decoder does.
  const step = (size >> 1) + (size >> 3) + 3;
  let pos = 0;
  for (let s = 0; s < norm.length; s++) {
    for (let k = 0; k < norm[s]!; k++) {
      symbols[pos] = s;
      pos = (pos + step) & (size - 1);
      while (pos > high) pos = (pos + step) & (size - 1);
    }
  }
  const states = new Uint16Array(size);
  const next = Int32Array.from(cumul);
  for (let u = 0; u < size; u++) states[next[symbols[u]!]!++] = size + u;
  const deltaBits = new Int32Array(norm.length);
  const deltaState = new Int32Array(norm.length);
  let total = 0;
  for (let s = 0; s < norm.length; s++) {
    const n = norm[s]!;
    if (n === 0) {
      deltaBits[s] = ((log + 1) << 16) - size;
    } else if (n === -1 || n === 1) {
      deltaBits[s] = (log << 16) - size;
      deltaState[s] = total - 1;
      total++;
    } else {
      const maxBitsOut = log - (31 - Math.clz32(n - 1));
      deltaBits[s] = (maxBitsOut << 16) - (n << maxBitsOut);
      deltaState[s] = total - n;
      total += n;
    }
  }
  return { log, states, deltaBits, deltaState };
}

const LL_TABLE = fseTable(LL_NORM, 6);
const ML_TABLE = fseTable(ML_NORM, 6);
const OF_TABLE = fseTable(OF_NORM, 5);

function codeOf(v: number, base: readonly number[]): number {
  let c = base.length - 1;
  while (base[c]! > v) c--;
  return c;
}

/** Forward LSB-first bit output whose reader starts from the end (zstd's backward bitstream). */
class BackwardBits {
  private readonly bytes: number[] = [];
  private acc = 0;
  private n = 0;
  add(value: number, bits: number): void {
    // Up to 16 bits at a time keep the accumulator inside 32 bits.
    while (bits > 16) {
      this.add(value & 0xffff, 16);
      value = Math.floor(value / 65536);
      bits -= 16;
    }
    this.acc |= (value & ((1 << bits) - 1)) << this.n;
    this.n += bits;
    while (this.n >= 8) {
      this.bytes.push(this.acc & 0xff);
      this.acc >>>= 8;
      this.n -= 8;
    }
  }
  close(): number[] {
    this.add(1, 1);
    if (this.n > 0) this.bytes.push(this.acc & 0xff);
    this.acc = 0;
    this.n = 0;
    return this.bytes;
  }
}

class FseState {
  value = 0;
  constructor(private readonly t: FseTable) {}
  init(symbol: number): void {
    const nbBitsOut = (this.t.deltaBits[symbol]! + (1 << 15)) >> 16;
    const value = (nbBitsOut << 16) - this.t.deltaBits[symbol]!;
    this.value = this.t.states[(value >> nbBitsOut) + this.t.deltaState[symbol]!]!;
  }
  encode(out: BackwardBits, symbol: number): void {
    const nbBitsOut = (this.value + this.t.deltaBits[symbol]!) >> 16;
    out.add(this.value, nbBitsOut);
    this.value = this.t.states[(this.value >> nbBitsOut) + this.t.deltaState[symbol]!]!;
  }
  flush(out: BackwardBits): void {
    out.add(this.value, this.t.log);
  }
}

interface Sequence {
  readonly lit: number;
  readonly match: number;
  readonly offset: number;
}

/** One compressed block's content (literals raw, sequences with the predefined tables), or null when it would not be smaller. */
function zstdBlock(src: Uint8Array, start: number, end: number, table: Int32Array): Uint8Array | null {
  const seqs: Sequence[] = [];
  const literals: number[] = [];
  const read32 = (i: number) => (src[i]! | (src[i + 1]! << 8) | (src[i + 2]! << 16) | (src[i + 3]! << 24));
  let anchor = start;
  let i = start;
  while (i + 4 <= end) {
    const seq = read32(i);
    const h = Math.imul(seq, 2654435761) >>> 16;
    const cand = table[h]!;
    table[h] = i;
    // Offsets up to 2^28 - 4 fit the predefined offset codes; matches may reach into earlier blocks.
    if (cand >= 0 && i - cand < (1 << 28) - 4 && read32(cand) === seq) {
      let len = 4;
      while (i + len < end && src[cand + len] === src[i + len]) len++;
      for (let k = anchor; k < i; k++) literals.push(src[k]!);
      seqs.push({ lit: i - anchor, match: len, offset: i - cand });
      i += len;
      anchor = i;
    } else {
      i++;
    }
  }
  for (let k = anchor; k < end; k++) literals.push(src[k]!);
  const out: number[] = [];
  const n = literals.length;
  out.push((3 << 2) | ((n & 0xf) << 4), (n >> 4) & 0xff, (n >> 12) & 0xff); // Raw_Literals_Block, 3-byte size
  for (const b of literals) out.push(b);
  const count = seqs.length;
  if (count < 128) out.push(count);
  else if (count < 0x7f00) out.push((count >> 8) + 128, count & 0xff);
  else out.push(0xff, (count - 0x7f00) & 0xff, (count - 0x7f00) >> 8);
  if (count > 0) {
    out.push(0); // Predefined_Mode for literal lengths, offsets and match lengths
    const bits = new BackwardBits();
    const ll = new FseState(LL_TABLE);
    const of = new FseState(OF_TABLE);
    const ml = new FseState(ML_TABLE);
    const codes = seqs.map((s) => {
      const offBase = s.offset + 3;
      return { llc: codeOf(s.lit, LL_BASE), mlc: codeOf(s.match, ML_BASE), ofc: 31 - Math.clz32(offBase), offBase };
    });
    const extra = (k: number) => {
      const s = seqs[k]!;
      const c = codes[k]!;
      bits.add(s.lit - LL_BASE[c.llc]!, LL_BITS[c.llc]!);
      bits.add(s.match - ML_BASE[c.mlc]!, ML_BITS[c.mlc]!);
      bits.add(c.offBase - 2 ** c.ofc, c.ofc);
    };
    const last = codes[count - 1]!;
    ml.init(last.mlc);
    of.init(last.ofc);
    ll.init(last.llc);
    extra(count - 1);
    for (let k = count - 2; k >= 0; k--) {
      const c = codes[k]!;
      of.encode(bits, c.ofc);
      ml.encode(bits, c.mlc);
      ll.encode(bits, c.llc);
      extra(k);
    }
    ml.flush(bits);
    of.flush(bits);
    ll.flush(bits);
    for (const b of bits.close()) out.push(b);
  }
  return out.length < end - start ? Uint8Array.from(out) : null;
}

/** A Zstandard frame (single segment, content size, no checksum) of compressed blocks, raw where compression does not pay. */
export function zstd(src: Uint8Array): Uint8Array {
  const parts: Uint8Array[] = [];
  const head = new Uint8Array(9);
  const hv = new DataView(head.buffer);
  hv.setUint32(0, 0xfd2fb528, true);
  head[4] = 0xa0; // Frame_Content_Size_flag = 2 (4 bytes), Single_Segment_flag
  hv.setUint32(5, src.length, true);
  parts.push(head);
  const table = new Int32Array(1 << 16).fill(-1);
  const blocks = Math.max(1, Math.ceil(src.length / ZSTD_BLOCK));
  for (let b = 0; b < blocks; b++) {
    const start = b * ZSTD_BLOCK;
    const end = Math.min(src.length, start + ZSTD_BLOCK);
    const body = end > start ? zstdBlock(src, start, end, table) : null;
    const last = b === blocks - 1 ? 1 : 0;
    const content = body ?? src.subarray(start, end);
    const header = (content.length << 3) | ((body ? 2 : 0) << 1) | last;
    parts.push(Uint8Array.of(header & 0xff, (header >>> 8) & 0xff, (header >>> 16) & 0xff), content);
  }
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/** The compressors hyparquet-writer takes, by Parquet codec name. */
export const PARQUET_COMPRESSORS: Record<'GZIP' | 'LZ4' | 'LZ4_RAW' | 'ZSTD', Compress> = {
  GZIP: (input) => gzipSync(input),
  LZ4: lz4Hadoop,
  LZ4_RAW: lz4Block,
  ZSTD: zstd,
};
