/**
 * Jupyter .ipynb (nbformat 4.x) → Flint. Code cells keep their text, so a `%sql` cell
 * written the Databricks way stays a `%sql` cell; Markdown cells become `%md` cells.
 */
import type { CellOutput } from '../../../workers/protocol';
import type { CellId, NotebookId } from '../../model/ids';
import { newCellId, newNotebookId } from '../../model/ids';
import type { CellData, CellRuntime, NotebookDoc } from '../../model/notebook';
import { NOTEBOOK_FORMAT_VERSION, restoredRuntime } from '../../model/notebook';
import { NotebookFormatError } from '../errors';
import { fileStem, markdownCell, normaliseNewlines } from '../text-utils';
import type { ImportedNotebook } from '../types';
import { arrayAt, isObject, objectAt, parseJson } from '../validate';
import { multilineAt, outputFromIpynb } from './ipynb-outputs';
import { DATABRICKS_CELL_KEY, DATABRICKS_NOTEBOOK_KEY, IPYNB_ID } from './ipynb-types';

const WHAT = 'Jupyter notebook';

type Meta = Record<string, unknown>;

export function readIpynb(text: string, fileName = 'notebook.ipynb'): ImportedNotebook {
  const nb = objectAt(parseJson(text, WHAT), WHAT, 'the top level');
  checkVersion(nb['nbformat']);
  const warnings: string[] = [];
  const runtime = new Map<CellId, CellRuntime>();
  const usedIds = new Set<string>();
  const cells = arrayAt(nb['cells'], WHAT, 'cells').flatMap((raw, i): CellData[] => {
    const path = `cells[${i}]`;
    const c = objectAt(raw, WHAT, path);
    const id = pickId(c['id'], usedIds);
    const source = normaliseNewlines(multilineAt(c['source'] ?? '', `${path}.source`));
    const { metadata, collapsed } = cellMetadata(c['metadata']);
    const base = (src: string): CellData => ({ id, source: src, metadata, ...(collapsed ? { collapsed } : {}) });
    switch (c['cell_type']) {
      case 'code': {
        const outputs: CellOutput[] = arrayAt(c['outputs'] ?? [], WHAT, `${path}.outputs`).map((o, j) =>
          outputFromIpynb(o, `${path}.outputs[${j}]`, warnings),
        );
        const count = typeof c['execution_count'] === 'number' ? c['execution_count'] : null;
        if (outputs.length > 0 || count !== null) runtime.set(id, restoredRuntime({ outputs, executionCount: count }));
        return [base(source)];
      }
      case 'markdown':
        if (isObject(c['attachments']) && Object.keys(c['attachments']).length > 0) {
          warnings.push(`Images attached to Markdown cell ${i + 1} were dropped.`);
        }
        return [base(markdownCell(source))];
      case 'raw':
        // Raw cells have no Flint counterpart; keep the text as Markdown and remember the type for export.
        warnings.push(`Raw cell ${i + 1} was imported as a Markdown cell.`);
        return [{ ...base(markdownCell(source)), metadata: { ...metadata, ipynbCellType: 'raw' } }];
      default:
        warnings.push(`Cell ${i + 1} has an unknown type ${JSON.stringify(c['cell_type'])} and was skipped.`);
        return [];
    }
  });
  const doc: NotebookDoc = {
    formatVersion: NOTEBOOK_FORMAT_VERSION,
    id: newNotebookId() as NotebookId,
    title: notebookTitle(nb['metadata'], fileName),
    cells,
    metadata: {},
  };
  return { doc, runtime, format: 'ipynb', warnings };
}

function checkVersion(v: unknown): void {
  if (v === 4) return;
  if (typeof v !== 'number') throw new NotebookFormatError('invalid', `Not a Jupyter notebook: it has no "nbformat" version.`);
  if (v < 4) {
    throw new NotebookFormatError('invalid', `This is an nbformat ${v} notebook; Flint reads nbformat 4. Open and save it in a current Jupyter to upgrade it.`);
  }
  throw new NotebookFormatError('newer-version', `This notebook uses nbformat ${v}, newer than the nbformat 4 that Flint reads.`);
}

/** Keeps the file's cell id when nbformat allows it and it is unused, so links to cells survive. */
function pickId(v: unknown, used: Set<string>): CellId {
  const id = typeof v === 'string' && IPYNB_ID.test(v) && !used.has(v) ? (v as CellId) : newCellId();
  used.add(id);
  return id;
}

function cellMetadata(v: unknown): { metadata: Meta; collapsed: boolean } {
  const { collapsed, jupyter, ...rest }: Meta = isObject(v) ? v : {};
  const metadata: Meta = { ...rest };
  const hidden = isObject(jupyter) && jupyter['outputs_hidden'] === true;
  if (isObject(jupyter)) {
    const { outputs_hidden: _h, source_hidden: _s, ...others } = jupyter;
    if (Object.keys(others).length > 0) metadata['jupyter'] = others;
  }
  const db = metadata[DATABRICKS_CELL_KEY];
  if (isObject(db)) {
    // The title moves to Flint's own key; export puts it back, so it is not kept twice.
    const { title, showTitle, ...others } = db;
    if (typeof title === 'string' && title !== '') {
      metadata['title'] = title;
      if (showTitle === false) metadata['showTitle'] = false;
    }
    if (Object.keys(others).length > 0) metadata[DATABRICKS_CELL_KEY] = others;
    else delete metadata[DATABRICKS_CELL_KEY];
  }
  return { metadata, collapsed: collapsed === true || hidden };
}

function notebookTitle(v: unknown, fileName: string): string {
  const meta = isObject(v) ? v : {};
  if (typeof meta['title'] === 'string' && meta['title'].trim() !== '') return meta['title'];
  const db = meta[DATABRICKS_NOTEBOOK_KEY];
  if (isObject(db) && typeof db['notebookName'] === 'string' && db['notebookName'] !== '') return db['notebookName'];
  return fileStem(fileName);
}
