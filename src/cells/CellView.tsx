/** One cell: gutter (execution count, status), toolbar, editor, jobs bar and outputs. */
import { Suspense, lazy, memo, useEffect, useRef } from 'react';
import type { CellId } from '../notebook/model/ids';
import { parseCell } from '../notebook/model/cell-kind';
import { focusCell, insertCell, nextCell, runtimeOf, setSource, useNotebook } from '../notebook/store';
import { runCells } from '../notebook/run';
import { CodeEditor } from './CodeEditor';
import type { RunMode } from './CodeEditor';
import { Output } from './Output';
import { JobsBar } from './JobsBar';
import { CellToolbar } from './CellToolbar';
import { ElapsedTime } from './ElapsedTime';
import { handleCommandKey } from './command-keys';

const noJobs: never[] = [];
// markdown-it and DOMPurify load with the first Markdown cell that is run, not with the page.
const Markdown = lazy(() => import('./Markdown').then((m) => ({ default: m.Markdown })));

function runFrom(id: CellId, mode: RunMode): void {
  runCells([id]);
  if (mode === 'next') focusCell(nextCell(id));
  else if (mode === 'insert') insertCell(id);
}

export const CellView = memo(function CellView({ id, index }: { readonly id: CellId; readonly index: number }) {
  const source = useNotebook((s) => s.doc.cells.find((c) => c.id === id)?.source ?? '');
  const runtime = useNotebook((s) => runtimeOf(s, id));
  const jobs = useNotebook((s) => s.jobs[id] ?? noJobs);
  const selected = useNotebook((s) => s.focusedCell === id);
  const mode = useNotebook((s) => s.mode);
  const readOnly = useNotebook((s) => s.readOnly);
  const section = useRef<HTMLElement>(null);
  const parsed = parseCell(source);
  const count = runtime.status === 'running' || runtime.status === 'queued' ? '*' : (runtime.executionCount ?? ' ');

  useEffect(() => {
    // In command mode the selected cell itself holds the keyboard (Monaco lets go on Esc).
    if (selected && mode === 'command' && section.current && document.activeElement !== section.current) section.current.focus();
  }, [selected, mode]);

  return (
    <section
      ref={section}
      className={`cell cell-${runtime.status}${selected ? ' cell-selected' : ''}`}
      data-cell-index={index}
      aria-label={`Cell ${index}`}
      tabIndex={-1}
      onKeyDown={(e) => {
        if (e.target !== section.current) return;
        if (handleCommandKey(id, e)) e.preventDefault();
      }}
      onClick={() => selected || focusCell(id)}
      // Keyboard users reach a cell by focus, not by click; it becomes the selected cell.
      onFocus={() => selected || focusCell(id)}
    >
      <div className="cell-gutter" aria-hidden="true">
        [{count}]
      </div>
      <div className="cell-body">
        <CellToolbar id={id} index={index} kind={parsed.kind} magic={parsed.magic} readOnly={readOnly} onRun={() => runFrom(id, 'stay')} />
        <CodeEditor
          source={source}
          label={`Cell ${index} editor`}
          autoFocus={selected && mode === 'edit'}
          readOnly={readOnly}
          errorLine={runtime.status === 'error' ? (runtime.errorLine ?? null) : null}
          onChange={(text) => setSource(id, text)}
          onRun={(m) => runFrom(id, m)}
          onFocus={() => useNotebook.setState({ focusedCell: id, mode: 'edit' })}
          onEscape={() => useNotebook.setState({ focusedCell: id, mode: 'command' })}
        />
        <JobsBar jobs={jobs} cellId={id} ran={runtime.status === 'done'} />
        <div className="cell-outputs" aria-live="polite" data-status={runtime.status}>
          {parsed.kind === 'md' && runtime.status === 'done' && (
            <Suspense fallback={<div className="markdown">{parsed.body}</div>}>
              <Markdown text={parsed.body} />
            </Suspense>
          )}
          {runtime.outputs.map((o, i) => (
            <Output key={i} output={o} />
          ))}
        </div>
        <ElapsedTime status={runtime.status} startedAt={runtime.startedAt} elapsedMs={runtime.elapsedMs} />
      </div>
    </section>
  );
});
