import { defineConfig } from 'vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';

// SharedArrayBuffer (the driver blocks on executors through it) needs cross-origin isolation.
const isolation = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/**
 * The page's Content-Security-Policy, as a meta tag in the built index.html (the dev
 * server injects inline scripts for React refresh, so dev runs without it). No inline or
 * foreign script; workers (ours, Monaco's) from this origin or blob:; Monaco injects
 * <style> elements, hence inline styles. HTML outputs live in sandboxed srcdoc frames.
 * A meta tag, not a header: a header would also bind the workers, and the driver compiles
 * cell code with `new Function`, which needs 'unsafe-eval' the page itself must not have.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-src 'self' blob: data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function cspMeta(): Plugin {
  return {
    name: 'flint-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy }, injectTo: 'head-prepend' }],
  };
}

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
  plugins: [react(), announceUrl(), cspMeta()],
  server: { headers: isolation },
  preview: { headers: isolation },
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 4096,
  },
});
