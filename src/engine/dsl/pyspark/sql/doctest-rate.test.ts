/**
 * PySpark 3.5's recorded doctests for the SQL modules, replayed through pyspark.sql (the
 * records live in ../shared/conformance; skipped where absent). Prints the pass count per
 * area and fails if it falls below the count reached so far.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runSqlDoctests } from './doctest-runner';
import type { SqlDoctestRecord } from './doctest-runner';

const file = join(__dirname, '../../../../../../shared/conformance/pyspark-doctests.jsonl');
const AREAS = ['dataframe', 'column', 'group', 'functions'];
/** Passing examples with expected output reached so far (a regression guard; raise it as the layer grows). */
const FLOOR = 940;

describe.runIf(existsSync(file))('PySpark doctests (dataframe, column, group, functions)', () => {
  it('pass at the count reached so far', () => {
    const records = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l) as SqlDoctestRecord).filter((r) => AREAS.includes(r.area));
    const results = runSqlDoctests(records);
    const lines: string[] = [];
    for (const area of AREAS) {
      const rs = results.filter((r) => r.area === area);
      const shown = rs.filter((r) => r.printsSomething);
      lines.push(`${area}: ${rs.filter((r) => r.passed).length}/${rs.length} (with expected output: ${shown.filter((r) => r.passed).length}/${shown.length})`);
    }
    const passed = results.filter((r) => r.passed).length;
    const substantive = results.filter((r) => r.passed && r.printsSomething).length;
    lines.push(`total: ${passed}/${results.length} (with expected output: ${substantive})`);
    if (process.env.FLINT_DOCTEST_FAILURES) {
      for (const r of results.filter((x) => !x.passed)) lines.push(`FAIL ${r.id}: ${r.got.split('\n').slice(-1)[0]?.slice(0, 160)}`);
    }
    console.log(lines.join('\n'));
    expect(substantive).toBeGreaterThanOrEqual(FLOOR);
  }, 300_000);
});
