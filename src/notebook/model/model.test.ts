import { describe, expect, it } from 'vitest';
import { parseCell } from './cell-kind';
import { newCell, newNotebook, restoredRuntime, runtimeOf, NOTEBOOK_FORMAT_VERSION, cellTitle } from './notebook';
import type { CellId } from './ids';

describe('parseCell', () => {
  it('reads %md-sandbox, which Databricks course notebooks use, as Markdown', () => {
    expect(parseCell('%md-sandbox\n<b>hi</b>')).toEqual({ kind: 'md', magic: '%md-sandbox', body: '<b>hi</b>', lineOffset: 1 });
  });

  it('still reads the plain magics and plain Python', () => {
    expect(parseCell('%sql\nSELECT 1')).toMatchObject({ kind: 'sql', body: 'SELECT 1', lineOffset: 1 });
    expect(parseCell('%md')).toMatchObject({ kind: 'md', body: '', lineOffset: 0 });
    expect(parseCell('x = 1 % 2')).toMatchObject({ kind: 'python', magic: null });
    expect(parseCell('%run ./setup')).toMatchObject({ kind: 'unsupported', magic: '%run' });
  });
});

describe('notebook factories', () => {
  it('make a current-version notebook with distinct cell ids', () => {
    const nb = newNotebook('T', [newCell('a'), newCell('b')]);
    expect(nb.formatVersion).toBe(NOTEBOOK_FORMAT_VERSION);
    expect(new Set(nb.cells.map((c) => c.id)).size).toBe(2);
    expect(newNotebook().cells).toHaveLength(1);
  });

  it('reads a cell title only when it is a non-empty string', () => {
    expect(cellTitle(newCell('', { title: 'T' }))).toBe('T');
    expect(cellTitle(newCell('', { title: '' }))).toBeUndefined();
    expect(cellTitle(newCell('', { title: 3 }))).toBeUndefined();
  });
});

describe('restored run-time state', () => {
  it('is an error when any output is an error, done when it ran, idle otherwise', () => {
    const err = { kind: 'error' as const, error: { ename: 'E', evalue: '', traceback: [] } };
    expect(restoredRuntime({ outputs: [{ kind: 'result', text: '1' }, err], executionCount: 1 }).status).toBe('error');
    expect(restoredRuntime({ outputs: [], executionCount: 2 }).status).toBe('done');
    expect(restoredRuntime({ outputs: [], executionCount: null }).status).toBe('idle');
  });

  it('is looked up from a Map or a record', () => {
    const saved = { outputs: [], executionCount: 1 };
    expect(runtimeOf(new Map([['a' as CellId, saved]]), 'a' as CellId)).toBe(saved);
    expect(runtimeOf({ a: saved }, 'a' as CellId)).toBe(saved);
    expect(runtimeOf(undefined, 'a' as CellId)).toBeUndefined();
  });
});
