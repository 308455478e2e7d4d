/** Reading the PySpark doctest records (see ../shared/conformance/README.md). */
import { readFileSync } from 'node:fs';

export interface DoctestRecord {
  readonly id: string;
  readonly source: string;
  readonly area: string;
  readonly setup: readonly string[];
  readonly code: string;
  readonly expected: string;
  readonly flags: readonly string[];
  readonly exception: boolean;
  readonly module_flags: readonly string[];
}

export function readDoctests(path: string): DoctestRecord[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as DoctestRecord);
}

/** Examples grouped by docstring, in order: doctest shares state within one docstring only. */
export function byDocstring(records: readonly DoctestRecord[]): DoctestRecord[][] {
  const groups = new Map<string, DoctestRecord[]>();
  for (const r of records) {
    const key = r.id.slice(0, r.id.lastIndexOf(':'));
    const g = groups.get(key) ?? [];
    g.push(r);
    groups.set(key, g);
  }
  return [...groups.values()];
}
