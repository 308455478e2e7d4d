/**
 * The file system Python code sees (`open`, `os`, `tempfile`, ...). The session injects the
 * VFS its SparkContext reads, so a file written with `open()` is what `sc.textFile` reads;
 * a bare interpreter (`runModule` in tests, an executor) gets a private in-memory VFS with
 * the standard layout (`/tmp`, `/databricks/driver`, ...).
 */
import { createMemoryVfs, isVfsError, setTaskVfs } from '../../io';
import type { Vfs } from '../../io';
import { E, PyBaseException, PyBytes, call, pyErr, typeName, typeOf } from '../../values/py';
import type { ExcName } from '../../values/py';

let injected: Vfs | null = null;
let fallback: Vfs | null = null;
/** Set by os.chdir; null means the VFS's own working directory. */
let cwd: string | null = null;

/** Files with writes not yet stored, flushed before any Python-side read of the VFS. */
const dirty = new Set<{ flush(): void }>();

/** Called by the session (and tests) with the VFS of the current SparkContext; null resets. */
export function setPythonVfs(vfs: Vfs | null): void {
  flushAllFiles();
  injected = vfs;
  cwd = null;
  // The same storage serves the executor's file scans (SQL tasks read their splits there).
  setTaskVfs(vfs);
}

export function pythonCwd(): string {
  return cwd ?? pythonVfs().cwd;
}

export function setPythonCwd(dir: string): void {
  cwd = dir;
}

/** A path as the VFS should see it: relative paths follow os.chdir. */
export function resolvePath(p: string): string {
  if (cwd === null || p.startsWith('/') || /^[a-z]+:/.test(p)) return p;
  return p === '' || p === '.' ? cwd : `${cwd.replace(/\/$/, '')}/${p}`;
}

export function pythonVfs(): Vfs {
  if (injected) return injected;
  fallback ??= createMemoryVfs();
  return fallback;
}

export function markDirty(f: { flush(): void }, on: boolean): void {
  if (on) dirty.add(f);
  else dirty.delete(f);
}

/** Stores every buffered write (end of a cell, before listings and reads). */
export function flushAllFiles(): void {
  for (const f of [...dirty]) f.flush();
}

/** An OSError subclass as CPython builds it: args (errno, strerror), filename beside. */
export function osError(ename: ExcName, errno: number, strerror: string, filename?: unknown, filename2?: unknown): PyBaseException {
  const e = new PyBaseException(E[ename], [errno, strerror]);
  if (filename !== undefined) e.$d!.set('filename', filename);
  if (filename2 !== undefined) e.$d!.set('filename2', filename2);
  return e;
}

/** Runs a VFS operation, turning its failures into Python's OSErrors for `filename`. */
export function withVfs<T>(filename: unknown, op: (vfs: Vfs) => T): T {
  try {
    return op(pythonVfs());
  } catch (e) {
    throw toPyError(e, filename);
  }
}

export function toPyError(e: unknown, filename: unknown): unknown {
  if (!isVfsError(e)) return e;
  const py = e.python();
  const name = (py.ename in E ? py.ename : 'OSError') as ExcName;
  return osError(name, py.errno, py.strerror, filename ?? py.filename);
}

/** A path argument (str, bytes or os.PathLike) as a string; CPython's TypeError otherwise. */
export function fspath(p: unknown, fn?: string): string {
  if (typeof p === 'string') return p;
  if (p instanceof PyBytes) return new TextDecoder().decode(p.b);
  const f = typeOf(p).lookup('__fspath__');
  if (f !== undefined && f !== null) return String(call(f, [p]));
  const tn = typeName(p);
  throw pyErr('TypeError', fn ? `${fn}: path should be string, bytes or os.PathLike, not ${tn}` : `expected str, bytes or os.PathLike object, not ${tn}`);
}
