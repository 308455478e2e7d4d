// Test helper (plain JS, as oracle.mjs): runs tree_oracle.py (numpy) on a problem.
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

export function treeOracle(problem) {
  return JSON.parse(execFileSync('python3', [join(here, 'tree_oracle.py')], { input: JSON.stringify(problem) }).toString());
}
