/** Spark's Stages page for one job: its DAG, then each stage's metrics and teaching views. */
import { useMemo } from 'react';
import { skippedStages, stagesOf } from '../../notebook/spark-ui/views';
import type { ModelTick } from './use-spark-ui-model';
import { DagView } from './DagView';
import { JobPicker, usePickedJob } from './JobPicker';
import { StageDetails } from './StageDetails';

export function StagesTab({ tick }: { readonly tick: ModelTick }) {
  const { model, version } = tick;
  const job = usePickedJob(model);
  // Recomputed entries only grow: a fresh array per version keeps the DAG memo honest.
  const recomputed = useMemo(() => [...model.recomputed], [model, version]); // eslint-disable-line react-hooks/exhaustive-deps
  const skipped = useMemo(() => (job ? skippedStages(model, job) : new Set<number>()), [model, job, version]); // eslint-disable-line react-hooks/exhaustive-deps
  if (!job) return <p className="spark-ui-empty">No Spark jobs yet.</p>;
  return (
    <div className="stages-tab">
      <JobPicker model={model} job={job} tab="stages" />
      <DagView job={job} skipped={skipped} recomputed={recomputed} />
      {stagesOf(model, job).map((s) => (
        <StageDetails key={s.stageId} stage={s} skipped={skipped.has(s.stageId)} recomputed={recomputed.filter((r) => r.jobId === job.jobId && r.stageId === s.stageId)} />
      ))}
    </div>
  );
}
