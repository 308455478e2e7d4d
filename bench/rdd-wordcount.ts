/**
 * Word count over 20 MB of text: Flint's `textFile(...).flatMap(...).map(...).reduceByKey(add)` on
 * local[2] against CPython's plain dict loop over the same file, in the same run. Both split on
 * ' ' and report (distinct words, total words), which must agree before a time counts.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateWords } from '../src/engine/datagen';
import type { BenchRow } from './harness';
import { bestOf, withPythonCluster } from './rdd-python';

const BYTES = 20 * 1024 * 1024;
const RUNS = 3;

const CPYTHON = `import sys, time
best = None
for _ in range(${RUNS}):
    t0 = time.perf_counter()
    counts = {}
    with open(sys.argv[1], encoding="utf-8") as f:
        for line in f:
            for w in line.rstrip("\\n").split(" "):
                counts[w] = counts.get(w, 0) + 1
    ms = (time.perf_counter() - t0) * 1000
    best = ms if best is None else min(best, ms)
print(len(counts), sum(counts.values()))
sys.stderr.write("ms=%f\\n" % best)
`;

export async function rddWordcount(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'flint-bench-wc-'));
  const file = join(dir, 'words.txt');
  writeFileSync(file, generateWords(BYTES));
  const flint = await withPythonCluster('local[2]', dir, (c) =>
    bestOf(
      c,
      `from operator import add
counts = sc.textFile(${JSON.stringify(file)}).flatMap(lambda line: line.split(" ")).map(lambda w: (w, 1)).reduceByKey(add).collect()
print(len(counts), sum(c for _, c in counts))`,
      RUNS,
    ),
  );
  const cp = spawnSync('python3', ['-c', CPYTHON, file], { encoding: 'utf8', timeout: 600_000 });
  const cpMs = Number(/ms=([\d.]+)/.exec(cp.stderr ?? '')?.[1] ?? NaN);
  const same = cp.status === 0 && cp.stdout === flint.out;
  return [
    {
      name: 'word count 20 MB: reduceByKey local[2] vs CPython dict',
      flint: same ? `${flint.ms.toFixed(0)} ms` : `WRONG (${flint.out.trim()} vs ${cp.stdout.trim()})`,
      anchor: `${cpMs.toFixed(0)} ms`,
      ratio: `${(flint.ms / cpMs).toFixed(2)}x`,
      goal: 'report (lower is better)',
    },
  ];
}
