/** The generated files registered in one VFS, and their caches. */
import { assertNever } from '../util/assert-never';
import { parentOf } from './paths';
import { LazyChunks } from './synthetic';
import type { ReadInput, SyntheticFileSpec } from './synthetic';

export class SyntheticRegistry {
  private readonly files = new Map<string, { spec: SyntheticFileSpec; bytes: LazyChunks | null }>();
  private readonly dirs = new Set<string>();

  /** `vpath` must be normalised and absolute. */
  add(vpath: string, spec: SyntheticFileSpec): void {
    this.files.set(vpath, { spec, bytes: null });
    for (let d = parentOf(vpath); d !== '/'; d = parentOf(d)) this.dirs.add(d);
  }

  hasFile(vpath: string): boolean {
    return this.files.has(vpath);
  }

  /** A directory that exists because generated files lie below it. */
  hasDir(vpath: string): boolean {
    return this.dirs.has(vpath);
  }

  paths(): IterableIterator<string> {
    return this.files.keys();
  }

  modificationTime(vpath: string): number {
    return this.entry(vpath).spec.modificationTime;
  }

  private entry(vpath: string): { spec: SyntheticFileSpec; bytes: LazyChunks | null } {
    const e = this.files.get(vpath);
    if (!e) throw new Error(`no generated file at ${vpath}`);
    return e;
  }

  /** The file's (lazily generated, cached) contents; `read` reads the generator's inputs. */
  bytes(vpath: string, read: ReadInput): LazyChunks {
    const e = this.entry(vpath);
    if (e.bytes === null) {
      const spec = e.spec;
      switch (spec.kind) {
        case 'whole':
          e.bytes = LazyChunks.of(spec.generate(read));
          break;
        case 'chunked':
          e.bytes = new LazyChunks(spec.chunkSizes, (i) => spec.generateChunk(i, read));
          break;
        default:
          assertNever(spec, 'generated file');
      }
    }
    return e.bytes;
  }

  /** Drops every cached generated file (they are produced again on the next read). */
  evict(): void {
    for (const e of this.files.values()) e.bytes = null;
  }
}
