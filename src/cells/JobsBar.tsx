/** Databricks-style "Spark Jobs" line under a cell: jobs, their stages, and task progress. */
import { useState } from 'react';
import type { JobProgress } from '../notebook/store';

export function JobsBar({ jobs }: { readonly jobs: readonly JobProgress[] }) {
  const [open, setOpen] = useState(false);
  if (jobs.length === 0) return null;
  return (
    <div className="jobs">
      <button type="button" className="jobs-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? '▾' : '▸'} {jobs.length} Spark {jobs.length === 1 ? 'job' : 'jobs'}
      </button>
      {open && (
        <ul className="jobs-list">
          {jobs.map((j) => (
            <li key={j.jobId} className={`job job-${j.status}`}>
              <span>
                Job {j.jobId} ({j.description})
              </span>
              <progress max={j.numTasks} value={j.tasksDone} aria-label={`job ${j.jobId} tasks`} />
              <span>
                {j.tasksDone}/{j.numTasks} tasks {j.status === 'running' ? '' : j.status}
              </span>
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
