/**
 * The migration chain of the Flint JSON format, after tldraw's versioned records: every
 * version has a frozen schema and check; a file is checked against the version it claims,
 * then migrated one step at a time up to the current version. Files from a newer Flint are
 * refused with a message saying so, rather than opened with fields silently dropped.
 */
import { NOTEBOOK_FORMAT_VERSION } from '../../model/notebook';
import { NotebookFormatError } from '../errors';
import { intAt } from '../validate';
import type { FlintFileV1 } from './schema-v1';
import { WHAT, validateV1 } from './schema-v1';
import type { FlintCellV2, FlintFileV2 } from './schema-v2';
import { validateV2 } from './schema-v2';
import type { FlintFileV3 } from './schema-v3';
import { validateV3 } from './schema-v3';

/** The shape the current version writes. Re-point this when adding a version. */
export type CurrentFlintFile = FlintFileV3;
export type AnyFlintFile = FlintFileV1 | FlintFileV2 | FlintFileV3;

type Raw = Readonly<Record<string, unknown>>;

export interface Migration {
  readonly from: number;
  readonly to: number;
  /** Why the format changed, for whoever reads the chain later. */
  readonly why: string;
  readonly up: (file: AnyFlintFile) => AnyFlintFile;
}

/** Checks per version: index = formatVersion. */
export const validators: Readonly<Record<number, (raw: Raw) => AnyFlintFile>> = {
  1: validateV1,
  2: validateV2,
  3: validateV3,
};

export const migrations: readonly Migration[] = [
  {
    from: 1,
    to: 2,
    why: 'cells gained a typed `collapsed` flag; v1 files (and Jupyter imports) kept it as metadata.collapsed',
    up: (file) => v1ToV2(file as FlintFileV1),
  },
  {
    from: 2,
    to: 3,
    why: 'outputs gained the `table` kind (display(df), %sql); v2 outputs are all still valid, and a v2 result stays text',
    up: (file) => ({ ...(file as FlintFileV2), formatVersion: 3 }),
  },
];

function v1ToV2(file: FlintFileV1): FlintFileV2 {
  const cells = file.cells.map((cell): FlintCellV2 => {
    if (cell.metadata['collapsed'] !== true) return cell;
    const { collapsed: _moved, ...metadata } = cell.metadata;
    return { ...cell, metadata, collapsed: true };
  });
  return { ...file, formatVersion: 2, cells };
}

export const OLDEST_FORMAT_VERSION = 1;

/** Checks `raw` against the version it claims and migrates it to the current version. */
export function migrateToCurrent(raw: Raw): CurrentFlintFile {
  const version = intAt(raw['formatVersion'], WHAT, 'formatVersion');
  if (version > NOTEBOOK_FORMAT_VERSION) {
    throw new NotebookFormatError(
      'newer-version',
      `This notebook was made by a newer Flint (format version ${version}; this Flint reads versions ` +
        `${OLDEST_FORMAT_VERSION} to ${NOTEBOOK_FORMAT_VERSION}). Update Flint to open it.`,
    );
  }
  const validate = validators[version];
  if (!validate) {
    throw new NotebookFormatError('invalid', `Not a valid ${WHAT}: there is no format version ${version}.`);
  }
  let file = validate(raw);
  while (file.formatVersion < NOTEBOOK_FORMAT_VERSION) {
    const from: number = file.formatVersion;
    const step = migrations.find((m) => m.from === from);
    if (!step) throw new Error(`Flint bug: no migration from notebook format version ${from}`);
    file = step.up(file);
    if (file.formatVersion !== step.to) throw new Error(`Flint bug: migration ${step.from}→${step.to} produced version ${file.formatVersion}`);
  }
  return file as CurrentFlintFile;
}
