/**
 * The byte stream under every file object `open()` returns: a VFS file read in ranges, or
 * written through a small buffer. The first writes of a file reach the VFS at once (so
 * `open(p, 'w').write(s)` followed by `sc.textFile(p)` sees `s`, as CPython's refcounting
 * close makes it); after that, writes are batched in growing chunks so writing a large
 * file line by line stays linear. `close()`, `flush()`, the end of the cell and any read
 * of the VFS from Python store what is left.
 */
import type { Vfs } from '../../io';
import { pyErr } from '../../values/py';
import { markDirty, osError, pythonVfs, toPyError } from './vfs-host';

/** How many write() calls of a file go straight to the VFS before batching starts. */
const WRITE_THROUGH_CALLS = 32;
const MIN_BATCH = 64 * 1024;

export interface OpenFlags {
  readonly reading: boolean;
  readonly writing: boolean;
  readonly appending: boolean;
  readonly creating: boolean;
  readonly updating: boolean;
}

export class ByteStream {
  pos = 0;
  closed = false;
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;
  private writes = 0;
  private stored = 0;
  /** Update modes ('+') keep the whole file in memory and store it whole. */
  private data: Uint8Array | null = null;
  private size = 0;
  private dirtyBytes = 0;

  private constructor(
    private readonly vfs: Vfs,
    /** Absolute VFS path (later chdir does not move the file). */
    readonly vpath: string,
    readonly name: unknown,
    readonly flags: OpenFlags,
  ) {}

  static open(input: string, name: unknown, f: OpenFlags): ByteStream {
    const vfs = pythonVfs();
    try {
      const r = f.reading && !f.updating ? vfs.resolveExisting(input) : vfs.resolve(input);
      const st = vfs.statPath(r.vpath);
      if (f.creating && st) throw osError('FileExistsError', 17, 'File exists', name);
      if (st?.isDir) throw osError('IsADirectoryError', 21, 'Is a directory', name);
      if (f.reading && !st) throw osError('FileNotFoundError', 2, 'No such file or directory', name);
      const s = new ByteStream(vfs, r.vpath, name, f);
      if (f.writing || f.creating) vfs.writeFile(r.vpath, new Uint8Array(0));
      else if (f.appending && !st) vfs.writeFile(r.vpath, new Uint8Array(0));
      if (f.updating) {
        s.data = f.writing || f.creating ? new Uint8Array(0) : vfs.readFile(r.vpath).slice();
        s.size = s.data.length;
      }
      if (f.appending) s.pos = f.updating ? s.size : (st?.size ?? 0);
      return s;
    } catch (e) {
      throw toPyError(e, name);
    }
  }

  get readable(): boolean {
    return this.flags.reading || this.flags.updating;
  }

  get writable(): boolean {
    return !this.flags.reading || this.flags.updating;
  }

  checkOpen(): void {
    if (this.closed) throw pyErr('ValueError', 'I/O operation on closed file.');
  }

  private vfsOp<T>(op: () => T): T {
    try {
      return op();
    } catch (e) {
      throw toPyError(e, this.name);
    }
  }

  /** Current length of the file, buffered writes included. */
  length(): number {
    if (this.data) return this.size;
    const st = this.vfsOp(() => this.vfs.statPath(this.vpath));
    return (st?.size ?? 0) + this.pendingBytes;
  }

  /** Up to n bytes from the position (n < 0: to the end). */
  read(n: number): Uint8Array {
    if (this.data) {
      const end = n < 0 ? this.size : Math.min(this.size, this.pos + n);
      const out = this.data.slice(Math.min(this.pos, end), end);
      this.pos = Math.max(this.pos, end);
      return out;
    }
    const total = this.length();
    const want = n < 0 ? Math.max(0, total - this.pos) : Math.min(n, Math.max(0, total - this.pos));
    if (want === 0) return new Uint8Array(0);
    const out = this.vfsOp(() => this.vfs.readRange(this.vpath, this.pos, want));
    this.pos += out.length;
    return out;
  }

  write(b: Uint8Array): number {
    this.writes++;
    if (this.data) {
      if (this.flags.appending) this.pos = this.size;
      const end = this.pos + b.length;
      if (end > this.data.length) {
        const grown = new Uint8Array(Math.max(end, this.data.length * 2));
        grown.set(this.data.subarray(0, this.size));
        this.data = grown;
      }
      this.data.set(b, this.pos);
      this.pos = end;
      this.size = Math.max(this.size, end);
      this.dirtyBytes += b.length;
      markDirty(this, true);
      if (this.writes <= WRITE_THROUGH_CALLS || this.dirtyBytes >= Math.max(MIN_BATCH, this.size / 4)) this.flush();
      return b.length;
    }
    if (!this.flags.appending && this.pos !== this.length()) this.loadForUpdate();
    if (this.data) {
      this.writes--;
      return this.write(b);
    }
    this.pending.push(b.slice());
    this.pendingBytes += b.length;
    this.pos += b.length;
    markDirty(this, true);
    if (this.writes <= WRITE_THROUGH_CALLS || this.pendingBytes >= Math.max(MIN_BATCH, this.stored / 4)) this.flush();
    return b.length;
  }

  /** A seek back in a write-only file: keep the whole file from now on, as update modes do. */
  private loadForUpdate(): void {
    this.flush();
    this.data = this.vfsOp(() => this.vfs.readFile(this.vpath)).slice();
    this.size = this.data.length;
  }

  flush(): void {
    markDirty(this, false);
    if (this.data) {
      if (this.dirtyBytes === 0) return;
      this.dirtyBytes = 0;
      const bytes = this.data.slice(0, this.size);
      this.vfsOp(() => this.vfs.writeFile(this.vpath, bytes));
      return;
    }
    if (this.pendingBytes === 0) return;
    const all = new Uint8Array(this.pendingBytes);
    let at = 0;
    for (const p of this.pending) {
      all.set(p, at);
      at += p.length;
    }
    this.pending = [];
    this.stored += this.pendingBytes;
    this.pendingBytes = 0;
    this.vfsOp(() => this.vfs.writeFile(this.vpath, all, { append: true, createParents: true }));
  }

  seek(offset: number, whence: number): number {
    this.flush();
    const base = whence === 0 ? 0 : whence === 1 ? this.pos : this.length();
    const to = base + offset;
    if (to < 0) throw pyErr('OSError', 22, 'Invalid argument');
    this.pos = to;
    return to;
  }

  truncate(size: number): number {
    this.flush();
    if (this.data) {
      if (size < this.size) this.size = size;
      else {
        const grown = new Uint8Array(size);
        grown.set(this.data.subarray(0, this.size));
        this.data = grown;
        this.size = size;
      }
      this.dirtyBytes++;
      this.flush();
      return size;
    }
    const cur = this.vfsOp(() => this.vfs.readFile(this.vpath));
    const next = new Uint8Array(size);
    next.set(cur.subarray(0, Math.min(size, cur.length)));
    this.vfsOp(() => this.vfs.writeFile(this.vpath, next));
    this.stored = size;
    return size;
  }

  close(): void {
    if (this.closed) return;
    try {
      this.flush();
    } finally {
      this.closed = true;
    }
  }
}
