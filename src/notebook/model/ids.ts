/** Branded ids so a cell id is never passed where a notebook id is expected. */
export type CellId = string & { readonly __brand: 'CellId' };
export type NotebookId = string & { readonly __brand: 'NotebookId' };

let counter = 0;

function randomPart(): string {
  const bytes = new Uint8Array(6);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function newCellId(): CellId {
  return `c${(counter++).toString(36)}${randomPart()}` as CellId;
}

export function newNotebookId(): NotebookId {
  return `n${randomPart()}${Date.now().toString(36)}` as NotebookId;
}
