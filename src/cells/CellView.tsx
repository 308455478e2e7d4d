/** One cell: gutter (execution count, status), editor, jobs bar and outputs. */
import { memo } from 'react';
import type { CellId } from '../notebook/model/ids';
import { parseCell } from '../notebook/model/cell-kind';
import { focusCell, insertCell, nextCell, runtimeOf, setSource, useNotebook } from '../notebook/store';
import { runCells } from '../notebook/run';
import { CodeEditor } from './CodeEditor';
import type { RunMode } from './CodeEditor';
import { Output } from './Output';
import { JobsBar } from './JobsBar';
import { Markdown } from './Markdown';

const noJobs: never[] = [];

function runFrom(id: CellId, mode: RunMode): void {
  runCells([id]);
  if (mode === 'next') focusCell(nextCell(id));
  else if (mode === 'insert') insertCell(id);
}

export const CellView = memo(function CellView({ id, index }: { readonly id: CellId; readonly index: number }) {
  const source = useNotebook((s) => s.doc.cells.find((c) => c.id === id)?.source ?? '');
  const runtime = useNotebook((s) => runtimeOf(s, id));
  const jobs = useNotebook((s) => s.jobs[id] ?? noJobs);
  const focused = useNotebook((s) => s.focusedCell === id);
  const parsed = parseCell(source);
  const count = runtime.status === 'running' || runtime.status === 'queued' ? '*' : (runtime.executionCount ?? ' ');
  return (
    <section className={`cell cell-${runtime.status}`} data-cell-index={index} aria-label={`Cell ${index}`}>
      <div className="cell-gutter" aria-hidden="true">
        [{count}]
      </div>
      <div className="cell-body">
        <div className="cell-toolbar">
          <span className="cell-lang">{parsed.kind === 'python' ? 'Python' : (parsed.magic ?? '')}</span>
          <button type="button" onClick={() => runFrom(id, 'stay')} aria-label={`Run cell ${index}`}>
            ▶
          </button>
        </div>
        <CodeEditor
          source={source}
          label={`Cell ${index} editor`}
          autoFocus={focused}
          onChange={(text) => setSource(id, text)}
          onRun={(mode) => runFrom(id, mode)}
          onFocus={() => focusCell(id)}
        />
        <JobsBar jobs={jobs} />
        <div className="cell-outputs" aria-live="polite" data-status={runtime.status}>
          {parsed.kind === 'md' && runtime.status === 'done' && <Markdown text={parsed.body} />}
          {runtime.outputs.map((o, i) => (
            <Output key={i} output={o} />
          ))}
        </div>
        {runtime.elapsedMs !== null && runtime.status !== 'running' && (
          <div className="cell-timing">{(runtime.elapsedMs / 1000).toFixed(2)} s</div>
        )}
      </div>
    </section>
  );
});
