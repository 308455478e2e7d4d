import { parentPort } from 'node:worker_threads';
import { expose, nodeEndpoint } from '../comlink';
import { createExecutor } from '../executor';
import { makeNodeVfs } from './node-vfs';

expose(createExecutor(makeNodeVfs), nodeEndpoint(parentPort!));
