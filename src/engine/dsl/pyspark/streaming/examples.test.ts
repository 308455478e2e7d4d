/**
 * The streaming example programs (examples/*.py, our own takes on Spark's
 * examples/src/main/python/streaming) run headless with `flint run`, batches driven by the
 * driver's background runner during time.sleep. Word counts are checked against a CPython
 * oracle of the same lines (examples/oracle.py); batch times are real, so only their shape is.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..', '..', '..', '..');
const examples = join(__dirname, 'examples');

function flint(program: string, cwd = root): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [join(root, 'bin', 'flint.mjs'), 'run', program, '--master', 'local[2]'], { cwd, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function oracle(program: string): Record<string, number> {
  const r = spawnSync('python3', [join(examples, 'oracle.py'), program], { encoding: 'utf8' });
  return JSON.parse(r.stdout) as Record<string, number>;
}

const HEADER = /-{43}\nTime: (\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)\n-{43}\n/g;

/** pprint's blocks: [time, records] in order. */
function blocks(out: string): [string, string[]][] {
  const parts = out.split(HEADER);
  const res: [string, string[]][] = [];
  for (let i = 1; i < parts.length; i += 2) res.push([parts[i]!, parts[i + 1]!.split('\n').filter((l) => l !== '')]);
  return res;
}

function pairs(records: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of records) {
    const m = /^\('?(.*?)'?, (\d+)\)$/.exec(r);
    if (!m) throw new Error(`not a (key, count) record: ${r}`);
    out[m[1]!] = Number(m[2]);
  }
  return out;
}

function add(into: Record<string, number>, more: Record<string, number>): Record<string, number> {
  for (const [k, v] of Object.entries(more)) into[k] = (into[k] ?? 0) + v;
  return into;
}

const seconds = (t: string) => Date.parse(`${t.replace(' ', 'T')}Z`) / 1000;

function consecutive(times: string[]): boolean {
  return times.every((t, i) => i === 0 || seconds(t) - seconds(times[i - 1]!) === 1);
}

describe('streaming examples under flint run', () => {
  it('queue_stream: five batches of 100 per residue, then empty batches', () => {
    const r = flint(join(examples, 'queue_stream.py'));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const b = blocks(r.stdout);
    const full = b.filter(([, recs]) => recs.length > 0);
    expect(full).toHaveLength(5);
    for (const [, recs] of full) expect(pairs(recs)).toEqual({ 0: 100, 1: 100, 2: 100, 3: 100, 4: 100, 5: 100, 6: 100, 7: 100, 8: 100, 9: 100 });
    expect(b.indexOf(full[0]!)).toBe(0);
    expect(consecutive(b.map(([t]) => t))).toBe(true);
  }, 120_000);

  it('hdfs_wordcount: every file moved into the directory is counted once', () => {
    const program = join(examples, 'hdfs_wordcount.py');
    const r = flint(program);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const b = blocks(r.stdout);
    expect(b.filter(([, recs]) => recs.length > 0)).toHaveLength(3);
    expect(b.reduce((acc, [, recs]) => add(acc, pairs(recs)), {} as Record<string, number>)).toEqual(oracle(program));
    expect(consecutive(b.map(([t]) => t))).toBe(true);
  }, 120_000);

  it('stateful_network_wordcount: the running state ends at the initial counts plus every word sent', () => {
    const program = join(examples, 'stateful_network_wordcount.py');
    const r = flint(program);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const b = blocks(r.stdout).map(([, recs]) => pairs(recs));
    expect(b.at(-1)).toEqual(add(oracle(program), { hello: 1, world: 1 }));
    // State only grows: each batch's counts are at least the previous batch's.
    for (let i = 1; i < b.length; i++) for (const [k, v] of Object.entries(b[i - 1]!)) expect(b[i]![k]).toBeGreaterThanOrEqual(v);
  }, 120_000);

  it('sql_network_wordcount: the per-batch SQL tables add up to every word sent', () => {
    const program = join(examples, 'sql_network_wordcount.py');
    const r = flint(program);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^========= \d{4}-\d\d-\d\d \d\d:\d\d:\d\d =========\n/);
    const totals: Record<string, number> = {};
    for (const m of r.stdout.matchAll(/^\|\s*(\S+)\|\s*(\d+)\|$/gm)) add(totals, { [m[1]!]: Number(m[2]) });
    expect(r.stdout).toContain('+-----+-----+\n| word|total|\n+-----+-----+\n');
    expect(totals).toEqual(oracle(program));
  }, 120_000);

  it('recoverable_network_wordcount: a second run recovers from the checkpoint instead of creating a context', () => {
    // Both runs need the same storage: a directory on disk (flint run mounts its cwd).
    const dir = mkdtempSync(join(tmpdir(), 'flint-recoverable-'));
    const program = join(dir, 'recoverable.py');
    writeFileSync(program, readFileSync(join(examples, 'recoverable_network_wordcount.py'), 'utf8').replaceAll('/tmp/recoverable-wordcount', `${dir}/state`));
    const first = flint(program, dir);
    expect(first.stderr).toBe('');
    expect(first.stdout.startsWith('Creating new context\n')).toBe(true);
    const second = flint(program, dir);
    expect(second.stderr).toBe('');
    expect(second.stdout).not.toContain('Creating new context');
    const sent = oracle(program);
    const excluded = ['a', 'b', 'c'];
    const kept = Object.fromEntries(Object.entries(sent).filter(([w]) => !excluded.includes(w)));
    const dropped = excluded.reduce((n, w) => n + (sent[w] ?? 0), 0);
    for (const run of [first, second]) {
      const counted: Record<string, number> = {};
      for (const m of run.stdout.matchAll(/^Counts at time \S+ \S+ \[(.*)\]$/gm)) for (const p of m[1]!.matchAll(/\('(\w+)', (\d+)\)/g)) add(counted, { [p[1]!]: Number(p[2]) });
      expect(counted).toEqual(kept);
      expect(run.stdout.trimEnd().split('\n').at(-1)).toBe(`Dropped ${dropped} word(s) totally`);
    }
    // The output file has the lines of both runs (the first run's setup function emptied it).
    const lines = readFileSync(join(dir, 'state', 'counts.txt'), 'utf8').trimEnd().split('\n');
    const printed = [first, second].flatMap((run) => run.stdout.split('\n').filter((l) => l.startsWith('Counts at time')));
    expect(lines).toEqual(printed);
  }, 180_000);
});
