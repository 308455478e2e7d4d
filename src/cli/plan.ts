/**
 * What `flint run FILE` runs: a program (one script cell) or a notebook (its cells in
 * order, Markdown skipped), decided by the file's format as the notebook importer sees it.
 */
import { basename, extname } from 'node:path';
import { importNotebook, NotebookFormatError } from '../notebook/formats';
import { detectFormat } from '../notebook/formats';
import { parseCell } from '../notebook/model/cell-kind';
import type { NotebookDoc } from '../notebook/model/notebook';
import type { RunCellRequest } from '../workers/protocol';

export interface RunStep {
  readonly request: RunCellRequest | null;
  /** Printed to stderr instead of running (e.g. a %sh cell). */
  readonly notice?: string;
}

export interface RunPlan {
  readonly steps: RunStep[];
  /** Set for notebooks, so --out can write them back with outputs. */
  readonly doc: NotebookDoc | null;
}

function script(file: string, language: 'python' | 'sql' | 'ts', text: string): RunPlan {
  return { doc: null, steps: [{ request: { cellId: 'main', language, code: text, filename: file, lineOffset: 0, script: true } }] };
}

function notebookPlan(doc: NotebookDoc): RunPlan {
  const steps: RunStep[] = doc.cells.map((cell, i) => {
    const parsed = parseCell(cell.source);
    const filename = `<cell ${i + 1}>`;
    switch (parsed.kind) {
      case 'md':
        return { request: null };
      case 'unsupported':
        return { request: null, notice: `${parsed.magic} cells are not available in Flint (cell ${i + 1} skipped)` };
      case 'python':
      case 'sql':
      case 'ts':
      case 'fs':
        return { request: { cellId: cell.id, language: parsed.kind, code: parsed.body, filename, lineOffset: parsed.lineOffset } };
    }
  });
  return { doc, steps };
}

/** A plan, or the message saying why the file cannot run. */
export function planRun(file: string, text: string): RunPlan | string {
  const ext = extname(file).toLowerCase();
  if (ext === '.ts' || ext === '.mts') return script(file, 'ts', text);
  const format = detectFormat(file, text);
  try {
    switch (format) {
      case 'python':
        return script(file, 'python', text);
      case 'sql':
        return script(file, 'sql', text);
      case 'flint-json':
      case 'ipynb':
      case 'databricks-py':
      case 'databricks-sql':
        return notebookPlan(importNotebook(basename(file), text).doc);
      case 'unknown':
        return `cannot run '${basename(file)}': expected a .ts, .py or .sql program, or a notebook (.ipynb, Flint .json, Databricks .py)`;
    }
  } catch (e) {
    if (e instanceof NotebookFormatError) return `cannot open '${basename(file)}': ${e.message}`;
    throw e;
  }
}
