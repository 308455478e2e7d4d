/**
 * The committed baseline: the ids of cases that passed. A case in the baseline that fails
 * now is a regression and fails the build; new passes raise the baseline (outside CI the
 * runner rewrites the file so the change can be committed).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export function readBaseline(path: string): Set<string> {
  if (!existsSync(path)) return new Set();
  return new Set(readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== ''));
}

export function writeBaseline(path: string, ids: Iterable<string>): void {
  mkdirSync(dirname(path), { recursive: true });
  const sorted = [...ids].sort();
  writeFileSync(path, sorted.length ? `${sorted.join('\n')}\n` : '');
}

export interface BaselineDiff {
  readonly regressions: string[];
  readonly newPasses: string[];
}

export function diffBaseline(baseline: ReadonlySet<string>, passing: ReadonlySet<string>, ran: ReadonlySet<string>): BaselineDiff {
  return {
    regressions: [...baseline].filter((id) => ran.has(id) && !passing.has(id)).sort(),
    newPasses: [...passing].filter((id) => !baseline.has(id)).sort(),
  };
}
