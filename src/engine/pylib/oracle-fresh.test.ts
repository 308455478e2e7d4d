// The recorded expectations must be what scripts/pylib-oracle.py produces today: a stale
// file would keep testing against answers nobody regenerated. Runs only where the oracle
// (CPython 3.11) is installed; elsewhere the recorded files alone drive the tests.
import { execFile, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('../../../scripts/pylib-oracle.py', import.meta.url));
const dataDir = new URL('./testdata/', import.meta.url);
// Regenerating elsewhere is only meaningful on the same CPython and C library (libm results
// differ between glibc versions): otherwise the recorded files alone drive the tests.
const recordedOn = readFileSync(new URL('./testdata/platform.txt', import.meta.url), 'utf8').trim();
const probe = spawnSync('python3', [script, '--platform'], { encoding: 'utf8' });
const haveOracle = probe.status === 0 && probe.stdout.trim() === recordedOn;
const names = readdirSync(dataDir).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5));

describe.skipIf(!haveOracle)('pylib expectation files are fresh', () => {
  const regenerated = new Map<string, string>();
  beforeAll(async () => {
    // Two generators at a time: the suite runs on two cores.
    const run = promisify(execFile);
    const queue = [...names];
    const worker = async () => {
      for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
        const { stdout } = await run('python3', [script, '--print', name], { encoding: 'utf8', maxBuffer: 64 << 20 });
        regenerated.set(name, stdout);
      }
    };
    await Promise.all([worker(), worker()]);
  }, 120_000);

  for (const name of names) {
    it(`${name}.json matches the oracle script`, () => {
      const recorded = readFileSync(new URL(`${name}.json`, dataDir), 'utf8');
      expect(regenerated.get(name) === recorded, `regenerate with: python3 scripts/pylib-oracle.py ${name}`).toBe(true);
    });
  }
});
