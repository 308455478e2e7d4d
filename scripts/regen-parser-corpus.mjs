#!/usr/bin/env node
// Records CPython's AST (or SyntaxError) for every parser corpus snippet, so the differential
// test runs where python3 is missing. Run after editing src/engine/dsl/syntax/corpus/*.
//   node scripts/regen-parser-corpus.mjs
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expectedPath, loadCorpus, snippetHash } from '../src/engine/dsl/syntax/corpus/corpus-files.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(root, 'src/engine/dsl/syntax/corpus');
const oracle = join(root, 'scripts/py-ast-json.py');

export function runOracle(sources) {
  const tmp = mkdtempSync(join(tmpdir(), 'pyflint-corpus-'));
  try {
    const file = join(tmp, 'in.jsonl');
    writeFileSync(file, sources.map((s) => JSON.stringify(s)).join('\n') + '\n');
    const out = execFileSync('python3', ['-W', 'ignore', oracle, '--jsonl', file], { encoding: 'utf8', maxBuffer: 1 << 28 });
    return out.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  mkdirSync(join(dir, 'expected'), { recursive: true });
  let total = 0;
  for (const { topic, snippets } of loadCorpus(dir)) {
    const results = runOracle(snippets);
    if (results.length !== snippets.length) throw new Error(`${topic}: oracle returned ${results.length} of ${snippets.length}`);
    const lines = snippets.map((s, k) => JSON.stringify({ hash: snippetHash(s), result: results[k] }));
    writeFileSync(expectedPath(dir, topic), lines.join('\n') + '\n');
    total += snippets.length;
  }
  console.log(`recorded ${total} snippets`);
}
