/**
 * The browser's cluster: the driver and executors as module Web Workers built by Vite.
 * Created once, outside React (StrictMode runs effects twice).
 */
import { Cluster } from './pool';
import type { SpawnedWorker, WorkerSpawner } from './pool';

function spawn(worker: Worker): SpawnedWorker {
  return { endpoint: worker, terminate: () => worker.terminate() };
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
