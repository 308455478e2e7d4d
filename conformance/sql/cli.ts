/**
 * Prints SQL golden pass rates per set and per file, and optionally writes the baselines:
 *   npx esbuild --bundle --platform=node --format=esm conformance/sql/cli.ts --outfile=/tmp/sqlgold.mjs
 *   node /tmp/sqlgold.mjs [--filter REGEX] [--failures] [--write-baseline]   (run from the repo root)
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadRecords, runGoldenSet, SQL_SETS } from './golden';

const args = process.argv.slice(2);
const filterArg = args.indexOf('--filter');
const filter = filterArg >= 0 ? new RegExp(args[filterArg + 1]!) : undefined;
const showFailures = args.includes('--failures');
const writeBaseline = args.includes('--write-baseline');
const dir = process.env.FLINT_SHARED_CONFORMANCE ?? '/work/shared/conformance';
const root = process.cwd();

for (const set of SQL_SETS) {
  const results = runGoldenSet(set.name, loadRecords(join(dir, set.file)), filter, set.conf, set.eraColumnNames);
  const byArea = new Map<string, { pass: number; total: number }>();
  for (const r of results) {
    const a = byArea.get(r.area) ?? { pass: 0, total: 0 };
    a.total++;
    if (r.passed) a.pass++;
    byArea.set(r.area, a);
    if (showFailures && !r.passed) console.log(`  FAIL ${r.id}: ${r.detail}`);
  }
  const pass = results.filter((r) => r.passed).length;
  console.log(`${set.name}: ${pass}/${results.length} (${((100 * pass) / Math.max(1, results.length)).toFixed(1)}%)`);
  for (const [area, s] of [...byArea].sort()) console.log(`  ${area.padEnd(48)} ${String(s.pass).padStart(4)}/${s.total}`);
  if (writeBaseline && !filter) {
    const ids = results.filter((r) => r.passed).map((r) => r.id).sort();
    writeFileSync(join(root, 'conformance/baseline', `${set.name}.txt`), ids.join('\n') + '\n');
  }
}
