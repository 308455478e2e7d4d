/**
 * CSV ingest speed: the reader behind spark.read.csv(header, inferSchema) against DuckDB's
 * read_csv (threads=1) on the same generated ~20 MB file, with quoted fields, empty fields,
 * CRLF line ends and every inferred type, in MB/s (medians of 5, wall and CPU): a read and
 * count (no column converted, as Spark's CSV count parses none) and a read of every column.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCsvBatches } from '../src/engine/dataframe/csv-batches';
import type { ColumnBatch } from '../src/engine/columnar';
import type { BenchRow } from './harness';
import { medianMs } from './sql';

import type { DuckDBInstance } from '@duckdb/node-api';

const ROWS = 250_000;

export function generate(n: number): string {
  const out: string[] = ['id,big,price,flag,day,name,note\r\n'];
  let seed = 12345;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let i = 0; i < n; i++) {
    const big = i % 7 === 0 ? '' : String(3_000_000_000 + Math.floor(rnd() * 1e9));
    const price = (rnd() * 1000).toFixed(2);
    const flag = rnd() < 0.5 ? 'true' : 'false';
    const day = `2024-0${1 + (i % 9)}-1${i % 10}`;
    const name = `name ${i % 1000}`;
    const note = i % 5 === 0 ? `"said ""hi"", then left"` : `plain note number ${i}`;
    out.push(`${i},${big},${price},${flag},${day},${name},${note}\r\n`);
  }
  return out.join('');
}


/** Reads every column of every batch (the reader converts a column when it is first read). */
function touchAll(batches: readonly ColumnBatch[]): number {
  let n = 0;
  for (const b of batches) {
    for (const v of b.columns) {
      if (v.kind === 'object') n += v.dictionary ? v.dictionary.codes.length : v.values.length;
      else n += v.values.length + v.validity.length;
    }
  }
  return n;
}

export async function csvIngest(): Promise<BenchRow[]> {
  const path = join(mkdtempSync(join(tmpdir(), 'flint-bench-csv-')), 'in.csv');
  writeFileSync(path, generate(ROWS));
  const mb = readFileSync(path).length / 1e6;
  let flintRows = 0;
  const o = { header: true, inferSchema: true, sep: ',', quote: '"' };
  const f = await medianMs(() => {
    // The reader behind spark.read.csv: file bytes to typed column batches, then a count
    // (which, as Spark's CSV count, converts no column).
    const { batches } = readCsvBatches(readFileSync(path), o);
    flintRows = batches.reduce((n, b) => n + b.numRows, 0);
  }, 5);
  let touched = 0;
  const all = await medianMs(() => {
    // The same read with every column converted (strings as dictionary codes or values).
    const { batches } = readCsvBatches(readFileSync(path), o);
    touched = touchAll(batches);
  }, 5);
  // A computed specifier keeps esbuild from bundling the native addon; Node resolves it at run time.
  const spec = '@duckdb/node-api';
  const api = (await import(spec)) as { DuckDBInstance: typeof DuckDBInstance };
  const duck = await (await api.DuckDBInstance.create(':memory:')).connect();
  await duck.run('SET threads=1');
  const d = await medianMs(() => duck.run(`CREATE OR REPLACE TABLE t AS SELECT * FROM read_csv('${path}', header=true)`), 5);
  const duckRows = Number((await duck.runAndReadAll('SELECT count(*) FROM t')).getRows()[0]![0]);
  const ok = flintRows === ROWS && duckRows === ROWS && touched > 0;
  const anchor = `${(mb / (d.wall / 1000)).toFixed(1)} MB/s (DuckDB 1 thread, cpu ${(mb / (d.cpu / 1000)).toFixed(0)})`;
  return [{
    name: `CSV ingest ${mb.toFixed(0)} MB, ${ROWS / 1000}k rows (header, inferSchema, count; median of 5)`,
    flint: ok ? `${(mb / (f.wall / 1000)).toFixed(1)} MB/s (cpu ${(mb / (f.cpu / 1000)).toFixed(0)})` : 'wrong row count',
    anchor,
    ratio: ok ? `${(f.wall / d.wall).toFixed(1)}x` : '-',
    goal: '>= 150 MB/s',
  }, {
    name: `CSV ingest ${mb.toFixed(0)} MB, ${ROWS / 1000}k rows (header, inferSchema, every column read; median of 5)`,
    flint: ok ? `${(mb / (all.wall / 1000)).toFixed(1)} MB/s (cpu ${(mb / (all.cpu / 1000)).toFixed(0)})` : 'wrong row count',
    anchor,
    ratio: ok ? `${(all.wall / d.wall).toFixed(1)}x` : '-',
    goal: '>= 150 MB/s',
  }];
}
