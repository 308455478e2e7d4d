/** The speedup of local[2] over local[1] on a CPU-bound map: 16 tasks of ~40 ms of arithmetic each, so the
 * figure measures parallelism, not per-task overhead (the tiny-job bench measures that). */
import { runTsValue, withCluster } from './harness';
import type { BenchRow } from './harness';

const CELL = `const runs: number[] = [];
for (let r = 0; r < 3; r++) {
  const t0 = performance.now();
  sc.range(0, 16, 1, 16).map((i: number) => { let s = 0; for (let k = 0; k < 2e7; k++) s += Math.sqrt(k + i); return s; }).sum();
  runs.push(performance.now() - t0);
}
JSON.stringify(Math.min(...runs))`;

export async function speedup(): Promise<BenchRow[]> {
  const one = (await withCluster('local[1]', (c) => runTsValue(c, CELL))) as number;
  const two = (await withCluster('local[2]', (c) => runTsValue(c, CELL))) as number;
  return [
    {
      name: 'CPU-bound map, local[2] vs local[1] (speedup)',
      flint: `${two.toFixed(0)} ms`,
      anchor: `${one.toFixed(0)} ms`,
      ratio: `${(one / two).toFixed(2)}x`,
      goal: '>= 1.7x on 2 cores',
    },
  ];
}
