/** A job's tasks on a timeline per executor (as Spark's event timeline), then as a table. */
import { useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { formatMs, jobTimeline } from '../../notebook/spark-ui/views';
import type { TaskView } from '../../notebook/spark-ui/types';
import type { ModelTick } from './use-spark-ui-model';
import { JobPicker, usePickedJob } from './JobPicker';

const LANE_H = 26;
const LABEL_W = 90;
const WIDTH = 560;

function taskLabel(t: TaskView): string {
  return `Task ${t.taskId}: stage ${t.stageId}.${t.stageAttempt}, partition ${t.partition}, attempt ${t.attempt}, executor ${t.executorId}, ${t.status}${t.durationMs !== null ? `, ${formatMs(t.durationMs)}` : ''}${t.recomputed ? ', recomputed' : ''}${t.local ? '' : ', not local'}`;
}

export function TasksTab({ tick }: { readonly tick: ModelTick }) {
  const { model, now } = tick;
  const job = usePickedJob(model);
  const [focus, setFocus] = useState(0);
  const refs = useRef<(SVGRectElement | null)[]>([]);
  if (!job) return <p className="spark-ui-empty">No Spark jobs yet.</p>;
  const tl = jobTimeline(model, job.jobId, now);
  const flat = tl.lanes.flatMap((l) => l.tasks);
  const scale = (t: number) => LABEL_W + ((t - tl.start) / (tl.end - tl.start)) * (WIDTH - LABEL_W - 8);
  const onKey = (e: KeyboardEvent<SVGRectElement>, i: number) => {
    const to = e.key === 'ArrowRight' || e.key === 'ArrowDown' ? i + 1 : e.key === 'ArrowLeft' || e.key === 'ArrowUp' ? i - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? flat.length - 1 : null;
    if (to === null) return;
    e.preventDefault();
    const j = Math.max(0, Math.min(flat.length - 1, to));
    setFocus(j);
    refs.current[j]?.focus();
  };
  let k = 0;
  return (
    <div className="tasks-tab">
      <JobPicker model={model} job={job} tab="tasks" />
      {flat.length === 0 ? (
        <p className="spark-ui-empty">Job {job.jobId} ran no tasks (all its stages were skipped).</p>
      ) : (
        <figure className="timeline">
          <figcaption>
            Tasks of job {job.jobId} per executor over {formatMs(tl.end - tl.start)}. Arrow keys move between tasks; the table below lists them.
          </figcaption>
          <svg role="group" aria-label={`Task timeline of job ${job.jobId}`} width={WIDTH} height={tl.lanes.length * LANE_H + 8}>
            {tl.lanes.map((lane, li) => (
              <g key={lane.executorId}>
                <text x={4} y={li * LANE_H + 17}>
                  executor {lane.executorId}
                </text>
                <line x1={LABEL_W} x2={WIDTH - 8} y1={li * LANE_H + LANE_H - 2} y2={li * LANE_H + LANE_H - 2} className="lane-rule" />
                {lane.tasks.map((t) => {
                  const i = k++;
                  const x = scale(t.launched!);
                  const w = Math.max(3, scale(t.finished ?? now) - x);
                  return (
                    <rect
                      key={t.taskId}
                      ref={(el) => {
                        refs.current[i] = el;
                      }}
                      x={x}
                      y={li * LANE_H + 4}
                      width={w}
                      height={LANE_H - 10}
                      className={`task-bar task-${t.status}${t.recomputed ? ' dag-recomputed' : ''}`}
                      tabIndex={i === focus ? 0 : -1}
                      role="img"
                      aria-label={taskLabel(t)}
                      onKeyDown={(e) => onKey(e, i)}
                      onFocus={() => setFocus(i)}
                    >
                      <title>{taskLabel(t)}</title>
                    </rect>
                  );
                })}
              </g>
            ))}
          </svg>
        </figure>
      )}
      {flat.length > 0 && (
        <table className="spark-ui-table">
          <caption>Tasks of job {job.jobId}</caption>
          <thead>
            <tr>
              <th scope="col">Task</th>
              <th scope="col">Stage</th>
              <th scope="col">Partition</th>
              <th scope="col">Executor</th>
              <th scope="col">Status</th>
              <th scope="col">Duration</th>
              <th scope="col">Notes</th>
            </tr>
          </thead>
          <tbody>
            {[...flat].sort((a, b) => a.taskId - b.taskId).map((t) => (
              <tr key={t.taskId} className={t.recomputed ? 'row-recomputed' : undefined}>
                <td>{t.taskId}</td>
                <td>
                  {t.stageId}.{t.stageAttempt}
                </td>
                <td>
                  {t.partition}
                  {t.attempt > 0 ? ` (attempt ${t.attempt})` : ''}
                </td>
                <td>{t.executorId}</td>
                <td>{t.status}</td>
                <td>{formatMs(t.durationMs)}</td>
                <td>{[t.recomputed ? 'recomputed' : '', t.local ? '' : 'not local', t.error ?? ''].filter(Boolean).join('; ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
