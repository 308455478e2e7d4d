import { describe, expect, it } from 'vitest';
import { NOTEBOOK_FORMAT_VERSION } from '../../model/notebook';
import type { CellId } from '../../model/ids';
import { OLDEST_FORMAT_VERSION, migrateToCurrent, migrations, validators } from './migrations';
import { readFlintJson, writeFlintJson } from './flint-json';

// Vite's glob import keeps this test free of Node APIs (the main tsconfig has DOM types only).
const files = import.meta.glob<string>('../fixtures/flint-v*.json', { query: '?raw', import: 'default', eager: true });
const byName = new Map(Object.entries(files).map(([path, text]) => [path.slice(path.lastIndexOf('/') + 1), text]));
const fixtures = [...byName.keys()].sort();
const read = (name: string): string => byName.get(name)!;

describe('the migration chain', () => {
  it('steps one version at a time from the oldest to the current version', () => {
    const steps = migrations.map((m) => [m.from, m.to]);
    const expected = [];
    for (let v = OLDEST_FORMAT_VERSION; v < NOTEBOOK_FORMAT_VERSION; v++) expected.push([v, v + 1]);
    expect(steps).toEqual(expected);
  });

  it('has a check for every version', () => {
    for (let v = OLDEST_FORMAT_VERSION; v <= NOTEBOOK_FORMAT_VERSION; v++) expect(validators[v], `version ${v}`).toBeTypeOf('function');
  });

  it('has at least one frozen fixture per version, so every version is proven to open', () => {
    const versions = new Set(fixtures.map((f) => Number(/^flint-v(\d+)-/.exec(f)![1])));
    for (let v = OLDEST_FORMAT_VERSION; v <= NOTEBOOK_FORMAT_VERSION; v++) expect(versions.has(v), `fixture for v${v}`).toBe(true);
  });
});

describe.each(fixtures)('frozen fixture %s', (name) => {
  it('opens in the current version and survives a save and reopen unchanged', () => {
    const first = readFlintJson(read(name));
    expect(first.doc.formatVersion).toBe(NOTEBOOK_FORMAT_VERSION);
    const again = readFlintJson(writeFlintJson(first.doc, { withOutputs: true, runtime: first.runtime }));
    expect(again.doc).toEqual(first.doc);
    expect(again.runtime).toEqual(first.runtime);
  });

  it('claims the version in its file name', () => {
    const claimed = Number(/^flint-v(\d+)-/.exec(name)![1]);
    expect((JSON.parse(read(name)) as { formatVersion: number }).formatVersion).toBe(claimed);
  });
});

describe('v1 → v2', () => {
  const { doc, runtime } = readFlintJson(read('flint-v1-course.json'));
  const cell = (id: string) => doc.cells.find((c) => c.id === id)!;

  it('moves metadata.collapsed into the typed flag and keeps other metadata', () => {
    expect(cell('c2count').collapsed).toBe(true);
    expect(cell('c2count').metadata).toEqual({ tags: ['answer'] });
    expect(cell('c1rdd').collapsed).toBeUndefined();
    expect(cell('c1rdd').metadata).toEqual({ title: 'Squares' });
  });

  it('keeps ids, title, sources and notebook metadata', () => {
    expect(doc.id).toBe('nv1course0001');
    expect(doc.title).toBe('Lesson 1: transformations and actions');
    expect(doc.metadata).toEqual({ course: 'big-data-101' });
    expect(doc.cells.map((c) => c.id)).toEqual(['c0intro', 'c1rdd', 'c2count', 'c3sql', 'c4err', 'c5notice']);
    expect(cell('c3sql').source).toBe('%sql\nSELECT 1 AS one');
  });

  it('restores saved outputs as run-time state', () => {
    expect(runtime.has('c0intro' as CellId)).toBe(false);
    expect(runtime.get('c1rdd' as CellId)).toMatchObject({ status: 'done', executionCount: 1 });
    expect(runtime.get('c4err' as CellId)?.status).toBe('error');
    expect(runtime.get('c4err' as CellId)?.outputs[0]).toMatchObject({ kind: 'error', error: { ename: 'NameError' } });
    expect(runtime.get('c5notice' as CellId)).toMatchObject({ status: 'done', executionCount: null });
  });

  it('leaves a cell whose metadata.collapsed is not true alone', () => {
    const file = migrateToCurrent({
      formatVersion: 1,
      id: 'n',
      title: 't',
      metadata: {},
      cells: [{ id: 'a', source: '', metadata: { collapsed: 'yes' } }],
    });
    expect(file.cells[0]).toEqual({ id: 'a', source: '', metadata: { collapsed: 'yes' } });
  });
});

describe('v2 → v3', () => {
  it('opens a v2 file unchanged apart from the version', () => {
    const v2 = readFlintJson(read('flint-v2-course.json'));
    expect(v2.doc.cells.map((c) => c.id)).toEqual(['c0intro', 'c1view', 'c2sql']);
    expect(v2.runtime.get('c2sql' as CellId)?.outputs[0]).toMatchObject({ kind: 'error', error: { errorClass: 'TABLE_OR_VIEW_NOT_FOUND' } });
  });

  it('refuses a table output in a file that claims version 2, which had none', () => {
    const file = JSON.parse(read('flint-v3-course.json')) as Record<string, unknown>;
    expect(() => migrateToCurrent({ ...file, formatVersion: 2 })).toThrow('cells[1].outputs[0].kind should be one of "stream", "result", "error", "html", "notice" (table outputs need format version 3)');
  });

  it('restores v3 table outputs with their types, nulls and row counts', () => {
    const { runtime } = readFlintJson(read('flint-v3-course.json'));
    expect(runtime.get('c1display' as CellId)?.outputs[0]).toEqual({
      kind: 'table',
      columns: [{ name: 'id', type: 'bigint' }, { name: 'city', type: 'string' }, { name: 'amount', type: 'double' }],
      rows: [['1', 'London', '50.0'], ['2', null, '2.5']],
      totalRows: 2,
      truncated: false,
    });
    expect(runtime.get('c2sql' as CellId)?.outputs[0]).toMatchObject({ totalRows: 1500, truncated: true });
  });

  it('checks the shape of a table output', () => {
    const file = JSON.parse(read('flint-v3-course.json')) as { cells: { outputs?: Record<string, unknown>[] }[] };
    const broken = (patch: Record<string, unknown>) => {
      const copy = structuredClone(file);
      Object.assign(copy.cells[1]!.outputs![0]!, patch);
      return () => migrateToCurrent(copy as unknown as Record<string, unknown>);
    };
    expect(broken({ rows: [['1', 'London']] })).toThrow('cells[1].outputs[0].rows[0] should be a list of 3 values, one per column');
    expect(broken({ rows: [[1, {}, null]] })).toThrow('cells[1].outputs[0].rows[0][1] should be a string, number, true/false or null');
    expect(broken({ totalRows: 1 })).toThrow('cells[1].outputs[0].totalRows should be at least the 2 rows saved');
    expect(broken({ truncated: 'no' })).toThrow('cells[1].outputs[0].truncated should be true or false');
    expect(broken({ columns: [{ name: 'id' }, { name: 'city', type: 'string' }, { name: 'amount', type: 'double' }] })).toThrow('cells[1].outputs[0].columns[0].type should be a string');
  });
});
