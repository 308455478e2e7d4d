export { parseCell } from './cell-kind';
export type { CellKind, ParsedCell } from './cell-kind';
export { newCellId, newNotebookId } from './ids';
export type { CellId, NotebookId } from './ids';
export { NOTEBOOK_FORMAT_VERSION, idleRuntime, runtimeOf, restoredRuntime, newCell, newNotebook, cellTitle } from './notebook';
export type { CellData, NotebookDoc, CellStatus, CellRuntime, SavedRuntime, RuntimeLookup, KnownCellMetadata } from './notebook';
export { assertNever } from './assert-never';
