/**
 * Tiny-job latency: p50 and p95 of `parallelize(range(100)).count()` on local[2], timed in
 * the driver. Anchor: the bare round trip of a message to a worker thread and back in
 * the same run, the transport floor no scheduler can beat.
 */
import { Worker } from 'node:worker_threads';
import { runTsValue, withCluster } from './harness';
import type { BenchRow } from './harness';

const JOBS = 400;

async function workerRoundTripMs(n: number): Promise<number[]> {
  const w = new Worker("require('node:worker_threads').parentPort.on('message', (m) => require('node:worker_threads').parentPort.postMessage(m));", { eval: true });
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await new Promise<void>((resolve) => {
      w.once('message', () => resolve());
      w.postMessage(i);
    });
    times.push(performance.now() - t0);
  }
  await w.terminate();
  return times;
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

export async function tinyJob(): Promise<BenchRow[]> {
  const times = (await withCluster('local[2]', (c) =>
    runTsValue(
      c,
      `const data = Array.from({ length: 100 }, (_, i) => i);
       const t: number[] = [];
       for (let i = 0; i < ${JOBS + 50}; i++) {
         const t0 = performance.now();
         sc.parallelize(data).count();
         t.push(performance.now() - t0);
       }
       JSON.stringify(t.slice(50))`,
    ),
  )) as number[];
  const sorted = [...times].sort((a, b) => a - b);
  const rt = (await workerRoundTripMs(JOBS + 50)).slice(50).sort((a, b) => a - b);
  const row = (q: number, label: string): BenchRow => ({
    name: `tiny job ${label} (parallelize(range(100)).count(), local[2])`,
    flint: `${quantile(sorted, q).toFixed(3)} ms`,
    anchor: `${quantile(rt, q).toFixed(3)} ms`,
    ratio: `${(quantile(sorted, q) / quantile(rt, q)).toFixed(1)}x`,
    goal: '<= 2 ms',
  });
  return [row(0.5, 'p50'), row(0.95, 'p95')];
}
