/**
 * Compressed input and output files of the text formats (CSV, JSON, text, `sc.textFile`), as
 * Hadoop's CompressionCodecFactory picks a codec: by the file name's suffix, the codecs Hadoop
 * registers by default. A file with another suffix (`.xz`, `.zstd`) is read as it is, as in
 * Spark. Compressed files are never split: one task reads a whole file.
 *
 * gzip (also several concatenated members) and deflate (zlib streams, Hadoop's DefaultCodec)
 * through fflate; zstd through fzstd; Hadoop's block framing of lz4 and snappy (per block: its
 * raw length, then length-prefixed compressed chunks) through hyparquet's decoders. bzip2 has
 * no decoder here and fails clearly rather than giving the compressed bytes as text.
 * The writers compress with gzip and deflate (Spark 3.5's text codecs lz4, snappy and bzip2
 * are refused with a clear error).
 */
import { Gunzip, gzipSync, unzlibSync, zlibSync } from 'fflate';
import { decompress as zstdDecompress } from 'fzstd';
import { snappyUncompress } from 'hyparquet';
// @ts-expect-error: plain JS module without type declarations
import { decompressLz4Raw } from 'hyparquet-compressors/src/lz4.js';
import { FlintError } from '../errors';

export type InputCodec = 'gzip' | 'deflate' | 'bzip2' | 'lz4' | 'snappy' | 'zstd';

const SUFFIXES: readonly (readonly [string, InputCodec])[] = [
  ['.gz', 'gzip'], ['.deflate', 'deflate'], ['.bz2', 'bzip2'], ['.lz4', 'lz4'], ['.snappy', 'snappy'], ['.zst', 'zstd'],
];

/** The codec Hadoop would read `path` with, or null for a plain file. */
export function inputCodec(path: string): InputCodec | null {
  const lower = path.toLowerCase();
  for (const [suffix, codec] of SUFFIXES) if (lower.endsWith(suffix)) return codec;
  return null;
}

/** Every member of a gzip stream, decompressed and joined (CPython's gzip and Hadoop's GzipCodec read them all). */
export function gunzipAll(bytes: Uint8Array): Uint8Array {
  const chunks: Uint8Array[] = [];
  const g = new Gunzip((chunk) => chunks.push(chunk));
  g.push(bytes, true);
  return concat(chunks);
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

/** Hadoop's BlockCompressorStream framing: [raw length][compressed length][chunk]... per block (big-endian lengths). */
function hadoopBlocks(bytes: Uint8Array, path: string, decode: (chunk: Uint8Array, out: Uint8Array) => void): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const blocks: Uint8Array[] = [];
  let p = 0;
  while (p + 4 <= bytes.length) {
    const raw = view.getUint32(p);
    p += 4;
    if (raw === 0) continue;
    const compressed = p + 4 <= bytes.length ? view.getUint32(p) : -1;
    if (compressed < 0 || p + 4 + compressed > bytes.length) throw corrupt(path);
    const chunk = bytes.subarray(p + 4, p + 4 + compressed);
    p += 4 + compressed;
    // One chunk per block is how Hadoop's compressors write (their buffer is the block size);
    // a block of several chunks would need each chunk's own raw length, which the format lacks.
    const out = new Uint8Array(raw);
    decode(chunk, out);
    blocks.push(out);
  }
  return concat(blocks);
}

function corrupt(path: string): FlintError {
  return new FlintError('java.io.IOException', `Compressed file ${path} is corrupt or truncated`);
}

/** A file's content, decompressed by its suffix's codec. */
export function decodeInput(path: string, bytes: Uint8Array): Uint8Array {
  const codec = inputCodec(path);
  if (codec === null || bytes.length === 0) return bytes;
  try {
    switch (codec) {
      case 'gzip': return gunzipAll(bytes);
      case 'deflate': return unzlibSync(bytes);
      case 'zstd': return zstdDecompress(bytes);
      case 'lz4': return hadoopBlocks(bytes, path, (c, out) => out.set((decompressLz4Raw as (i: Uint8Array, n: number) => Uint8Array)(c, out.length)));
      case 'snappy': return hadoopBlocks(bytes, path, (c, out) => snappyUncompress(c, out));
      case 'bzip2': throw new FlintError('java.io.IOException', `Flint cannot read ${path}: the bzip2 codec is not available (gzip, deflate, zstd, lz4 and snappy are)`);
    }
  } catch (e) {
    if (e instanceof FlintError) throw e;
    throw corrupt(path);
  }
}

export interface OutputCodec {
  /** What the part files' names end with after the format's extension (`.csv.gz`). */
  readonly suffix: string;
  readonly encode: (text: string) => Uint8Array | string;
}

const OUTPUT: Readonly<Record<string, OutputCodec>> = {
  none: { suffix: '', encode: (t) => t },
  gzip: { suffix: '.gz', encode: (t) => gzipSync(new TextEncoder().encode(t)) },
  deflate: { suffix: '.deflate', encode: (t) => zlibSync(new TextEncoder().encode(t)) },
};

/** The text writers' codec for Spark's `compression` option (short names; `uncompressed` is none), if Flint writes it. */
export function outputCodec(name: string): OutputCodec | undefined {
  return OUTPUT[name === 'uncompressed' ? 'none' : name];
}
