/**
 * Parquet read speed: a 1M-row snappy Parquet file (written by DuckDB: bigint id, a
 * low-cardinality string key, a double, a date) read and aggregated — Flint's reader behind
 * spark.read.parquet into column batches, then `GROUP BY k` through the SQL engine — against
 * DuckDB's read_parquet (threads=1) on the same file in the same run. Best of a few runs after
 * one untimed warm-up read.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readParquet, writeParquet } from '../src/engine/dataframe/parquet';
import { batchToRows } from '../src/engine/columnar';
import { createSqlSession } from '../src/engine/catalog/session';
import { createMemoryVfs } from '../src/engine/io';
import { fileSourcesFor } from '../src/engine/dsl/pyspark/sql/parquet-native';
import type { BenchRow } from './harness';

import type { DuckDBInstance } from '@duckdb/node-api';

const ROWS = 1_000_000;

async function bestMs(f: () => unknown, runs: number): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await f();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

export async function parquetRead(): Promise<BenchRow[]> {
  const path = join(mkdtempSync(join(tmpdir(), 'flint-bench-parquet-')), 'in.parquet');
  // A computed specifier keeps esbuild from bundling the native addon; Node resolves it at run time.
  const spec = '@duckdb/node-api';
  const api = (await import(spec)) as { DuckDBInstance: typeof DuckDBInstance };
  const duck = await (await api.DuckDBInstance.create(':memory:')).connect();
  await duck.run('SET threads=1');
  await duck.run(`COPY (SELECT i::BIGINT AS id, 'key' || (i % 20) AS k, (i % 1000) / 7.0 AS v, DATE '2024-01-01' + (i % 366)::INTEGER AS d
    FROM range(${ROWS}) t(i)) TO '${path}' (FORMAT parquet, COMPRESSION snappy)`);
  const bytes = new Uint8Array(readFileSync(path));
  const mb = bytes.length / 1e6;
  const query = 'SELECT k, count(*) AS n, sum(v) AS s FROM t GROUP BY k ORDER BY k';

  // One untimed read first, so both columns are timed with the decoder compiled (DuckDB's is native).
  readParquet(bytes);
  let readRows = 0;
  const read = await bestMs(() => {
    readRows = readParquet(bytes).batches.reduce((n, b) => n + b.numRows, 0);
  }, 3);
  let flintGroups: unknown[][] = [];
  const full = await bestMs(() => {
    const s = createSqlSession();
    const got = readParquet(bytes);
    s.registerBatches('t', got.fields, got.batches);
    flintGroups = s.sql(query).rows.map((r) => [r[0], Number(r[1]), Math.round(Number(r[2]))]);
  }, 3);

  // The same query through the SQL engine's Parquet source (spark.read.parquet, parquet.`path`),
  // a fresh scan each run: the optimizer prunes the scan to k and v, so only those are decoded.
  const vfs = createMemoryVfs();
  vfs.writeFile('/tmp/bench/in.parquet', bytes, { createParents: true });
  let scanGroups: unknown[][] = [];
  const scanned = await bestMs(() => {
    const s = createSqlSession();
    s.catalog.createTempView('t', fileSourcesFor(s, vfs).relation('parquet', '/tmp/bench/in.parquet', {})!, true);
    scanGroups = s.sql(query).rows.map((r) => [r[0], Number(r[1]), Math.round(Number(r[2]))]);
  }, 3);

  const dRead = await bestMs(() => duck.run(`CREATE OR REPLACE TABLE t AS SELECT * FROM read_parquet('${path}')`), 3);
  let duckGroups: unknown[][] = [];
  const dFull = await bestMs(async () => {
    const r = await duck.runAndReadAll(query.replace('FROM t', `FROM read_parquet('${path}')`));
    duckGroups = r.getRows().map((x) => [x[0], Number(x[1]), Math.round(Number(x[2]))]);
  }, 3);
  // Writing the same rows back (snappy, statistics on) beside DuckDB's COPY ... TO parquet.
  const got = readParquet(bytes);
  const rows = got.batches.flatMap((b) => batchToRows(b));
  let written = 0;
  const write = await bestMs(() => {
    written = writeParquet(got.fields, rows).length;
  }, 2);
  const outPath = `${path}.out.parquet`;
  const dWrite = await bestMs(() => duck.run(`COPY t TO '${outPath}' (FORMAT parquet, COMPRESSION snappy)`), 2);
  const ok = readRows === ROWS && JSON.stringify(flintGroups) === JSON.stringify(duckGroups) && flintGroups.length === 20;
  const scanOk = JSON.stringify(scanGroups) === JSON.stringify(duckGroups);
  return [
    {
      name: `parquet-read: ${mb.toFixed(1)} MB snappy, ${ROWS / 1e6}M rows x 4 cols into column batches`,
      flint: ok ? `${(mb / (read / 1000)).toFixed(1)} MB/s (${read.toFixed(0)} ms)` : 'wrong rows',
      anchor: `${(mb / (dRead / 1000)).toFixed(1)} MB/s (${dRead.toFixed(0)} ms, DuckDB 1 thread)`,
      ratio: ok ? `${(read / dRead).toFixed(1)}x` : '-',
      goal: '<= 10x',
    },
    {
      name: 'parquet-read: read + GROUP BY k (20 groups), count, sum',
      flint: ok ? `${full.toFixed(0)} ms` : 'wrong result',
      anchor: `${dFull.toFixed(0)} ms (DuckDB read_parquet, 1 thread)`,
      ratio: ok ? `${(full / dFull).toFixed(1)}x` : '-',
      goal: '<= 10x',
    },
    {
      name: 'parquet-read: parquet.`path` scan + the same GROUP BY (pruned: decodes 2 of 4 columns)',
      flint: scanOk ? `${scanned.toFixed(0)} ms` : 'wrong result',
      anchor: `${dFull.toFixed(0)} ms (DuckDB read_parquet, 1 thread)`,
      ratio: scanOk ? `${(scanned / dFull).toFixed(1)}x` : '-',
      goal: '<= 10x',
    },
    {
      name: `parquet-write: the same ${ROWS / 1e6}M rows to one snappy file (${(written / 1e6).toFixed(1)} MB)`,
      flint: `${(written / 1e6 / (write / 1000)).toFixed(1)} MB/s (${write.toFixed(0)} ms)`,
      anchor: `${dWrite.toFixed(0)} ms (DuckDB COPY TO, 1 thread)`,
      ratio: `${(write / dWrite).toFixed(1)}x`,
      goal: '<= 10x',
    },
  ];
}
