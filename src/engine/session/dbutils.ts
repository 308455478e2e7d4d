/**
 * Databricks' `dbutils.fs` for Python cells, over the session's VFS. The Python side is a
 * small module compiled by PyFlint (FileInfo's repr and methods); file work is native.
 */
import type { Vfs } from '../io';
import { dbutilsHead, dbutilsLs, isVfsError } from '../io';
import { pyErr, tuple } from '../values/py';
import type { ExcName } from '../values/py';
import { pythonModule } from '../dsl/pyspark/source-module';

const SOURCE = `
class FileInfo:
    def __init__(self, path, name, size, modificationTime):
        self.path = path
        self.name = name
        self.size = size
        self.modificationTime = modificationTime
    def __repr__(self):
        return f"FileInfo(path={self.path!r}, name={self.name!r}, size={self.size!r}, modificationTime={self.modificationTime!r})"
    def __eq__(self, other):
        return isinstance(other, FileInfo) and tuple(self) == tuple(other)
    def __hash__(self):
        return hash(tuple(self))
    def __iter__(self):
        return iter((self.path, self.name, self.size, self.modificationTime))
    def __getitem__(self, i):
        return (self.path, self.name, self.size, self.modificationTime)[i]
    def __len__(self):
        return 4
    def isDir(self):
        return self.name.endswith("/")
    def isFile(self):
        return not self.isDir()

class DbfsUtils:
    def ls(self, dir):
        return [FileInfo(*e) for e in _native.ls(dir)]
    def head(self, file, maxBytes=65536):
        text, truncated = _native.head(file, maxBytes)
        if truncated:
            print(f"[Truncated to first {maxBytes} bytes]")
        return text
    def put(self, file, contents, overwrite=False):
        n = _native.put(file, contents, overwrite)
        print(f"Wrote {n} bytes.")
        return True
    def mkdirs(self, dir):
        _native.mkdirs(dir)
        return True
    def rm(self, dir, recurse=False):
        return _native.rm(dir, recurse)
    def cp(self, from_, to, recurse=False):
        _native.cp(from_, to, recurse)
        return True
    def mv(self, from_, to, recurse=False):
        _native.mv(from_, to, recurse)
        return True
    def __repr__(self):
        return "<dbutils.fs>"

class DBUtils:
    def __init__(self):
        self.fs = DbfsUtils()
    def __repr__(self):
        return "<dbutils>"

dbutils = DBUtils()
`;

/** Runs a VFS call, turning its failure into the Python exception open() would raise. */
function guarded<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (isVfsError(e)) {
      const p = e.python();
      throw pyErr(p.ename as ExcName, p.errno, p.strerror, p.filename);
    }
    throw e;
  }
}

function nativeFor(vfs: Vfs): Record<string, unknown> {
  return {
    ls: (dir: string) => guarded(() => dbutilsLs(vfs, String(dir)).map((i) => tuple([i.path, i.name, i.size, i.modificationTime]))),
    head: (file: string, maxBytes: number) => guarded(() => {
      const r = dbutilsHead(vfs, String(file), Number(maxBytes));
      return tuple([r.text, r.truncated]);
    }),
    put: (file: string, contents: string, overwrite: boolean) => guarded(() => {
      const bytes = new TextEncoder().encode(String(contents));
      vfs.writeFile(String(file), bytes, { overwrite: overwrite === true, createParents: true });
      return bytes.length;
    }),
    mkdirs: (dir: string) => guarded(() => vfs.mkdirs(String(dir))),
    rm: (path: string, recurse: boolean) => guarded(() => {
      if (!vfs.exists(String(path))) return false;
      vfs.rm(String(path), recurse === true);
      return true;
    }),
    cp: (from: string, to: string, recurse: boolean) => guarded(() => vfs.cp(String(from), String(to), recurse === true)),
    mv: (from: string, to: string) => guarded(() => vfs.mv(String(from), String(to))),
  };
}

/** The `dbutils` object a notebook's Python globals hold. */
export function dbutilsFor(vfs: Vfs): unknown {
  const native = pythonModule('dbutils._native', '');
  for (const [k, v] of Object.entries(nativeFor(vfs))) native.$d.set(k, v);
  return pythonModule('dbutils', SOURCE, { _native: native }).$d.get('dbutils');
}
