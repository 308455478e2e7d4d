/** What a cell run produces, close to nbformat's output types. Crosses to the UI as data. */
import type { ErrorData } from '../errors';

export type CellOutput =
  | { readonly kind: 'stream'; readonly name: 'stdout' | 'stderr'; readonly text: string }
  | { readonly kind: 'result'; readonly text: string }
  | { readonly kind: 'error'; readonly error: ErrorData }
  | { readonly kind: 'html'; readonly html: string }
  | { readonly kind: 'notice'; readonly text: string };

export type CellLanguage = 'python' | 'sql' | 'ts' | 'fs';

export interface CellRequest {
  readonly cellId: string;
  readonly language: CellLanguage;
  /** The code without the magic line. */
  readonly code: string;
  /** Shown in tracebacks, e.g. `<cell 3>` or a file name. */
  readonly filename: string;
  /** Lines removed above `code` (the magic line), so reported line numbers match the editor. */
  readonly lineOffset: number;
  /** A program run as a script (`flint run prog.py`) does not display its last expression. */
  readonly script?: boolean;
  /**
   * Python namespace to run in; each name is a separate set of globals (the notebook's is
   * the default). The doctest runner gives every docstring its own, as doctest does.
   */
  readonly namespace?: string;
}

export interface CellRunResult {
  readonly status: 'ok' | 'error';
  readonly executionCount: number;
  readonly durationMs: number;
}
