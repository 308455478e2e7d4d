import { describe, expect, it } from 'vitest';
import type { CellId, NotebookId } from '../../model/ids';
import type { NotebookDoc } from '../../model/notebook';
import { NOTEBOOK_FORMAT_VERSION } from '../../model/notebook';
import { NotebookFormatError } from '../errors';
import { readFlintJson, writeFlintJson } from './flint-json';

const doc: NotebookDoc = {
  formatVersion: NOTEBOOK_FORMAT_VERSION,
  id: 'nbdoc' as NotebookId,
  title: 'Doc',
  metadata: {},
  cells: [
    { id: 'a' as CellId, source: 'x = 1', metadata: {} },
    { id: 'b' as CellId, source: '%sql\nSELECT 1', metadata: { title: 'Q' }, collapsed: true },
  ],
};
const runtime = new Map([['a' as CellId, { outputs: [{ kind: 'result' as const, text: '1' }], executionCount: 3 }]]);

function errorOf(text: string): NotebookFormatError {
  try {
    readFlintJson(text);
  } catch (e) {
    if (e instanceof NotebookFormatError) return e;
    throw e;
  }
  throw new Error('expected the file to be refused');
}

const valid = () => JSON.parse(writeFlintJson(doc)) as Record<string, unknown> & { cells: Record<string, unknown>[] };

describe('Flint JSON export', () => {
  it('leaves outputs out unless asked', () => {
    const text = writeFlintJson(doc, { runtime });
    expect(text).not.toContain('outputs');
    expect(JSON.parse(text)).toMatchObject({ formatVersion: NOTEBOOK_FORMAT_VERSION, cells: [{ id: 'a' }, { id: 'b', collapsed: true }] });
  });

  it('writes outputs and execution counts when asked, from a Map or a record', () => {
    for (const rt of [runtime, { a: runtime.get('a' as CellId) }]) {
      const back = readFlintJson(writeFlintJson(doc, { withOutputs: true, runtime: rt }));
      expect(back.doc).toEqual(doc);
      expect(back.runtime.get('a' as CellId)).toMatchObject({ status: 'done', executionCount: 3, outputs: [{ kind: 'result', text: '1' }] });
      expect(back.runtime.has('b' as CellId)).toBe(false);
    }
  });
});

describe('Flint JSON validation', () => {
  it('says when the text is not JSON', () => {
    const e = errorOf('{"formatVersion": 2,');
    expect(e.code).toBe('bad-json');
    expect(e.message).toMatch(/not valid JSON/);
  });

  it('says a newer Flint made the file', () => {
    const e = errorOf(JSON.stringify({ ...valid(), formatVersion: NOTEBOOK_FORMAT_VERSION + 1 }));
    expect(e.code).toBe('newer-version');
    expect(e.message).toContain('made by a newer Flint');
    expect(e.message).toContain(`format version ${NOTEBOOK_FORMAT_VERSION + 1}`);
  });

  it('refuses versions that never existed and versions that are not numbers', () => {
    expect(errorOf(JSON.stringify({ ...valid(), formatVersion: 0 })).message).toContain('no format version 0');
    expect(errorOf(JSON.stringify({ ...valid(), formatVersion: '2' })).message).toContain('formatVersion should be a whole number');
    expect(errorOf(JSON.stringify({ cells: [] })).message).toContain('no "formatVersion"');
    expect(errorOf('[1, 2]').code).toBe('invalid');
  });

  it('names the path of a bad field', () => {
    const v = valid();
    v.cells[1]!['source'] = 42;
    expect(errorOf(JSON.stringify(v)).message).toBe('Not a valid Flint notebook: cells[1].source should be a string, found 42.');
    const { cells: _dropped, ...w } = valid();
    expect(errorOf(JSON.stringify(w)).message).toContain('cells should be a list, found nothing');
  });

  it('checks outputs and the collapsed flag', () => {
    const v = valid();
    v.cells[0]!['outputs'] = [{ kind: 'stream', name: 'stdlog', text: '' }];
    expect(errorOf(JSON.stringify(v)).message).toContain('cells[0].outputs[0].name should be "stdout" or "stderr"');
    const w = valid();
    w.cells[0]!['outputs'] = [{ kind: 'error', error: { ename: 'E', evalue: 'v', traceback: [1] } }];
    expect(errorOf(JSON.stringify(w)).message).toContain('cells[0].outputs[0].error.traceback[0] should be a string');
    const x = valid();
    x.cells[0]!['collapsed'] = 'no';
    expect(errorOf(JSON.stringify(x)).message).toContain('cells[0].collapsed should be true or false');
  });

  it('refuses duplicate and empty cell ids', () => {
    const v = valid();
    v.cells[1]!['id'] = 'a';
    expect(errorOf(JSON.stringify(v)).message).toContain('cells[1].id should be unique (cells[0] has the same id)');
    const w = valid();
    w.cells[0]!['id'] = '';
    expect(errorOf(JSON.stringify(w)).message).toContain('cells[0].id should be a non-empty id');
  });
});
