import { parentPort } from 'node:worker_threads';
import { expose, nodeEndpoint } from '../comlink';
import { createDriver } from '../driver';
import { makeNodeVfs } from './node-vfs';

expose(createDriver({ makeVfs: makeNodeVfs }), nodeEndpoint(parentPort!));
