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
