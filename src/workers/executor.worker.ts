/// <reference lib="webworker" />
import { expose } from './comlink';
import { createExecutor } from './executor';
import { makeBrowserVfs } from './browser-vfs';

expose(createExecutor(makeBrowserVfs));
