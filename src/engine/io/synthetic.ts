/**
 * Generated files: they list and read like stored files, but their bytes are produced on
 * first read (by src/engine/datagen) and cached, so a browser tab ships no large data.
 */

/** Reads another VFS file (a generator's input, e.g. the real IRS subset). */
export type ReadInput = (path: string) => Uint8Array;

interface SyntheticBase {
  /** Absolute VFS path, e.g. `/databricks-datasets/structured-streaming/events/file-0.json`. */
  readonly path: string;
  readonly modificationTime: number;
}

/** Produced all at once on first read. */
export interface WholeSyntheticFile extends SyntheticBase {
  readonly kind: 'whole';
  generate(read: ReadInput): readonly Uint8Array[];
}

/**
 * Produced chunk by chunk, sizes known up front: listings cost nothing, and a reader of
 * one split (an executor) generates only the chunks that split overlaps.
 */
export interface ChunkedSyntheticFile extends SyntheticBase {
  readonly kind: 'chunked';
  readonly chunkSizes: readonly number[];
  generateChunk(index: number, read: ReadInput): Uint8Array;
}

export type SyntheticFileSpec = WholeSyntheticFile | ChunkedSyntheticFile;

/** Cached contents of one generated file, readable by range without concatenating. */
export class LazyChunks {
  readonly size: number;
  private readonly starts: number[] = [];
  private readonly chunks: (Uint8Array | null)[];
  private whole: Uint8Array | null = null;

  constructor(
    private readonly sizes: readonly number[],
    private readonly produce: (index: number) => Uint8Array,
    ready: readonly Uint8Array[] | null = null,
  ) {
    let n = 0;
    for (const s of sizes) {
      this.starts.push(n);
      n += s;
    }
    this.size = n;
    this.chunks = ready ? [...ready] : sizes.map(() => null);
  }

  static of(chunks: readonly Uint8Array[]): LazyChunks {
    return new LazyChunks(
      chunks.map((c) => c.length),
      (i) => chunks[i],
      chunks,
    );
  }

  private chunk(i: number): Uint8Array {
    let c = this.chunks[i];
    if (c === null) {
      c = this.produce(i);
      if (c.length !== this.sizes[i]) throw new Error(`generated chunk ${i} has ${c.length} bytes, ${this.sizes[i]} were declared`);
      this.chunks[i] = c;
    }
    return c;
  }

  /** The whole file; do not mutate it (it is the cache). */
  all(): Uint8Array {
    if (this.whole === null) {
      if (this.sizes.length === 1) {
        this.whole = this.chunk(0);
      } else {
        const out = new Uint8Array(this.size);
        this.sizes.forEach((_, i) => out.set(this.chunk(i), this.starts[i]));
        this.whole = out;
      }
    }
    return this.whole;
  }

  range(offset: number, length: number): Uint8Array {
    const end = Math.min(this.size, offset + length);
    if (offset >= end) return new Uint8Array(0);
    if (this.whole) return this.whole.slice(offset, end);
    const out = new Uint8Array(end - offset);
    for (let i = 0; i < this.sizes.length; i++) {
      const s = this.starts[i];
      if (s + this.sizes[i] <= offset || s >= end) continue;
      const c = this.chunk(i);
      const from = Math.max(offset, s);
      const to = Math.min(end, s + c.length);
      out.set(c.subarray(from - s, to - s), from - offset);
    }
    return out;
  }
}
