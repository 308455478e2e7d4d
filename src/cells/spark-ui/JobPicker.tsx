/** Which job the Stages and Tasks tabs show: the one picked, else the latest. */
import { openSparkUi, useSparkUi } from '../../notebook/spark-ui/recorder';
import type { SparkUiTab } from '../../notebook/spark-ui/recorder';
import { jobsNewestFirst } from '../../notebook/spark-ui/views';
import type { SparkUiModel } from '../../notebook/spark-ui/model';
import type { JobView } from '../../notebook/spark-ui/types';

export function usePickedJob(model: SparkUiModel): JobView | undefined {
  const jobId = useSparkUi((s) => s.jobId);
  return (jobId !== null ? model.jobs.get(jobId) : undefined) ?? jobsNewestFirst(model)[0];
}

export function JobPicker({ model, job, tab }: { readonly model: SparkUiModel; readonly job: JobView; readonly tab: SparkUiTab }) {
  return (
    <label className="job-picker">
      Job{' '}
      <select value={job.jobId} onChange={(e) => openSparkUi(tab, Number(e.target.value))}>
        {jobsNewestFirst(model).map((j) => (
          <option key={j.jobId} value={j.jobId}>
            {j.jobId}: {j.description} ({j.status})
          </option>
        ))}
      </select>
    </label>
  );
}
