/** The notebook page: header with cluster controls, then the cells. */
import { useNotebook, insertCell } from '../notebook/store';
import { interrupt, restartCluster, runAll } from '../notebook/run';
import { CellView } from './CellView';
import { ExecutorsIndicator } from './ExecutorsIndicator';

export function App() {
  const title = useNotebook((s) => s.doc.title);
  const cellIds = useNotebook((s) => s.doc.cells.map((c) => c.id).join(' '));
  const ids = cellIds ? cellIds.split(' ') : [];
  return (
    <div className="app">
      <header className="app-header">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            ⚡
          </span>
          Flint
        </div>
        <h1 className="notebook-title">{title}</h1>
        <nav className="actions" aria-label="Notebook actions">
          <button type="button" onClick={runAll}>
            Run all
          </button>
          <button type="button" onClick={interrupt}>
            Interrupt
          </button>
          <button type="button" onClick={() => void restartCluster()}>
            Restart
          </button>
        </nav>
        <ExecutorsIndicator />
      </header>
      <main className="cells">
        {ids.map((id, i) => (
          <CellView key={id} id={id as never} index={i + 1} />
        ))}
        <button type="button" className="add-cell" onClick={() => insertCell(null)}>
          + Cell
        </button>
      </main>
    </div>
  );
}
