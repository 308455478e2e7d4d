/** A Cluster on Node worker_threads, for the CLI, tests and benches. */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeEndpoint } from '../comlink';
import { Cluster } from '../pool';
import type { SpawnedWorker, WorkerSpawner } from '../pool';

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

function spawn(file: string, name: string): SpawnedWorker {
  const worker = new Worker(file, { name });
  // An executor killed on purpose exits; nothing to report. Crashes surface through the slot state.
  worker.on('error', (e) => process.stderr.write(`flint: worker ${name} failed: ${e.message}\n`));
  return { endpoint: nodeEndpoint(worker), terminate: () => void worker.terminate() };
}

export function nodeSpawner(distDir = findDistDir()): WorkerSpawner {
  return {
    hardwareConcurrency: availableParallelism(),
    spawnDriver: () => spawn(join(distDir, 'driver.mjs'), 'driver'),
    spawnExecutor: (name) => spawn(join(distDir, 'executor.mjs'), name),
  };
}

/** The repository (or package) root: dist-node/ and public/ sit in it. */
function packageRoot(distDir: string): string {
  return dirname(distDir);
}

export async function startNodeCluster(master: string, options: { hostDir?: string } = {}): Promise<Cluster> {
  const distDir = findDistDir();
  const tempRoot = mkdtempSync(join(tmpdir(), 'flint-'));
  process.once('exit', () => rmSync(tempRoot, { recursive: true, force: true }));
  const storage = { kind: 'node' as const, datasetsDir: join(packageRoot(distDir), 'public', 'datasets'), tempRoot, hostDir: options.hostDir ?? process.cwd() };
  const cluster = new Cluster(nodeSpawner(distDir), master, storage);
  await cluster.start();
  return cluster;
}
