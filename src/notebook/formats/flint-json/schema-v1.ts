/**
 * Flint JSON format version 1, frozen: the first committed notebook model. Never edit
 * these types or this check; files written in this shape must keep opening (see
 * ../fixtures/flint-v1-*.json). Changes go into a new version plus a migration.
 */
import { arrayAt, invalid, objectAt, stringAt } from '../validate';
import type { OutputV1 } from './outputs-schema';
import { readExecutionCount, readOutputsV1 } from './outputs-schema';

export const WHAT = 'Flint notebook';

export interface FlintCellV1 {
  readonly id: string;
  readonly source: string;
  readonly metadata: Readonly<Record<string, unknown>>;
  readonly outputs?: readonly OutputV1[];
  readonly executionCount?: number | null;
}

export interface FlintFileV1 {
  readonly formatVersion: 1;
  readonly id: string;
  readonly title: string;
  readonly cells: readonly FlintCellV1[];
  readonly metadata: Readonly<Record<string, unknown>>;
}

export function validateV1(raw: Readonly<Record<string, unknown>>): FlintFileV1 {
  const cells = arrayAt(raw['cells'], WHAT, 'cells').map((c, i) => validateCellV1(c, `cells[${i}]`));
  checkUniqueIds(cells);
  return {
    formatVersion: 1,
    id: nonEmptyId(raw['id'], 'id'),
    title: stringAt(raw['title'], WHAT, 'title'),
    cells,
    metadata: raw['metadata'] === undefined ? {} : objectAt(raw['metadata'], WHAT, 'metadata'),
  };
}

export function validateCellV1(v: unknown, path: string): FlintCellV1 {
  const c = objectAt(v, WHAT, path);
  const cell: FlintCellV1 = {
    id: nonEmptyId(c['id'], `${path}.id`),
    source: stringAt(c['source'], WHAT, `${path}.source`),
    metadata: c['metadata'] === undefined ? {} : objectAt(c['metadata'], WHAT, `${path}.metadata`),
  };
  const withOutputs = c['outputs'] === undefined ? cell : { ...cell, outputs: readOutputsV1(c['outputs'], `${path}.outputs`) };
  const count = readExecutionCount(c['executionCount'], `${path}.executionCount`);
  return count === null ? withOutputs : { ...withOutputs, executionCount: count };
}

export function nonEmptyId(v: unknown, path: string): string {
  const s = stringAt(v, WHAT, path);
  if (s === '') throw invalid(WHAT, path, 'a non-empty id', s);
  return s;
}

export function checkUniqueIds(cells: readonly { readonly id: string }[]): void {
  const seen = new Map<string, number>();
  cells.forEach((c, i) => {
    const first = seen.get(c.id);
    if (first !== undefined) throw invalid(WHAT, `cells[${i}].id`, `unique (cells[${first}] has the same id)`, c.id);
    seen.set(c.id, i);
  });
}
