/**
 * Files and links: opening a dropped or picked file, opening a `#nb=` link, exporting the
 * notebook on screen, and making its share link. Imports and links open read-only, with
 * their outputs if the file carried some, and run nothing. The format code (markdown-it
 * for HTML export, the .ipynb and Databricks readers) loads on first use, not with the page.
 */
import type { ExportFormat, ExportedFile } from '../formats/types';

const formats = () => import('../formats');
import { useNotebook } from '../store';
import { showReadOnly } from './open-notebook';
import { showToast } from './workspace-store';

/** Opens a file's text as a read-only notebook; problems become a message, not a throw. */
export async function importText(fileName: string, text: string): Promise<boolean> {
  try {
    const imported = (await formats()).importNotebook(fileName, text);
    showReadOnly(imported.doc, imported.runtime, { kind: 'import', label: fileName });
    if (imported.warnings.length > 0) showToast(`Opened "${fileName}". ${imported.warnings.join(' ')}`);
    return true;
  } catch (e) {
    showToast((e as Error).message, { tone: 'error' });
    return false;
  }
}

export async function importFile(file: File): Promise<boolean> {
  return importText(file.name, await file.text());
}

export async function openShareFragment(hash: string): Promise<boolean> {
  try {
    const shared = await (await formats()).decodeShareLink(hash);
    showReadOnly(shared.doc, shared.runtime, { kind: 'share', label: 'a shared link' });
    return true;
  } catch (e) {
    showToast((e as Error).message, { tone: 'error' });
    return false;
  }
}

export interface ExportChoice {
  readonly format: ExportFormat;
  readonly withOutputs: boolean;
}

export async function exportOpen(choice: ExportChoice, sanitizeHtml?: (html: string) => string): Promise<ExportedFile> {
  const { exportNotebook } = await formats();
  const { doc, runtime } = useNotebook.getState();
  return exportNotebook(doc, choice.format, { withOutputs: choice.withOutputs, runtime, sanitizeHtml });
}

/** The link to the notebook on screen (cells only: outputs never travel in links). */
export async function shareLinkOfOpen(): Promise<string> {
  return (await formats()).shareUrl(useNotebook.getState().doc, location.href);
}
