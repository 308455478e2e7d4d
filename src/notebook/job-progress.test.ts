import { describe, expect, it } from 'vitest';
import type { DriverEvent } from '../workers/protocol';
import { nextJobs } from './job-progress';
import type { JobProgress } from './job-progress';

type SchedulerEvent = Extract<DriverEvent, { kind: 'scheduler' }>['event'];

const metrics = { executorId: '0', durationMs: 1 } as unknown as Extract<SchedulerEvent, { kind: 'taskEnd' }>['metrics'];
const task = (stageId: number, partition: number, succeeded = true): SchedulerEvent => ({
  kind: 'taskEnd', jobId: 0, stageId, stageAttempt: 0, taskId: stageId * 10 + partition, partition, attempt: 0, succeeded, metrics,
});

/** reduceByKey then collect: a map stage of 3 tasks, a result stage of 2. */
const shuffleJob: SchedulerEvent[] = [
  { kind: 'jobStart', jobId: 0, stageIds: [0, 1], numTasks: 5, description: 'collect', time: 0 },
  { kind: 'stageSubmitted', jobId: 0, stageId: 0, attempt: 0, name: 'reduceByKey', stageKind: 'shuffleMap', numTasks: 3, parentIds: [] },
  task(0, 0), task(0, 1), task(0, 2, false), task(0, 2),
  { kind: 'stageCompleted', jobId: 0, stageId: 0, attempt: 0, name: 'reduceByKey', status: 'succeeded' },
  { kind: 'stageSubmitted', jobId: 0, stageId: 1, attempt: 0, name: 'collect', stageKind: 'result', numTasks: 2, parentIds: [0] },
  task(1, 0),
];

const fold = (events: readonly SchedulerEvent[], from: readonly JobProgress[] = []) => events.reduce(nextJobs, from);

describe('nextJobs', () => {
  it('follows a job through its stages, counting succeeded tasks only', () => {
    const jobs = fold(shuffleJob);
    expect(jobs).toEqual([
      {
        jobId: 0, description: 'collect', numTasks: 5, tasksDone: 4, status: 'running',
        stages: [
          { stageId: 0, name: 'reduceByKey', kind: 'shuffleMap', numTasks: 3, tasksDone: 3, status: 'succeeded' },
          { stageId: 1, name: 'collect', kind: 'result', numTasks: 2, tasksDone: 1, status: 'running' },
        ],
      },
    ]);
    const done = fold([task(1, 1), { kind: 'stageCompleted', jobId: 0, stageId: 1, attempt: 0, name: 'collect', status: 'succeeded' }, { kind: 'jobEnd', jobId: 0, succeeded: true, time: 1 }], jobs);
    expect(done[0]).toMatchObject({ tasksDone: 5, numTasks: 5, status: 'succeeded' });
  });

  it('lists a stage that was skipped because its map output was cached', () => {
    const jobs = fold([
      { kind: 'jobStart', jobId: 1, stageIds: [0, 2], numTasks: 2, description: 'count', time: 0 },
      { kind: 'stageCompleted', jobId: 1, stageId: 0, attempt: 0, name: 'reduceByKey', status: 'skipped' },
    ]);
    expect(jobs[0]!.stages).toEqual([{ stageId: 0, name: 'reduceByKey', kind: 'shuffleMap', numTasks: 0, tasksDone: 0, status: 'skipped' }]);
  });

  it('leaves the jobs untouched for events it does not show', () => {
    const jobs = fold(shuffleJob);
    expect(nextJobs(jobs, { kind: 'executorLost', executorId: '1', slot: 1 })).toBe(jobs);
    expect(nextJobs(jobs, task(1, 1, false))).toBe(jobs);
  });
});
