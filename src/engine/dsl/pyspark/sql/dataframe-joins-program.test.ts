/**
 * testdata/dataframe-joins.py run headless with `flint run` (the Node build, dist-node) prints
 * what PySpark 3.5 prints for it (testdata/dataframe-joins.expected.txt): joins written with
 * DataFrame columns, drop, filter, groupBy, three-way and self-joins, and the mistakes' errors.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..', '..', '..', '..');
const program = join(__dirname, 'testdata', 'dataframe-joins.py');

describe('dataframe-joins.py', () => {
  it('prints what PySpark prints', () => {
    const r = spawnSync(process.execPath, [join(root, 'bin', 'flint.mjs'), 'run', program], { cwd: root, encoding: 'utf8', timeout: 120_000 });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(readFileSync(join(__dirname, 'testdata', 'dataframe-joins.expected.txt'), 'utf8'));
  }, 150_000);
});
