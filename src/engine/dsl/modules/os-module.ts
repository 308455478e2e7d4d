/**
 * The os module over the Python VFS: files and directories (listdir, mkdir, makedirs,
 * remove, rmdir, rename, walk, scandir, stat), the working directory, environ, and the
 * constants of a Linux host.
 */
import { E, JsIter, NativeGetter, PyBytes, PyDict, PyType, T, mkFloat, pyErr, repr, setClassType, strRepr, truthy, tuple } from '../../values/py';
import { def, parseArgs } from '../../values/py/methods/define';
import type { VfsFileInfo } from '../../io';
import { importModule, moduleFrom, registerModule } from './registry';
import { flushAllFiles, fspath, osError, pythonCwd, pythonVfs, resolvePath, setPythonCwd, toPyError, withVfs } from './vfs-host';
import { abspath, join } from './os-path';
import { bytesLike } from './file-binary';
import { openFile } from './open';

function osType(name: string, base: PyType = T.object): PyType {
  const t = new PyType(name, [base]);
  t.module = 'os';
  return t;
}

// ---------------------------------------------------------------- environ

const EnvironT = osType('_Environ', T.dict);
class PyEnviron extends PyDict {
  pyRepr(): string {
    return `environ({${[...this.entries()].map(([k, v]) => `${repr(k)}: ${repr(v)}`).join(', ')}})`;
  }
}
setClassType(PyEnviron, EnvironT);

function makeEnviron(): PyEnviron {
  const env = new PyEnviron();
  const vars: Record<string, string> = {
    HOME: '/root',
    LANG: 'C.UTF-8',
    PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
    PWD: pythonCwd(),
    PYSPARK_PYTHON: 'python3',
    SPARK_HOME: '/opt/spark',
    USER: 'root',
  };
  for (const [k, v] of Object.entries(vars)) env.set(k, v);
  return env;
}

// ---------------------------------------------------------------- stat and DirEntry

const S_IFDIR = 0o040000;
const S_IFREG = 0o100000;

const StatResultT = osType('stat_result');
class StatResult {
  constructor(readonly info: VfsFileInfo) {}
  mode(): number {
    return this.info.isDir ? S_IFDIR | 0o755 : S_IFREG | 0o644;
  }
  pyRepr(): string {
    const t = Math.floor(this.info.modificationTime / 1000);
    return `os.stat_result(st_mode=${this.mode()}, st_ino=0, st_dev=0, st_nlink=1, st_uid=0, st_gid=0, st_size=${this.info.size}, st_atime=${t}, st_mtime=${t}, st_ctime=${t})`;
  }
}
setClassType(StatResult, StatResultT);
for (const [k, get] of [
  ['st_mode', (s: StatResult) => s.mode()],
  ['st_size', (s: StatResult) => s.info.size],
  ['st_mtime', (s: StatResult) => mkFloat(s.info.modificationTime / 1000)],
  ['st_atime', (s: StatResult) => mkFloat(s.info.modificationTime / 1000)],
  ['st_ctime', (s: StatResult) => mkFloat(s.info.modificationTime / 1000)],
  ['st_mtime_ns', (s: StatResult) => BigInt(Math.round(s.info.modificationTime)) * 1000000n],
  ['st_nlink', () => 1],
  ['st_uid', () => 0],
  ['st_gid', () => 0],
  ['st_ino', () => 0],
  ['st_dev', () => 0],
] as const) {
  StatResultT.dict.set(k, new NativeGetter((s) => get(s as StatResult)));
}

function stat(p: unknown): StatResult {
  const path = fspath(p, 'stat');
  flushAllFiles();
  return new StatResult(withVfs(path, (vfs) => vfs.stat(resolvePath(path))));
}

const DirEntryT = osType('DirEntry');
class DirEntry {
  constructor(
    readonly info: VfsFileInfo,
    readonly path: string,
  ) {}
  pyRepr(): string {
    return `<DirEntry ${strRepr(this.info.name)}>`;
  }
}
setClassType(DirEntry, DirEntryT);
DirEntryT.dict.set('name', new NativeGetter((e) => (e as DirEntry).info.name));
DirEntryT.dict.set('path', new NativeGetter((e) => (e as DirEntry).path));
def(DirEntryT, 'is_file', (e: DirEntry) => !e.info.isDir);
def(DirEntryT, 'is_dir', (e: DirEntry) => e.info.isDir);
def(DirEntryT, 'is_symlink', () => false);
def(DirEntryT, 'stat', (e: DirEntry) => new StatResult(e.info));
def(DirEntryT, '__fspath__', (e: DirEntry) => e.path);

const ScandirT = osType('ScandirIterator');
class ScandirIterator extends JsIter {}
setClassType(ScandirIterator, ScandirT);
def(ScandirT, '__enter__', (s: ScandirIterator) => s);
def(ScandirT, '__exit__', () => null);
def(ScandirT, 'close', () => null);
def(ScandirT, '__iter__', (s: ScandirIterator) => s);

// ---------------------------------------------------------------- directory operations

function listInfos(path: string): VfsFileInfo[] {
  flushAllFiles();
  return withVfs(path, (vfs) => vfs.listDir(resolvePath(path)));
}

function entryPath(dir: string, name: string): string {
  return dir === '.' ? `./${name}` : join(dir, name);
}

function mkdir(p: string): void {
  const vfs = pythonVfs();
  const at = resolvePath(p);
  if (withVfs(p, () => vfs.tryStat(at))) throw osError('FileExistsError', 17, 'File exists', p);
  const parent = at.replace(/\/+$/, '').replace(/\/[^/]*$/, '') || '/';
  const pst = at.includes('/') ? withVfs(p, () => vfs.tryStat(parent)) : { isDir: true };
  if (!pst) throw osError('FileNotFoundError', 2, 'No such file or directory', p);
  if (!pst.isDir) throw osError('NotADirectoryError', 20, 'Not a directory', p);
  withVfs(p, () => vfs.mkdirs(at));
}

function makedirs(...a: unknown[]): null {
  const [name, , existOk] = parseArgs('makedirs', a, ['name', 'mode', 'exist_ok'], 1);
  const p = fspath(name, 'makedirs');
  const st = withVfs(p, (vfs) => vfs.tryStat(resolvePath(p)));
  if (st) {
    if (!st.isDir || !truthy(existOk ?? false)) throw osError('FileExistsError', 17, 'File exists', p);
    return null;
  }
  withVfs(p, (vfs) => vfs.mkdirs(resolvePath(p)));
  return null;
}

function remove(p: unknown): null {
  const path = fspath(p, 'remove');
  flushAllFiles();
  const st = withVfs(path, (vfs) => vfs.tryStat(resolvePath(path)));
  if (!st) throw osError('FileNotFoundError', 2, 'No such file or directory', path);
  if (st.isDir) throw osError('IsADirectoryError', 21, 'Is a directory', path);
  withVfs(path, (vfs) => vfs.rm(resolvePath(path)));
  return null;
}

function rmdir(p: unknown): null {
  const path = fspath(p, 'rmdir');
  flushAllFiles();
  const st = withVfs(path, (vfs) => vfs.tryStat(resolvePath(path)));
  if (!st) throw osError('FileNotFoundError', 2, 'No such file or directory', path);
  if (!st.isDir) throw osError('NotADirectoryError', 20, 'Not a directory', path);
  withVfs(path, (vfs) => vfs.rm(resolvePath(path)));
  return null;
}

function rename(a: unknown, b: unknown): null {
  const src = fspath(a, 'rename');
  const dst = fspath(b, 'rename');
  flushAllFiles();
  const vfs = pythonVfs();
  try {
    const st = vfs.tryStat(resolvePath(src));
    if (!st) throw osError('FileNotFoundError', 2, 'No such file or directory', src, dst);
    const dt = vfs.tryStat(resolvePath(dst));
    if (dt?.isDir) {
      if (!st.isDir) throw osError('IsADirectoryError', 21, 'Is a directory', src, dst);
      if (vfs.listDir(resolvePath(dst)).length) throw osError('OSError', 39, 'Directory not empty', src, dst);
      vfs.rm(resolvePath(dst));
    } else if (dt) {
      if (st.isDir) throw osError('NotADirectoryError', 20, 'Not a directory', src, dst);
      vfs.rm(resolvePath(dst));
    }
    vfs.mv(resolvePath(src), resolvePath(dst));
  } catch (e) {
    throw toPyError(e, src);
  }
  return null;
}

function* walk(top: string, topdown: boolean): Generator<unknown> {
  let infos: VfsFileInfo[];
  try {
    infos = listInfos(top);
  } catch {
    return;
  }
  const dirs = infos.filter((i) => i.isDir).map((i) => i.name);
  const files = infos.filter((i) => !i.isDir).map((i) => i.name);
  if (topdown) yield tuple([top, dirs, files]);
  for (const d of dirs) yield* walk(join(top, d), topdown);
  if (!topdown) yield tuple([top, dirs, files]);
}

function chdir(p: unknown): null {
  const path = fspath(p, 'chdir');
  const st = withVfs(path, (vfs) => vfs.tryStat(resolvePath(path)));
  if (!st) throw osError('FileNotFoundError', 2, 'No such file or directory', path);
  if (!st.isDir) throw osError('NotADirectoryError', 20, 'Not a directory', path);
  setPythonCwd(abspath(path));
  return null;
}

/** Descriptors from tempfile.mkstemp: os.write appends to the file, os.close forgets it. */
const fds = new Map<number, string>();
let nextFd = 3;

function badFd(): never {
  throw osError('OSError', 9, 'Bad file descriptor');
}

function fdPath(fd: unknown): string {
  return fds.get(Number(fd)) ?? badFd();
}

const fdFunctions = {
  _fd_for: (p: unknown) => {
    fds.set(nextFd, abspath(fspath(p)));
    return nextFd++;
  },
  write: (fd: unknown, data: unknown) => {
    const path = fdPath(fd);
    const b = bytesLike(data);
    withVfs(path, (vfs) => vfs.writeFile(path, b, { append: true }));
    return b.length;
  },
  close: (fd: unknown) => {
    if (!fds.delete(Number(fd))) badFd();
    return null;
  },
  fdopen: (fd: unknown, ...rest: unknown[]) => openFile(fdPath(fd), ...rest),
};

function cpuCount(): number {
  const nav = (globalThis as { navigator?: { hardwareConcurrency?: number } }).navigator;
  return nav?.hardwareConcurrency ?? 1;
}

function urandom(n: unknown): PyBytes {
  const b = new Uint8Array(Number(n));
  const c = (globalThis as { crypto?: { getRandomValues(a: Uint8Array): Uint8Array } }).crypto;
  if (c) c.getRandomValues(b);
  else for (let i = 0; i < b.length; i++) b[i] = Math.floor(Math.random() * 256);
  return new PyBytes(b);
}

registerModule('os', () => {
  const environ = makeEnviron();
  return moduleFrom('os', {
    name: 'posix',
    sep: '/',
    altsep: null,
    extsep: '.',
    pathsep: ':',
    linesep: '\n',
    curdir: '.',
    pardir: '..',
    devnull: '/dev/null',
    defpath: '/bin:/usr/bin',
    SEEK_SET: 0,
    SEEK_CUR: 1,
    SEEK_END: 2,
    path: importModule('posixpath', true),
    environ,
    getenv: (...a: unknown[]) => {
      const [key, dflt] = parseArgs('getenv', a, ['key', 'default'], 1);
      return environ.get(key) ?? dflt ?? null;
    },
    putenv: (k: unknown, v: unknown) => (environ.set(k, v), null),
    getcwd: () => pythonCwd(),
    chdir,
    listdir: (p: unknown = '.') => {
      const path = fspath(p, 'listdir');
      return listInfos(path).map((i) => i.name);
    },
    scandir: (p: unknown = '.') => {
      const path = fspath(p, 'scandir');
      return new ScandirIterator(listInfos(path).map((i) => new DirEntry(i, entryPath(path, i.name)))[Symbol.iterator]());
    },
    walk: (...a: unknown[]) => {
      const [top, topdown] = parseArgs('walk', a, ['top', 'topdown', 'onerror', 'followlinks'], 1);
      return new JsIter(walk(fspath(top, 'walk'), topdown === undefined || truthy(topdown)));
    },
    mkdir: (...a: unknown[]) => (mkdir(fspath(parseArgs('mkdir', a, ['path', 'mode', 'dir_fd'], 1)[0], 'mkdir')), null),
    makedirs,
    remove,
    unlink: remove,
    rmdir,
    removedirs: rmdir,
    rename,
    replace: rename,
    stat,
    lstat: stat,
    fspath: (p: unknown) => {
      if (typeof p === 'string' || p instanceof PyBytes) return p;
      return fspath(p);
    },
    getpid: () => 4242,
    getppid: () => 1,
    getuid: () => 0,
    getgid: () => 0,
    getlogin: () => 'root',
    cpu_count: cpuCount,
    urandom,
    system: () => {
      throw pyErr('OSError', 'os.system: Flint runs no external processes');
    },
    ...fdFunctions,
    DirEntry: DirEntryT,
    stat_result: StatResultT,
    error: E.OSError,
  });
});
