/** A cell's toolbar: language picker, run, and the structural actions, each labelled. */
import type { CellId } from '../notebook/model/ids';
import type { CellKind } from '../notebook/model/cell-kind';
import { cellsAbove, cellsFrom, duplicateCell, moveCell, removeCell, setCellLanguage } from '../notebook/cell-ops';
import { runCells } from '../notebook/run';
import { Icon } from './Icon';

const languages: { kind: Exclude<CellKind, 'unsupported'>; label: string }[] = [
  { kind: 'python', label: 'Python' },
  { kind: 'sql', label: 'SQL' },
  { kind: 'md', label: 'Markdown' },
  { kind: 'ts', label: 'TypeScript' },
  { kind: 'fs', label: '%fs' },
];

interface Props {
  readonly id: CellId;
  readonly index: number;
  readonly kind: CellKind;
  readonly magic: string | null;
  /** Read-only notebooks can be run but not changed. */
  readonly readOnly: boolean;
  onRun(): void;
}

export function CellToolbar({ id, index, kind, magic, readOnly, onRun }: Props) {
  return (
    <div className="cell-toolbar">
      {kind === 'unsupported' || readOnly ? (
        <span className="cell-lang">{languages.find((l) => l.kind === kind)?.label ?? magic}</span>
      ) : (
        <select
          className="cell-lang"
          aria-label={`Cell ${index} language`}
          value={kind}
          onChange={(e) => setCellLanguage(id, e.target.value as Exclude<CellKind, 'unsupported'>)}
        >
          {languages.map((l) => (
            <option key={l.kind} value={l.kind}>
              {l.label}
            </option>
          ))}
        </select>
      )}
      <span className="cell-actions">
        <button type="button" onClick={onRun} aria-label={`Run cell ${index}`} title="Run (Ctrl+Enter)">
          ▶
        </button>
        <button type="button" onClick={() => runCells(cellsAbove(id))} aria-label={`Run cells above cell ${index}`} title="Run all above">
          ⤒
        </button>
        <button type="button" onClick={() => runCells(cellsFrom(id))} aria-label={`Run cell ${index} and below`} title="Run this and below">
          ⤓
        </button>
        {!readOnly && (
          <>
        <button type="button" onClick={() => moveCell(id, -1)} aria-label={`Move cell ${index} up`} title="Move up">
          ↑
        </button>
        <button type="button" onClick={() => moveCell(id, 1)} aria-label={`Move cell ${index} down`} title="Move down">
          ↓
        </button>
        <button type="button" onClick={() => duplicateCell(id)} aria-label={`Duplicate cell ${index}`} title="Duplicate">
          <Icon name="copy" />
        </button>
        <button type="button" onClick={() => removeCell(id)} aria-label={`Delete cell ${index}`} title="Delete (D D)">
          ✕
        </button>
          </>
        )}
      </span>
    </div>
  );
}
