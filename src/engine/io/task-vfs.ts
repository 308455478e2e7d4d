/**
 * The file system a task reads through on the executor running it: executors open the
 * cluster's storage at start (disk in Node, the bundled files in the browser) and the
 * driver's session sets its own, so in-process executors read the driver's. File scans
 * run by executors (Spark's FileScanRDD) read their splits here.
 */
import type { Vfs } from './vfs';

let current: Vfs | null = null;

export function setTaskVfs(vfs: Vfs | null): void {
  current = vfs;
}

export function taskVfs(): Vfs | null {
  return current;
}

/**
 * Whether every worker opens the file the driver sees at `path`: files on disk (shared by
 * the Node workers) and the bundled read-only data sets are; in-memory mounts (each browser
 * worker keeps its own) and generated (synthetic) files are not.
 */
export function sharedWithExecutors(vfs: Vfs, path: string): boolean {
  const info = vfs.tryStat(path);
  if (!info || info.synthetic || info.isDir) return false;
  const loc = vfs.locate(info.path);
  return loc !== null && loc.mount.backend.kind !== 'memory';
}
