/// <reference lib="webworker" />
import { expose } from './comlink';
import { createDriver } from './driver';

expose(createDriver());
