/** Flint's own notebook file: the current format version, outputs optional. */
import type { CellId, NotebookId } from '../../model/ids';
import type { CellData, CellRuntime, NotebookDoc } from '../../model/notebook';
import { NOTEBOOK_FORMAT_VERSION, restoredRuntime, runtimeOf } from '../../model/notebook';
import { NotebookFormatError } from '../errors';
import type { ExportOptions, ImportedNotebook } from '../types';
import { isObject, parseJson } from '../validate';
import type { CurrentFlintFile } from './migrations';
import { migrateToCurrent } from './migrations';
import type { FlintCellV3 } from './schema-v3';

/** Checks and migrates an already-parsed value (a file, a share link, a stored record). */
export function readFlintObject(raw: unknown): ImportedNotebook {
  if (!isObject(raw) || !('formatVersion' in raw)) {
    throw new NotebookFormatError('invalid', 'Not a Flint notebook: the file has no "formatVersion".');
  }
  const file = migrateToCurrent(raw);
  const runtime = new Map<CellId, CellRuntime>();
  const cells = file.cells.map((c): CellData => {
    const id = c.id as CellId;
    if (c.outputs !== undefined || c.executionCount !== undefined) {
      runtime.set(id, restoredRuntime({ outputs: c.outputs ?? [], executionCount: c.executionCount ?? null }));
    }
    const cell: CellData = { id, source: c.source, metadata: c.metadata };
    return c.collapsed ? { ...cell, collapsed: true } : cell;
  });
  const doc: NotebookDoc = {
    formatVersion: NOTEBOOK_FORMAT_VERSION,
    id: file.id as NotebookId,
    title: file.title,
    cells,
    metadata: file.metadata,
  };
  return { doc, runtime, format: 'flint-json', warnings: [] };
}

export function readFlintJson(text: string): ImportedNotebook {
  return readFlintObject(parseJson(text, 'Flint notebook'));
}

export function toFlintFile(doc: NotebookDoc, options: ExportOptions = {}): CurrentFlintFile {
  const cells = doc.cells.map((c): FlintCellV3 => {
    const base: FlintCellV3 = { id: c.id, source: c.source, metadata: c.metadata, ...(c.collapsed ? { collapsed: true } : {}) };
    const saved = options.withOutputs ? runtimeOf(options.runtime, c.id) : undefined;
    if (!saved) return base;
    return { ...base, outputs: saved.outputs, ...(saved.executionCount !== null ? { executionCount: saved.executionCount } : {}) };
  });
  return { formatVersion: NOTEBOOK_FORMAT_VERSION, id: doc.id, title: doc.title, cells, metadata: doc.metadata };
}

export function writeFlintJson(doc: NotebookDoc, options: ExportOptions = {}): string {
  return `${JSON.stringify(toFlintFile(doc, options), null, 2)}\n`;
}
