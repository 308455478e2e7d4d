/** `flint gen`: the synthetic course datasets written to a directory at a chosen scale. */
import * as fs from 'node:fs';
import { join, resolve } from 'node:path';
import { ALL_GENERATED, IRS_SUBSET_FILE, writeGeneratedDatasets } from '../engine';
import type { GenFs, GeneratedDataset } from '../engine';
import { findDistDir } from '../workers/node/node-cluster';
import type { GenArgs } from './args';
import { UsageError } from './args';

export function runGen(args: GenArgs): number {
  const only = args.only ?? ALL_GENERATED;
  for (const name of only) if (!ALL_GENERATED.includes(name as GeneratedDataset)) throw new UsageError(`unknown dataset '${name}' (expected ${ALL_GENERATED.join(', ')})`);
  const datasets = resolve(findDistDir(), '..', 'public', 'datasets');
  const irsSubset = fs.readFileSync(join(datasets, IRS_SUBSET_FILE));
  const files = writeGeneratedDatasets({
    scale: args.scale,
    outDir: resolve(args.out),
    fs: fs as unknown as GenFs,
    irsSubset,
    datasets: only as GeneratedDataset[],
    onFile: (path, bytes) => process.stdout.write(`wrote ${path} (${bytes} bytes)\n`),
  });
  process.stdout.write(`${files.length} files, synthetic, scale ${args.scale}\n`);
  return 0;
}
