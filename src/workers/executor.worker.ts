/// <reference lib="webworker" />
import { expose } from './comlink';
import { createExecutor } from './executor';

expose(createExecutor());
