/**
 * Databricks-style "Spark Jobs" line under a cell: jobs, their stages, and task progress,
 * each job linking into the Spark UI. A cell that built RDDs but ran no job says why.
 */
import { useState } from 'react';
import type { JobProgress } from '../notebook/store';
import { openSparkUi, shortDescription, useSparkUi } from '../notebook/spark-ui/recorder';

export function JobsBar({ jobs, cellId, ran }: { readonly jobs: readonly JobProgress[]; readonly cellId: string; readonly ran: boolean }) {
  const [open, setOpen] = useState(false);
  const lazy = useSparkUi((s) => s.lazyCells[cellId]);
  if (jobs.length === 0) {
    if (!ran || !lazy) return null;
    const built = [
      ...(lazy.rdds > 0 ? [`${lazy.rdds} RDD${lazy.rdds === 1 ? '' : 's'}`] : []),
      ...(lazy.dataFrames > 0 ? [`${lazy.dataFrames} DataFrame${lazy.dataFrames === 1 ? '' : 's'}`] : []),
    ].join(' and ');
    return (
      <div className="jobs">
        <span className="lazy-badge" title={`This cell built ${built} and ran no action.`}>
          0 jobs ran: transformations are lazy
        </span>
      </div>
    );
  }
  return (
    <div className="jobs">
      <button type="button" className="jobs-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? '▾' : '▸'} {jobs.length} Spark {jobs.length === 1 ? 'job' : 'jobs'}
      </button>
      {open && (
        <ul className="jobs-list">
          {jobs.map((j) => (
            <li key={j.jobId} className={`job job-${j.status}`}>
              <span title={j.description}>
                Job {j.jobId} ({shortDescription(j.description, 60)})
              </span>
              <progress max={j.numTasks} value={j.tasksDone} aria-label={`job ${j.jobId} tasks`} />
              <span>
                {j.tasksDone}/{j.numTasks} tasks {j.status === 'running' ? '' : j.status}
              </span>
              <button type="button" className="jobs-toggle" onClick={() => openSparkUi('stages', j.jobId)} aria-label={`Open job ${j.jobId} in the Spark UI`}>
                View in Spark UI
              </button>
              {j.stages.length > 0 && (
                <ul className="stages-list" aria-label={`Stages of job ${j.jobId}`}>
                  {j.stages.map((st) => (
                    <li key={st.stageId} className={`stage stage-${st.status}`}>
                      Stage {st.stageId} ({st.name}):{' '}
                      {st.status === 'skipped' ? 'skipped' : `${st.tasksDone}/${st.numTasks} tasks${st.status === 'running' ? '' : ` ${st.status}`}`}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
