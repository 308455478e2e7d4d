/**
 * Runs a folder of example programs (our takes on Spark's examples/src/main/python/ml) headless
 * with `flint run` as one notebook, a cell per program, on local[2]; each program prints a
 * `== <name>` header. Returns each program's output by name, after checking the run was clean.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';

const root = join(__dirname, '..', '..', '..', '..', '..', '..');

export function runExamplePrograms(dir: string, count: number, timeout = 300_000): Map<string, string> {
  const programs = readdirSync(dir).filter((f) => f.endsWith('.py')).sort();
  expect(programs).toHaveLength(count);
  const cells = programs.map((f) => ({ cell_type: 'code', metadata: {}, outputs: [], execution_count: null, source: readFileSync(join(dir, f), 'utf8') }));
  const nb = join(mkdtempSync(join(tmpdir(), 'flint-examples-')), 'examples.ipynb');
  writeFileSync(nb, JSON.stringify({ cells, metadata: {}, nbformat: 4, nbformat_minor: 5 }));
  const r = spawnSync(process.execPath, [join(root, 'bin', 'flint.mjs'), 'run', nb, '--master', 'local[2]'], { cwd: root, encoding: 'utf8', timeout });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  const sections = new Map<string, string>();
  for (const part of r.stdout.split(/^== /m).slice(1)) {
    const nl = part.indexOf('\n');
    sections.set(part.slice(0, nl), part.slice(nl + 1));
  }
  expect([...sections.keys()].sort()).toEqual(programs.map((f) => f.replace(/\.py$/, '')));
  return sections;
}
