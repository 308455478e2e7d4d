/**
 * Flint's Spark SQL against DuckDB (threads=1) on the same 1M generated rows, in the same run:
 * each query's end-to-end `sql()` time beside DuckDB's, best of a few runs, with the rows
 * compared first so a wrong or unsupported answer is reported and never timed.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSqlSession } from '../src/engine/catalog';
import { readCsvBatches } from '../src/engine/dataframe/csv-batches';
import type { BenchRow } from './harness';
import { SQL_BENCH_QUERIES as queries } from './sql-queries';
import { close, dimRows, factRows, FACT_DUCKDB_COLUMNS, FACT_SCHEMA, norm, sortKey, toCsv } from './sql-data';

import type { DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';

type DuckConn = DuckDBConnection;

const N = 1_000_000;
const RUNS = 3;

export function sameRows(flint: readonly (readonly unknown[])[], duck: readonly (readonly unknown[])[], ordered: boolean): string | null {
  if (flint.length !== duck.length) return `${flint.length} rows vs ${duck.length}`;
  let a = flint.map((r) => r.map(norm));
  let b = duck.map((r) => r.map(norm));
  if (!ordered) {
    a = [...a].sort((x, y) => (sortKey(x) < sortKey(y) ? -1 : sortKey(x) > sortKey(y) ? 1 : 0));
    b = [...b].sort((x, y) => (sortKey(x) < sortKey(y) ? -1 : sortKey(x) > sortKey(y) ? 1 : 0));
  }
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.length !== y.length || x.some((v, j) => !close(v, y[j]))) return `row ${i}: ${JSON.stringify(x)} vs ${JSON.stringify(y)}`;
  }
  return null;
}

async function bestMs(f: () => unknown, runs: number): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await f();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

const ms = (x: number) => `${x < 10 ? x.toFixed(1) : x.toFixed(0)} ms`;

async function openDuck(): Promise<DuckConn> {
  // A computed specifier keeps esbuild from bundling the native addon; Node resolves it at run time.
  const spec = '@duckdb/node-api';
  const api = (await import(spec)) as { DuckDBInstance: typeof DuckDBInstance };
  const inst = await api.DuckDBInstance.create(':memory:');
  const c = await inst.connect();
  await c.run('SET threads=1');
  return c;
}

export async function sql(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'flint-bench-sql-'));
  const csvPath = join(dir, 't.csv');
  const session = createSqlSession();
  loadFacts(session, csvPath);
  session.registerView('dim', 'key int, label string', dimRows());
  const duck = await openDuck();
  await duck.run(`CREATE TABLE t AS SELECT * FROM read_csv('${csvPath}', header=true, columns=${FACT_DUCKDB_COLUMNS})`);
  await duck.run(`CREATE TABLE dim AS SELECT * FROM (VALUES ${dimRows().map(([k, l]) => `(${k}, '${l}')`).join(', ')}) v(key, label)`);

  const rows: BenchRow[] = [];
  const ratios: number[] = [];
  for (const q of queries) {
    const duckRun = async () => (await duck.runAndReadAll(q.sql)).getRows();
    const expected = await duckRun();
    let verdict: string | null;
    try {
      verdict = sameRows(session.sql(q.sql).rows, expected, q.ordered) === null ? null : 'wrong answer';
      if (verdict) console.error(`sql bench ${q.name}: ${sameRows(session.sql(q.sql).rows, expected, q.ordered)}`);
    } catch (e) {
      verdict = 'unsupported';
      console.error(`sql bench ${q.name}: ${(e as Error).message}`);
    }
    const d = await bestMs(duckRun, RUNS);
    const f = verdict ? NaN : await bestMs(() => session.sql(q.sql), RUNS);
    if (!verdict) ratios.push(f / d);
    rows.push({
      name: `SQL 1M: ${q.name}`,
      flint: verdict ?? ms(f),
      anchor: `${ms(d)} (DuckDB, 1 thread)`,
      ratio: verdict ? '-' : `${(f / d).toFixed(1)}x`,
      goal: '<= 10x',
    });
    console.error(`sql bench: ${JSON.stringify(rows[rows.length - 1])}`);
  }
  const geo = ratios.length ? Math.exp(ratios.reduce((s, r) => s + Math.log(r), 0) / ratios.length) : NaN;
  rows.push({ name: `SQL 1M: geomean (${ratios.length}/${queries.length} correct)`, flint: '', anchor: '', ratio: `${geo.toFixed(1)}x`, goal: '<= 10x' });
  rows.push(await csvIngest(session, duck, csvPath));
  return rows;
}

/**
 * The fact rows as the CSV file DuckDB loads and as Flint's view `t`. In a function of its
 * own, so the million row arrays are garbage once registered (the view keeps column batches)
 * instead of staying reachable for the whole bench and taxing every later GC.
 */
function loadFacts(session: ReturnType<typeof createSqlSession>, csvPath: string): void {
  const facts = factRows(N);
  writeFileSync(csvPath, toCsv(['id', 'key', 'category', 'amount', 'name'], facts));
  session.registerView('t', FACT_SCHEMA, facts);
}

/** Header + inferSchema read of the same 1M-row CSV file (its bytes, as the VFS hands them over), to a queryable table on both sides. */
async function csvIngest(session: ReturnType<typeof createSqlSession>, duck: DuckConn, path: string): Promise<BenchRow> {
  let flintRows = 0;
  let failure = '';
  // Medians of 5 (the machine is shared); CPU time beside wall time, since wall time also measures the neighbours.
  const f = await medianMs(() => {
    try {
      const { fields, batches } = readCsvBatches(readFileSync(path), { header: true, inferSchema: true, sep: ',', quote: '"' });
      session.registerBatches('csv_in', fields, batches);
      flintRows = Number(session.sql('SELECT count(*) FROM csv_in').rows[0]![0]);
    } catch (e) {
      failure = `error: ${(e as Error).message}`;
    }
  }, 5);
  const d = await medianMs(() => duck.run(`CREATE OR REPLACE TABLE csv_in AS SELECT * FROM read_csv('${path}', header=true)`), 5);
  const duckRows = Number((await duck.runAndReadAll('SELECT count(*) FROM csv_in')).getRows()[0]![0]);
  const mb = readFileSync(path).length / 1e6;
  const ok = flintRows === N && duckRows === N;
  return {
    name: `CSV ingest ${mb.toFixed(0)} MB, 1M rows (infer schema, count: no column converted; median of 5)`,
    flint: failure || (ok ? `${(mb / (f.wall / 1000)).toFixed(1)} MB/s (cpu ${(mb / (f.cpu / 1000)).toFixed(0)})` : 'wrong row count'),
    anchor: `${(mb / (d.wall / 1000)).toFixed(1)} MB/s (DuckDB, cpu ${(mb / (d.cpu / 1000)).toFixed(0)})`,
    ratio: ok ? `${(f.wall / d.wall).toFixed(1)}x` : '-',
    goal: '>= 150 MB/s',
  };
}

/** Median wall and CPU (user + system, this process) milliseconds of `runs` runs. */
export async function medianMs(f: () => unknown, runs: number): Promise<{ wall: number; cpu: number }> {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await f();
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  const mid = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
  return { wall: mid(wall), cpu: mid(cpu) };
}
