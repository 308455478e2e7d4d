/**
 * Decompressors for the Parquet codecs other than snappy (built into hyparquet): gzip,
 * zstd, brotli, lz4 and lz4_raw, in pure JS from hyparquet-compressors and fzstd, so files
 * written by Spark with `compression=gzip`/`zstd`, or by pyarrow and DuckDB, read
 * everywhere (hyparquet-compressors' own snappy is WebAssembly; hyparquet's pure-JS one is
 * used instead). These packages only decompress: the writer's compressors are
 * `parquet-compressors.ts`.
 */
// @ts-expect-error: plain JS module without type declarations (gunzip(input, output) → output)
import { gunzip } from 'hyparquet-compressors/src/gzip.js';
// @ts-expect-error: plain JS module without type declarations
import { decompressBrotli } from 'hyparquet-compressors/src/brotli.js';
// @ts-expect-error: plain JS module without type declarations
import { decompressLz4, decompressLz4Raw } from 'hyparquet-compressors/src/lz4.js';
import { decompress as decompressZstd } from 'fzstd';

type Decompress = (input: Uint8Array, outputLength: number) => Uint8Array;

export const PARQUET_DECOMPRESSORS: Record<string, Decompress> = {
  GZIP: (input, length) => (gunzip as (i: Uint8Array, o: Uint8Array) => Uint8Array)(input, new Uint8Array(length)),
  BROTLI: decompressBrotli as Decompress,
  ZSTD: (input) => decompressZstd(input),
  LZ4: decompressLz4 as Decompress,
  LZ4_RAW: decompressLz4Raw as Decompress,
};
