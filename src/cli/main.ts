/** `flint run FILE`: runs a program or notebook headless and prints its outputs. */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { startNodeCluster } from '../workers/node/node-cluster';
import { DriverLostError } from '../workers/pool';
import type { CellOutput, DriverEvent } from '../workers/protocol';
import { exportNotebook } from '../notebook/formats';
import { NOTEBOOK_FORMAT_VERSION } from '../notebook/model/notebook';
import type { SavedRuntime } from '../notebook/model/notebook';
import { newNotebookId } from '../notebook/model/ids';
import { planRun } from './plan';
import { runGen } from './gen';
import { USAGE, UsageError, parseArgs } from './args';
import type { RunArgs } from './args';
import { logSchedulerEvent, printOutput } from './print-output';

const VERSION = '0.1.0';

async function run(args: RunArgs): Promise<number> {
  let text: string;
  try {
    text = readFileSync(args.file, 'utf8');
  } catch (e) {
    process.stderr.write(`flint: cannot read ${args.file}: ${(e as Error).message}\n`);
    return 2;
  }
  const job = planRun(args.file, text);
  if (typeof job === 'string') {
    process.stderr.write(`flint: ${job}\n`);
    return 2;
  }
  const cluster = await startNodeCluster(args.master);
  const outputs = new Map<string, CellOutput[]>();
  cluster.onEvent((e: DriverEvent) => {
    if (args.verbose && e.kind === 'scheduler') logSchedulerEvent(e.event);
    if (e.kind !== 'output') return;
    printOutput(e.output);
    const list = outputs.get(e.cellId) ?? [];
    list.push(e.output);
    outputs.set(e.cellId, list);
  });
  let failed = false;
  const counts = new Map<string, number>();
  try {
    // As Databricks' Run all: stop at the first cell that fails.
    for (const step of job.steps) {
      if (step.notice) process.stderr.write(`${step.notice}\n`);
      if (!step.request) continue;
      let result;
      try {
        result = await cluster.runCell(step.request);
      } catch (e) {
        // The driver worker ended (process.exit in a %ts cell, out of memory): no later cell can run.
        if (!(e instanceof DriverLostError)) throw e;
        process.stderr.write(`flint: ${e.message}\n`);
        failed = true;
        break;
      }
      counts.set(step.request.cellId, result.executionCount);
      if (result.status === 'error') {
        failed = true;
        break;
      }
    }
  } finally {
    await cluster.shutdown();
  }
  if (args.out) {
    const doc = job.doc ?? {
      formatVersion: NOTEBOOK_FORMAT_VERSION,
      id: newNotebookId(),
      title: basename(args.file),
      metadata: {},
      cells: job.steps.flatMap((s) => (s.request ? [{ id: s.request.cellId as never, source: s.request.code, metadata: {} }] : [])),
    };
    const runtime: Record<string, SavedRuntime> = {};
    for (const cell of doc.cells) runtime[cell.id] = { outputs: outputs.get(cell.id) ?? [], executionCount: counts.get(cell.id) ?? null };
    writeFileSync(args.out, exportNotebook(doc, 'flint-json', { withOutputs: true, runtime }).text);
  }
  return failed ? 1 : 0;
}

export async function main(argv: readonly string[]): Promise<number> {
  try {
    const args = parseArgs(argv);
    switch (args.command) {
      case 'help':
        process.stdout.write(USAGE);
        return 0;
      case 'version':
        process.stdout.write(`flint ${VERSION}\n`);
        return 0;
      case 'run':
        return await run(args);
      case 'gen':
        return runGen(args);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`flint: ${e.message}\n\n${USAGE}`);
      return 2;
    }
    throw e;
  }
}
