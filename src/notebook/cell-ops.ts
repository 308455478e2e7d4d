/**
 * Structural edits of the notebook — move, duplicate, delete with undo, change language —
 * as store actions, so keyboard shortcuts and buttons share one implementation.
 */
import type { CellId } from './model/ids';
import { newCellId } from './model/ids';
import { parseCell } from './model/cell-kind';
import type { CellKind } from './model/cell-kind';
import type { CellData } from './model/notebook';
import { useNotebook } from './store';

interface DeletedCell {
  readonly cell: CellData;
  readonly index: number;
}

const deleted: DeletedCell[] = [];
const MAX_UNDO = 50;

function cells(): readonly CellData[] {
  return useNotebook.getState().doc.cells;
}

function setCells(next: readonly CellData[], focus?: CellId | null): void {
  if (useNotebook.getState().readOnly) return;
  useNotebook.setState((s) => ({ doc: { ...s.doc, cells: next }, ...(focus !== undefined ? { focusedCell: focus } : {}) }));
}

export function moveCell(id: CellId, delta: -1 | 1): void {
  const list = [...cells()];
  const i = list.findIndex((c) => c.id === id);
  const j = i + delta;
  if (i < 0 || j < 0 || j >= list.length) return;
  [list[i], list[j]] = [list[j]!, list[i]!];
  setCells(list);
}

export function duplicateCell(id: CellId): CellId | null {
  const list = [...cells()];
  const i = list.findIndex((c) => c.id === id);
  if (i < 0) return null;
  const copy: CellData = { ...list[i]!, id: newCellId() };
  list.splice(i + 1, 0, copy);
  setCells(list, copy.id);
  return copy.id;
}

/** Deletes a cell; `undoDelete` brings back the most recent deletions in order. */
export function removeCell(id: CellId): void {
  if (useNotebook.getState().readOnly) return;
  const list = [...cells()];
  const i = list.findIndex((c) => c.id === id);
  if (i < 0) return;
  deleted.push({ cell: list[i]!, index: i });
  if (deleted.length > MAX_UNDO) deleted.shift();
  list.splice(i, 1);
  const next = list[Math.min(i, list.length - 1)]?.id ?? null;
  setCells(list, next);
  useNotebook.setState({ canUndoDelete: true });
}

/** Another notebook was opened: its cells are not the ones deleted here. */
export function clearUndo(): void {
  deleted.length = 0;
  useNotebook.setState({ canUndoDelete: false });
}

export function undoDelete(): void {
  const last = deleted.pop();
  if (!last) return;
  const list = [...cells()];
  list.splice(Math.min(last.index, list.length), 0, last.cell);
  setCells(list, last.cell.id);
  useNotebook.setState({ canUndoDelete: deleted.length > 0 });
}

const magicOf: Record<Exclude<CellKind, 'unsupported'>, string | null> = {
  python: null,
  sql: '%sql',
  md: '%md',
  ts: '%ts',
  fs: '%fs',
};

/** Rewrites the cell's magic line so its language becomes `kind`, keeping the body. */
export function withLanguage(source: string, kind: Exclude<CellKind, 'unsupported'>): string {
  const body = parseCell(source).body;
  const magic = magicOf[kind];
  if (kind === 'fs') return `%fs ${body}`.trimEnd();
  return magic ? `${magic}\n${body}` : body;
}

export function setCellLanguage(id: CellId, kind: Exclude<CellKind, 'unsupported'>): void {
  setCells(cells().map((c) => (c.id === id ? { ...c, source: withLanguage(c.source, kind) } : c)));
}

/** The ids of cells above (exclusive) or from this one downwards (inclusive). */
export function cellsAbove(id: CellId): CellId[] {
  const list = cells();
  const i = list.findIndex((c) => c.id === id);
  return list.slice(0, Math.max(0, i)).map((c) => c.id);
}

export function cellsFrom(id: CellId): CellId[] {
  const list = cells();
  const i = list.findIndex((c) => c.id === id);
  return i < 0 ? [] : list.slice(i).map((c) => c.id);
}

export function neighbour(id: CellId, delta: -1 | 1): CellId | null {
  const list = cells();
  const i = list.findIndex((c) => c.id === id);
  return list[i + delta]?.id ?? null;
}
