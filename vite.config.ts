import { defineConfig } from 'vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';

// SharedArrayBuffer (the driver blocks on executors through it) needs cross-origin isolation.
const isolation = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/** Prints the URL plainly once the dev server listens, for scripts and humans alike. */
function announceUrl(): Plugin {
  return {
    name: 'flint-announce-url',
    configureServer(server) {
      server.httpServer?.once('listening', () => {
        setTimeout(() => {
          const url = server.resolvedUrls?.local[0];
          if (url) console.log(`\n  Flint is running at ${url}\n`);
        }, 0);
      });
    },
  };
}

export default defineConfig({
  plugins: [react(), announceUrl()],
  server: { headers: isolation },
  preview: { headers: isolation },
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 4096,
  },
});
