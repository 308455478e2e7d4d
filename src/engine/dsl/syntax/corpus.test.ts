// Differential test: every corpus snippet parses to exactly CPython 3.11's AST (positions
// included), or fails with CPython's SyntaxError type, message, line and offset. Expectations
// are recorded by scripts/regen-parser-corpus.mjs; where python3 exists they are re-checked.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectedPath, loadCorpus, snippetHash } from './corpus/corpus-files.mjs';
import { PySyntaxError } from './errors';
import { parseModule } from './parse';

const dir = join(__dirname, 'corpus');
const corpus = loadCorpus(dir);
const knownFailuresFile = join(dir, 'known-failures.json');
const knownFailures: Record<string, string> = existsSync(knownFailuresFile) ? JSON.parse(readFileSync(knownFailuresFile, 'utf8')) : {};

interface Expected {
  hash: string;
  result: unknown;
}

function expectations(topic: string): Expected[] {
  const path = expectedPath(dir, topic);
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8').split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as Expected);
}

function ours(src: string): unknown {
  try {
    return JSON.parse(JSON.stringify(parseModule(src)));
  } catch (e) {
    if (!(e instanceof PySyntaxError)) return { crash: String(e) };
    return { error: { type: e.type, msg: e.msg, lineno: e.lineno, offset: e.offset } };
  }
}

function comparable(result: unknown): unknown {
  const r = result as { error?: { type: string; msg: string; lineno: number; offset: number } };
  if (!r.error) return result;
  const { type, msg, lineno, offset } = r.error;
  return { error: { type, msg, lineno, offset } };
}

/** Path of the first difference, for a readable failure list. */
function firstDiff(a: unknown, b: unknown, path = ''): string | null {
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') {
    return JSON.stringify(a) === JSON.stringify(b) ? null : `${path}: ours ${JSON.stringify(a)?.slice(0, 160)} cpython ${JSON.stringify(b)?.slice(0, 160)}`;
  }
  const keys = new Set([...Object.keys(a as object), ...Object.keys(b as object)]);
  for (const k of keys) {
    const d = firstDiff((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`);
    if (d) return d;
  }
  return null;
}

const cases = corpus.flatMap(({ topic, snippets }) => {
  const exp = expectations(topic);
  return snippets.map((src, k) => ({ id: `${topic}#${k}`, src, expected: exp[k] }));
});

describe('parser corpus vs CPython 3.11', () => {
  it('has at least 600 snippets, each with a fresh recorded expectation', () => {
    expect(cases.length).toBeGreaterThanOrEqual(600);
    const stale = cases.filter((c) => !c.expected || c.expected.hash !== snippetHash(c.src)).map((c) => c.id);
    expect(stale, 'run: node scripts/regen-parser-corpus.mjs').toEqual([]);
  });

  it('matches CPython on every snippet not listed in known-failures.json', () => {
    const mismatches: string[] = [];
    let valid = 0;
    let validOk = 0;
    let errors = 0;
    let errorsOk = 0;
    for (const c of cases) {
      const want = comparable(c.expected.result);
      const got = ours(c.src);
      const isError = (want as { error?: unknown }).error !== undefined;
      const diff = firstDiff(got, want);
      if (isError) {
        errors++;
        if (!diff) errorsOk++;
      } else {
        valid++;
        if (!diff) validOk++;
      }
      if (diff && !(c.id in knownFailures)) mismatches.push(`${c.id} ${JSON.stringify(c.src).slice(0, 80)}\n    ${diff}`);
    }
    console.log(`parser corpus: valid ${validOk}/${valid}, errors ${errorsOk}/${errors}`);
    expect(mismatches).toEqual([]);
  });

  it('lists only snippets that still fail as known failures', () => {
    const fixed = cases.filter((c) => c.id in knownFailures && !firstDiff(ours(c.src), comparable(c.expected.result))).map((c) => c.id);
    const unknown = Object.keys(knownFailures).filter((id) => !cases.some((c) => c.id === id));
    expect({ fixed, unknown }).toEqual({ fixed: [], unknown: [] });
  });

  const hasPython = (() => {
    try {
      execFileSync('python3', ['--version']);
      return true;
    } catch {
      return false;
    }
  })();

  it.runIf(hasPython)('recorded expectations equal a fresh run of the oracle', async () => {
    const { runOracle } = await import('../../../../scripts/regen-parser-corpus.mjs');
    const fresh: unknown[] = runOracle(cases.map((c) => c.src));
    const stale = cases.filter((c, k) => firstDiff(c.expected.result, fresh[k]) !== null).map((c) => c.id);
    expect(stale, 'run: node scripts/regen-parser-corpus.mjs').toEqual([]);
  });
});
