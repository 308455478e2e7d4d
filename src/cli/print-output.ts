/** How the CLI shows a cell output on a terminal: results and streams to stdout, errors to stderr. */
import type { CellOutput, DriverEvent } from '../workers/protocol';
import { tableText } from '../notebook/table-text';

type SchedulerEvent = Extract<DriverEvent, { kind: 'scheduler' }>['event'];

function assertNever(value: never): never {
  throw new Error(`unexpected output ${JSON.stringify(value)}`);
}

export function printOutput(output: CellOutput): void {
  switch (output.kind) {
    case 'stream':
      (output.name === 'stdout' ? process.stdout : process.stderr).write(output.text);
      return;
    case 'result':
      process.stdout.write(`${output.text}\n`);
      return;
    case 'error':
      process.stderr.write(`${output.error.traceback.join('\n')}\n`);
      return;
    case 'html':
      process.stdout.write(`${output.html}\n`);
      return;
    case 'notice':
      process.stderr.write(`${output.text}\n`);
      return;
    case 'table':
      process.stdout.write(`${tableText(output)}\n`);
      return;
    default:
      assertNever(output);
  }
}

const jobTasks = new Map<number, { total: number; done: number }>();

/** Spark's INFO log lines, so a user can see which executor ran which task. */
export function logSchedulerEvent(e: SchedulerEvent): void {
  const log = (text: string) => process.stderr.write(`INFO ${text}\n`);
  switch (e.kind) {
    case 'jobStart':
      jobTasks.set(e.jobId, { total: e.numTasks, done: 0 });
      log(`DAGScheduler: Got job ${e.jobId} (${e.description}) with ${e.numTasks} output partitions`);
      return;
    case 'stageSubmitted':
      log(`DAGScheduler: Submitting ${e.stageKind === 'result' ? 'ResultStage' : 'ShuffleMapStage'} ${e.stageId} (${e.name}), ${e.numTasks} tasks`);
      return;
    case 'stageCompleted':
      log(`DAGScheduler: Stage ${e.stageId}.${e.attempt} (${e.name}) ${e.status}`);
      return;
    case 'taskStart':
      log(`TaskSetManager: Starting task ${e.partition}.${e.attempt} in stage ${e.stageId}.${e.stageAttempt} (TID ${e.taskId}) (executor ${e.executorId})`);
      return;
    case 'taskEnd': {
      const j = jobTasks.get(e.jobId);
      if (e.succeeded && j) j.done++;
      const verb = e.succeeded ? 'Finished' : 'Lost';
      log(`TaskSetManager: ${verb} task ${e.partition}.${e.attempt} in stage ${e.stageId}.${e.stageAttempt} (TID ${e.taskId}) in ${Math.round(e.metrics.durationMs)} ms on executor ${e.metrics.executorId} (${j?.done ?? 0}/${j?.total ?? 0})`);
      return;
    }
    case 'jobEnd':
      log(`DAGScheduler: Job ${e.jobId} ${e.succeeded ? 'finished' : 'failed'}`);
      return;
    case 'executorLost':
      // Spark's TaskSchedulerImpl logs an executor that exited as "Lost executor 1 on localhost: <reason>".
      log(e.reason !== undefined ? `TaskSchedulerImpl: Lost executor ${e.executorId} on localhost: ${e.reason}` : `TaskSchedulerImpl: Lost executor ${e.executorId}; resubmitting its running task`);
      return;
    case 'rddUnpersisted':
      log(`BlockManager: Removing RDD ${e.rddId}`);
      return;
    // The Spark UI's SQL, storage and streaming events: Spark logs none of them at INFO.
    case 'sqlExecutionStart':
    case 'sqlExecutionEnd':
    case 'tableCached':
    case 'tableUncached':
    case 'streamingQuery':
      return;
    default:
      assertNever(e);
  }
}
