/**
 * A cell's "Spark Jobs" as Databricks lists them under the cell: each job with its stages
 * and their tasks done out of total, folded from the scheduler's event stream.
 */
import type { DriverEvent } from '../workers/protocol';
import { assertNever } from './model/assert-never';

type SchedulerEvent = Extract<DriverEvent, { kind: 'scheduler' }>['event'];

export interface StageProgress {
  readonly stageId: number;
  readonly name: string;
  readonly kind: 'shuffleMap' | 'result';
  readonly numTasks: number;
  readonly tasksDone: number;
  readonly status: 'running' | 'succeeded' | 'failed' | 'skipped' | 'resubmitted';
}

export interface JobProgress {
  readonly jobId: number;
  readonly description: string;
  readonly numTasks: number;
  readonly tasksDone: number;
  readonly status: 'running' | 'succeeded' | 'failed';
  readonly stages: readonly StageProgress[];
}

/** The jobs after one scheduler event; the same array when the event changes nothing shown. */
export function nextJobs(jobs: readonly JobProgress[], e: SchedulerEvent): readonly JobProgress[] {
  const patch = (jobId: number, f: (j: JobProgress) => JobProgress) => jobs.map((j) => (j.jobId === jobId ? f(j) : j));
  const patchStage = (j: JobProgress, stageId: number, f: (s: StageProgress) => StageProgress) => ({
    ...j,
    stages: j.stages.map((s) => (s.stageId === stageId ? f(s) : s)),
  });
  switch (e.kind) {
    case 'jobStart':
      return [...jobs, { jobId: e.jobId, description: e.description, numTasks: e.numTasks, tasksDone: 0, status: 'running', stages: [] }];
    case 'stageSubmitted':
      return patch(e.jobId, (j) => ({
        ...j,
        // A resubmitted stage (lost map output) starts its count again.
        stages: [...j.stages.filter((s) => s.stageId !== e.stageId), { stageId: e.stageId, name: e.name, kind: e.stageKind, numTasks: e.numTasks, tasksDone: 0, status: 'running' }],
      }));
    case 'stageCompleted':
      return patch(e.jobId, (j) =>
        j.stages.some((s) => s.stageId === e.stageId)
          ? patchStage(j, e.stageId, (s) => ({ ...s, status: e.status }))
          : // A skipped stage is never submitted: its map output was already there.
            { ...j, stages: [...j.stages, { stageId: e.stageId, name: e.name, kind: 'shuffleMap', numTasks: 0, tasksDone: 0, status: e.status }] },
      );
    case 'taskEnd':
      if (!e.succeeded) return jobs;
      // The job's total counts every task it expects (map and result), as Spark's does.
      return patch(e.jobId, (j) => ({ ...patchStage(j, e.stageId, (s) => ({ ...s, tasksDone: s.tasksDone + 1 })), tasksDone: j.tasksDone + 1 }));
    case 'jobEnd':
      return patch(e.jobId, (j) => ({ ...j, status: e.succeeded ? 'succeeded' : 'failed' }));
    case 'taskStart':
    case 'executorLost':
    case 'rddUnpersisted':
    case 'sqlExecutionStart':
    case 'sqlExecutionEnd':
    case 'tableCached':
    case 'tableUncached':
    case 'streamingQuery':
      return jobs;
    default:
      return assertNever(e, 'scheduler event');
  }
}
