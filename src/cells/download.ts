/** Hands a generated file to the browser as a download. */
import type { ExportedFile } from '../notebook/formats/types';

export function download(file: ExportedFile): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.mimeType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
