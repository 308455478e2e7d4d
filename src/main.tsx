import { StrictMode, Suspense, lazy } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './cells/App';
import { loadMonaco } from './cells/CodeEditor';
import { createBrowserCluster } from './workers/client';
import { connectCluster, startClusterOnFirstRun } from './notebook/run';
import { firstCellPainted } from './cells/first-paint';
import { initWorkspace } from './notebook/workspace';
import './cells/styles.css';

// `?fixture=table` shows output renderers on sample data, for e2e and axe scans of
// output kinds the driver does not emit yet. Loaded only when asked for.
const fixture = new URLSearchParams(location.search).get('fixture');
const Fixture = lazy(() => import('./cells/fixtures/OutputFixture'));

if (fixture) {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <Suspense fallback={null}>
        <Fixture name={fixture} />
      </Suspense>
    </StrictMode>,
  );
} else {
  // First the cells, then Monaco, then the workers: each parses megabytes of script, which
  // on a busy machine would hold back the paint of the notebook. Until Monaco has loaded,
  // cells are plain text areas that can be typed into and run (see CodeEditor.tsx).
  const editor = firstCellPainted(5000).then(() => loadMonaco());
  let started = false;
  const startCluster = () => {
    if (started) return;
    started = true;
    void connectCluster(createBrowserCluster());
  };
  // A cell run before then starts the cluster at once.
  startClusterOnFirstRun(startCluster);
  // The cluster and the workspace live outside React: StrictMode runs effects twice.
  const uiReady = Promise.all([initWorkspace(), editor]).catch(() => undefined);
  const atLatest = new Promise((resolve) => setTimeout(resolve, 3000));
  void Promise.race([uiReady, atLatest]).then(startCluster);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
