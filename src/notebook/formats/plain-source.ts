/** A plain .py or .sql file opens as a notebook of one cell (Python, or `%sql`). */
import type { CellId } from '../model/ids';
import { newCellId, newNotebookId } from '../model/ids';
import type { CellRuntime, NotebookDoc } from '../model/notebook';
import { NOTEBOOK_FORMAT_VERSION } from '../model/notebook';
import { fileStem, normaliseNewlines } from './text-utils';
import type { ImportedNotebook } from './types';

export function readPlainSource(text: string, fileName: string, language: 'python' | 'sql'): ImportedNotebook {
  const body = normaliseNewlines(text).replace(/^\uFEFF/, '').replace(/\n+$/, '');
  const source = language === 'sql' ? (body === '' ? '%sql' : `%sql\n${body}`) : body;
  const doc: NotebookDoc = {
    formatVersion: NOTEBOOK_FORMAT_VERSION,
    id: newNotebookId(),
    title: fileStem(fileName),
    cells: [{ id: newCellId(), source, metadata: {} }],
    metadata: {},
  };
  return { doc, runtime: new Map<CellId, CellRuntime>(), format: language, warnings: [] };
}
