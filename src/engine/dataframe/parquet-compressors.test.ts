/**
 * The Parquet compressors against independent decompressors: Node's zlib for gzip,
 * hyparquet-compressors' LZ4 / LZ4 (Hadoop) readers and fzstd, on inputs that exercise
 * every length and distance code, empty and tiny inputs, and chunk / block boundaries.
 */
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { PARQUET_DECOMPRESSORS } from './parquet-codecs';
import { PARQUET_COMPRESSORS, lz4Block, lz4Hadoop, zstd, zstdRaw } from './parquet-compressors';

const gzip = PARQUET_COMPRESSORS.GZIP;

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Inputs: empty, tiny, random (incompressible), text-like, long runs, far repeats, > 256 KiB. */
function inputs(): [string, Uint8Array][] {
  const r = rng(7);
  const random = (n: number) => Uint8Array.from({ length: n }, () => Math.floor(r() * 256));
  const words = ['alpha', 'beta', 'gamma', 'delta', '2024-01-', 'key', ',', '\n', '0.5', 'x'];
  const text = (n: number) => new TextEncoder().encode(Array.from({ length: n }, () => words[Math.floor(r() * words.length)]).join(''));
  const far = new Uint8Array(100_000);
  const block = random(4000);
  for (let o = 0; o < far.length; o += 33_000) far.set(block.subarray(0, Math.min(block.length, far.length - o)), o);
  return [
    ['empty', new Uint8Array(0)], ['one', Uint8Array.of(42)], ['twelve', random(12)], ['thirteen', text(3).subarray(0, 13)],
    ['random', random(70_000)], ['text', text(60_000)], ['zeros', new Uint8Array(300_000)], ['far repeats', far],
    ['large text', text(120_000)],
  ];
}

describe('parquet compressors', () => {
  it('GZIP pages (fflate) decode with zlib and with the Parquet reader\'s gunzip', () => {
    for (const [name, data] of inputs()) {
      const z = gzip(data);
      expect([name, Buffer.from(gunzipSync(z)).equals(Buffer.from(data))]).toEqual([name, true]);
      expect([name, Buffer.from(PARQUET_DECOMPRESSORS.GZIP!(z, data.length)).equals(Buffer.from(data))]).toEqual([name, true]);
    }
  });

  it('LZ4 blocks and Hadoop-framed LZ4 decode with the readers', () => {
    // An empty block is one empty-literals token (as the reference encoder writes it; pages of no bytes are not decompressed).
    expect([...lz4Block(new Uint8Array(0))]).toEqual([0]);
    for (const [name, data] of inputs().filter(([, d]) => d.length > 0)) {
      expect([name, Buffer.from(PARQUET_DECOMPRESSORS.LZ4_RAW!(lz4Block(data), data.length)).equals(Buffer.from(data))]).toEqual([name, true]);
      expect([name, Buffer.from(PARQUET_DECOMPRESSORS.LZ4!(lz4Hadoop(data), data.length)).equals(Buffer.from(data))]).toEqual([name, true]);
    }
  });

  it('Zstandard frames decode with fzstd, across 128 KiB blocks (compressed and raw blocks)', () => {
    for (const [name, data] of inputs()) {
      expect([name, Buffer.from(PARQUET_DECOMPRESSORS.ZSTD!(zstdRaw(data), data.length)).equals(Buffer.from(data))]).toEqual([name, true]);
      expect([name, Buffer.from(PARQUET_DECOMPRESSORS.ZSTD!(zstd(data), data.length)).equals(Buffer.from(data))]).toEqual([name, true]);
    }
  });

  it('compresses what repeats (gzip and LZ4), and leaves random bytes about their size', () => {
    const all = new Map(inputs());
    for (const f of [gzip, lz4Block, zstd]) {
      expect(f(all.get('zeros')!).length).toBeLessThan(3000);
      expect(f(all.get('text')!).length).toBeLessThan(all.get('text')!.length / 2);
      expect(f(all.get('far repeats')!).length).toBeLessThan(20_000);
      expect(f(all.get('random')!).length).toBeLessThan(70_000 * 1.13);
    }
  });
});
