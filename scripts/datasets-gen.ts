// Writes the generated datasets to disk until the CLI exposes it as `flint gen`:
//   node scripts/run-ts.mjs scripts/datasets-gen.ts --scale 1 --out /tmp/flint-data [--only irs,events,words]
import * as fs from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ALL_GENERATED, IRS_SUBSET_FILE, writeGeneratedDatasets } from '../src/engine/datagen';
import type { GeneratedDataset } from '../src/engine/datagen';

/** The checkout root: run-ts bundles this script into dist-node/tools/, so walk up to public/datasets. */
function findRoot(): string {
  for (let dir = dirname(fileURLToPath(import.meta.url)); dir !== dirname(dir); dir = dirname(dir)) {
    if (fs.existsSync(join(dir, 'public', 'datasets'))) return dir;
  }
  throw new Error('cannot find public/datasets above this script');
}
const root = findRoot();

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const scale = Number(arg('scale') ?? '1');
const out = arg('out');
const only = arg('only')?.split(',') as GeneratedDataset[] | undefined;
if (!out || !(scale > 0) || (only && !only.every((d) => ALL_GENERATED.includes(d)))) {
  process.stderr.write(`usage: datasets-gen --scale N --out DIR [--only ${ALL_GENERATED.join(',')}]\n`);
  process.exit(2);
}
const irsSubset = new Uint8Array(fs.readFileSync(join(root, 'public', 'datasets', IRS_SUBSET_FILE)));
writeGeneratedDatasets({
  scale,
  outDir: resolve(out),
  fs,
  irsSubset,
  datasets: only,
  onFile: (path, bytes) => process.stdout.write(`${path}\t${bytes}\n`),
});
