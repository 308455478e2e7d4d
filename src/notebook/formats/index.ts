/**
 * The notebook file formats: what the open, save-as, share and print commands call.
 * Importers return the cells plus any outputs the file carried; exporters leave outputs
 * out unless asked (`withOutputs`), because outputs are run-time state.
 */
import { assertNever } from '../model/assert-never';
import { newNotebookId } from '../model/ids';
import type { NotebookDoc } from '../model/notebook';
import { readDatabricksSource, writeDatabricksPy } from './databricks/databricks-source';
import { detectFormat } from './detect';
import { NotebookFormatError } from './errors';
import { readFlintJson, writeFlintJson } from './flint-json/flint-json';
import type { HtmlExportOptions } from './html/html-export';
import { writeHtml } from './html/html-export';
import { readIpynb } from './ipynb/ipynb-import';
import { writeIpynb } from './ipynb/ipynb-export';
import { readPlainSource } from './plain-source';
import { safeFileName } from './text-utils';
import type { ExportFormat, ExportedFile, ImportedNotebook } from './types';

export { detectFormat } from './detect';
export { NotebookFormatError, ShareLinkTooLargeError } from './errors';
export type { NotebookFormatErrorCode } from './errors';
export type { DetectedFormat, ExportFormat, ExportOptions, ExportedFile, ImportedNotebook, NotebookFileFormat } from './types';
export type { HtmlExportOptions } from './html/html-export';
export { readFlintJson, readFlintObject, toFlintFile, writeFlintJson } from './flint-json/flint-json';
export { migrateToCurrent, migrations } from './flint-json/migrations';
export type { CurrentFlintFile } from './flint-json/migrations';
export { readIpynb } from './ipynb/ipynb-import';
export { toIpynb, writeIpynb } from './ipynb/ipynb-export';
export { readDatabricksSource, writeDatabricksPy } from './databricks/databricks-source';
export { writeHtml } from './html/html-export';
export {
  MAX_SHARE_FRAGMENT_CHARS,
  MAX_SHARED_NOTEBOOK_BYTES,
  decodeShareLink,
  encodeShareFragment,
  shareLinkPayload,
  shareUrl,
} from './share/share-link';

export { IMPORT_ACCEPT } from './accept';

/**
 * Opens any supported file as a new notebook: it always gets a fresh NotebookId, so
 * importing a file twice, or a file exported from a notebook still saved here, makes a
 * second notebook instead of colliding with the saved one. Throws NotebookFormatError.
 */
export function importNotebook(fileName: string, text: string): ImportedNotebook {
  const format = detectFormat(fileName, text);
  switch (format) {
    case 'flint-json': {
      const imported = readFlintJson(text.replace(/^\uFEFF/, ''));
      return { ...imported, doc: { ...imported.doc, id: newNotebookId() } };
    }
    case 'ipynb':
      return readIpynb(text.replace(/^\uFEFF/, ''), fileName);
    case 'databricks-py':
    case 'databricks-sql':
      return readDatabricksSource(text, fileName);
    case 'python':
      return readPlainSource(text, fileName, 'python');
    case 'sql':
      return readPlainSource(text, fileName, 'sql');
    case 'unknown':
      throw new NotebookFormatError(
        'unknown-format',
        `Flint cannot open "${fileName}". It opens Flint notebooks (.json), Jupyter notebooks (.ipynb), ` +
          'Databricks source notebooks (.py, .sql) and plain Python or SQL files.',
      );
    default:
      return assertNever(format, 'file format');
  }
}

/** Renders a notebook as a file to download; the name comes from the notebook title. */
export function exportNotebook(doc: NotebookDoc, format: ExportFormat, options: HtmlExportOptions = {}): ExportedFile {
  switch (format) {
    case 'flint-json':
      return { fileName: safeFileName(doc.title, '.flint.json'), mimeType: 'application/json', text: writeFlintJson(doc, options) };
    case 'ipynb':
      return { fileName: safeFileName(doc.title, '.ipynb'), mimeType: 'application/x-ipynb+json', text: writeIpynb(doc, options) };
    case 'databricks-py':
      return { fileName: safeFileName(doc.title, '.py'), mimeType: 'text/x-python', text: writeDatabricksPy(doc) };
    case 'html':
      return { fileName: safeFileName(doc.title, '.html'), mimeType: 'text/html', text: writeHtml(doc, options) };
    default:
      return assertNever(format, 'export format');
  }
}
