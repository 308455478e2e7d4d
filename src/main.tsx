import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './cells/App';
import { createBrowserCluster } from './workers/client';
import { connectCluster } from './notebook/run';
import './cells/styles.css';

// The cluster lives outside React: StrictMode runs effects twice.
void connectCluster(createBrowserCluster());

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
