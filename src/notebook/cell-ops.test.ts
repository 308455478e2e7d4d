import { beforeEach, describe, expect, it } from 'vitest';
import { useNotebook } from './store';
import { cellsAbove, cellsFrom, duplicateCell, moveCell, removeCell, setCellLanguage, undoDelete, withLanguage } from './cell-ops';
import type { CellId } from './model/ids';

function ids(): string[] {
  return useNotebook.getState().doc.cells.map((c) => c.source);
}

beforeEach(() => {
  useNotebook.setState((s) => ({
    doc: { ...s.doc, cells: ['a', 'b', 'c'].map((x) => ({ id: x as CellId, source: x, metadata: {} })) },
  }));
});

describe('cell operations', () => {
  it('moves cells and stops at the ends', () => {
    moveCell('a' as CellId, 1);
    expect(ids()).toEqual(['b', 'a', 'c']);
    moveCell('b' as CellId, -1);
    expect(ids()).toEqual(['b', 'a', 'c']);
  });

  it('duplicates below with a new id', () => {
    const copy = duplicateCell('b' as CellId);
    expect(ids()).toEqual(['a', 'b', 'b', 'c']);
    expect(copy).not.toBe('b');
  });

  it('undoes deletions in reverse order, at their positions', () => {
    removeCell('a' as CellId);
    removeCell('c' as CellId);
    expect(ids()).toEqual(['b']);
    undoDelete();
    expect(ids()).toEqual(['b', 'c']);
    undoDelete();
    expect(ids()).toEqual(['a', 'b', 'c']);
  });

  it('changes language by rewriting the magic line', () => {
    expect(withLanguage('x = 1', 'sql')).toBe('%sql\nx = 1');
    expect(withLanguage('%sql\nselect 1', 'python')).toBe('select 1');
    expect(withLanguage('%md\n# hi', 'ts')).toBe('%ts\n# hi');
    setCellLanguage('a' as CellId, 'md');
    expect(ids()[0]).toBe('%md\na');
  });

  it('lists cells above and from a cell', () => {
    expect(cellsAbove('b' as CellId)).toEqual(['a']);
    expect(cellsFrom('b' as CellId)).toEqual(['b', 'c']);
  });
});
