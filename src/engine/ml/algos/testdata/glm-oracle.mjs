// Test helper (plain JS, as oracle.mjs): runs glm_oracle.py (numpy/scipy) on a problem.
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

export function glmOracle(problem) {
  return JSON.parse(execFileSync('python3', [join(here, 'glm_oracle.py')], { input: JSON.stringify(problem) }).toString());
}
