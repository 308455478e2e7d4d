/**
 * Generated files: they list and read like stored files, but their bytes are produced on
 * first read (by src/engine/datagen) and cached, so a browser tab ships no large data.
 */

export interface SyntheticFileSpec {
  /** Absolute VFS path, e.g. `/databricks-datasets/structured-streaming/events/file-0.json`. */
  readonly path: string;
  readonly modificationTime: number;
  /** The exact size when known without generating (listings then stay cheap). */
  readonly sizeHint?: number;
  /** Produces the contents as chunks; `read` reads other VFS files the generator learns from. */
  generate(read: (path: string) => Uint8Array): readonly Uint8Array[];
}

/** Cached contents of one generated file, readable by range without concatenating. */
export class ChunkedBytes {
  readonly size: number;
  private readonly starts: number[] = [];
  private whole: Uint8Array | null = null;

  constructor(private readonly chunks: readonly Uint8Array[]) {
    let n = 0;
    for (const c of chunks) {
      this.starts.push(n);
      n += c.length;
    }
    this.size = n;
  }

  all(): Uint8Array {
    if (this.whole === null) {
      if (this.chunks.length === 1) {
        this.whole = this.chunks[0];
      } else {
        const out = new Uint8Array(this.size);
        this.chunks.forEach((c, i) => out.set(c, this.starts[i]));
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
    for (let i = 0; i < this.chunks.length; i++) {
      const s = this.starts[i];
      const c = this.chunks[i];
      if (s + c.length <= offset || s >= end) continue;
      const from = Math.max(offset, s);
      const to = Math.min(end, s + c.length);
      out.set(c.subarray(from - s, to - s), from - offset);
    }
    return out;
  }
}
