/// <reference lib="webworker" />
import { expose } from './comlink';
import { createDriver } from './driver';
import { makeBrowserVfs } from './browser-vfs';

expose(createDriver({ makeVfs: makeBrowserVfs }));
