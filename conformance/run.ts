/**
 * `npm run test:conformance`: runs Spark's recorded outputs (../shared/conformance)
 * through Flint, prints pass counts per area, and checks the committed baselines.
 * Options: --suite NAME, --filter REGEX (case ids), --list-failures.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { suites } from './suites';
import { diffBaseline, readBaseline, writeBaseline } from './baseline';
import type { CaseResult } from './suite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const only = opt('--suite');
const filterText = opt('--filter');
const filter = filterText ? new RegExp(filterText) : undefined;
const listFailures = args.includes('--list-failures');
const sharedDir = process.env.FLINT_CONFORMANCE_DIR ?? join(root, '..', 'shared', 'conformance');
const inCi = Boolean(process.env.CI);

function pct(n: number, d: number): string {
  return d === 0 ? '-' : `${((100 * n) / d).toFixed(1)}%`;
}

function report(name: string, results: readonly CaseResult[]): void {
  const areas = new Map<string, { passed: number; total: number }>();
  for (const r of results) {
    const a = areas.get(r.area) ?? { passed: 0, total: 0 };
    a.total++;
    if (r.passed) a.passed++;
    areas.set(r.area, a);
  }
  const passed = results.filter((r) => r.passed).length;
  console.log(`\n${name}: ${passed}/${results.length} passed (${pct(passed, results.length)})`);
  for (const [area, a] of [...areas].sort()) console.log(`  ${area.padEnd(28)} ${String(a.passed).padStart(5)}/${String(a.total).padEnd(5)} ${pct(a.passed, a.total).padStart(6)}`);
  if (listFailures) for (const r of results) if (!r.passed) console.log(`  FAIL ${r.id}: ${r.detail ?? ''}`);
}

async function main(): Promise<number> {
  if (!existsSync(sharedDir)) {
    console.log(`conformance: skipped, ${sharedDir} is absent (clone ../shared beside this repo to run Spark's recorded outputs)`);
    mkdirSync(join(root, 'test-results'), { recursive: true });
    writeFileSync(join(root, 'test-results', 'conformance.json'), JSON.stringify({ passed: 0, failed: 0, skipped: 1 }));
    return 0;
  }
  let checks = 0;
  let failedChecks = 0;
  for (const suite of suites) {
    if (only && suite.name !== only) continue;
    const results = await suite.run(sharedDir, { filter });
    checks++;
    if (results === null) {
      console.log(`\n${suite.name}: skipped (its files are absent)`);
      continue;
    }
    report(suite.name, results);
    const baselinePath = join(root, 'conformance', 'baseline', `${suite.name}.txt`);
    const baseline = readBaseline(baselinePath);
    const passing = new Set(results.filter((r) => r.passed).map((r) => r.id));
    const ran = new Set(results.map((r) => r.id));
    const { regressions, newPasses } = diffBaseline(baseline, passing, ran);
    if (regressions.length > 0) {
      failedChecks++;
      console.log(`  REGRESSION: ${regressions.length} case(s) of the baseline now fail:`);
      for (const id of regressions.slice(0, 50)) console.log(`    ${id}`);
    }
    if (newPasses.length > 0) {
      if (!inCi && !filter) {
        writeBaseline(baselinePath, new Set([...baseline, ...passing]));
        console.log(`  baseline raised by ${newPasses.length}: commit conformance/baseline/${suite.name}.txt`);
      } else {
        console.log(`  ${newPasses.length} new pass(es) beyond the baseline (run locally to raise it)`);
      }
    }
  }
  mkdirSync(join(root, 'test-results'), { recursive: true });
  writeFileSync(join(root, 'test-results', 'conformance.json'), JSON.stringify({ passed: checks - failedChecks, failed: failedChecks, skipped: 0 }));
  return failedChecks > 0 ? 1 : 0;
}

process.exitCode = await main();
