/**
 * The virtual file system the driver and executors read and write through, synchronously
 * (user code does file I/O synchronously, as Python does). One absolute namespace with
 * mounts (longest prefix wins), generated files layered on top, and the Spark-home
 * fallback for relative sample paths such as `data/mllib/sample_libsvm_data.txt`.
 */
import type { BackendEntry, VfsBackend } from './backend';
import { expandInputPaths, globPaths } from './vfs-glob';
import { copyPath, movePath, removePath } from './vfs-tree-ops';
import type { ParsedPath, PathScheme } from './paths';
import { baseName, isWithin, joinPath, normalizePath, parsePath, qualifyPath, relativeTo } from './paths';
import type { LazyChunks } from './synthetic';
import { SyntheticRegistry } from './synthetic-registry';
import { makeDirs, writePath } from './vfs-write';
import type { SyntheticFileSpec } from './synthetic';
import { VfsError } from './vfs-error';
import type { VfsErrorKind } from './vfs-error';

export interface VfsFileInfo {
  /** Absolute VFS path, no trailing slash (`/` for the root). */
  readonly path: string;
  readonly name: string;
  readonly size: number;
  readonly modificationTime: number;
  readonly isDir: boolean;
  /** Generated on first read by src/engine/datagen, not stored data. */
  readonly synthetic: boolean;
  readonly readOnly: boolean;
}

export interface VfsOptions {
  /** Working directory for relative paths (default `/databricks/driver`, as on Databricks). */
  readonly cwd?: string;
  /** Where relative paths fall back to when they do not exist under `cwd` (default `/opt/spark`). */
  readonly sparkHome?: string | null;
  /**
   * How errors qualify paths written without a scheme: `file` (`file:/tmp/x`, local PySpark,
   * the default) or `dbfs` (`dbfs:/tmp/x`, as on Databricks).
   */
  readonly defaultScheme?: PathScheme;
}

export interface MountOptions {
  readonly readOnly?: boolean;
  /** Names at the mount's root that stay invisible (e.g. `spark` under /databricks-datasets). */
  readonly hidden?: readonly string[];
  /** Mount this folder of the backend instead of its root (e.g. `spark` at /opt/spark). */
  readonly root?: string;
}

export interface WriteOptions {
  readonly append?: boolean;
  /** Create missing parent directories (Hadoop's `create`), instead of failing as `open()` does. */
  readonly createParents?: boolean;
  /** When `false`, an existing file is an error (`FileExistsError`, Spark's `PATH_ALREADY_EXISTS`). */
  readonly overwrite?: boolean;
}

export interface Mount {
  readonly point: string;
  readonly backend: VfsBackend;
  readonly readOnly: boolean;
  readonly hidden: ReadonlySet<string>;
  /** Backend path of the mount point (`''` for the backend root). */
  readonly root: string;
}

/** A path after parsing and resolution against the working directory. */
export interface Resolved {
  readonly parsed: ParsedPath;
  readonly vpath: string;
}

export class Vfs {
  readonly cwd: string;
  readonly sparkHome: string | null;
  readonly defaultScheme: PathScheme;
  private mounts: Mount[] = [];
  private readonly synthetic = new SyntheticRegistry();

  constructor(options: VfsOptions = {}) {
    this.cwd = parsePath(options.cwd ?? '/databricks/driver').path;
    this.sparkHome = options.sparkHome === null ? null : parsePath(options.sparkHome ?? '/opt/spark').path;
    this.defaultScheme = options.defaultScheme ?? 'file';
  }

  mount(point: string, backend: VfsBackend, options: MountOptions = {}): void {
    const p = parsePath(point).path;
    this.mounts = this.mounts.filter((m) => m.point !== p);
    const root = normalizePath(options.root ?? '').replace(/^\//, '');
    this.mounts.push({ point: p, backend, readOnly: options.readOnly === true || !backend.writable, hidden: new Set(options.hidden ?? []), root });
    this.mounts.sort((a, b) => b.point.length - a.point.length);
  }

  mountPoints(): readonly Mount[] {
    return this.mounts;
  }

  /** Registers a generated file; it appears in listings at once and is produced on first read. */
  addSynthetic(spec: SyntheticFileSpec): void {
    this.synthetic.add(parsePath(spec.path).path, spec);
  }

  /** Frees the caches of generated files (they are produced again when next read). */
  evictSynthetic(): void {
    this.synthetic.evict();
  }

  // ---- resolution ----

  /** Parses and absolutises a path (no fallback, no existence check). */
  resolve(input: string): Resolved {
    const parsed = parsePath(input);
    return { parsed, vpath: parsed.relative ? joinPath(this.cwd, parsed.path) : parsed.path };
  }

  /** Resolves a path to read: relative paths missing under `cwd` fall back to the Spark home. */
  resolveExisting(input: string): Resolved {
    const r = this.resolve(input);
    if (r.parsed.relative && this.sparkHome !== null && this.statPath(r.vpath) === null) {
      const alt = joinPath(this.sparkHome, r.parsed.path);
      if (this.statPath(alt) !== null) return { parsed: r.parsed, vpath: alt };
    }
    return r;
  }

  /** Spark's fully qualified form of a path: `file:/tmp/x`, or `dbfs:/...` when written so. */
  qualify(input: string, defaultScheme: PathScheme = this.defaultScheme): string {
    const r = this.resolve(input);
    const scheme = r.parsed.explicitScheme || r.parsed.scheme === 'dbfs' ? r.parsed.scheme : defaultScheme;
    return qualifyPath(r.vpath, scheme);
  }

  error(kind: VfsErrorKind, r: Resolved, extra: { glob?: boolean; reason?: string } = {}): VfsError {
    const scheme = r.parsed.explicitScheme || r.parsed.scheme === 'dbfs' ? r.parsed.scheme : this.defaultScheme;
    return new VfsError({ kind, input: r.parsed.input, vpath: r.vpath, scheme, ...extra });
  }

  /** The mount holding `vpath` and the backend path (`rel`) it maps to; `inner` is mount-relative. */
  locate(vpath: string): { mount: Mount; rel: string; inner: string } | null {
    for (const m of this.mounts) {
      if (!isWithin(vpath, m.point)) continue;
      const inner = relativeTo(vpath, m.point);
      if (inner !== '' && m.hidden.has(inner.split('/')[0])) return null;
      const rel = m.root === '' ? inner : inner === '' ? m.root : `${m.root}/${inner}`;
      return { mount: m, rel, inner };
    }
    return null;
  }

  isReadOnly(vpath: string): boolean {
    if (this.synthetic.hasFile(vpath) || this.synthetic.hasDir(vpath)) return true;
    if (this.mounts.some((m) => m.point !== vpath && isWithin(m.point, vpath))) return true;
    const loc = this.locate(vpath);
    return loc === null || loc.mount.readOnly;
  }

  private info(vpath: string, e: BackendEntry, synthetic: boolean): VfsFileInfo {
    return {
      path: vpath,
      name: vpath === '/' ? '' : baseName(vpath),
      size: e.isDir ? 0 : e.size,
      modificationTime: e.modificationTime,
      isDir: e.isDir,
      synthetic,
      readOnly: this.isReadOnly(vpath),
    };
  }

  /** Status of an absolute path, or `null` when nothing is there. */
  statPath(vpath: string): VfsFileInfo | null {
    if (this.synthetic.hasFile(vpath)) {
      const size = this.syntheticBytes(vpath).size;
      return this.info(vpath, { name: '', isDir: false, size, modificationTime: this.synthetic.modificationTime(vpath) }, true);
    }
    const loc = this.locate(vpath);
    const e = loc ? loc.mount.backend.stat(loc.rel) : null;
    if (e) return this.info(vpath, e, false);
    const generatedDir = this.synthetic.hasDir(vpath);
    const implied = vpath === '/' || generatedDir || this.mounts.some((m) => m.point !== vpath && isWithin(m.point, vpath));
    return implied ? this.info(vpath, { name: '', isDir: true, size: 0, modificationTime: 0 }, generatedDir) : null;
  }

  private syntheticBytes(vpath: string): LazyChunks {
    return this.synthetic.bytes(vpath, (p) => this.readFile(p));
  }

  // ---- queries ----

  /** `false` also for paths that cannot exist here (`''`, `s3://...`), as `os.path.exists` says. */
  exists(input: string): boolean {
    return this.tryStat(input) !== null;
  }

  tryStat(input: string): VfsFileInfo | null {
    try {
      return this.statPath(this.resolveExisting(input).vpath);
    } catch (e) {
      if (e instanceof VfsError && (e.kind === 'invalid-path' || e.kind === 'unsupported-scheme')) return null;
      throw e;
    }
  }

  stat(input: string): VfsFileInfo {
    const r = this.resolveExisting(input);
    const st = this.statPath(r.vpath);
    if (!st) throw this.error('not-found', r);
    return st;
  }

  /** Children of a directory, sorted by name (as `dbutils.fs.ls` and `%fs ls` show them). */
  listDir(input: string): VfsFileInfo[] {
    const r = this.resolveExisting(input);
    const st = this.statPath(r.vpath);
    if (!st) throw this.error('not-found', r);
    if (!st.isDir) throw this.error('not-a-directory', r);
    return this.children(r.vpath);
  }

  children(vpath: string): VfsFileInfo[] {
    const names = new Set<string>();
    const loc = this.locate(vpath);
    if (loc) {
      const e = loc.mount.backend.stat(loc.rel);
      if (e?.isDir) {
        for (const c of loc.mount.backend.list(loc.rel)) {
          if (loc.inner === '' && loc.mount.hidden.has(c.name)) continue;
          names.add(c.name);
        }
      }
    }
    const addBelow = (p: string) => {
      if (p !== vpath && isWithin(p, vpath)) names.add(relativeTo(p, vpath).split('/')[0]);
    };
    for (const m of this.mounts) addBelow(m.point);
    for (const p of this.synthetic.paths()) addBelow(p);
    const out: VfsFileInfo[] = [];
    for (const name of names) {
      const st = this.statPath(joinPath(vpath, name));
      if (st) out.push(st);
    }
    return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }

  // ---- reads ----

  private readable(input: string): { r: Resolved; st: VfsFileInfo } {
    const r = this.resolveExisting(input);
    const st = this.statPath(r.vpath);
    if (!st) throw this.error('not-found', r);
    if (st.isDir) throw this.error('is-a-directory', r);
    return { r, st };
  }

  /** The whole file. Generated files return their cached buffer: do not mutate it. */
  readFile(input: string): Uint8Array {
    const { r, st } = this.readable(input);
    if (st.synthetic) return this.syntheticBytes(r.vpath).all();
    const loc = this.locate(r.vpath);
    if (!loc) throw this.error('not-found', r);
    return loc.mount.backend.read(loc.rel);
  }

  /** `length` bytes from `offset` (fewer at the end): how executors read their split of a file. */
  readRange(input: string, offset: number, length: number): Uint8Array {
    const { r, st } = this.readable(input);
    if (st.synthetic) return this.syntheticBytes(r.vpath).range(offset, length);
    const loc = this.locate(r.vpath);
    if (!loc) throw this.error('not-found', r);
    return loc.mount.backend.readRange(loc.rel, offset, length);
  }

  /** UTF-8 text; malformed bytes become U+FFFD, as Spark's text readers do. */
  readText(input: string): string {
    return new TextDecoder('utf-8').decode(this.readFile(input));
  }

  // ---- writes ----

  writeFile(input: string, data: Uint8Array | string, options: WriteOptions = {}): void {
    writePath(this, input, data, options);
  }

  /** Creates a directory and its missing parents (`mkdir -p`, `dbutils.fs.mkdirs`). */
  mkdirs(input: string): void {
    makeDirs(this, input);
  }

  /** Removes a file, or a directory (`recursive` when not empty). `false` when nothing was there. */
  rm(input: string, recursive = false): boolean {
    return removePath(this, this.resolve(input), recursive);
  }

  /** Copies a file, or a directory with `recursive`; into `dst` when `dst` is a directory. */
  cp(src: string, dst: string, recursive = false): void {
    copyPath(this, this.resolveExisting(src), this.resolve(dst), recursive);
  }

  /** Moves a file or directory; into `dst` when `dst` is a directory. */
  mv(src: string, dst: string): void {
    movePath(this, this.resolve(src), this.resolve(dst));
  }

  // ---- globs ----

  /** Hadoop `globStatus`: every existing path matching the pattern, sorted by path. */
  glob(pattern: string): VfsFileInfo[] {
    return globPaths(this, pattern);
  }

  /**
   * The files a Spark file source reads for these paths: globs expanded, directories listed
   * recursively without hidden names (`_x`, `.x`), sorted by path. A path or glob that
   * matches nothing throws a `not-found` VfsError (`[PATH_NOT_FOUND] ...`).
   */
  inputFiles(paths: string | readonly string[]): VfsFileInfo[] {
    return expandInputPaths(this, typeof paths === 'string' ? [paths] : paths);
  }
}
