import { parentPort } from 'node:worker_threads';
import { expose, nodeEndpoint } from '../comlink';

import { createDriver } from '../driver';

expose(createDriver(), nodeEndpoint(parentPort!));
