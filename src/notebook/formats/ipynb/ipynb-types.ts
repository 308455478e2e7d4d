/**
 * The parts of Jupyter's nbformat 4 that Flint reads and writes (see jupyterlab's
 * packages/nbformat). Multiline strings are a string or a list of lines.
 */
export type MultilineString = string | readonly string[];

export type MimeBundle = Readonly<Record<string, MultilineString | unknown>>;

export type IpynbOutput =
  | { readonly output_type: 'stream'; readonly name: 'stdout' | 'stderr'; readonly text: MultilineString }
  | {
      readonly output_type: 'execute_result';
      readonly data: MimeBundle;
      readonly metadata: Readonly<Record<string, unknown>>;
      readonly execution_count: number | null;
    }
  | { readonly output_type: 'display_data'; readonly data: MimeBundle; readonly metadata: Readonly<Record<string, unknown>> }
  | { readonly output_type: 'error'; readonly ename: string; readonly evalue: string; readonly traceback: readonly string[] };

interface IpynbCellBase {
  readonly id?: string;
  readonly source: MultilineString;
  readonly metadata: Readonly<Record<string, unknown>>;
}

export type IpynbCell =
  | (IpynbCellBase & { readonly cell_type: 'code'; readonly outputs: readonly IpynbOutput[]; readonly execution_count: number | null })
  | (IpynbCellBase & { readonly cell_type: 'markdown' })
  | (IpynbCellBase & { readonly cell_type: 'raw' });

export interface IpynbNotebook {
  readonly nbformat: 4;
  readonly nbformat_minor: number;
  readonly metadata: Readonly<Record<string, unknown>>;
  readonly cells: readonly IpynbCell[];
}

/** Where Databricks keeps a cell's title in the .ipynb files it exports. */
export const DATABRICKS_CELL_KEY = 'application/vnd.databricks.v1+cell';
export const DATABRICKS_NOTEBOOK_KEY = 'application/vnd.databricks.v1+notebook';

/** nbformat 4.5 cell ids. */
export const IPYNB_ID = /^[a-zA-Z0-9-_]{1,64}$/;

export function joinMultiline(v: MultilineString): string {
  return typeof v === 'string' ? v : v.join('');
}

/** Lines with their newlines kept, as Jupyter writes them, so diffs stay line-based. */
export function toMultiline(text: string): string[] {
  return text === '' ? [] : (text.match(/[^\n]*\n|[^\n]+$/g) ?? []);
}
