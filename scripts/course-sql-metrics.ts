// Which operators of the course notebooks' SQL plans show no figure in the Spark UI's SQL tab: runs each notebook
// as `flint run --master local[2]` does, takes the SQL executions' events and prints, per plan, the operators
// whose metric lines (as the SQL tab shows them) hold no number. VERBOSE=1 prints every plan with its lines.
// Usage: node scripts/build-node.mjs && node scripts/run-ts.mjs scripts/course-sql-metrics.ts course/*.py
import { readFileSync } from 'node:fs';
import { startNodeCluster } from '../src/workers/node/node-cluster';
import type { SchedulerEvent, SqlPlanNode } from '../src/engine/rdd';
import type { DriverEvent } from '../src/workers/protocol';
import { planRun } from '../src/cli/plan';
import { metricLines } from '../src/notebook/spark-ui/sql-views';

type Start = Extract<SchedulerEvent, { kind: 'sqlExecutionStart' }>;
type End = Extract<SchedulerEvent, { kind: 'sqlExecutionEnd' }>;
const flat = (n: SqlPlanNode): SqlPlanNode[] => [n, ...n.children.flatMap(flat)];
const files = process.argv.slice(2);
const verbose = process.env.VERBOSE === '1';
for (const file of files) {
  const job = planRun(file, readFileSync(file, 'utf8'));
  if (typeof job === 'string') throw new Error(job);
  const cluster = await startNodeCluster('local[2]');
  const starts = new Map<number, Start>();
  const ends: End[] = [];
  cluster.onEvent((e: DriverEvent) => {
    if (e.kind !== 'scheduler') return;
    if (e.event.kind === 'sqlExecutionStart') starts.set(e.event.executionId, e.event);
    if (e.event.kind === 'sqlExecutionEnd') ends.push(e.event);
  });
  for (const step of job.steps) {
    if (!step.request) continue;
    const r = await cluster.runCell(step.request);
    if (r.status === 'error') console.log(`  cell error in ${step.request.cellId}`);
  }
  await new Promise((r) => setTimeout(r, 300));
  await cluster.shutdown();
  let total = 0;
  let missing = 0;
  let textOnly = 0;
  for (const end of ends) {
    const start = starts.get(end.executionId)!;
    const byId = new Map(end.metrics.map((m) => [m.id, m] as const));
    const lines = (n: SqlPlanNode) => metricLines(byId.get(n.id) ?? null);
    const nodes = flat(start.plan);
    // No figure: nothing at all, or words only (a cached relation's plan).
    const bad = nodes.filter((n) => !lines(n).some((l) => /\d/.test(l)));
    total += nodes.length;
    missing += bad.filter((n) => lines(n).length === 0).length;
    textOnly += bad.filter((n) => lines(n).length > 0).length;
    if (bad.some((n) => lines(n).length === 0) || verbose) {
      console.log(`${file} #${end.executionId} ${start.description.slice(0, 70).replace(/\n/g, ' ')}`);
      for (const n of nodes) console.log(`   ${bad.includes(n) ? 'NO ' : 'ok '} ${n.detail.slice(0, 70)} :: ${lines(n).join(' | ').slice(0, 150)}`);
    }
  }
  console.log(`${file}: ${ends.length} executions, ${total} operators, ${missing} with nothing shown, ${textOnly} with words only`);
}
process.exit(0);
