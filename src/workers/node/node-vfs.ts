import * as fs from 'node:fs';
import { createNodeVfs } from '../../engine';
import type { NodeFsLike } from '../../engine';
import type { MakeVfs } from '../executor';

/** Driver and executors open the same disk storage, so files written by one are seen by all. */
export const makeNodeVfs: MakeVfs = (storage) =>
  storage?.kind === 'node'
    ? createNodeVfs({ fs: fs as unknown as NodeFsLike, datasetsDir: storage.datasetsDir, tempRoot: storage.tempRoot, hostDir: storage.hostDir })
    : undefined;
