/**
 * A storage backend behind one mount. Paths are relative to the backend's root, already
 * normalised (`''` is the root, `a/b` below it). The VFS does every semantic check first
 * (parent exists, target is not a directory, the mount is writable), so backends stay
 * small: they store and fetch, and report what exists.
 */
export interface BackendEntry {
  /** Last path component (`''` for the backend root). */
  readonly name: string;
  readonly isDir: boolean;
  readonly size: number;
  /** Milliseconds since the epoch, as Hadoop's `FileStatus.getModificationTime()`. */
  readonly modificationTime: number;
}

export type BackendKind = 'memory' | 'node-disk' | 'bundled-http';

export interface VfsBackend {
  readonly kind: BackendKind;
  /** `false` for backends that can never be written (the bundled files over HTTP). */
  readonly writable: boolean;
  stat(rel: string): BackendEntry | null;
  /** Children of a directory `rel`, in any order. */
  list(rel: string): BackendEntry[];
  /** Contents of a file `rel`. */
  read(rel: string): Uint8Array;
  /** `length` bytes from `offset` (fewer at the end of the file). */
  readRange(rel: string, offset: number, length: number): Uint8Array;
  /** Creates or replaces (or appends to) a file whose parent directory exists. */
  write(rel: string, data: Uint8Array, append: boolean): void;
  /** Creates one directory whose parent exists. */
  mkdir(rel: string): void;
  /** Removes a file or an empty directory. */
  remove(rel: string): void;
  /** Moves a file or directory within this backend; the target does not exist. */
  rename(from: string, to: string): void;
}

/** Splits `a/b/c` into its parent `a/b` and name `c` (`''` parent for a top-level name). */
export function splitRel(rel: string): readonly [string, string] {
  const i = rel.lastIndexOf('/');
  return i < 0 ? ['', rel] : [rel.slice(0, i), rel.slice(i + 1)];
}
