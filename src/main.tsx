import { StrictMode, Suspense, lazy } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './cells/App';
import { loadMonaco } from './cells/CodeEditor';
import { createBrowserCluster } from './workers/client';
import { connectCluster } from './notebook/run';
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
  // Monaco is a lazy chunk, but every notebook needs it: fetch it while storage opens.
  const editor = loadMonaco();
  // The cluster and the workspace live outside React: StrictMode runs effects twice.
  // Workers start once the notebook is on screen and editable: spawning them parses
  // megabytes of engine code, which would compete with first paint for the same cores.
  // A cell run before then waits for the cluster.
  const uiReady = Promise.all([initWorkspace(), editor]).catch(() => undefined);
  const atLatest = new Promise((resolve) => setTimeout(resolve, 3000));
  void Promise.race([uiReady, atLatest]).then(() => connectCluster(createBrowserCluster()));
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
