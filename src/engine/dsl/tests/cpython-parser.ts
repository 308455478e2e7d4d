/**
 * Test-only parser: CPython's ast module via scripts/py-ast-json.py (the parser's own oracle),
 * used until dsl/syntax lands. Batches many sources into one python3 process.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { writeFileSync, unlinkSync } from 'node:fs';
import type * as A from '../ast';

const here = path.dirname(fileURLToPath(import.meta.url));
const script = path.resolve(here, '../../../../scripts/py-ast-json.py');

export class ParseFailure {
  constructor(readonly error: Record<string, unknown>) {}
}

export function hasPython(): boolean {
  return spawnSync('python3', ['--version']).status === 0;
}

export function parseMany(sources: string[]): (A.Module | ParseFailure)[] {
  const input = sources.map((s) => JSON.stringify(s)).join('\n');
  const tmp = path.join(process.env.TMPDIR ?? '/tmp', `pyflint-${process.pid}-${Date.now()}.jsonl`);
  writeFileSync(tmp, `${input}\n`);
  const r = spawnSync('python3', [script, '--jsonl', tmp], { encoding: 'utf8', maxBuffer: 1 << 30 });
  unlinkSync(tmp);
  if (r.status !== 0) throw new Error(`py-ast-json failed: ${r.stderr}`);
  return r.stdout
    .trim()
    .split('\n')
    .map((line) => {
      const j = JSON.parse(line) as { error?: Record<string, unknown> } & A.Module;
      return j.error ? new ParseFailure(j.error) : j;
    });
}

/** A parser for setParser that consults a cache filled by parseMany, else spawns python3. */
export function cachedParser(cache: Map<string, A.Module | ParseFailure>) {
  return (source: string, filename: string): A.Module => {
    let m = cache.get(source);
    if (!m) {
      m = parseMany([source])[0]!;
      cache.set(source, m);
    }
    if (m instanceof ParseFailure) throw { ...m.error, filename };
    return m;
  };
}
