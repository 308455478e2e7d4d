/**
 * MLlib training on 100,000 rows x 10 features (the same deterministic data on both sides):
 * LinearRegression against numpy's lstsq (python3 subprocess, same run; coefficients must agree
 * to 1e-6), RandomForestRegressor with 20 trees, KMeans k=10, each on local[1] and local[2].
 * Data generation is a separate cell; the timed cells only fit.
 */
import { execFileSync } from 'node:child_process';
import type { BenchRow } from './harness';
import { bestOf, runPython, withPythonCluster } from './rdd-python';

const N = 100_000;
const D = 10;
const RUNS = 2;

const SETUP = `from pyspark.ml.linalg import Vectors
def _row(i):
    xs = [((i * (7 + 2 * j) + j * 13) % 101) / 10.0 for j in range(${D})]
    return (float(sum((j + 1) * x for j, x in enumerate(xs)) + 3.0 + ((i * 37) % 11 - 5) / 10.0), Vectors.dense(xs))
df = spark.createDataFrame([_row(i) for i in range(${N})], ["label", "features"])
df.count()`;

const CELLS = {
  lr: `from pyspark.ml.regression import LinearRegression
m = LinearRegression().fit(df)
print(" ".join("%.9f" % c for c in list(m.coefficients) + [m.intercept]))`,
  rf: `from pyspark.ml.regression import RandomForestRegressor
m = RandomForestRegressor(numTrees=20, seed=1).fit(df)
print(m.getNumTrees)`,
  km: `from pyspark.ml.clustering import KMeans
m = KMeans(k=10, seed=1).fit(df)
print(len(m.clusterCenters()))`,
};

const NUMPY = `import time, numpy as np
i = np.arange(${N})[:, None]; j = np.arange(${D})[None, :]
X = ((i * (7 + 2 * j) + j * 13) % 101) / 10.0
y = X @ (np.arange(${D}) + 1.0) + 3.0 + ((np.arange(${N}) * 37) % 11 - 5) / 10.0
A = np.hstack([X, np.ones((${N}, 1))])
best = 1e9
for _ in range(3):
    t = time.perf_counter(); sol = np.linalg.lstsq(A, y, rcond=None)[0]; best = min(best, time.perf_counter() - t)
print(best * 1000)
print(" ".join("%.9f" % c for c in sol))`;

async function measure(master: string): Promise<Record<keyof typeof CELLS, { ms: number; out: string }>> {
  return withPythonCluster(master, undefined, async (c) => {
    await runPython(c, SETUP);
    const res = {} as Record<keyof typeof CELLS, { ms: number; out: string }>;
    for (const [k, code] of Object.entries(CELLS) as [keyof typeof CELLS, string][]) res[k] = await bestOf(c, code, RUNS);
    return res;
  });
}

export async function ml(): Promise<BenchRow[]> {
  const one = await measure('local[1]');
  const two = await measure('local[2]');
  let npMs = NaN;
  let npCoef: number[] = [];
  try {
    const out = execFileSync('python3', ['-c', NUMPY]).toString().trim().split('\n');
    npMs = Number(out[0]);
    npCoef = out[1]!.split(' ').map(Number);
  } catch {
    // numpy missing: the anchor column says so
  }
  const ours = two.lr.out.trim().split(' ').map(Number);
  const agree = npCoef.length === ours.length && ours.every((v, i) => Math.abs(v - npCoef[i]!) < 1e-6);
  const row = (name: string, k: keyof typeof CELLS): BenchRow => ({
    name: `${name}, local[2] vs local[1] (speedup)`,
    flint: `${two[k].ms.toFixed(0)} ms`,
    anchor: `${one[k].ms.toFixed(0)} ms`,
    ratio: `${(one[k].ms / two[k].ms).toFixed(2)}x`,
    goal: 'report',
  });
  return [
    {
      name: `LinearRegression fit ${N / 1000}k x ${D} (local[2]) vs numpy lstsq`,
      flint: agree ? `${two.lr.ms.toFixed(0)} ms` : `WRONG (${two.lr.out.trim()})`,
      anchor: Number.isNaN(npMs) ? 'numpy missing' : `${npMs.toFixed(1)} ms (numpy)`,
      ratio: Number.isNaN(npMs) ? '-' : `${(two.lr.ms / npMs).toFixed(0)}x`,
      goal: 'report',
    },
    row(`LinearRegression fit ${N / 1000}k x ${D}`, 'lr'),
    row(`RandomForestRegressor 20 trees ${N / 1000}k x ${D}`, 'rf'),
    row(`KMeans k=10 ${N / 1000}k x ${D}`, 'km'),
  ];
}
