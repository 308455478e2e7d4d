/** A table output: the paged, sortable grid, or a chart of it (recharts, loaded on first use). */
import { Suspense, lazy, useId, useState } from 'react';
import type { TableOutput } from '../notebook/table-output';
import { TableGrid } from './TableGrid';
import { LiveQueryPanel } from './LiveQueryPanel';

const TableChart = lazy(() => import('./TableChart'));

export function TableOutputView({ table }: { readonly table: TableOutput }) {
  const [view, setView] = useState<'table' | 'chart'>('table');
  const id = useId();
  const tab = (name: 'table' | 'chart', label: string) => (
    <button
      type="button"
      role="tab"
      id={`${id}-${name}-tab`}
      aria-selected={view === name}
      aria-controls={`${id}-${name}`}
      tabIndex={view === name ? 0 : -1}
      className="tab"
      onClick={() => setView(name)}
      onKeyDown={(e) => {
        if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
          const next = view === 'table' ? 'chart' : 'table';
          setView(next);
          document.getElementById(`${id}-${next}-tab`)?.focus();
        }
      }}
    >
      {label}
    </button>
  );
  return (
    <div className="output output-table">
      {table.live && <LiveQueryPanel live={table.live} />}
      <div role="tablist" aria-label="Result view" className="tabs">
        {tab('table', 'Table')}
        {tab('chart', 'Chart')}
      </div>
      <div role="tabpanel" id={`${id}-${view}`} aria-labelledby={`${id}-${view}-tab`}>
        {view === 'table' ? (
          <TableGrid table={table} />
        ) : (
          <Suspense fallback={<p className="loading">Loading charts…</p>}>
            <TableChart table={table} />
          </Suspense>
        )}
      </div>
    </div>
  );
}
