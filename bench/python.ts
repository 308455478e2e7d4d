/**
 * PyFlint against CPython on the same programs, in the same run: wall time of `flint run
 * prog.py` and `python3 prog.py`, each minus its own start-up (an empty program), with the
 * outputs compared so a fast wrong answer never counts.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BenchRow } from './harness';

const programs: Record<string, string> = {
  'Monte Carlo pi (5M random() pairs)': `import random
random.seed(42)
inside = 0
n = 5_000_000
for _ in range(n):
    x = random.random()
    y = random.random()
    if x * x + y * y <= 1.0:
        inside += 1
print(4.0 * inside / n)
`,
  'word count (split + dict, ~20 MB)': `words = ["spark", "rdd", "driver", "executor", "shuffle", "stage", "task", "lazy", "broadcast", "accumulator", "sql", "stream"]
seed = 12345
parts = []
for i in range(2_600_000):
    seed = (seed * 1103515245 + 12345) % 2147483648
    parts.append(words[seed % 12])
text = " ".join(parts)
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(len(text), sorted(counts.items())[:3])
`,
  'sum(map(lambda x: x * x, range(10_000_000)))': `print(sum(map(lambda x: x * x, range(10_000_000))))
`,
  'class-heavy (2M objects, __add__)': `class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def norm2(self):
        return self.x * self.x + self.y * self.y
acc = Vec(0, 0)
for i in range(2_000_000):
    acc = acc + Vec(i % 7, i % 11)
print(acc.norm2())
`,
  'recursive (fib(27))': `def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(27))
`,
};

interface Timed {
  readonly ms: number;
  readonly out: string;
  readonly ok: boolean;
}

function time(cmd: string, args: string[]): Timed {
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 600_000 });
  return { ms: performance.now() - t0, out: r.stdout, ok: r.status === 0 };
}

function best(cmd: string, args: string[], runs: number): Timed {
  let b: Timed | undefined;
  for (let i = 0; i < runs; i++) {
    const t = time(cmd, args);
    if (!b || t.ms < b.ms) b = t;
  }
  return b!;
}

export async function python(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'flint-bench-py-'));
  const flint = resolve('bin/flint.mjs');
  const empty = join(dir, 'empty.py');
  writeFileSync(empty, 'pass\n');
  const flintStart = best(process.execPath, [flint, 'run', empty, '--master', 'local[1]'], 3).ms;
  const pyStart = best('python3', [empty], 3).ms;
  const rows: BenchRow[] = [];
  for (const [name, source] of Object.entries(programs)) {
    const file = join(dir, `${name.replace(/\W+/g, '_')}.py`);
    writeFileSync(file, source);
    const cp = best('python3', [file], 1);
    const fl = best(process.execPath, [flint, 'run', file, '--master', 'local[1]'], 1);
    const same = fl.ok && cp.ok && fl.out === cp.out;
    const f = Math.max(1, fl.ms - flintStart);
    const c = Math.max(1, cp.ms - pyStart);
    rows.push({
      name: `PyFlint: ${name}`,
      flint: same ? `${f.toFixed(0)} ms` : fl.ok ? 'wrong output' : 'error',
      anchor: `${c.toFixed(0)} ms (CPython)`,
      ratio: same ? `${(f / c).toFixed(2)}x` : '-',
      goal: '<= 0.33x (first: <= 1x)',
    });
  }
  return rows;
}
