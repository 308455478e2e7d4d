/**
 * In-memory storage: tests, and the browser's writable mounts until persistence lands.
 * Each worker holds its own copy, so files written by one executor are not visible to the
 * driver; Node uses the disk backend, which all workers share.
 */
import type { BackendEntry, VfsBackend } from './backend';
import { splitRel } from './backend';

interface MemFile {
  readonly kind: 'file';
  data: Uint8Array;
  mtime: number;
}

interface MemDir {
  readonly kind: 'dir';
  readonly children: Map<string, MemNode>;
  mtime: number;
}

type MemNode = MemFile | MemDir;

export class MemoryBackend implements VfsBackend {
  readonly kind = 'memory';
  readonly writable = true;
  private readonly root: MemDir;

  /** `now` is injectable so tests see fixed modification times. */
  constructor(private readonly now: () => number = () => Date.now()) {
    this.root = { kind: 'dir', children: new Map(), mtime: now() };
  }

  private node(rel: string): MemNode | null {
    if (rel === '') return this.root;
    let cur: MemNode = this.root;
    for (const part of rel.split('/')) {
      if (cur.kind !== 'dir') return null;
      const next: MemNode | undefined = cur.children.get(part);
      if (!next) return null;
      cur = next;
    }
    return cur;
  }

  private dir(rel: string): MemDir {
    const n = this.node(rel);
    if (!n || n.kind !== 'dir') throw new Error(`memory backend: not a directory: '${rel}'`);
    return n;
  }

  private entry(name: string, n: MemNode): BackendEntry {
    return n.kind === 'dir'
      ? { name, isDir: true, size: 0, modificationTime: n.mtime }
      : { name, isDir: false, size: n.data.length, modificationTime: n.mtime };
  }

  stat(rel: string): BackendEntry | null {
    const n = this.node(rel);
    return n ? this.entry(splitRel(rel)[1], n) : null;
  }

  list(rel: string): BackendEntry[] {
    return [...this.dir(rel).children].map(([name, n]) => this.entry(name, n));
  }

  read(rel: string): Uint8Array {
    const n = this.node(rel);
    if (!n || n.kind !== 'file') throw new Error(`memory backend: not a file: '${rel}'`);
    return n.data.slice();
  }

  readRange(rel: string, offset: number, length: number): Uint8Array {
    const n = this.node(rel);
    if (!n || n.kind !== 'file') throw new Error(`memory backend: not a file: '${rel}'`);
    return n.data.slice(offset, offset + length);
  }

  write(rel: string, data: Uint8Array, append: boolean): void {
    const [parent, name] = splitRel(rel);
    const dir = this.dir(parent);
    const old = dir.children.get(name);
    let bytes = data.slice();
    if (append && old?.kind === 'file') {
      bytes = new Uint8Array(old.data.length + data.length);
      bytes.set(old.data, 0);
      bytes.set(data, old.data.length);
    }
    const t = this.now();
    dir.children.set(name, { kind: 'file', data: bytes, mtime: t });
    dir.mtime = t;
  }

  mkdir(rel: string): void {
    const [parent, name] = splitRel(rel);
    const dir = this.dir(parent);
    if (!dir.children.has(name)) dir.children.set(name, { kind: 'dir', children: new Map(), mtime: this.now() });
  }

  remove(rel: string): void {
    const [parent, name] = splitRel(rel);
    this.dir(parent).children.delete(name);
  }

  rename(from: string, to: string): void {
    const [fp, fn] = splitRel(from);
    const [tp, tn] = splitRel(to);
    const src = this.dir(fp);
    const node = src.children.get(fn);
    if (!node) throw new Error(`memory backend: no such entry: '${from}'`);
    src.children.delete(fn);
    this.dir(tp).children.set(tn, node);
  }
}
