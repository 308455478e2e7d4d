import { StrictMode, Suspense, lazy } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './cells/App';
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
  // The cluster and the workspace live outside React: StrictMode runs effects twice.
  void connectCluster(createBrowserCluster());
  void initWorkspace();
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
