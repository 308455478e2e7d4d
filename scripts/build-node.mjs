// Bundles the Node entry points (CLI, driver and executor workers) into dist-node/ with
// esbuild: Node 20 cannot start .ts workers, and one bundle per worker starts fast.
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist-node');

export async function buildNode({ quiet = false } = {}) {
  mkdirSync(out, { recursive: true });
  const t0 = Date.now();
  await build({
    absWorkingDir: root,
    entryPoints: {
      cli: 'src/cli/main.ts',
      driver: 'src/workers/node/driver.node.ts',
      executor: 'src/workers/node/executor.node.ts',
    },
    outdir: out,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: 'linked',
    resolveExtensions: ['.ts', '.tsx', '.mjs', '.js', '.json'],
    logLevel: quiet ? 'error' : 'warning',
    // Bundled CommonJS dependencies (sucrase) call require(); give ESM output one.
    banner: { js: "import { createRequire as __flintCreateRequire } from 'node:module'; const require = __flintCreateRequire(import.meta.url);" },
  });
  writeFileSync(join(out, '.stamp'), String(Date.now()));
  if (!quiet) console.log(`built dist-node/ in ${Date.now() - t0} ms`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildNode();
}
