/// <reference lib="webworker" />
import { expose } from './comlink';
import { createExecutor } from './executor';
import { makeBrowserVfs } from './browser-vfs';

expose(createExecutor(makeBrowserVfs));

// As in Node, an unhandled rejection (from a task's own promises) is fatal to the executor:
// raised again at top level, it reaches the host as the worker's error event.
self.addEventListener('unhandledrejection', (ev: PromiseRejectionEvent) => {
  throw ev.reason;
});
