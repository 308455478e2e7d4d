/**
 * SQL stages on in-process executors (same thread, so a CPU profile shows every part of an
 * exchange): `node --cpu-prof scripts/run-ts.mjs bench/sql-dist-profile.ts [name-substring]
 * [--rows=N] [--runs=N] [--slots=N] [--rowExchanges=false]`. Prints driver-only and distributed CPU times.
 */
import { createSqlSession } from '../src/engine/catalog';
import { InProcessBackend, SparkContext } from '../src/engine/rdd';
import { dimRows, factRows, FACT_SCHEMA } from './sql-data';
import { SQL_BENCH_QUERIES } from './sql-queries';

const arg = (name: string, dflt: string) => {
  const a = process.argv.find((x) => x.startsWith(`--${name}=`));
  return a ? a.slice(name.length + 3) : dflt;
};
const filter = process.argv.slice(2).find((a) => !a.startsWith('-')) ?? '';
const n = Number(arg('rows', '1000000'));
const runs = Number(arg('runs', '3'));
const slots = Number(arg('slots', '2'));

const local = createSqlSession();
const dist = createSqlSession();
dist.attachContext(new SparkContext(new InProcessBackend(slots), { master: `local[${slots}]` }));
dist.conf.set('spark.flint.sql.distributed.rowExchanges', arg('rowExchanges', 'true'));
for (const s of [local, dist]) {
  s.registerView('t', FACT_SCHEMA, factRows(n));
  s.registerView('dim', 'key int, label string', dimRows());
}
const cpu = (f: () => void) => {
  const t0 = process.cpuUsage();
  f();
  const d = process.cpuUsage(t0);
  return (d.user + d.system) / 1000;
};
for (const q of SQL_BENCH_QUERIES) {
  if (!q.name.includes(filter)) continue;
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < runs; i++) {
    a.push(cpu(() => local.sql(q.sql)));
    b.push(cpu(() => dist.sql(q.sql)));
  }
  console.log(`${q.name.padEnd(32)} driver ${Math.min(...a).toFixed(0).padStart(6)} ms  executors ${Math.min(...b).toFixed(0).padStart(6)} ms cpu`);
}
