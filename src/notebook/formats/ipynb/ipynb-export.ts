/** Flint → Jupyter .ipynb (nbformat 4.5, Python 3 kernel). */
import type { CellData, NotebookDoc } from '../../model/notebook';
import { runtimeOf } from '../../model/notebook';
import { isPlainMarkdownCell, markdownText } from '../text-utils';
import type { ExportOptions } from '../types';
import { outputToIpynb } from './ipynb-outputs';
import type { IpynbCell, IpynbNotebook } from './ipynb-types';
import { DATABRICKS_CELL_KEY, IPYNB_ID, toMultiline } from './ipynb-types';

export function toIpynb(doc: NotebookDoc, options: ExportOptions = {}): IpynbNotebook {
  const used = new Set<string>();
  const cells = doc.cells.map((cell, i): IpynbCell => {
    const id = exportId(cell.id, i, used);
    const metadata = exportMetadata(cell);
    if (isPlainMarkdownCell(cell.source)) {
      const { ipynbCellType, ...rest } = metadata;
      const text = toMultiline(markdownText(cell.source));
      return ipynbCellType === 'raw' ? { cell_type: 'raw', id, metadata: rest, source: text } : { cell_type: 'markdown', id, metadata: rest, source: text };
    }
    const saved = options.withOutputs ? runtimeOf(options.runtime, cell.id) : undefined;
    const count = saved?.executionCount ?? null;
    return {
      cell_type: 'code',
      id,
      metadata,
      source: toMultiline(cell.source),
      outputs: saved ? saved.outputs.map((o) => outputToIpynb(o, count)) : [],
      execution_count: count,
    };
  });
  return {
    nbformat: 4,
    nbformat_minor: 5,
    metadata: {
      kernelspec: { name: 'python3', display_name: 'Python 3', language: 'python' },
      language_info: { name: 'python' },
      title: doc.title,
    },
    cells,
  };
}

export function writeIpynb(doc: NotebookDoc, options: ExportOptions = {}): string {
  return `${JSON.stringify(toIpynb(doc, options), null, 1)}\n`;
}

function exportId(id: string, index: number, used: Set<string>): string {
  let out = IPYNB_ID.test(id) ? id : `cell-${index}`;
  while (used.has(out)) out = `${out.slice(0, 56)}-${index}`;
  used.add(out);
  return out;
}

/** Cell metadata, with the title where Databricks looks for it and the collapsed flag where Jupyter does. */
function exportMetadata(cell: CellData): Record<string, unknown> {
  const { title, showTitle, ...rest } = cell.metadata;
  const out: Record<string, unknown> = { ...rest };
  if (typeof title === 'string' && title !== '') {
    const prior = out[DATABRICKS_CELL_KEY];
    out[DATABRICKS_CELL_KEY] = { ...(typeof prior === 'object' && prior !== null ? prior : {}), title, showTitle: showTitle !== false };
  }
  if (cell.collapsed) out['collapsed'] = true;
  return out;
}
