/** Writes and directory creation over the VFS, with `open()`'s and Hadoop's rules. */
import { joinPath, parentOf } from './paths';
import type { Mount, Vfs, WriteOptions } from './vfs';

/**
 * Creates, inside one backend, the parents of `rel` that exist in the VFS only as implied
 * directories (e.g. `/opt` above the `/opt/spark` mount, stored in the root backend).
 */
export function ensureBackendParents(mount: Mount, rel: string): void {
  const parts = rel.split('/');
  const prefix = mount.root === '' ? [] : mount.root.split('/');
  for (let i = prefix.length + 1; i < parts.length; i++) {
    const dir = parts.slice(0, i).join('/');
    if (!mount.backend.stat(dir)) mount.backend.mkdir(dir);
  }
}

export function writePath(vfs: Vfs, input: string, data: Uint8Array | string, options: WriteOptions): void {
  const r = vfs.resolve(input);
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  const existing = vfs.statPath(r.vpath);
  if (existing?.isDir) throw vfs.error('is-a-directory', r);
  if (vfs.isReadOnly(r.vpath)) throw vfs.error('read-only', r);
  if (existing && options.overwrite === false) throw vfs.error('already-exists', r);
  const parent = parentOf(r.vpath);
  const pst = vfs.statPath(parent);
  if (!pst) {
    if (!options.createParents) throw vfs.error('not-found', r);
    vfs.mkdirs(parent);
  } else if (!pst.isDir) {
    throw vfs.error('not-a-directory', r);
  }
  const loc = vfs.locate(r.vpath);
  if (!loc) throw vfs.error('read-only', r);
  ensureBackendParents(loc.mount, loc.rel);
  loc.mount.backend.write(loc.rel, bytes, options.append === true);
}

export function makeDirs(vfs: Vfs, input: string): void {
  const r = vfs.resolve(input);
  let cur = '/';
  for (const part of r.vpath.split('/').filter((p) => p !== '')) {
    cur = joinPath(cur, part);
    const st = vfs.statPath(cur);
    if (st) {
      if (!st.isDir) throw vfs.error(cur === r.vpath ? 'already-exists' : 'not-a-directory', r);
      continue;
    }
    const loc = vfs.locate(cur);
    if (!loc || loc.mount.readOnly) throw vfs.error('read-only', r);
    ensureBackendParents(loc.mount, loc.rel);
    loc.mount.backend.mkdir(loc.rel);
  }
}
