/**
 * SQL stages on in-process executors (same thread, so a CPU profile shows every part of an
 * exchange): `node --cpu-prof scripts/run-ts.mjs bench/sql-dist-profile.ts [name-substring]
 * [--rows=N] [--runs=N] [--slots=N] [--rowExchanges=false] [--sql=QUERY] [--driver=false]`. Prints driver-only and distributed CPU times.
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
// --sql=QUERY profiles one query of your own instead of the bench's.
const own = arg('sql', '');
for (const q of own ? [{ name: 'query', sql: own }] : SQL_BENCH_QUERIES) {
  if (!q.name.includes(filter)) continue;
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < runs; i++) {
    // --driver=false: the executors' runs only (a CPU profile without the driver's).
    if (arg('driver', 'true') !== 'false') a.push(cpu(() => local.sql(q.sql)));
    b.push(cpu(() => dist.sql(q.sql)));
  }
  const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[xs.length >> 1]!;
  const show = (xs: number[]) => xs.length === 0 ? '     -' : `${Math.min(...xs).toFixed(0).padStart(6)} (median ${median(xs).toFixed(0)})`;
  console.log(`${q.name.padEnd(32)} driver ${show(a)} ms  executors ${show(b)} ms cpu`);
}
