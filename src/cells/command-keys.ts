/**
 * Jupyter's command-mode keys (after Esc): A/B insert above/below, D D delete, Z undo
 * delete, M/Y to Markdown/code, arrows or J/K move, Enter edits, Shift/Ctrl+Enter run.
 */
import type { CellId } from '../notebook/model/ids';
import { focusCell, insertCell, insertCellBefore, nextCell, useNotebook } from '../notebook/store';
import { neighbour, removeCell, setCellLanguage, undoDelete } from '../notebook/cell-ops';
import { runCells } from '../notebook/run';

let lastD = 0;

export function enterEditMode(): void {
  useNotebook.setState({ mode: 'edit' });
}

/** Returns true when the key was a command-mode shortcut (the caller prevents its default). */
export function handleCommandKey(id: CellId, e: KeyboardEvent | React.KeyboardEvent): boolean {
  if (e.altKey || (e.metaKey && e.key !== 'Enter') || (e.ctrlKey && e.key !== 'Enter')) return false;
  const select = (target: CellId | null) => target && focusCell(target);
  switch (e.key) {
    case 'Enter':
      if (e.shiftKey) {
        runCells([id]);
        select(nextCell(id));
      } else if (e.ctrlKey || e.metaKey) runCells([id]);
      else enterEditMode();
      return true;
    case 'a':
    case 'A':
      insertCellBefore(id);
      return true;
    case 'b':
    case 'B':
      insertCell(id);
      return true;
    case 'd':
    case 'D': {
      const now = Date.now();
      if (now - lastD < 800) {
        removeCell(id);
        lastD = 0;
      } else lastD = now;
      return true;
    }
    case 'z':
    case 'Z':
      undoDelete();
      return true;
    case 'm':
    case 'M':
      setCellLanguage(id, 'md');
      return true;
    case 'y':
    case 'Y':
      setCellLanguage(id, 'python');
      return true;
    case 'ArrowUp':
    case 'k':
    case 'K':
      select(neighbour(id, -1));
      return true;
    case 'ArrowDown':
    case 'j':
    case 'J':
      select(neighbour(id, 1));
      return true;
    default:
      return false;
  }
}
