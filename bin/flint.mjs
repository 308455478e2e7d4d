#!/usr/bin/env node
// The `flint` command. In a source checkout it rebuilds dist-node/ when src/ changed,
// so `npx flint` always runs the code you see.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const stamp = join(root, 'dist-node', '.stamp');

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(p));
    else if (/\.(ts|tsx|mjs|js)$/.test(entry.name)) newest = Math.max(newest, statSync(p).mtimeMs);
  }
  return newest;
}

if (existsSync(join(root, 'src'))) {
  const built = existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
  if (newestMtime(join(root, 'src')) > built) {
    const { buildNode } = await import(pathToFileURL(join(root, 'scripts', 'build-node.mjs')).href);
    await buildNode({ quiet: true });
  }
}

const { main } = await import(pathToFileURL(join(root, 'dist-node', 'cli.mjs')).href);
process.exitCode = await main(process.argv.slice(2));
