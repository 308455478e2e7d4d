/**
 * Flint JSON format version 2, frozen once released: v1 plus a typed per-cell `collapsed`
 * flag (outputs hidden), which v1 could only keep as loose metadata. Written only when
 * true, so most files stay identical to v1 apart from the version number.
 */
import { arrayAt, boolAt, objectAt, stringAt } from '../validate';
import type { FlintCellV1 } from './schema-v1';
import { WHAT, checkUniqueIds, nonEmptyId, validateCellV1 } from './schema-v1';

export interface FlintCellV2 extends FlintCellV1 {
  readonly collapsed?: boolean;
}

export interface FlintFileV2 {
  readonly formatVersion: 2;
  readonly id: string;
  readonly title: string;
  readonly cells: readonly FlintCellV2[];
  readonly metadata: Readonly<Record<string, unknown>>;
}

export function validateV2(raw: Readonly<Record<string, unknown>>): FlintFileV2 {
  const cells = arrayAt(raw['cells'], WHAT, 'cells').map((c, i): FlintCellV2 => {
    const path = `cells[${i}]`;
    const base = validateCellV1(c, path);
    const collapsed = objectAt(c, WHAT, path)['collapsed'];
    return collapsed === undefined ? base : { ...base, collapsed: boolAt(collapsed, WHAT, `${path}.collapsed`) };
  });
  checkUniqueIds(cells);
  return {
    formatVersion: 2,
    id: nonEmptyId(raw['id'], 'id'),
    title: stringAt(raw['title'], WHAT, 'title'),
    cells,
    metadata: raw['metadata'] === undefined ? {} : objectAt(raw['metadata'], WHAT, 'metadata'),
  };
}
