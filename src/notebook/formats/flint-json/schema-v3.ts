/**
 * Flint JSON format version 3, frozen once released: v2 whose saved outputs may also be
 * tables (`display(df)`, `%sql` results: typed columns, the first rows, the real row count),
 * which v2 could only hold as the text of a result.
 */
import type { CellOutput } from '../../../workers/protocol';
import { arrayAt, boolAt, objectAt, stringAt } from '../validate';
import { readExecutionCount, readOutputsV3 } from './outputs-schema';
import type { FlintCellV2 } from './schema-v2';
import { WHAT, checkUniqueIds, nonEmptyId } from './schema-v1';

export interface FlintCellV3 extends Omit<FlintCellV2, 'outputs'> {
  readonly outputs?: readonly CellOutput[];
}

export interface FlintFileV3 {
  readonly formatVersion: 3;
  readonly id: string;
  readonly title: string;
  readonly cells: readonly FlintCellV3[];
  readonly metadata: Readonly<Record<string, unknown>>;
}

function validateCellV3(v: unknown, path: string): FlintCellV3 {
  const c = objectAt(v, WHAT, path);
  const cell: FlintCellV3 = {
    id: nonEmptyId(c['id'], `${path}.id`),
    source: stringAt(c['source'], WHAT, `${path}.source`),
    metadata: c['metadata'] === undefined ? {} : objectAt(c['metadata'], WHAT, `${path}.metadata`),
    ...(c['collapsed'] === undefined ? {} : { collapsed: boolAt(c['collapsed'], WHAT, `${path}.collapsed`) }),
    ...(c['outputs'] === undefined ? {} : { outputs: readOutputsV3(c['outputs'], `${path}.outputs`) }),
  };
  const count = readExecutionCount(c['executionCount'], `${path}.executionCount`);
  return count === null ? cell : { ...cell, executionCount: count };
}

export function validateV3(raw: Readonly<Record<string, unknown>>): FlintFileV3 {
  const cells = arrayAt(raw['cells'], WHAT, 'cells').map((c, i) => validateCellV3(c, `cells[${i}]`));
  checkUniqueIds(cells);
  return {
    formatVersion: 3,
    id: nonEmptyId(raw['id'], 'id'),
    title: stringAt(raw['title'], WHAT, 'title'),
    cells,
    metadata: raw['metadata'] === undefined ? {} : objectAt(raw['metadata'], WHAT, 'metadata'),
  };
}
