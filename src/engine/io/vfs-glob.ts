/** Glob expansion and the file listing Spark's file sources do for their input paths. */
import { globComponentRegex, hasGlob, unescapeGlob } from './glob';
import { joinPath } from './paths';
import type { Resolved, Vfs, VfsFileInfo } from './vfs';

function walk(vfs: Vfs, absPattern: string): VfsFileInfo[] {
  let current = ['/'];
  for (const comp of absPattern.split('/').filter((c) => c !== '')) {
    if (hasGlob(comp)) {
      const re = globComponentRegex(comp);
      current = current.flatMap((dir) => {
        const st = vfs.statPath(dir);
        return st?.isDir ? vfs.children(dir).filter((k) => re.test(k.name)).map((k) => k.path) : [];
      });
    } else {
      const name = unescapeGlob(comp);
      current = current.map((dir) => joinPath(dir, name));
    }
    if (current.length === 0) return [];
  }
  const seen = new Map<string, VfsFileInfo>();
  for (const p of current) {
    const st = vfs.statPath(p);
    if (st) seen.set(p, st);
  }
  return [...seen.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

export function globPaths(vfs: Vfs, pattern: string): VfsFileInfo[] {
  const r = vfs.resolve(pattern);
  const found = walk(vfs, r.vpath);
  if (found.length === 0 && r.parsed.relative && vfs.sparkHome !== null) return walk(vfs, joinPath(vfs.sparkHome, r.parsed.path));
  return found;
}

/** Spark skips these names when it lists a directory of data files. */
export function isHiddenDataName(name: string): boolean {
  return name.startsWith('.') || (name.startsWith('_') && !name.includes('=')) || name.endsWith('._COPYING_');
}

function leafFiles(vfs: Vfs, dir: string, out: Map<string, VfsFileInfo>): void {
  for (const k of vfs.children(dir)) {
    if (isHiddenDataName(k.name)) continue;
    if (k.isDir) leafFiles(vfs, k.path, out);
    else out.set(k.path, k);
  }
}

export function expandInputPaths(vfs: Vfs, paths: readonly string[]): VfsFileInfo[] {
  const out = new Map<string, VfsFileInfo>();
  for (const p of paths) {
    let matches: VfsFileInfo[];
    if (hasGlob(p)) {
      matches = globPaths(vfs, p);
      if (matches.length === 0) throw vfs.error('not-found', vfs.resolve(p), { glob: true });
    } else {
      const r: Resolved = vfs.resolveExisting(p);
      const st = vfs.statPath(r.vpath);
      if (!st) throw vfs.error('not-found', r);
      matches = [st];
    }
    for (const m of matches) {
      if (m.isDir) leafFiles(vfs, m.path, out);
      else out.set(m.path, m);
    }
  }
  return [...out.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
