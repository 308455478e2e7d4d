/** The open notebook's header: title, save state, run controls, files and the cluster. */
import { useNotebook } from '../notebook/store';
import { interrupt, restartCluster, runAll } from '../notebook/run';
import { ExecutorsIndicator } from './ExecutorsIndicator';
import { SaveStatus } from './SaveStatus';
import { ImportButton } from './ImportButton';
import { ExportMenu } from './ExportMenu';
import { ShareButton } from './ShareButton';
import { SparkUiToggle } from './SparkUiToggle';

export function NotebookHeader() {
  const title = useNotebook((s) => s.doc.title);
  return (
    <header className="app-header">
      <h1 className="notebook-title">{title}</h1>
      <SaveStatus />
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
        <ImportButton />
        <ExportMenu />
        <ShareButton />
        <SparkUiToggle />
      </nav>
      <ExecutorsIndicator />
    </header>
  );
}
