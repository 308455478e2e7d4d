/**
 * UI load: the built app served by `vite preview`, opened cold (a fresh browser context,
 * so no HTTP cache) in the system Chromium. Three times from navigation start: the first
 * cell on screen, the first cell editable (it takes typing and Shift+Enter: a plain text
 * area until Monaco arrives), and Monaco ready in it (loaded lazily after the first paint).
 * Plus the JavaScript the page needs before anything lazy: the entry script and its
 * modulepreloads, gzipped. Monaco and recharts must not be in that figure.
 *
 * Run alone: `node scripts/run-ts.mjs bench/ui-load.ts` (builds dist/ first).
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { BenchRow } from './harness';
import type * as PlaywrightCore from 'playwright-core';

const RUNS = 5;
const PORT = Number(process.env.FLINT_BENCH_PORT ?? 4373);
const LOAD_GOAL_MS = 1500;
const GZIP_GOAL_KB = 400;

function repoRoot(): string {
  // Bundled into dist-node/tools/ by run-ts, or run from bench/: walk up to package.json.
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!readFileSafe(join(dir, 'package.json'))) dir = dirname(dir);
  return dir;
}

function readFileSafe(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

/** Entry script plus modulepreloads named by dist/index.html, gzip -9, in bytes. */
export function initialJsGzipBytes(dist: string): { bytes: number; files: string[] } {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const files = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g)].map((m) => m[1]!);
  const bytes = files.reduce((sum, f) => sum + gzipSync(readFileSync(join(dist, f.replace(/^\//, ''))), { level: 9 }).length, 0);
  return { bytes, files };
}

interface LoadTimes {
  readonly firstCellMs: number;
  readonly editableMs: number;
  readonly monacoMs: number;
}

async function measureLoads(url: string): Promise<LoadTimes[]> {
  // Not bundled: Playwright is loaded from node_modules at run time.
  const moduleName = 'playwright-core';
  const { chromium } = (await import(moduleName)) as typeof PlaywrightCore;
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
  const out: LoadTimes[] = [];
  try {
    for (let i = 0; i < RUNS + 1; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      // Timed inside the page when each state first appears: asking from here would add
      // the round trips of the automation protocol to every figure.
      await page.addInitScript(`(() => {
        const seen = (globalThis.__flintLoad = {});
        const cell = 'section[data-cell-index="1"] .editor-frame';
        const marks = { firstCell: 'section[data-cell-index="1"]', editable: cell + '[data-editable="true"] :is(textarea, .monaco-editor)', monaco: cell + '[data-ready="true"]' };
        new MutationObserver(() => {
          for (const [k, sel] of Object.entries(marks)) if (seen[k] === undefined && document.querySelector(sel)) seen[k] = performance.now();
        }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-ready', 'data-editable'] });
      })()`);
      await page.goto(url);
      await page.locator('section[data-cell-index="1"] .editor-frame[data-ready="true"]').waitFor({ timeout: 30_000 });
      const times = (await page.evaluate(
        '({ firstCellMs: globalThis.__flintLoad.firstCell, editableMs: globalThis.__flintLoad.editable, monacoMs: globalThis.__flintLoad.monaco })',
      )) as LoadTimes;
      // The first run warms the server and the OS file cache; it is not counted.
      if (i > 0) out.push(times);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return out;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function waitForServer(url: string, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`vite preview did not answer at ${url}`);
}

export async function uiLoad(): Promise<BenchRow[]> {
  const root = repoRoot();
  const vite = join(root, 'node_modules', '.bin', 'vite');
  const built = spawnSync(vite, ['build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) throw new Error('vite build failed');
  const size = initialJsGzipBytes(join(root, 'dist'));
  const server = spawn(vite, ['preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { cwd: root, stdio: 'ignore' });
  const url = `http://127.0.0.1:${PORT}/`;
  try {
    await waitForServer(url, 30_000);
    const loads = await measureLoads(url);
    const first = median(loads.map((l) => l.firstCellMs));
    const editable = median(loads.map((l) => l.editableMs));
    const monaco = median(loads.map((l) => l.monacoMs));
    const kb = size.bytes / 1024;
    return [
      { name: 'ui cold load: first cell shown', flint: `${first.toFixed(0)} ms`, anchor: '-', ratio: '-', goal: `< ${LOAD_GOAL_MS} ms` },
      { name: 'ui cold load: first cell editable', flint: `${editable.toFixed(0)} ms`, anchor: '-', ratio: '-', goal: `< ${LOAD_GOAL_MS} ms` },
      { name: 'ui cold load: Monaco in first cell', flint: `${monaco.toFixed(0)} ms`, anchor: '-', ratio: '-', goal: '-' },
      { name: 'ui initial JS (gzip)', flint: `${kb.toFixed(0)} KB`, anchor: '-', ratio: '-', goal: `<= ${GZIP_GOAL_KB} KB` },
    ];
  } finally {
    server.kill();
  }
}

if (basename(process.argv[1] ?? '').startsWith('ui-load')) {
  const { printTable } = await import('./harness');
  printTable(await uiLoad());
  process.exit(0);
}

