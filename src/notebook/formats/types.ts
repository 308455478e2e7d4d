import type { CellId } from '../model/ids';
import type { CellRuntime, NotebookDoc, RuntimeLookup } from '../model/notebook';

/** Formats a file can be imported from. */
export type NotebookFileFormat = 'flint-json' | 'ipynb' | 'databricks-py' | 'databricks-sql' | 'python' | 'sql';
export type DetectedFormat = NotebookFileFormat | 'unknown';

/** Formats a notebook can be exported to. */
export type ExportFormat = 'flint-json' | 'ipynb' | 'databricks-py' | 'html';

export interface ImportedNotebook {
  readonly doc: NotebookDoc;
  /** Outputs the file carried, per cell; empty when it carried none. */
  readonly runtime: ReadonlyMap<CellId, CellRuntime>;
  readonly format: NotebookFileFormat;
  /** Things that did not survive the import (unsupported output types, ...), for a notice. */
  readonly warnings: readonly string[];
}

export interface ExportOptions {
  /** Include outputs (default false: a notebook file is code; outputs are run-time state). */
  readonly withOutputs?: boolean;
  readonly runtime?: RuntimeLookup;
}

export interface ExportedFile {
  readonly fileName: string;
  readonly mimeType: string;
  readonly text: string;
}
