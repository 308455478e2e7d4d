import type { CellKind } from '../notebook/model/cell-kind';

/** Monaco language id for a cell kind. */
export function editorLanguage(kind: CellKind): string {
  switch (kind) {
    case 'python':
      return 'python';
    case 'sql':
      return 'sql';
    case 'ts':
      return 'typescript';
    case 'md':
      return 'markdown';
    case 'fs':
    case 'unsupported':
      return 'plaintext';
  }
}
