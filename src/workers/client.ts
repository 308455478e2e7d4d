/**
 * The browser's cluster: the driver and executors as module Web Workers built by Vite.
 * Created once, outside React (StrictMode runs effects twice).
 */
import { Cluster } from './pool';
import type { SpawnedWorker, WorkerExit, WorkerSpawner } from './pool';

function spawn(worker: Worker): SpawnedWorker {
  let terminated = false;
  return {
    endpoint: worker,
    terminate: () => {
      terminated = true;
      worker.terminate();
    },
    // A browser worker keeps running after an uncaught error (and gives no event when it
    // runs out of memory or closes itself): the error is all the host learns.
    onExit: (listener: (exit: WorkerExit) => void) =>
      worker.addEventListener('error', (ev: ErrorEvent) => {
        ev.preventDefault();
        if (!terminated) listener({ code: null, error: { name: '', message: ev.message || 'uncaught error in the worker' } });
      }),
  };
}

export const browserSpawner: WorkerSpawner = {
  hardwareConcurrency: navigator.hardwareConcurrency || 2,
  spawnDriver: () => spawn(new Worker(new URL('./driver.worker.ts', import.meta.url), { type: 'module', name: 'driver' })),
  spawnExecutor: (name) => spawn(new Worker(new URL('./executor.worker.ts', import.meta.url), { type: 'module', name })),
};

export function createBrowserCluster(master = 'local[*]'): Cluster {
  // Vite serves public/ at the base URL; workers need an absolute URL.
  const datasetsUrl = new URL(`${import.meta.env.BASE_URL}datasets/`, location.href).href;
  return new Cluster(browserSpawner, master, { kind: 'browser', datasetsUrl });
}

export type { Cluster };
