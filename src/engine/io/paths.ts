/**
 * Path forms users type, reduced to one absolute POSIX namespace ("vpath").
 *
 * Spark, Hadoop, Databricks and Python disagree on path syntax; the VFS keeps one tree and
 * remembers which scheme the user wrote so errors can quote the path the way Spark would
 * (`file:/tmp/x`, `dbfs:/FileStore/x`).
 */
import { VfsError } from './vfs-error';

/** `file` for plain and `file:` paths (local PySpark), `dbfs` for `dbfs:` and `/dbfs/` paths. */
export type PathScheme = 'file' | 'dbfs';

export interface ParsedPath {
  /** What the caller passed, for messages that quote it (Python's `FileNotFoundError`). */
  readonly input: string;
  readonly scheme: PathScheme;
  /** Whether the user gave a scheme explicitly (`dbfs:/x`, `file:/x`). */
  readonly explicitScheme: boolean;
  /** Relative paths are resolved later against the working directory. */
  readonly relative: boolean;
  /** Normalised: no `.`, `..`, repeated or trailing slashes. Relative iff `relative`. */
  readonly path: string;
}

const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):(.*)$/s;

/** Collapses `.`/`..`/`//` and drops a trailing slash; `..` above the root stays at the root. */
export function normalizePath(path: string): string {
  const absolute = path.startsWith('/');
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!absolute) out.push('..');
      continue;
    }
    out.push(part);
  }
  const joined = out.join('/');
  return absolute ? `/${joined}` : joined;
}

export function parsePath(input: string): ParsedPath {
  if (input === '') throw new VfsError({ kind: 'invalid-path', input, vpath: '', scheme: 'file', reason: 'Can not create a Path from an empty string' });
  const m = SCHEME.exec(input);
  // A one-letter "scheme" would be a Windows drive; we have none, so treat it as a name.
  if (m && m[1].length > 1) {
    const scheme = m[1].toLowerCase();
    let rest = m[2];
    if (scheme !== 'file' && scheme !== 'dbfs') {
      throw new VfsError({ kind: 'unsupported-scheme', input, vpath: '', scheme: 'file', reason: m[1] });
    }
    // `file:///x` and `dbfs:///x` carry an empty authority; drop it.
    if (rest.startsWith('//')) rest = rest.replace(/^\/\/[^/]*/, '');
    const path = normalizePath(rest.startsWith('/') ? rest : `/${rest}`);
    return { input, scheme, explicitScheme: true, relative: false, path };
  }
  if (input.startsWith('/')) {
    const path = normalizePath(input);
    // Databricks exposes DBFS to local file APIs under /dbfs (a FUSE mount).
    if (path === '/dbfs' || path.startsWith('/dbfs/')) {
      return { input, scheme: 'dbfs', explicitScheme: false, relative: false, path: path.slice(5) || '/' };
    }
    return { input, scheme: 'file', explicitScheme: false, relative: false, path };
  }
  return { input, scheme: 'file', explicitScheme: false, relative: true, path: normalizePath(input) };
}

/** Joins a relative path onto an absolute directory. */
export function joinPath(dir: string, rel: string): string {
  if (rel === '') return normalizePath(dir);
  return normalizePath(`${dir}/${rel}`);
}

export function baseName(vpath: string): string {
  const i = vpath.lastIndexOf('/');
  return vpath.slice(i + 1);
}

export function parentOf(vpath: string): string {
  if (vpath === '/') return '/';
  const i = vpath.lastIndexOf('/');
  return i <= 0 ? '/' : vpath.slice(0, i);
}

/** `true` when `vpath` is `dir` itself or lies below it. */
export function isWithin(vpath: string, dir: string): boolean {
  if (dir === '/') return true;
  return vpath === dir || vpath.startsWith(`${dir}/`);
}

/** The path below `dir` (`''` for `dir` itself); assumes `isWithin(vpath, dir)`. */
export function relativeTo(vpath: string, dir: string): string {
  if (vpath === dir) return '';
  return dir === '/' ? vpath.slice(1) : vpath.slice(dir.length + 1);
}

/** Spark's fully qualified form: `file:/tmp/x`, `dbfs:/FileStore/x`. */
export function qualifyPath(vpath: string, scheme: PathScheme): string {
  return `${scheme}:${vpath}`;
}
