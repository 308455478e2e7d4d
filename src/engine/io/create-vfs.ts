/**
 * Ready-made file systems for each host. All share one layout:
 *
 * | path | contents |
 * |---|---|
 * | `/databricks-datasets` | public/datasets, read-only (its `spark/` folder hidden), plus generated files |
 * | `/opt/spark` | public/datasets/spark, read-only: the Spark home relative sample paths fall back to |
 * | `/tmp`, `/FileStore` (= `dbfs:/FileStore`) | writable |
 * | `/` (everything else, e.g. the working directory `/databricks/driver`) | writable |
 */
import { BUNDLED_FILES } from './bundled-manifest';
import { BundledHttpBackend } from './bundled-http-backend';
import type { VfsBackend } from './backend';
import { DATASETS_MOUNT, SPARK_FOLDER, SPARK_HOME, registerCourseDatasets } from './course-datasets';
import { MemoryBackend } from './memory-backend';
import { NodeDiskBackend } from './node-disk-backend';
import type { NodeFsLike } from './node-disk-backend';
import type { SyncFetcher } from './sync-fetch';
import { Vfs } from './vfs';
import type { VfsOptions } from './vfs';

function mountStandard(vfs: Vfs, datasets: VfsBackend, writable: (name: 'root' | 'tmp' | 'FileStore') => VfsBackend): Vfs {
  vfs.mount('/', writable('root'));
  vfs.mount('/tmp', writable('tmp'));
  vfs.mount('/FileStore', writable('FileStore'));
  vfs.mount(DATASETS_MOUNT, datasets, { readOnly: true, hidden: [SPARK_FOLDER] });
  vfs.mount(SPARK_HOME, datasets, { readOnly: true, root: SPARK_FOLDER });
  registerCourseDatasets(vfs);
  return vfs;
}

export interface NodeVfsOptions extends VfsOptions {
  readonly fs: NodeFsLike;
  /** Absolute path of public/datasets. */
  readonly datasetsDir: string;
  /** A scratch directory holding the writable mounts (`root/`, `tmp/`, `FileStore/`). */
  readonly tempRoot: string;
  /**
   * A real directory (normally the process's cwd) mounted at its own absolute path and
   * used as the working directory, so `flint run` reads files next to the program.
   */
  readonly hostDir?: string;
}

/** Node (CLI, benches): bundled files and writable mounts on disk, shared by every worker thread. */
export function createNodeVfs(options: NodeVfsOptions): Vfs {
  const vfs = new Vfs({ ...options, cwd: options.hostDir ?? options.cwd });
  // Dot files in the bundle (.gitattributes) are repository plumbing, not data.
  const datasets = new NodeDiskBackend(options.fs, options.datasetsDir, { readOnly: true, skipNames: (n) => n.startsWith('.') });
  mountStandard(vfs, datasets, (name) => new NodeDiskBackend(options.fs, `${options.tempRoot}/${name}`));
  if (options.hostDir) vfs.mount(options.hostDir, new NodeDiskBackend(options.fs, options.hostDir));
  vfs.mkdirs(vfs.cwd);
  return vfs;
}

export interface BrowserVfsOptions extends VfsOptions {
  /** URL of public/datasets as served (Vite serves public/ at the base URL: `${BASE_URL}datasets/`). */
  readonly baseUrl: string;
  /** Synchronous fetch for files not prefetched (`xhrSyncFetcher()` inside a worker). */
  readonly fetchSync?: SyncFetcher;
}

/** A browser worker: bundled files over HTTP (cached), writable mounts in memory until persistence lands. */
export function createBrowserVfs(options: BrowserVfsOptions): { vfs: Vfs; bundled: BundledHttpBackend } {
  const bundled = new BundledHttpBackend(BUNDLED_FILES, { baseUrl: options.baseUrl, fetchSync: options.fetchSync });
  const vfs = mountStandard(new Vfs(options), bundled, () => new MemoryBackend());
  vfs.mkdirs(vfs.cwd);
  return { vfs, bundled };
}

/** Everything in memory (tests); `datasets` defaults to an empty read-only folder. */
export function createMemoryVfs(options: VfsOptions & { datasets?: VfsBackend; now?: () => number } = {}): Vfs {
  const now = options.now;
  const vfs = mountStandard(new Vfs(options), options.datasets ?? new MemoryBackend(now), () => new MemoryBackend(now));
  vfs.mkdirs(vfs.cwd);
  return vfs;
}
