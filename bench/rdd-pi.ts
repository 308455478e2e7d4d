/**
 * Monte Carlo pi through `parallelize(range(n), 8).filter(inside).count()`, Python on local[1] and
 * local[2] in the same run: the speedup of the RDD path (closure shipping, PyFlint tasks, the
 * scheduler) on 2 cores. Each estimate must be within 0.01 of pi before its time counts.
 */
import type { BenchRow } from './harness';
import { bestOf, withPythonCluster } from './rdd-python';

const N = 8_000_000;
const RUNS = 3;

const CELL = `from random import random

def inside(_):
    x = random()
    y = random()
    return x * x + y * y < 1

hits = sc.parallelize(range(${N}), 8).filter(inside).count()
print("%f" % (4.0 * hits / ${N}))`;

const close = (out: string) => Math.abs(Number(out) - Math.PI) < 0.01;

export async function rddPi(): Promise<BenchRow[]> {
  const one = await withPythonCluster('local[1]', undefined, (c) => bestOf(c, CELL, RUNS));
  const two = await withPythonCluster('local[2]', undefined, (c) => bestOf(c, CELL, RUNS));
  return [
    {
      name: 'Monte Carlo pi (filter().count(), 8M darts), local[2] vs local[1] (speedup)',
      flint: close(one.out) && close(two.out) ? `${two.ms.toFixed(0)} ms` : `WRONG (${two.out.trim()}, ${one.out.trim()})`,
      anchor: `${one.ms.toFixed(0)} ms`,
      ratio: `${(one.ms / two.ms).toFixed(2)}x`,
      goal: '>= 1.7x on 2 cores',
    },
  ];
}
