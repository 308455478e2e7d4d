/** Databricks-style "Spark Jobs" line under a cell: jobs with their task progress. */
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
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
