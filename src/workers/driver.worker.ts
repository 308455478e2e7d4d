/// <reference lib="webworker" />
import { expose } from './comlink';
import { createDriver } from './driver';
import { createBrowserVfs, xhrSyncFetcher } from '../engine';

expose(
  createDriver({
    makeVfs: (storage) => (storage?.kind === 'browser' ? createBrowserVfs({ baseUrl: storage.datasetsUrl, fetchSync: xhrSyncFetcher() }).vfs : undefined),
  }),
);
