/** The page: workspace sidebar, then the open notebook with its header, banners and cells. */
import { useNotebook, insertCell } from '../notebook/store';
import { useWorkspace } from '../notebook/workspace';
import { CellView } from './CellView';
import { Sidebar } from './Sidebar';
import { NotebookHeader } from './NotebookHeader';
import { NotebookBanners } from './NotebookBanners';
import { Toast } from './Toast';
import { DropZone } from './DropZone';
import { SparkUiSlot } from './SparkUiSlot';

export function App() {
  const ready = useWorkspace((s) => s.ready);
  const readOnly = useNotebook((s) => s.readOnly);
  const cellIds = useNotebook((s) => s.doc.cells.map((c) => c.id).join(' '));
  const ids = cellIds ? cellIds.split(' ') : [];
  return (
    <div className="app">
      <Sidebar />
      <div className="main-column">
        <NotebookHeader />
        <NotebookBanners />
        <main className="cells" aria-label="Notebook" aria-busy={!ready}>
          {ready ? (
            <>
              {ids.map((id, i) => (
                <CellView key={id} id={id as never} index={i + 1} />
              ))}
              {!readOnly && (
                <button type="button" className="add-cell" onClick={() => insertCell(null)}>
                  + Cell
                </button>
              )}
            </>
          ) : (
            <p className="loading">Opening your notebooks…</p>
          )}
        </main>
      </div>
      <SparkUiSlot />
      <Toast />
      <DropZone />
    </div>
  );
}
