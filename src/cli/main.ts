/** `flint run FILE`: runs a program or notebook headless and prints its outputs. */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { startNodeCluster } from '../workers/node/node-cluster';
import type { CellOutput, DriverEvent, RunCellRequest } from '../workers/protocol';
import { USAGE, UsageError, parseArgs } from './args';
import type { RunArgs } from './args';
import { logSchedulerEvent, printOutput } from './print-output';

const VERSION = '0.1.0';

interface Job {
  readonly requests: RunCellRequest[];
}

/** Turns a file into cell requests, or says why it cannot run yet. */
function plan(file: string, text: string): Job | string {
  const ext = extname(file).toLowerCase();
  const name = basename(file);
  switch (ext) {
    case '.ts':
    case '.mts':
      return { requests: [{ cellId: 'main', language: 'ts', code: text, filename: name, lineOffset: 0 }] };
    case '.py':
      return { requests: [{ cellId: 'main', language: 'python', code: text, filename: file, lineOffset: 0, script: true }] };
    case '.sql':
      return { requests: [{ cellId: 'main', language: 'sql', code: text, filename: file, lineOffset: 0, script: true }] };
    case '.ipynb':
    case '.json':
      return 'running notebooks is not supported yet';
    default:
      return `cannot run '${name}': expected a .ts, .py, .sql, .ipynb or Flint .json file`;
  }
}

async function run(args: RunArgs): Promise<number> {
  let text: string;
  try {
    text = readFileSync(args.file, 'utf8');
  } catch (e) {
    process.stderr.write(`flint: cannot read ${args.file}: ${(e as Error).message}\n`);
    return 2;
  }
  const job = plan(args.file, text);
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
  try {
    for (const request of job.requests) {
      const result = await cluster.runCell(request);
      if (result.status === 'error') {
        failed = true;
        break;
      }
    }
  } finally {
    await cluster.shutdown();
  }
  if (args.out) {
    const executed = {
      formatVersion: 1,
      title: basename(args.file),
      cells: job.requests.map((r) => ({ id: r.cellId, source: r.code, outputs: outputs.get(r.cellId) ?? [] })),
    };
    writeFileSync(args.out, `${JSON.stringify(executed, null, 1)}\n`);
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
    }
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`flint: ${e.message}\n\n${USAGE}`);
      return 2;
    }
    throw e;
  }
}
