/**
 * MLlib training on 100,000 rows x 10 features (the same deterministic data on both sides):
 * LinearRegression against numpy's lstsq (python3 subprocess, same run; coefficients must agree
 * to 1e-6), RandomForestRegressor with 20 trees, KMeans k=10, each on local[1] and local[2],
 * and scikit-learn's counterparts when it is installed (else the table says so). Data
 * generation is a separate cell; the timed cells only fit. Each cell runs once to warm up
 * (compiling and shipping the code), then RUNS times; the table shows medians, and the
 * spread (min-max) so the noise of a shared machine is visible. numpy and scikit-learn run
 * with one BLAS thread (their default threads oversubscribe a shared 2-core machine).
 */
import { execFileSync } from 'node:child_process';
import type { BenchRow } from './harness';
import { runPython, withPythonCluster } from './rdd-python';

const N = 100_000;
const D = 10;
const RUNS = 5;

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
print(len(m.clusterCenters()), m.summary.numIter)`,
};
type Cell = keyof typeof CELLS;

/** numpy's lstsq, and scikit-learn's estimators with Spark's settings where it is installed: medians in ms. */
const PYTHON = `import time, json, statistics, numpy as np
i = np.arange(${N})[:, None]; j = np.arange(${D})[None, :]
X = ((i * (7 + 2 * j) + j * 13) % 101) / 10.0
y = X @ (np.arange(${D}) + 1.0) + 3.0 + ((np.arange(${N}) * 37) % 11 - 5) / 10.0
A = np.hstack([X, np.ones((${N}, 1))])
def med(f, runs=${RUNS}):
    f()
    ts = []
    for _ in range(runs):
        t = time.perf_counter(); f(); ts.append((time.perf_counter() - t) * 1000)
    return statistics.median(ts)
out = {"lstsq": med(lambda: np.linalg.lstsq(A, y, rcond=None)), "coef": list(np.linalg.lstsq(A, y, rcond=None)[0])}
try:
    from sklearn.linear_model import LinearRegression
    from sklearn.ensemble import RandomForestRegressor
    from sklearn.cluster import KMeans
    out["sk_lr"] = med(lambda: LinearRegression().fit(X, y))
    # Spark's defaults for regression forests: maxDepth 5, featureSubsetStrategy auto = onethird, bootstrap
    out["sk_rf"] = med(lambda: RandomForestRegressor(n_estimators=20, max_depth=5, max_features=1/3, n_jobs=1, random_state=1).fit(X, y), runs=3)
    out["sk_km"] = med(lambda: KMeans(n_clusters=10, n_init=1, random_state=1).fit(X))
except ImportError:
    pass
print(json.dumps(out))`;

interface Timing {
  median: number;
  min: number;
  max: number;
  out: string;
}

function summarize(ts: number[], out: string): Timing {
  const s = [...ts].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)]!, min: s[0]!, max: s[s.length - 1]!, out };
}

/** Warm-up of every cell, then RUNS rounds over the cells (interleaved, so a burst of load hits all of them alike). */
async function measure(master: string): Promise<Record<Cell, Timing>> {
  return withPythonCluster(master, undefined, async (c) => {
    await runPython(c, SETUP);
    const cells = Object.keys(CELLS) as Cell[];
    const outs = {} as Record<Cell, string>;
    const times = Object.fromEntries(cells.map((k) => [k, [] as number[]])) as Record<Cell, number[]>;
    for (const k of cells) outs[k] = await runPython(c, CELLS[k]);
    for (let r = 0; r < RUNS; r++) {
      for (const k of cells) {
        const t0 = performance.now();
        outs[k] = await runPython(c, CELLS[k]);
        times[k].push(performance.now() - t0);
      }
    }
    return Object.fromEntries(cells.map((k) => [k, summarize(times[k], outs[k])])) as Record<Cell, Timing>;
  });
}

const ms = (t: Timing) => `${t.median.toFixed(0)} ms (${t.min.toFixed(0)}-${t.max.toFixed(0)})`;

export async function ml(): Promise<BenchRow[]> {
  const one = await measure('local[1]');
  const two = await measure('local[2]');
  let py: { lstsq?: number; coef?: number[]; sk_lr?: number; sk_rf?: number; sk_km?: number } = {};
  try {
    // One BLAS thread: numpy's best on a shared 2-core machine (its default threads oversubscribe the cores, 20x slower under load).
    const env = { ...process.env, OPENBLAS_NUM_THREADS: '1', OMP_NUM_THREADS: '1', MKL_NUM_THREADS: '1' };
    py = JSON.parse(execFileSync('python3', ['-c', PYTHON], { env }).toString().trim().split('\n').pop()!) as typeof py;
  } catch {
    // numpy missing: the anchor column says so
  }
  const npCoef = py.coef ?? [];
  const ours = two.lr.out.trim().split(' ').map(Number);
  const agree = npCoef.length === ours.length && ours.every((v, i) => Math.abs(v - npCoef[i]!) < 1e-6);
  const sk = (v: number | undefined, what: string) => (v === undefined ? `scikit-learn not installed` : `${v.toFixed(1)} ms (sklearn ${what})`);
  const vsSk = (t: Timing, v: number | undefined) => (v === undefined ? '-' : `${(t.median / v).toFixed(1)}x`);
  const speedup = (name: string, k: Cell): BenchRow => ({
    name: `${name}, local[2] vs local[1] (speedup)`,
    flint: ms(two[k]),
    anchor: ms(one[k]),
    ratio: `${(one[k].median / two[k].median).toFixed(2)}x`,
    goal: 'report (2 cores shared)',
  });
  return [
    {
      name: `LinearRegression fit ${N / 1000}k x ${D} (local[2]) vs numpy lstsq`,
      flint: agree ? ms(two.lr) : `WRONG (${two.lr.out.trim()})`,
      anchor: py.lstsq === undefined ? 'numpy missing' : `${py.lstsq.toFixed(1)} ms (numpy lstsq, 1 thread)`,
      ratio: py.lstsq === undefined ? '-' : `${(two.lr.median / py.lstsq).toFixed(1)}x`,
      goal: '≤ 10x',
    },
    { name: `LinearRegression fit ${N / 1000}k x ${D} (local[2]) vs scikit-learn`, flint: ms(two.lr), anchor: sk(py.sk_lr, 'LinearRegression'), ratio: vsSk(two.lr, py.sk_lr), goal: 'report' },
    { name: `RandomForestRegressor 20 trees ${N / 1000}k x ${D} (local[2]) vs scikit-learn`, flint: ms(two.rf), anchor: sk(py.sk_rf, 'RandomForestRegressor depth 5'), ratio: vsSk(two.rf, py.sk_rf), goal: 'report' },
    { name: `KMeans k=10 ${N / 1000}k x ${D} (local[2]) vs scikit-learn`, flint: ms(two.km), anchor: sk(py.sk_km, 'KMeans n_init=1'), ratio: vsSk(two.km, py.sk_km), goal: 'report' },
    speedup(`LinearRegression fit ${N / 1000}k x ${D}`, 'lr'),
    speedup(`RandomForestRegressor 20 trees ${N / 1000}k x ${D}`, 'rf'),
    speedup(`KMeans k=10 ${N / 1000}k x ${D}`, 'km'),
  ];
}
