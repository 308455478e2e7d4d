/**
 * The fuzz test: 10,000 seeded programs (mutants of the differential suite's programs and
 * programs from a grammar) each end in success or a Python exception — never a JS error, a host
 * crash or a hang. FUZZ_SEED and FUZZ_COUNT run other or longer campaigns by hand.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { campaign, runProgram } from './runner';
import { setParser } from '../index';

const here = path.dirname(fileURLToPath(import.meta.url));
const dir = path.join(here, '..', 'tests', 'programs');
const corpus = process.env.FUZZ_GENERATED_ONLY ? [] : readdirSync(dir).filter((n) => n.endsWith('.py')).sort().map((n) => readFileSync(path.join(dir, n), 'utf8'));

setParser(null);

describe('PyFlint fuzz', () => {
  it('stops runaway programs with the step limit, even under a bare except', () => {
    expect(runProgram('while True:\n    pass\n', { steps: 10_000 })).toEqual({ kind: 'exception', ename: 'StepLimitExceeded' });
    const stubborn = 'while True:\n    try:\n        while True:\n            pass\n    except:\n        pass\n';
    expect(runProgram(stubborn, { steps: 10_000 })).toEqual({ kind: 'exception', ename: 'StepLimitExceeded' });
    expect(runProgram('def f():\n    return f()\nf()\n', { steps: 1e9 })).toEqual({ kind: 'exception', ename: 'RecursionError' });
    expect(runProgram('import itertools\nprint(len([x for x in itertools.count()]))\n', { steps: 10_000 })).toEqual({ kind: 'exception', ename: 'StepLimitExceeded' });
    expect(runProgram('print(sum(range(10)))\n', { steps: 10_000 })).toEqual({ kind: 'ok' });
  });

  // Crashes the fuzzer found that have no CPython behaviour to record (CPython takes minutes).
  it('turns V8 size limits into MemoryError', () => {
    expect(runProgram('x = 2 ** 10 ** 20\n', { steps: 10_000 })).toEqual({ kind: 'exception', ename: 'MemoryError' });
    expect(runProgram("x = 'ab' * 2 ** 40\n", { steps: 10_000 })).toEqual({ kind: 'exception', ename: 'MemoryError' });
  });

  it('10,000 random and mutated programs raise only Python exceptions', () => {
    const seed = Number(process.env.FUZZ_SEED ?? 20261130);
    const count = Number(process.env.FUZZ_COUNT ?? 10_000);
    const t0 = Date.now();
    const r = campaign({ seed, count, corpus, steps: 5_000, hangMs: 5_000 });
    const counts = [...r.outcomes].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ');
    console.log(`fuzz seed ${seed}: ${r.programs} programs in ${Date.now() - t0} ms (slowest ${r.slowestMs} ms): ${counts}`);
    // One example per kind of crash, the shortest program first, so a failure reads as a bug list.
    const kinds = new Map<string, { n: number; index: number; source: string }>();
    for (const c of r.crashes) {
      const kind = c.detail.replace(/'[^']*'|"[^"]*"|\d+/g, '_');
      const k = kinds.get(kind);
      if (!k || c.source.length < k.source.length) kinds.set(kind, { n: (k?.n ?? 0) + 1, index: c.index, source: c.source });
      else k.n++;
    }
    const report = [...kinds].map(([kind, k]) => `${k.n}x ${kind}\n#${k.index}:\n${k.source}`);
    expect(report, `${r.crashes.length} crashes`).toEqual([]);
  }, 300_000);
});
