/**
 * The bundled datasets in the browser: listed from a manifest compiled into the engine
 * (so `%fs ls` never waits), read over HTTP and cached per worker. Reads are synchronous:
 * either a synchronous XHR inside the worker, or bytes put in the cache beforehand
 * (`prefetch`, or `put` from bytes the driver already holds).
 */
import type { BackendEntry, VfsBackend } from './backend';
import { splitRel } from './backend';
import type { AsyncFetcher, SyncFetcher } from './sync-fetch';

export interface BundledHttpOptions {
  /** URL prefix of the folder, e.g. `/datasets/` (Vite serves public/ at the base URL). */
  readonly baseUrl: string;
  /** Synchronous fetch for cache misses; without one, a miss is an error naming the file. */
  readonly fetchSync?: SyncFetcher;
  /** Reported as every file's modification time (the bundle has no meaningful one). */
  readonly modificationTime?: number;
}

/** 2016-07-29T00:00:00Z: a fixed time, so listings are the same everywhere. */
export const BUNDLED_MODIFICATION_TIME = 1469750400000;

export class BundledHttpBackend implements VfsBackend {
  readonly kind = 'bundled-http';
  readonly writable = false;
  private readonly dirs = new Map<string, Map<string, BackendEntry>>();
  private readonly cache = new Map<string, Uint8Array>();
  private readonly mtime: number;

  constructor(
    files: readonly (readonly [string, number])[],
    private readonly options: BundledHttpOptions,
  ) {
    this.mtime = options.modificationTime ?? BUNDLED_MODIFICATION_TIME;
    this.dirs.set('', new Map());
    for (const [path, size] of files) this.addFile(path, size);
  }

  private addFile(rel: string, size: number): void {
    const [parent, name] = splitRel(rel);
    this.ensureDir(parent).set(name, { name, isDir: false, size, modificationTime: this.mtime });
  }

  private ensureDir(rel: string): Map<string, BackendEntry> {
    let d = this.dirs.get(rel);
    if (d) return d;
    d = new Map();
    this.dirs.set(rel, d);
    const [parent, name] = splitRel(rel);
    this.ensureDir(parent).set(name, { name, isDir: true, size: 0, modificationTime: this.mtime });
    return d;
  }

  url(rel: string): string {
    const base = this.options.baseUrl.endsWith('/') ? this.options.baseUrl : `${this.options.baseUrl}/`;
    return base + rel.split('/').map(encodeURIComponent).join('/');
  }

  stat(rel: string): BackendEntry | null {
    if (rel === '') return { name: '', isDir: true, size: 0, modificationTime: this.mtime };
    const [parent, name] = splitRel(rel);
    return this.dirs.get(parent)?.get(name) ?? null;
  }

  list(rel: string): BackendEntry[] {
    return [...(this.dirs.get(rel)?.values() ?? [])];
  }

  /** Whether a read of `rel` would be served without a request. */
  isCached(rel: string): boolean {
    return this.cache.has(rel);
  }

  /** Seeds the cache with bytes obtained elsewhere (e.g. transferred from another thread). */
  put(rel: string, bytes: Uint8Array): void {
    this.cache.set(rel, bytes);
  }

  /** Fetches files into the cache ahead of synchronous reads. */
  async prefetch(rels: readonly string[], fetchAsync: AsyncFetcher): Promise<void> {
    await Promise.all(
      rels
        .filter((r) => !this.cache.has(r))
        .map(async (r) => {
          const bytes = await fetchAsync(this.url(r));
          if (bytes) this.cache.set(r, bytes);
        }),
    );
  }

  read(rel: string): Uint8Array {
    let bytes = this.cache.get(rel);
    if (!bytes) {
      const fetchSync = this.options.fetchSync;
      if (!fetchSync) throw new Error(`bundled file ${rel} is not loaded yet (prefetch it before reading)`);
      const got = fetchSync(this.url(rel));
      if (!got) throw new Error(`bundled file ${rel} is listed but the server has no ${this.url(rel)}`);
      bytes = got;
      this.cache.set(rel, bytes);
    }
    return bytes;
  }

  readRange(rel: string, offset: number, length: number): Uint8Array {
    return this.read(rel).slice(offset, offset + length);
  }

  write(rel: string): void {
    throw new Error(`bundled files are read-only: ${rel}`);
  }

  mkdir(rel: string): void {
    this.write(rel);
  }

  remove(rel: string): void {
    this.write(rel);
  }

  rename(from: string): void {
    this.write(from);
  }
}
