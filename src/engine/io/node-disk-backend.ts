/**
 * A directory on disk, for Node (CLI, tests, benches). The engine compiles without Node's
 * typings, so the caller passes `node:fs` in; this interface is the part we use, and the
 * real module satisfies it. Driver and executor threads share the disk, so files one
 * writes are visible to the others.
 */
import type { BackendEntry, VfsBackend } from './backend';
import { splitRel } from './backend';

interface NodeStats {
  isDirectory(): boolean;
  readonly size: number;
  readonly mtimeMs: number;
}

export interface NodeFsLike {
  statSync(path: string, options: { throwIfNoEntry: false }): NodeStats | undefined;
  readdirSync(path: string): string[];
  readFileSync(path: string): Uint8Array;
  writeFileSync(path: string, data: Uint8Array): void;
  appendFileSync(path: string, data: Uint8Array): void;
  mkdirSync(path: string, options?: { recursive?: boolean }): unknown;
  rmSync(path: string, options?: { recursive?: boolean; force?: boolean }): void;
  renameSync(from: string, to: string): void;
  openSync(path: string, flags: string): number;
  readSync(fd: number, buffer: Uint8Array, offset: number, length: number, position: number): number;
  closeSync(fd: number): void;
}

export interface NodeDiskOptions {
  readonly readOnly?: boolean;
  /** Names hidden at any depth (e.g. `.gitattributes` in the bundle); none by default. */
  readonly skipNames?: (name: string) => boolean;
}

export class NodeDiskBackend implements VfsBackend {
  readonly kind = 'node-disk';
  readonly writable: boolean;
  private readonly skip: (name: string) => boolean;

  constructor(
    private readonly fs: NodeFsLike,
    private readonly root: string,
    options: NodeDiskOptions = {},
  ) {
    this.writable = options.readOnly !== true;
    this.skip = options.skipNames ?? (() => false);
    if (this.writable) fs.mkdirSync(root, { recursive: true });
  }

  private abs(rel: string): string {
    return rel === '' ? this.root : `${this.root}/${rel}`;
  }

  stat(rel: string): BackendEntry | null {
    const name = splitRel(rel)[1];
    if (rel !== '' && rel.split('/').some((p) => this.skip(p))) return null;
    let st: NodeStats | undefined;
    try {
      st = this.fs.statSync(this.abs(rel), { throwIfNoEntry: false });
    } catch (e) {
      // `throwIfNoEntry` covers ENOENT only; a file where a directory should be is ENOTDIR.
      if ((e as { code?: string }).code === 'ENOTDIR') return null;
      throw e;
    }
    if (!st) return null;
    const isDir = st.isDirectory();
    return { name, isDir, size: isDir ? 0 : st.size, modificationTime: Math.floor(st.mtimeMs) };
  }

  list(rel: string): BackendEntry[] {
    const out: BackendEntry[] = [];
    for (const name of this.fs.readdirSync(this.abs(rel))) {
      if (this.skip(name)) continue;
      const e = this.stat(rel === '' ? name : `${rel}/${name}`);
      if (e) out.push(e);
    }
    return out;
  }

  read(rel: string): Uint8Array {
    return new Uint8Array(this.fs.readFileSync(this.abs(rel)));
  }

  readRange(rel: string, offset: number, length: number): Uint8Array {
    const size = this.stat(rel)?.size ?? 0;
    const n = Math.max(0, Math.min(length, size - offset));
    const out = new Uint8Array(n);
    if (n === 0) return out;
    const fd = this.fs.openSync(this.abs(rel), 'r');
    try {
      let done = 0;
      while (done < n) {
        const got = this.fs.readSync(fd, out, done, n - done, offset + done);
        if (got <= 0) break;
        done += got;
      }
      return done === n ? out : out.slice(0, done);
    } finally {
      this.fs.closeSync(fd);
    }
  }

  private assertWritable(): void {
    if (!this.writable) throw new Error(`disk backend at ${this.root} is read-only`);
  }

  write(rel: string, data: Uint8Array, append: boolean): void {
    this.assertWritable();
    if (append) this.fs.appendFileSync(this.abs(rel), data);
    else this.fs.writeFileSync(this.abs(rel), data);
  }

  mkdir(rel: string): void {
    this.assertWritable();
    this.fs.mkdirSync(this.abs(rel), { recursive: true });
  }

  remove(rel: string): void {
    this.assertWritable();
    this.fs.rmSync(this.abs(rel), { recursive: true, force: true });
  }

  rename(from: string, to: string): void {
    this.assertWritable();
    this.fs.renameSync(this.abs(from), this.abs(to));
  }
}
