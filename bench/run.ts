/**
 * `npm run bench`: each benchmark beside its anchor measured in the same run, as ratios.
 * Results also go to bench/results/latest.json for closing notes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { printTable } from './harness';
import type { BenchRow } from './harness';
import { tinyJob } from './tiny-job';
import { speedup } from './speedup';
import { python } from './python';
import { sql } from './sql';
import { uiLoad } from './ui-load';
import { rddWordcount } from './rdd-wordcount';
import { rddPi } from './rdd-pi';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const benches: Record<string, () => Promise<BenchRow[]>> = { 'tiny-job': tinyJob, speedup, python, sql, 'ui-load': uiLoad, 'rdd-wordcount': rddWordcount, 'rdd-pi': rddPi, 'csv-ingest': async () => (await import('./csv-ingest')).csvIngest(), 'sql-cluster': async () => (await import('./sql-cluster')).sqlCluster(), streaming: async () => (await import('./streaming')).streaming(), 'parquet-read': async () => (await import('./parquet-read')).parquetRead(), ml: async () => (await import('./ml')).ml() };
const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));

const rows: BenchRow[] = [];
for (const [name, run] of Object.entries(benches)) {
  if (only.length && !only.includes(name)) continue;
  rows.push(...(await run()));
}
console.log(`\nFlint benchmarks (node ${process.version}, ${availableParallelism()} cores)\n`);
printTable(rows);
mkdirSync(join(root, 'bench', 'results'), { recursive: true });
writeFileSync(join(root, 'bench', 'results', 'latest.json'), JSON.stringify({ date: new Date().toISOString(), rows }, null, 1));
