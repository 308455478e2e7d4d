/** rm, cp and mv over the VFS: whole trees, across mounts (copy then delete) when needed. */
import { baseName, isWithin, joinPath, parentOf } from './paths';
import type { Resolved, Vfs, VfsFileInfo } from './vfs';
import { ensureBackendParents } from './vfs-write';

function sub(r: Resolved, vpath: string): Resolved {
  return { parsed: r.parsed, vpath };
}

/** Refuses to touch mount points and the directories above them. */
function assertRemovable(vfs: Vfs, r: Resolved, st: VfsFileInfo): void {
  if (st.readOnly) throw vfs.error('read-only', r);
  if (vfs.mountPoints().some((m) => isWithin(m.point, r.vpath))) throw vfs.error('read-only', r);
}

export function removePath(vfs: Vfs, r: Resolved, recursive: boolean): boolean {
  const st = vfs.statPath(r.vpath);
  if (!st) return false;
  assertRemovable(vfs, r, st);
  if (st.isDir) {
    const kids = vfs.children(r.vpath);
    if (kids.length > 0 && !recursive) throw vfs.error('not-empty', r);
    for (const k of kids) removePath(vfs, sub(r, k.path), true);
  }
  const loc = vfs.locate(r.vpath);
  if (!loc) throw vfs.error('read-only', r);
  loc.mount.backend.remove(loc.rel);
  return true;
}

/** Hadoop's rule: copying or moving onto an existing directory puts the source inside it. */
function targetOf(vfs: Vfs, src: string, dst: Resolved): Resolved {
  const dst0 = vfs.statPath(dst.vpath);
  return dst0?.isDir ? sub(dst, joinPath(dst.vpath, baseName(src))) : dst;
}

function copyTree(vfs: Vfs, src: Resolved, st: VfsFileInfo, dst: Resolved): void {
  if (!st.isDir) {
    vfs.writeFile(dst.vpath, vfs.readFile(src.vpath), { createParents: true });
    return;
  }
  vfs.mkdirs(dst.vpath);
  for (const k of vfs.children(src.vpath)) copyTree(vfs, sub(src, k.path), k, sub(dst, joinPath(dst.vpath, k.name)));
}

export function copyPath(vfs: Vfs, src: Resolved, dst: Resolved, recursive: boolean): void {
  const st = vfs.statPath(src.vpath);
  if (!st) throw vfs.error('not-found', src);
  if (st.isDir && !recursive) throw vfs.error('is-a-directory', src);
  const target = targetOf(vfs, src.vpath, dst);
  if (st.isDir && isWithin(target.vpath, src.vpath)) {
    throw vfs.error('invalid-path', target, { reason: `Cannot copy ${src.vpath} into itself (${target.vpath})` });
  }
  copyTree(vfs, src, st, target);
}

export function movePath(vfs: Vfs, src: Resolved, dst: Resolved): void {
  const st = vfs.statPath(src.vpath);
  if (!st) throw vfs.error('not-found', src);
  assertRemovable(vfs, src, st);
  const target = targetOf(vfs, src.vpath, dst);
  if (target.vpath === src.vpath) return;
  if (isWithin(target.vpath, src.vpath)) {
    throw vfs.error('invalid-path', target, { reason: `Cannot move ${src.vpath} into itself (${target.vpath})` });
  }
  const existing = vfs.statPath(target.vpath);
  if (existing?.isDir) throw vfs.error('already-exists', target);
  if (vfs.isReadOnly(target.vpath)) throw vfs.error('read-only', target);
  const from = vfs.locate(src.vpath);
  const to = vfs.locate(target.vpath);
  if (from && to && from.mount === to.mount) {
    if (!vfs.statPath(parentOf(target.vpath))) vfs.mkdirs(parentOf(target.vpath));
    ensureBackendParents(to.mount, to.rel);
    if (existing) to.mount.backend.remove(to.rel);
    from.mount.backend.rename(from.rel, to.rel);
    return;
  }
  copyTree(vfs, src, st, target);
  removePath(vfs, src, true);
}
