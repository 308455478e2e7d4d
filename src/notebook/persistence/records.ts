/**
 * The stored form of a notebook and the revision rule, shared by every repository so the
 * in-memory one used in tests behaves exactly like IndexedDB.
 */
import type { NotebookId } from '../model/ids';
import type { NotebookDoc, RuntimeLookup, SavedRuntime } from '../model/notebook';
import type { CurrentFlintFile } from '../formats/flint-json/migrations';
import { readFlintObject, toFlintFile } from '../formats/flint-json/flint-json';
import type { NotebookSummary, SaveOptions, StoredNotebook } from './repository';
import { ConflictError } from './repository';

/** Summary fields beside the file, so listing needs no parsing of cells. */
export interface NotebookRecord {
  readonly id: string;
  readonly title: string;
  readonly cellCount: number;
  readonly revision: number;
  readonly updatedAt: number;
  /** A Flint JSON file with the outputs the page had, in the format version that wrote it. */
  readonly file: CurrentFlintFile;
}

/** Applies the revision rule and builds the record to write; throws ConflictError. */
export function nextRecord(current: NotebookRecord | undefined, doc: NotebookDoc, options: SaveOptions, now: number): NotebookRecord {
  const actual = current?.revision ?? null;
  if (!options.force && actual !== options.expectedRevision) throw new ConflictError(doc.id, options.expectedRevision, actual);
  return {
    id: doc.id,
    title: doc.title,
    cellCount: doc.cells.length,
    revision: (actual ?? 0) + 1,
    // Never go back in time, even if the clock does, so "most recent first" stays stable.
    updatedAt: Math.max(now, current?.updatedAt ?? 0),
    file: toFlintFile(doc, { withOutputs: true, runtime: options.outputs ?? storedOutputs(current) }),
  };
}

/** The outputs a record holds, so a save without outputs (a rename, an edit) keeps them. */
function storedOutputs(record: NotebookRecord | undefined): RuntimeLookup {
  const kept: Record<string, SavedRuntime> = {};
  for (const c of record?.file.cells ?? []) {
    if (c.outputs !== undefined || c.executionCount !== undefined) kept[c.id] = { outputs: c.outputs ?? [], executionCount: c.executionCount ?? null };
  }
  return kept;
}

export function storedFromRecord(record: NotebookRecord): StoredNotebook {
  const { doc, runtime } = readFlintObject(record.file);
  return { doc, runtime, revision: record.revision, updatedAt: record.updatedAt };
}

export function summaryFromRecord(record: NotebookRecord): NotebookSummary {
  return { id: record.id as NotebookId, title: record.title, cellCount: record.cellCount, revision: record.revision, updatedAt: record.updatedAt };
}

export function sortSummaries(list: NotebookSummary[]): NotebookSummary[] {
  return list.sort((a, b) => b.updatedAt - a.updatedAt || a.title.localeCompare(b.title) || a.id.localeCompare(b.id));
}
