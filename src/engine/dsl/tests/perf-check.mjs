#!/usr/bin/env node
// PyFlint vs CPython on a few loops (a check to run by hand, not a unit test).
// Usage: node src/engine/dsl/tests/perf-check.mjs   (needs python3 for the comparison)
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';

const here = path.dirname(fileURLToPath(import.meta.url));
const programs = {
  'sum(map(lambda))': 'print(sum(map(lambda x: x * x, range(10_000_000))))',
  'float loop (module)': 's = 0.0\nfor i in range(10_000_000):\n    s += i * 0.5\nprint(s)',
  'float loop (function)': 'def f():\n    s = 0.0\n    for i in range(10_000_000):\n        s += i * 0.5\n    return s\nprint(f())',
  'dict counting': 'd = {}\nfor i in range(2_000_000):\n    k = i % 1000\n    d[k] = d.get(k, 0) + 1\nprint(len(d))',
  'list comprehension': 'print(len([x * 2 for x in range(3_000_000) if x % 3 == 0]))',
  'recursive fib(27)': 'def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\nprint(fib(27))',
};

const dir = mkdtempSync(path.join(tmpdir(), 'pyflint-perf-'));
const entry = path.join(dir, 'entry.mjs');
await build({
  stdin: { contents: `export { runModule } from ${JSON.stringify(path.join(here, '../index.ts'))};`, resolveDir: here, loader: 'ts' },
  bundle: true, platform: 'node', format: 'esm', outfile: entry, logLevel: 'error',
});
const { runModule } = await import(pathToFileURL(entry).href);

for (const [name, src] of Object.entries(programs)) {
  // Best of three each, interleaved, so machine load affects both sides alike.
  let ours = Infinity;
  let theirs = Infinity;
  for (let rep = 0; rep < 3; rep++) {
    const t0 = performance.now();
    runModule(src, 'bench.py', { stdout: { write: () => undefined } });
    ours = Math.min(ours, performance.now() - t0);
    const py = spawnSync('python3', ['-c', `import time\nt=time.perf_counter()\n${src.replace(/^print/gm, '_=')}\nprint((time.perf_counter()-t)*1000)`], { encoding: 'utf8' });
    theirs = Math.min(theirs, Number(py.stdout.trim().split('\n').pop()));
  }
  console.log(`${name.padEnd(24)} PyFlint ${ours.toFixed(0).padStart(6)} ms   CPython ${theirs.toFixed(0).padStart(6)} ms   speedup ${(theirs / ours).toFixed(2)}x`);
}
writeFileSync(path.join(dir, 'done'), '');
