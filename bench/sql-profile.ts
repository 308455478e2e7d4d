/**
 * Flint-only timings of the SQL bench queries, for profiling without DuckDB:
 * `node --cpu-prof scripts/run-ts.mjs bench/sql-profile.ts [name-substring] [--rows=N] [--runs=N]`.
 */
import { createSqlSession } from '../src/engine/catalog';
import { dimRows, factRows, FACT_SCHEMA } from './sql-data';
import { SQL_BENCH_QUERIES } from './sql-queries';

const arg = (name: string, dflt: number) => {
  const a = process.argv.find((x) => x.startsWith(`--${name}=`));
  return a ? Number(a.slice(name.length + 3)) : dflt;
};
const filter = process.argv.slice(2).find((a) => !a.startsWith('-')) ?? '';
const n = arg('rows', 1_000_000);
const runs = arg('runs', 3);

const session = createSqlSession();
session.registerView('t', FACT_SCHEMA, factRows(n));
session.registerView('dim', 'key int, label string', dimRows());
for (const q of SQL_BENCH_QUERIES) {
  if (!q.name.includes(filter)) continue;
  const times: number[] = [];
  let rows = 0;
  for (let i = 0; i < runs; i++) {
    // CPU time, not wall time: the machine is shared and wall time mostly measures the neighbours.
    const t0 = process.cpuUsage();
    rows = session.sql(q.sql).rows.length;
    const d = process.cpuUsage(t0);
    times.push((d.user + d.system) / 1000);
  }
  console.log(`${q.name.padEnd(32)} ${times.map((t) => t.toFixed(0).padStart(6)).join(' ')} ms cpu  (${rows} rows)`);
}
