/**
 * PySpark's own doctests for rdd, context, broadcast and accumulators, replayed through this
 * layer (the records live in ../shared/conformance; skipped where they are absent). Prints
 * the pass rate per area and fails if it falls below the rate this layer has reached.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDoctests } from './doctest-runner';
import type { DoctestRecord } from './doctest-runner';

const file = join(__dirname, '../../../../../shared/conformance/pyspark-doctests.jsonl');
const AREAS = ['rdd', 'context', 'broadcast', 'accumulator'];
/** The pass rate reached so far (a regression guard; raise it as the layer grows). */
const FLOOR = 0.9;

describe.runIf(existsSync(file))('PySpark doctests (rdd, context, broadcast, accumulator)', () => {
  it('pass at the rate reached so far', () => {
    const records = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l) as DoctestRecord).filter((r) => AREAS.includes(r.area));
    const results = runDoctests(records);
    const lines: string[] = [];
    for (const area of AREAS) {
      const rs = results.filter((r) => r.area === area);
      lines.push(`${area}: ${rs.filter((r) => r.passed).length}/${rs.length}`);
    }
    const passed = results.filter((r) => r.passed).length;
    lines.push(`total: ${passed}/${results.length} (${((100 * passed) / results.length).toFixed(1)}%)`);
    if (process.env.FLINT_DOCTEST_FAILURES) {
      for (const r of results.filter((x) => !x.passed)) lines.push(`FAIL ${r.id}: ${r.got.split('\n').slice(-1)[0]?.slice(0, 160)}`);
    }
    console.log(lines.join('\n'));
    expect(passed / results.length).toBeGreaterThanOrEqual(FLOOR);
  }, 120_000);
});
