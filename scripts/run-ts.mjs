// Runs a TypeScript entry (bench, conformance) under Node 20: bundles it with esbuild
// into dist-node/tools/ and imports it. Extra arguments pass through.
import { build } from 'esbuild';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = resolve(process.argv[2]);
const outfile = join(root, 'dist-node', 'tools', `${basename(entry, '.ts')}-${basename(dirname(entry))}.mjs`);
await build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: 'inline',
  logLevel: 'warning',
  resolveExtensions: ['.ts', '.tsx', '.mjs', '.js', '.json'],
  banner: { js: "import { createRequire as __flintCreateRequire } from 'node:module'; const require = __flintCreateRequire(import.meta.url);" },
});
process.argv.splice(1, 2, outfile);
await import(pathToFileURL(outfile).href);
