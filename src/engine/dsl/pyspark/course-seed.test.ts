/** The course's broadcast/accumulator notebook, cell by cell, against the outputs the course shows. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pysparkHarness } from './test-harness';

interface Seed {
  cells: [string, string][];
  errors: [string, string][];
}

const seed = JSON.parse(readFileSync(join(__dirname, 'testdata', 'course-seed.json'), 'utf8')) as Seed;

describe('course notebook 2 (broadcast variables and accumulators)', () => {
  it('prints what the course prints, cell by cell', () => {
    const h = pysparkHarness();
    for (const [code, expected] of seed.cells) {
      const r = h.run(code);
      expect(r.error, code).toBeNull();
      expect(r.output, code).toBe(`${expected}\n`);
    }
    for (const [code, last] of seed.errors) {
      const r = h.run(code);
      expect(r.error?.split('\n').pop(), code).toBe(last);
    }
  });
});
