// Test helper (plain JS so the engine's Node-free tsconfig never sees node: imports):
// runs oracle.py (numpy/scipy) on a problem; numpyAvailable() says whether it can.
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
let available = null;

export function numpyAvailable() {
  if (available === null) {
    try {
      execFileSync('python3', ['-c', 'import numpy, scipy']);
      available = true;
    } catch {
      available = false;
      console.log('ml oracle tests skipped: python3 with numpy and scipy is not available');
    }
  }
  return available;
}

export function oracle(problem) {
  return JSON.parse(execFileSync('python3', [join(here, 'oracle.py')], { input: JSON.stringify(problem) }).toString());
}

/** Deterministic pseudo-random numbers in [0, 1) (xorshift32) for test data. */
export function rng(seed) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13; s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5; s >>>= 0;
    return s / 4294967296;
  };
}
