/**
 * PyFlint against CPython on the same programs, in the same run. Each side times only the
 * program (CPython: exec of the compiled file; PyFlint: parse, compile and run in this process),
 * so process start-up — seconds of noise on a busy machine — stays out of the ratio. Outputs are
 * compared so a fast wrong answer never counts. `node scripts/run-ts.mjs bench/run.ts python`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runModule } from '../src/engine/dsl';
import type { BenchRow } from './harness';
import { programs } from './python-programs';

interface Timed {
  readonly ms: number;
  readonly out: string;
  readonly ok: boolean;
}

const CPYTHON = `import sys, time
path = sys.argv[1]
code = compile(open(path).read(), path, 'exec')
t0 = time.perf_counter()
exec(code, {'__name__': '__main__'})
sys.stderr.write('\\nms=%f\\n' % ((time.perf_counter() - t0) * 1000))
`;

function cpython(file: string): Timed {
  const r = spawnSync('python3', ['-c', CPYTHON, file], { encoding: 'utf8', timeout: 600_000 });
  const m = /ms=([\d.]+)/.exec(r.stderr ?? '');
  return { ms: m ? Number(m[1]) : NaN, out: r.stdout, ok: r.status === 0 && m !== null };
}

function pyflint(source: string, file: string): Timed {
  let out = '';
  const t0 = performance.now();
  const r = runModule(source, file, { stdout: { write: (s) => (out += s) } });
  return { ms: performance.now() - t0, out, ok: r.error === null };
}

function best(f: () => Timed, runs: number): Timed {
  let b: Timed | undefined;
  for (let i = 0; i < runs; i++) {
    const t = f();
    if (!b || !t.ok || t.ms < b.ms) b = t;
    if (!t.ok) break;
  }
  return b!;
}

const RUNS = Number(process.env.PY_BENCH_RUNS ?? 2);

export async function python(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'flint-bench-py-'));
  const rows: BenchRow[] = [];
  for (const [name, source] of Object.entries(programs)) {
    const file = join(dir, `${name.replace(/\W+/g, '_')}.py`);
    writeFileSync(file, source);
    const cp = best(() => cpython(file), RUNS);
    const fl = best(() => pyflint(source, file), RUNS);
    const same = fl.ok && cp.ok && fl.out === cp.out;
    rows.push({
      name: `PyFlint: ${name}`,
      flint: same ? `${fl.ms.toFixed(0)} ms` : fl.ok ? 'wrong output' : 'error',
      anchor: `${cp.ms.toFixed(0)} ms (CPython)`,
      ratio: same ? `${(fl.ms / cp.ms).toFixed(2)}x` : '-',
      goal: '<= 0.33x (first: <= 1x)',
    });
  }
  return rows;
}
