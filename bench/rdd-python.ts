/** Python cells on a Node cluster for the RDD benchmarks: best-of-N wall time of a cell and what it printed. */
import { startNodeCluster } from '../src/workers/node/node-cluster';
import type { Cluster } from '../src/workers/pool';

let seq = 0;

/** Runs a Python cell; returns its stdout, or throws its traceback. */
export async function runPython(cluster: Cluster, code: string): Promise<string> {
  const cellId = `rdd-bench-${seq++}`;
  let out = '';
  let error: string | undefined;
  const off = cluster.onEvent((e) => {
    if (e.kind !== 'output' || e.cellId !== cellId) return;
    if (e.output.kind === 'stream' && e.output.name === 'stdout') out += e.output.text;
    if (e.output.kind === 'error') error = e.output.error.traceback.join('\n');
  });
  await cluster.runCell({ cellId, language: 'python', code, filename: '<bench>', lineOffset: 0 });
  off();
  if (error) throw new Error(error);
  return out;
}

/** The best wall time of `runs` runs of a cell (after one warm-up run that compiles and ships the code) and its output. */
export async function bestOf(cluster: Cluster, code: string, runs: number): Promise<{ ms: number; out: string }> {
  let out = await runPython(cluster, code);
  let ms = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    out = await runPython(cluster, code);
    ms = Math.min(ms, performance.now() - t0);
  }
  return { ms, out };
}

export async function withPythonCluster<T>(master: string, hostDir: string | undefined, f: (c: Cluster) => Promise<T>): Promise<T> {
  const cluster = await startNodeCluster(master, hostDir ? { hostDir } : {});
  try {
    return await f(cluster);
  } finally {
    await cluster.shutdown();
  }
}
