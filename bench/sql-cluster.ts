/**
 * SQL on the executor pool (Python cells on a Node cluster, as a notebook runs them):
 * - a 1M-row GROUP BY (partial aggregation, hash exchange, AQE-coalesced reduce) on
 *   local[2] beside local[1], and beside the same query run in the driver alone;
 * - the latency of a tiny query (100 rows) as a one-task job (the default) and in the driver
 *   alone (spark.flint.sql.distributed.minRows above its size);
 * - the SQL bench's queries over a 1M-row table of the same shape (generated in SQL), on
 *   local[2] executors beside the driver alone.
 */
import { withCluster } from './harness';
import type { BenchRow } from './harness';
import type { Cluster } from '../src/workers/pool';
import { SQL_BENCH_QUERIES } from './sql-queries';

let seq = 0;

/** Runs a Python cell whose last expression is a JSON string, and parses it. */
async function runPythonValue(cluster: Cluster, code: string): Promise<unknown> {
  const cellId = `sql-cluster-${seq++}`;
  let text: string | undefined;
  let error: string | undefined;
  const off = cluster.onEvent((e) => {
    if (e.kind !== 'output' || e.cellId !== cellId) return;
    if (e.output.kind === 'result') text = e.output.text;
    if (e.output.kind === 'error') error = e.output.error.traceback.join('\n');
  });
  await cluster.runCell({ cellId, language: 'python', code, filename: '<bench>', lineOffset: 0 });
  off();
  if (error) throw new Error(error);
  return JSON.parse(JSON.parse(text!.replace(/^'|'$/g, '"')) as string);
}

const SETUP = `import time, json
spark.sql("CREATE OR REPLACE TEMP VIEW big AS SELECT id, id % 100 AS k, CAST((id * 7919) % 1000 AS DOUBLE) / 10 AS x FROM range(1000000)")
spark.sql("CREATE OR REPLACE TEMP VIEW tiny AS SELECT id, id % 10 AS k FROM range(100)")
def best(q, runs=9):
    b = 1e9
    for _ in range(runs):
        t0 = time.perf_counter()
        spark.sql(q).collect()
        b = min(b, time.perf_counter() - t0)
    return b * 1000
def quantiles(q, n=200):
    ts = []
    for _ in range(n + 20):
        t0 = time.perf_counter()
        spark.sql(q).collect()
        ts.append((time.perf_counter() - t0) * 1000)
    ts = sorted(ts[20:])
    return [ts[len(ts) // 2], ts[int(len(ts) * 0.95)]]
`;

const GROUP_BY = 'SELECT k, count(*), sum(x), min(id), max(x) FROM big GROUP BY k';
const TINY = 'SELECT k, count(*) FROM tiny GROUP BY k';

const CELL = `${SETUP}
spark.conf.set("spark.flint.sql.distributed.minRows", "1000000000")
driver = best("${GROUP_BY}")
tiny_driver = quantiles("${TINY}")
spark.conf.set("spark.flint.sql.distributed.minRows", "0")
dist = best("${GROUP_BY}")
tiny_job = quantiles("${TINY}")
json.dumps([driver, dist, tiny_driver, tiny_job])`;

const FACTS = `spark.sql("""CREATE OR REPLACE TEMP VIEW t AS SELECT id, CAST(pmod(hash(id, 1), 10) AS INT) AS key,
  element_at(array('alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta'), pmod(hash(id, 2), 8) + 1) AS category,
  CAST(pmod(hash(id, 3), 100000) AS DOUBLE) / 100 AS amount, concat('name_', pmod(hash(id, 4), 100000)) AS name FROM range(1000000)""")
spark.sql("CREATE OR REPLACE TEMP VIEW dim AS SELECT id AS key, concat('label_', id DIV 2) AS label FROM range(10)")`;

function queriesCell(): string {
  const qs = JSON.stringify(SQL_BENCH_QUERIES.map((q) => q.sql));
  return `${SETUP}
${FACTS}
qs = json.loads(${JSON.stringify(qs)})
out = []
for q in qs:
    spark.conf.set("spark.flint.sql.distributed.minRows", "1000000000")
    d = best(q, 3)
    spark.conf.set("spark.flint.sql.distributed.minRows", "0")
    e = best(q, 3)
    spark.conf.set("spark.flint.sql.distributed.rowExchanges", "false")
    r = best(q, 3)
    spark.conf.unset("spark.flint.sql.distributed.rowExchanges")
    out.append([d, e, r])
json.dumps(out)`;
}

const ms = (x: number) => `${x < 10 ? x.toFixed(2) : x.toFixed(0)} ms`;

export async function sqlCluster(): Promise<BenchRow[]> {
  const [driver1, one] = (await withCluster('local[1]', (c) => runPythonValue(c, CELL))) as number[];
  const [driver2, two, tinyDriver, tinyJob] = (await withCluster('local[2]', (c) => runPythonValue(c, CELL))) as [number, number, number[], number[]];
  const perQuery = (await withCluster('local[2]', (c) => runPythonValue(c, queriesCell()))) as [number, number, number][];
  const ratios = perQuery.map(([d, e]) => e / d);
  const geomean = Math.exp(ratios.reduce((a, r) => a + Math.log(r), 0) / ratios.length);
  return [
    ...SQL_BENCH_QUERIES.map((q, i) => ({ name: `SQL bench '${q.name}', local[2] executors vs driver`, flint: ms(perQuery[i]![1]), anchor: ms(perQuery[i]![0]), ratio: `${ratios[i]!.toFixed(2)}x`, goal: '<= 1x' })),
    ...SQL_BENCH_QUERIES.map((q, i) => ({ name: `  ${q.name}, rowExchanges=false vs driver`, flint: ms(perQuery[i]![2]), anchor: ms(perQuery[i]![0]), ratio: `${(perQuery[i]![2] / perQuery[i]![0]).toFixed(2)}x`, goal: '<= 1x' })),
    { name: 'SQL bench queries, local[2] executors vs driver (geomean)', flint: '', anchor: '', ratio: `${geomean.toFixed(2)}x`, goal: '<= 1x' },
    { name: '1M-row GROUP BY on executors, local[2] vs local[1] (speedup)', flint: ms(two!), anchor: ms(one!), ratio: `${(one! / two!).toFixed(2)}x`, goal: '>= 1.5x on 2 cores' },
    { name: '1M-row GROUP BY, local[2] executors vs the driver alone', flint: ms(two!), anchor: ms(Math.min(driver1!, driver2!)), ratio: `${(two! / Math.min(driver1!, driver2!)).toFixed(2)}x`, goal: '<= 1x' },
    { name: 'tiny SQL query p50, as a job (default) vs in the driver', flint: ms(tinyJob[0]!), anchor: ms(tinyDriver[0]!), ratio: `${(tinyJob[0]! / tinyDriver[0]!).toFixed(2)}x`, goal: '<= 2 ms' },
    { name: 'tiny SQL query p95, as a job (default) vs in the driver', flint: ms(tinyJob[1]!), anchor: ms(tinyDriver[1]!), ratio: `${(tinyJob[1]! / tinyDriver[1]!).toFixed(2)}x`, goal: '' },
  ];
}
