/** Shared pieces of the benchmarks: running a %ts cell on a Node cluster and reading its value. */
import { startNodeCluster } from '../src/workers/node/node-cluster';
import type { Cluster } from '../src/workers/pool';

export interface BenchRow {
  readonly name: string;
  readonly flint: string;
  readonly anchor: string;
  readonly ratio: string;
  readonly goal: string;
}

let seq = 0;

/** Runs a %ts cell and returns its displayed value parsed as JSON. */
export async function runTsValue(cluster: Cluster, code: string): Promise<unknown> {
  const cellId = `bench-${seq++}`;
  let text: string | undefined;
  let error: string | undefined;
  const off = cluster.onEvent((e) => {
    if (e.kind !== 'output' || e.cellId !== cellId) return;
    if (e.output.kind === 'result') text = e.output.text;
    if (e.output.kind === 'error') error = e.output.error.traceback.join('\n');
  });
  await cluster.runCell({ cellId, language: 'ts', code, filename: '<bench>', lineOffset: 0 });
  off();
  if (error) throw new Error(error);
  return JSON.parse(JSON.parse(text!.replace(/^'|'$/g, '"')) as string);
}

export async function withCluster<T>(master: string, f: (c: Cluster) => Promise<T>): Promise<T> {
  const cluster = await startNodeCluster(master);
  try {
    return await f(cluster);
  } finally {
    await cluster.shutdown();
  }
}

export function printTable(rows: readonly BenchRow[]): void {
  const head: BenchRow = { name: 'benchmark', flint: 'Flint', anchor: 'anchor', ratio: 'ratio', goal: 'goal' };
  const all = [head, ...rows];
  const w = (k: keyof BenchRow) => Math.max(...all.map((r) => r[k].length));
  const line = (r: BenchRow) => `| ${r.name.padEnd(w('name'))} | ${r.flint.padStart(w('flint'))} | ${r.anchor.padStart(w('anchor'))} | ${r.ratio.padStart(w('ratio'))} | ${r.goal.padEnd(w('goal'))} |`;
  console.log(line(head));
  console.log(`|${['name', 'flint', 'anchor', 'ratio', 'goal'].map((k) => '-'.repeat(w(k as keyof BenchRow) + 2)).join('|')}|`);
  for (const r of rows) console.log(line(r));
}
