// The virtual file system: what the driver and executors read and write through.
export { Vfs, type VfsFileInfo, type VfsOptions, type MountOptions, type WriteOptions, type Resolved } from './vfs';
export {
  VfsError,
  isVfsError,
  pythonErrorOf,
  sparkErrorOf,
  hadoopInputMessageOf,
  qualifiedPathOf,
  type VfsErrorInfo,
  type VfsErrorKind,
  type PythonOSErrorParts,
  type SparkErrorParts,
} from './vfs-error';
export { parsePath, normalizePath, qualifyPath, type ParsedPath, type PathScheme } from './paths';
export { hasGlob } from './glob';
export { isHiddenDataName } from './vfs-glob';
export type { VfsBackend, BackendEntry, BackendKind } from './backend';
export { MemoryBackend } from './memory-backend';
export { NodeDiskBackend, type NodeFsLike, type NodeDiskOptions } from './node-disk-backend';
export { BundledHttpBackend, BUNDLED_MODIFICATION_TIME, type BundledHttpOptions } from './bundled-http-backend';
export { xhrSyncFetcher, fetchAsyncFetcher, hasSyncXhr, type SyncFetcher, type AsyncFetcher } from './sync-fetch';
export type { SyntheticFileSpec, WholeSyntheticFile, ChunkedSyntheticFile, ReadInput } from './synthetic';
export { BUNDLED_FILES } from './bundled-manifest';
export { DATASETS_MOUNT, SPARK_HOME, SPARK_FOLDER, registerCourseDatasets } from './course-datasets';
export { createNodeVfs, createBrowserVfs, createMemoryVfs, type NodeVfsOptions, type BrowserVfsOptions } from './create-vfs';
export { dbutilsFileInfo, dbutilsLs, dbutilsHead, type DbutilsFileInfo } from './dbutils-view';
export { setTaskVfs, taskVfs, sharedWithExecutors } from './task-vfs';
