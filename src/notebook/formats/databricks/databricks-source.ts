/**
 * Databricks "source" notebooks: one text file, a header line, cells separated by
 * `COMMAND ----------` lines, magic cells commented out line by line with `MAGIC`, and a
 * `DBTITLE 1,Title` line carrying the cell title. Python notebooks (.py) comment with `#`,
 * SQL notebooks (.sql) with `--` and treat a cell without magic as SQL.
 */
import { parseCell } from '../../model/cell-kind';
import type { CellId } from '../../model/ids';
import { newCellId, newNotebookId } from '../../model/ids';
import type { CellData, CellRuntime, NotebookDoc } from '../../model/notebook';
import { NOTEBOOK_FORMAT_VERSION } from '../../model/notebook';
import { NotebookFormatError } from '../errors';
import { fileStem, normaliseNewlines } from '../text-utils';
import type { ImportedNotebook } from '../types';

export type DatabricksLanguage = 'python' | 'sql';

const comment: Record<DatabricksLanguage, string> = { python: '#', sql: '--' };

export function databricksHeader(language: DatabricksLanguage): string {
  return `${comment[language]} Databricks notebook source`;
}

/** The language of a Databricks source file, from its first line, or null if it is not one. */
export function databricksLanguageOf(text: string): DatabricksLanguage | null {
  const first = /^\uFEFF?([^\r\n]*)/.exec(text)![1]!.trim();
  if (first === databricksHeader('python')) return 'python';
  if (first === databricksHeader('sql')) return 'sql';
  return null;
}

export function readDatabricksSource(text: string, fileName = 'notebook.py'): ImportedNotebook {
  const language = databricksLanguageOf(text);
  if (language === null) {
    throw new NotebookFormatError('invalid', 'Not a Databricks source notebook: the first line should be "# Databricks notebook source".');
  }
  const c = comment[language];
  const separator = new RegExp(`^${escapeRe(c)} COMMAND -{3,}\\s*$`);
  const lines = normaliseNewlines(text).split('\n').slice(1);
  const chunks: string[][] = [[]];
  for (const line of lines) {
    if (separator.test(line)) chunks.push([]);
    else chunks[chunks.length - 1]!.push(line);
  }
  const cells = chunks.map((chunk) => readCell(trimBlankLines(chunk), c, language));
  if (cells.length === 1 && cells[0]!.source === '' && Object.keys(cells[0]!.metadata).length === 0) cells.pop();
  const doc: NotebookDoc = { formatVersion: NOTEBOOK_FORMAT_VERSION, id: newNotebookId(), title: fileStem(fileName), cells, metadata: {} };
  return { doc, runtime: new Map<CellId, CellRuntime>(), format: language === 'sql' ? 'databricks-sql' : 'databricks-py', warnings: [] };
}

function readCell(lines: string[], c: string, language: DatabricksLanguage): CellData {
  const metadata: Record<string, unknown> = {};
  const title = new RegExp(`^${escapeRe(c)} DBTITLE (\\d+),(.*)$`).exec(lines[0] ?? '');
  if (title) {
    metadata['title'] = title[2]!.trim();
    if (title[1] === '0') metadata['showTitle'] = false;
    lines = lines.slice(1);
  }
  const magicLine = new RegExp(`^${escapeRe(c)} MAGIC(?: |$)`);
  const isMagic = lines.length > 0 && lines.every((l) => l.trim() === '' || magicLine.test(l));
  let source: string;
  if (isMagic) {
    const body = lines.map((l) => l.replace(magicLine, ''));
    // Databricks sometimes writes blank MAGIC lines above the magic itself.
    while (body.length > 1 && body[0]!.trim() === '' && /^\s*%/.test(body.find((l) => l.trim() !== '') ?? '')) body.shift();
    source = body.join('\n');
  } else {
    source = lines.join('\n');
    if (language === 'sql' && source !== '') source = `%sql\n${source}`;
  }
  return { id: newCellId(), source, metadata };
}

function trimBlankLines(lines: string[]): string[] {
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start]!.trim() === '') start++;
  while (end > start && lines[end - 1]!.trim() === '') end--;
  return lines.slice(start, end);
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
}

/** A Python source notebook. Outputs and collapsed flags have no place in this format. */
export function writeDatabricksPy(doc: NotebookDoc): string {
  const cells = doc.cells.map(writeCell);
  return `${databricksHeader('python')}\n${cells.join('\n\n# COMMAND ----------\n\n')}\n`;
}

function writeCell(cell: CellData): string {
  const lines: string[] = [];
  const title = cell.metadata['title'];
  if (typeof title === 'string' && title !== '') {
    lines.push(`# DBTITLE ${cell.metadata['showTitle'] === false ? 0 : 1},${title.replace(/\s*\n\s*/g, ' ')}`);
  }
  const source = cell.source.split('\n');
  // MAGIC lines are never blank, so blank lines at the ends of a magic cell survive a round
  // trip; at the ends of a Python cell they would be read back as cell spacing, so drop them.
  if (parseCell(cell.source).magic !== null) lines.push(...source.map((l) => (l === '' ? '# MAGIC' : `# MAGIC ${l}`)));
  else lines.push(...trimBlankLines(source));
  return lines.join('\n');
}
