import { createBrowserVfs, xhrSyncFetcher } from '../engine';
import type { MakeVfs } from './executor';

/** Bundled datasets over synchronous XHR; each worker keeps its own in-memory writable mounts. */
export const makeBrowserVfs: MakeVfs = (storage) =>
  storage?.kind === 'browser' ? createBrowserVfs({ baseUrl: storage.datasetsUrl, fetchSync: xhrSyncFetcher() }).vfs : undefined;
