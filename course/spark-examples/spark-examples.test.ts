/**
 * Spark's Python RDD examples (our renditions in this folder) run through the CLI as a user
 * would (`flint run X.py`) and print what PySpark prints: expected/*.txt, recorded by
 * oracle.py from CPython over a model of PySpark's partitioning. pi.py is random: its test
 * checks the format and a range. Where python3 is present the oracle is re-run, so a stale
 * expectation fails here rather than hiding a difference.
 */
import { describe, expect, it } from 'vitest';
import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readFileSync, readdirSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const here = __dirname;
const bin = join(here, '..', '..', 'bin', 'flint.mjs');
const execFileP = promisify(execFile);
const RUN_TIMEOUT = 240_000;
// Each run starts its own worker pool; more than two at once only thrashes a 2-core machine.
let running = 0;
const waiting: (() => void)[] = [];

async function flintRun(program: string): Promise<{ stdout: string; stderr: string }> {
  if (running >= 2) await new Promise<void>((resume) => waiting.push(resume));
  running++;
  try {
    return await execFileP(process.execPath, [bin, 'run', join(here, program), '--master', 'local[2]'], { encoding: 'utf8', timeout: RUN_TIMEOUT });
  } finally {
    running--;
    waiting.shift()?.();
  }
}

const runs = new Map<string, Promise<{ stdout: string; stderr: string }>>();
/** One run per program, shared by the tests that look at it. */
const ran = (program: string) => {
  if (!runs.has(program)) runs.set(program, flintRun(program));
  return runs.get(program)!;
};

const expected = (name: string) => readFileSync(join(here, 'expected', `${name}.txt`), 'utf8');

describe("Spark's RDD example programs through flint run", () => {
  for (const name of ['wordcount', 'sort', 'transitive_closure', 'pagerank', 'programming_guide']) {
    it(`${name}.py prints what PySpark prints`, async () => {
      const { stdout } = await ran(`${name}.py`);
      expect(stdout).toBe(expected(name));
    }, RUN_TIMEOUT);
  }

  it('pagerank.py warns on stderr, as Spark\'s does', async () => {
    const { stderr } = await ran('pagerank.py');
    expect(stderr).toContain('WARN: This is a naive implementation of PageRank and is given as an example!\nPlease refer to PageRank implementation provided by graphx\n');
  }, RUN_TIMEOUT);

  it('pi.py prints a Monte Carlo estimate in Spark\'s format', async () => {
    const { stdout } = await ran('pi.py');
    const m = /^Pi is roughly (\d\.\d{6})\n$/.exec(stdout);
    expect(m).not.toBeNull();
    // 200,000 darts: the estimate's standard deviation is about 0.004.
    expect(Math.abs(Number(m![1]) - Math.PI)).toBeLessThan(0.04);
  }, RUN_TIMEOUT);

  const python = spawnSync('python3', ['--version']).status === 0;
  it.skipIf(!python)('expected/*.txt are what oracle.py records now', () => {
    const copy = mkdtempSync(join(tmpdir(), 'flint-spark-examples-'));
    cpSync(join(here, 'oracle.py'), join(copy, 'oracle.py'));
    const r = spawnSync('python3', [join(copy, 'oracle.py')], {
      encoding: 'utf8',
      env: { ...process.env, PYTHONHASHSEED: '0', FLINT_DATASETS: join(here, '..', '..', 'public', 'datasets') },
    });
    expect(r.stderr).toBe('');
    for (const f of readdirSync(join(copy, 'expected'))) expect(readFileSync(join(copy, 'expected', f), 'utf8')).toBe(expected(f.replace(/\.txt$/, '')));
  });
});
