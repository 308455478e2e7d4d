// A bare executor on a worker thread for worker-pool.test.ts (bundled by esbuild there):
// its own module table, codecs and compiled-function cache, reached only through
// serialised tasks, as in the real pool.
import { parentPort, workerData } from 'node:worker_threads';
import { ExecutorState, executeTask } from '../../../rdd';
import '..';

const state = new ExecutorState(String(workerData.id));

parentPort.on('message', (bytes) => {
  workerData.port.postMessage(executeTask(bytes, state));
  Atomics.add(workerData.signal, 0, 1);
  Atomics.notify(workerData.signal, 0);
});
