// `npm test`: every suite in turn (typecheck, lint, unit, conformance, browser e2e), then
// one summary line counting all of them. Runs every suite even after a failure, so one
// run shows everything that is wrong; exits non-zero if anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const results = join(root, 'test-results');
mkdirSync(results, { recursive: true });
const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];

function run(cmd, args, env = {}) {
  const t0 = Date.now();
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return { ok: r.status === 0, seconds: ((Date.now() - t0) / 1000).toFixed(0) };
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

function record(name, counts, ok, seconds) {
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  totals.skipped += counts.skipped;
  // A suite that failed without a failing test (a crash, a config error) still counts as one failure.
  if (!ok && counts.failed === 0) totals.failed += 1;
  lines.push(`${name.padEnd(12)} ${ok ? 'ok  ' : 'FAIL'} ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped (${seconds}s)`);
}

function step(name, cmd, args) {
  console.log(`\n=== ${name}: ${[cmd, ...args].join(' ')}`);
  const r = run(cmd, args);
  record(name, { passed: r.ok ? 1 : 0, failed: r.ok ? 0 : 1, skipped: 0 }, r.ok, r.seconds);
}

step('typecheck', 'npm', ['run', '--silent', 'typecheck']);
step('lint', 'npm', ['run', '--silent', 'lint']);

console.log('\n=== build dist-node');
step('build-node', 'node', ['scripts/build-node.mjs']);

console.log('\n=== unit tests (vitest)');
const unitJson = join(results, 'unit.json');
rmSync(unitJson, { force: true });
{
  const r = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${unitJson}`]);
  const j = readJson(unitJson);
  record('unit', { passed: j?.numPassedTests ?? 0, failed: j?.numFailedTests ?? 0, skipped: (j?.numPendingTests ?? 0) + (j?.numTodoTests ?? 0) }, r.ok, r.seconds);
}

console.log('\n=== conformance (../shared/conformance)');
const confJson = join(results, 'conformance.json');
rmSync(confJson, { force: true });
{
  const r = run('node', ['scripts/run-ts.mjs', 'conformance/run.ts']);
  const j = readJson(confJson) ?? { passed: 0, failed: 0, skipped: 0 };
  record('conformance', j, r.ok, r.seconds);
}

console.log('\n=== browser e2e (Playwright, system Chromium)');
const e2eJson = join(results, 'e2e.json');
rmSync(e2eJson, { force: true });
{
  const chrome = run('node', ['scripts/ensure-chromium.mjs']);
  if (!chrome.ok || !existsSync('/usr/bin/chromium')) {
    record('e2e', { passed: 0, failed: 1, skipped: 0 }, false, chrome.seconds);
  } else {
    const r = run('npx', ['playwright', 'test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: e2eJson });
    const s = readJson(e2eJson)?.stats;
    record('e2e', { passed: (s?.expected ?? 0) + (s?.flaky ?? 0), failed: s?.unexpected ?? 0, skipped: s?.skipped ?? 0 }, r.ok, r.seconds);
  }
}

console.log('\n=== summary');
for (const l of lines) console.log(l);
const summary = `${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`;
writeFileSync(join(results, 'summary.txt'), `${summary}\n`);
console.log(summary);
process.exitCode = totals.failed > 0 ? 1 : 0;
