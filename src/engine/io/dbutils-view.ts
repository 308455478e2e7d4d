/**
 * What `dbutils.fs.ls` / `%fs ls` and `%fs head` show for VFS entries, so the Python
 * `dbutils` module and the `%fs` cell agree: directories end in `/` in both path and name.
 */
import { qualifyPath } from './paths';
import type { PathScheme } from './paths';
import type { Vfs, VfsFileInfo } from './vfs';

export interface DbutilsFileInfo {
  readonly path: string;
  readonly name: string;
  readonly size: number;
  readonly modificationTime: number;
}

export function dbutilsFileInfo(info: VfsFileInfo, scheme: PathScheme = 'dbfs'): DbutilsFileInfo {
  const slash = info.isDir ? '/' : '';
  return {
    path: qualifyPath(info.path, scheme) + (info.isDir && info.path !== '/' ? '/' : ''),
    name: info.name + slash,
    size: info.isDir ? 0 : info.size,
    modificationTime: info.modificationTime,
  };
}

/** `dbutils.fs.ls(path)`: a directory's entries, or the file itself. */
export function dbutilsLs(vfs: Vfs, path: string, scheme: PathScheme = 'dbfs'): DbutilsFileInfo[] {
  const st = vfs.stat(path);
  return (st.isDir ? vfs.listDir(path) : [st]).map((i) => dbutilsFileInfo(i, scheme));
}

/** `dbutils.fs.head(path, maxBytes)`: the first bytes as text, and whether it was cut. */
export function dbutilsHead(vfs: Vfs, path: string, maxBytes = 65536): { text: string; truncated: boolean } {
  const size = vfs.stat(path).size;
  const bytes = vfs.readRange(path, 0, maxBytes);
  return { text: new TextDecoder('utf-8').decode(bytes), truncated: size > maxBytes };
}
