import { describe, expect, it } from 'vitest';
import v1Course from './fixtures/flint-v1-course.json?raw';
import lessonIpynb from './fixtures/jupyter-lesson.ipynb?raw';
import lessonPy from './fixtures/databricks-lesson.py?raw';
import lessonSql from './fixtures/databricks-sql-lesson.sql?raw';
import { NotebookFormatError, detectFormat, exportNotebook, importNotebook, readFlintJson } from './index';
import type { ExportFormat } from './index';

describe('detectFormat', () => {
  it.each([
    ['a.json', v1Course, 'flint-json'],
    ['a.flint.json', v1Course, 'flint-json'],
    ['a.json', lessonIpynb, 'ipynb'],
    ['a.ipynb', lessonIpynb, 'ipynb'],
    ['a.ipynb', 'garbage', 'ipynb'],
    ['a.json', '{"formatVersion": 2,', 'flint-json'],
    ['Lesson.PY', lessonPy, 'databricks-py'],
    ['script.py', 'print(1)\n', 'python'],
    ['q.sql', 'SELECT 1', 'sql'],
    ['q.sql', lessonSql, 'databricks-sql'],
    ['pasted', lessonPy, 'databricks-py'],
    ['pasted', `\uFEFF${v1Course}`, 'flint-json'],
    ['pasted', lessonIpynb, 'ipynb'],
    ['pasted', '{"other": 1}', 'unknown'],
    ['notes.txt', 'hello', 'unknown'],
    ['photo.png', '', 'unknown'],
  ])('%s → %s', (name, text, expected) => {
    expect(detectFormat(name, text)).toBe(expected);
  });
});

describe('importNotebook', () => {
  it('opens every supported kind of file', () => {
    expect(importNotebook('a.json', v1Course).format).toBe('flint-json');
    expect(importNotebook('a.ipynb', `\uFEFF${lessonIpynb}`).doc.cells).toHaveLength(7);
    expect(importNotebook('Lesson.py', lessonPy).doc.cells).toHaveLength(13);
    expect(importNotebook('m.sql', lessonSql).format).toBe('databricks-sql');
  });

  it('gives every import a fresh notebook id, Flint files included', () => {
    const a = importNotebook('a.json', v1Course);
    const b = importNotebook('a.json', v1Course);
    expect(a.doc.id).not.toBe('nv1course0001');
    expect(a.doc.id).not.toBe(b.doc.id);
    expect(a.doc.cells).toEqual(b.doc.cells);
  });

  it('opens plain Python and SQL files as one cell', () => {
    const py = importNotebook('dir/wordcount.py', 'import re\r\nprint(1)\n\n');
    expect(py.doc.title).toBe('wordcount');
    expect(py.doc.cells.map((c) => c.source)).toEqual(['import re\nprint(1)']);
    expect(py.format).toBe('python');
    expect(importNotebook('q.sql', 'SELECT 1;\n').doc.cells.map((c) => c.source)).toEqual(['%sql\nSELECT 1;']);
    expect(importNotebook('empty.sql', '').doc.cells.map((c) => c.source)).toEqual(['%sql']);
  });

  it('names the file it cannot open and lists what it can', () => {
    try {
      importNotebook('notes.docx', 'PK...');
      throw new Error('expected a refusal');
    } catch (e) {
      expect(e).toBeInstanceOf(NotebookFormatError);
      expect((e as NotebookFormatError).code).toBe('unknown-format');
      expect((e as Error).message).toContain('Flint cannot open "notes.docx"');
    }
  });
});

describe('exportNotebook', () => {
  const { doc, runtime } = readFlintJson(v1Course);

  it.each<[ExportFormat, string, string]>([
    ['flint-json', 'Lesson 1 transformations and actions.flint.json', 'application/json'],
    ['ipynb', 'Lesson 1 transformations and actions.ipynb', 'application/x-ipynb+json'],
    ['databricks-py', 'Lesson 1 transformations and actions.py', 'text/x-python'],
    ['html', 'Lesson 1 transformations and actions.html', 'text/html'],
  ])('%s files are named after the notebook', (format, fileName, mimeType) => {
    const file = exportNotebook(doc, format);
    expect(file).toMatchObject({ fileName, mimeType });
  });

  it.each<ExportFormat>(['flint-json', 'ipynb', 'databricks-py'])('%s files open again with the same cells', (format) => {
    const file = exportNotebook(doc, format, { withOutputs: true, runtime });
    const back = importNotebook(file.fileName, file.text);
    expect(back.doc.cells.map((c) => c.source)).toEqual(doc.cells.map((c) => c.source));
    expect(back.doc.cells.map((c) => c.metadata['title'])).toEqual(doc.cells.map((c) => c.metadata['title']));
  });

  it('carries outputs only when asked', () => {
    expect(exportNotebook(doc, 'flint-json', { runtime }).text).not.toContain('"outputs"');
    expect(exportNotebook(doc, 'flint-json', { runtime, withOutputs: true }).text).toContain('"outputs"');
    expect(exportNotebook(doc, 'ipynb', { runtime }).text).not.toContain('"output_type"');
    expect(exportNotebook(doc, 'ipynb', { runtime, withOutputs: true }).text).toContain('"output_type": "stream"');
  });
});
