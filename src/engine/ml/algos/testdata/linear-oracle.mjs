// Test helper (plain JS, see oracle.mjs): runs linear-oracle.py (numpy/scipy) on a problem.
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

export function linearOracle(problem) {
  return JSON.parse(execFileSync('python3', [join(here, 'linear-oracle.py')], { input: JSON.stringify(problem) }).toString());
}
