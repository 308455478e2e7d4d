import { parentPort } from 'node:worker_threads';
import { expose, nodeEndpoint } from '../comlink';

import { createExecutor } from '../executor';

expose(createExecutor(), nodeEndpoint(parentPort!));
