/** Scheduler events, streamed to the notebook's progress bars and the Spark UI. */
import type { TaskMetrics } from './task';
import type { ErrorData } from '../errors';

export type SchedulerEvent =
  | {
      readonly kind: 'jobStart';
      readonly jobId: number;
      readonly stageIds: readonly number[];
      readonly numTasks: number;
      readonly description: string;
      readonly time: number;
    }
  | {
      readonly kind: 'taskStart';
      readonly jobId: number;
      readonly stageId: number;
      readonly taskId: number;
      readonly partition: number;
      readonly attempt: number;
      readonly executorId: string;
    }
  | {
      readonly kind: 'taskEnd';
      readonly jobId: number;
      readonly stageId: number;
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
