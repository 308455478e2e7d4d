import { parentPort } from 'node:worker_threads';
import { expose, nodeEndpoint } from '../comlink';

import * as fs from 'node:fs';
import { createDriver } from '../driver';
import { createNodeVfs } from '../../engine';
import type { NodeFsLike } from '../../engine';

expose(
  createDriver({
    makeVfs: (storage) =>
      storage?.kind === 'node'
        ? createNodeVfs({ fs: fs as unknown as NodeFsLike, datasetsDir: storage.datasetsDir, tempRoot: storage.tempRoot, hostDir: storage.hostDir })
        : undefined,
  }),
  nodeEndpoint(parentPort!),
);
