/** Scheduler events, streamed to the notebook's progress bars, the CLI's logs and the Spark UI. */
import type { TaskMetrics } from './task';
import type { ErrorData } from '../errors';

export type SchedulerEvent =
  | {
      readonly kind: 'jobStart';
      readonly jobId: number;
      /** Every stage of the job, skipped ones included (as Spark's SparkListenerJobStart). */
      readonly stageIds: readonly number[];
      /** Tasks the job expects to run: its result partitions plus the missing map partitions. */
      readonly numTasks: number;
      readonly description: string;
      readonly time: number;
    }
  | {
      readonly kind: 'stageSubmitted';
      readonly jobId: number;
      readonly stageId: number;
      readonly attempt: number;
      readonly name: string;
      readonly stageKind: 'shuffleMap' | 'result';
      readonly numTasks: number;
      readonly parentIds: readonly number[];
    }
  | {
      readonly kind: 'stageCompleted';
      readonly jobId: number;
      readonly stageId: number;
      readonly attempt: number;
      readonly name: string;
      /** skipped: its map outputs were all available, so it did not run in this job. */
      readonly status: 'succeeded' | 'failed' | 'skipped' | 'resubmitted';
    }
  | {
      readonly kind: 'taskStart';
      readonly jobId: number;
      readonly stageId: number;
      readonly stageAttempt: number;
      readonly taskId: number;
      readonly partition: number;
      readonly attempt: number;
      readonly executorId: string;
      /** The task ran where its cached input was (or had no preference). */
      readonly local: boolean;
    }
  | {
      readonly kind: 'taskEnd';
      readonly jobId: number;
      readonly stageId: number;
      readonly stageAttempt: number;
      readonly taskId: number;
      readonly partition: number;
      readonly attempt: number;
      readonly succeeded: boolean;
      readonly metrics: TaskMetrics;
      readonly error?: ErrorData;
    }
  | { readonly kind: 'jobEnd'; readonly jobId: number; readonly succeeded: boolean; readonly time: number }
  | { readonly kind: 'executorLost'; readonly executorId: string; readonly slot: number };

export type SchedulerListener = (event: SchedulerEvent) => void;
