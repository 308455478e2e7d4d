/** A Cluster on Node worker_threads, for the CLI, tests and benches. */
import { Worker } from 'node:worker_threads';
import { availableParallelism, totalmem } from 'node:os';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeEndpoint } from '../comlink';
import { Cluster } from '../pool';
import type { SpawnedWorker, WorkerExit, WorkerSpawner } from '../pool';
import { parseMaster } from '../master';

/** dist-node/ holds the prebundled worker entries (Node cannot start .ts workers). */
export function findDistDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'dist-node', 'driver.mjs'))) return join(dir, 'dist-node');
    if (existsSync(join(dir, 'driver.mjs')) && existsSync(join(dir, 'executor.mjs'))) return dir;
    dir = dirname(dir);
  }
  throw new Error('dist-node/ not found: run `npm run build:node` first');
}

function spawn(file: string, name: string, heapMb?: number): SpawnedWorker {
  // A heap limit makes a runaway allocation end the worker (ERR_WORKER_OUT_OF_MEMORY) instead of thrashing the machine.
  const worker = new Worker(file, { name, ...(heapMb ? { resourceLimits: { maxOldGenerationSizeMb: heapMb } } : {}) });
  let terminated = false;
  let error: WorkerExit['error'];
  const listeners: ((exit: WorkerExit) => void)[] = [];
  worker.on('error', (e: unknown) => {
    const err = e instanceof Error ? e : undefined;
    error = { name: err?.name ?? '', message: err?.message ?? String(e), ...(err && 'code' in err && typeof err.code === 'string' ? { code: err.code } : {}) };
    // The executor's log: the pool turns the exit into the failure of its running task.
    process.stderr.write(`flint: worker ${name} failed: ${error.message}\n`);
  });
  worker.on('exit', (code) => {
    if (terminated) return;
    for (const l of listeners) l({ code, ...(error ? { error } : {}) });
  });
  return {
    endpoint: nodeEndpoint(worker),
    terminate: () => {
      terminated = true;
      void worker.terminate();
    },
    onExit: (listener) => void listeners.push(listener),
  };
}

/**
 * The heap each executor may grow to: a share of the machine's memory among the executors
 * and the driver, between 512 MB and 4 GB (V8's own default is about 4 GB per worker, so
 * many executors on a small machine could otherwise swap it to a halt).
 */
export function defaultExecutorHeapMb(executors: number, totalMb = totalmem() / 2 ** 20): number {
  return Math.max(512, Math.min(4096, Math.floor((totalMb * 0.75) / (executors + 1))));
}

export interface NodeSpawnerOptions {
  /** Each executor's maxOldGenerationSizeMb; none: V8's default. */
  readonly executorHeapMb?: number;
}

export function nodeSpawner(distDir = findDistDir(), options: NodeSpawnerOptions = {}): WorkerSpawner {
  return {
    hardwareConcurrency: availableParallelism(),
    spawnDriver: () => spawn(join(distDir, 'driver.mjs'), 'driver'),
    spawnExecutor: (name) => spawn(join(distDir, 'executor.mjs'), name, options.executorHeapMb),
  };
}

/** The repository (or package) root: dist-node/ and public/ sit in it. */
function packageRoot(distDir: string): string {
  return dirname(distDir);
}

export async function startNodeCluster(master: string, options: { hostDir?: string; executorHeapMb?: number } = {}): Promise<Cluster> {
  const distDir = findDistDir();
  const tempRoot = mkdtempSync(join(tmpdir(), 'flint-'));
  process.once('exit', () => rmSync(tempRoot, { recursive: true, force: true }));
  const storage = { kind: 'node' as const, datasetsDir: join(packageRoot(distDir), 'public', 'datasets'), tempRoot, hostDir: options.hostDir ?? process.cwd() };
  const executorHeapMb = options.executorHeapMb ?? defaultExecutorHeapMb(parseMaster(master, availableParallelism()));
  const cluster = new Cluster(nodeSpawner(distDir, { executorHeapMb }), master, storage);
  await cluster.start();
  return cluster;
}
