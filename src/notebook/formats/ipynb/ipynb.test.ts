import { describe, expect, it } from 'vitest';
import type { CellId } from '../../model/ids';
import { readFlintJson } from '../flint-json/flint-json';
import lessonText from '../fixtures/jupyter-lesson.ipynb?raw';
import v2Course from '../fixtures/flint-v2-course.json?raw';
import v1Course from '../fixtures/flint-v1-course.json?raw';
import v3Course from '../fixtures/flint-v3-course.json?raw';
import { tableText } from '../../table-text';
import type { TableOutput } from '../../table-output';
import { readIpynb } from './ipynb-import';
import { toIpynb, writeIpynb } from './ipynb-export';
import type { NotebookFormatError } from '../errors';

describe('.ipynb import', () => {
  const { doc, runtime, warnings } = readIpynb(lessonText, 'lessons/Word count.ipynb');
  const [md, setup, sorted, sql, err, raw, empty] = doc.cells;

  it('turns Markdown cells into %md cells and keeps code cells as written', () => {
    expect(doc.cells).toHaveLength(7);
    expect(md!.source).toBe('%md\n# Word count\n\nCounting words with `flatMap` and `reduceByKey`.');
    expect(setup!.source).toBe('lines = sc.parallelize(["a b", "b c", "c a"])\nprint(lines.count(), "lines")\nprint("done")');
    expect(sql!.source).toBe('%sql\nSELECT word FROM words LIMIT 1');
    expect(empty!.source).toBe('');
  });

  it('keeps valid unique cell ids and replaces a duplicate', () => {
    expect(md!.id).toBe('7f1d2c3a');
    expect(setup!.id).toBe('a1b2c3d4');
    expect(empty!.id).not.toBe('a1b2c3d4');
    expect(new Set(doc.cells.map((c) => c.id)).size).toBe(7);
  });

  it('takes the title from the file name when the notebook has none', () => {
    expect(doc.title).toBe('Word count');
  });

  it('maps metadata: tags kept, collapsed typed, Databricks titles lifted', () => {
    expect(setup!.metadata).toEqual({ tags: ['setup'] });
    expect(sorted!.collapsed).toBe(true);
    expect(sorted!.metadata).toEqual({});
    expect(sql!.metadata).toEqual({ title: 'Top words', 'application/vnd.databricks.v1+cell': { nuid: '0b7e5c1e-1f2a-4c8e-9a51-4c1c5d8b2e10' } });
    expect(raw!.metadata).toEqual({ ipynbCellType: 'raw' });
  });

  it('maps outputs: streams, results, HTML over plain text, errors without colours', () => {
    expect(runtime.get(setup!.id)).toMatchObject({ status: 'done', executionCount: 1, outputs: [{ kind: 'stream', name: 'stdout', text: '3 lines\ndone\n' }] });
    expect(runtime.get(sorted!.id)?.outputs).toEqual([{ kind: 'result', text: "[('a', 2), ('b', 2), ('c', 2)]" }]);
    expect(runtime.get(sql!.id)?.outputs).toEqual([{ kind: 'html', html: '<table><tr><th>word</th></tr>\n<tr><td>a</td></tr></table>' }]);
    const errRt = runtime.get(err!.id)!;
    expect(errRt.status).toBe('error');
    expect(errRt.outputs[0]).toEqual({
      kind: 'error',
      error: {
        ename: 'NameError',
        evalue: "name 'wordz' is not defined",
        traceback: [
          '---------------------------------------------------------------------------',
          'NameError                                 Traceback (most recent call last)',
          'Cell In[4], line 1\n----> 1 wordz\n',
          "NameError: name 'wordz' is not defined",
        ],
      },
    });
    expect(errRt.outputs[1]).toEqual({ kind: 'notice', text: '(an output of type image/png is not shown in Flint)' });
    expect(runtime.has(empty!.id)).toBe(false);
  });

  it('reports what it could not carry over', () => {
    expect(warnings).toEqual(['An output of type image/png is not shown in Flint.', 'Raw cell 6 was imported as a Markdown cell.']);
  });

  it('refuses what is not nbformat 4', () => {
    const refuse = (text: string) => {
      try {
        readIpynb(text);
      } catch (e) {
        return e as NotebookFormatError;
      }
      throw new Error('expected a refusal');
    };
    expect(refuse('{"nbformat": 3, "worksheets": []}').message).toContain('nbformat 3 notebook; Flint reads nbformat 4');
    expect(refuse('{"nbformat": 5, "cells": []}').code).toBe('newer-version');
    expect(refuse('{"cells": []}').message).toContain('no "nbformat"');
    expect(refuse('{"nbformat": 4, "cells": [{"cell_type": "code", "source": 7}]}').message).toContain('cells[0].source should be a list');
    expect(refuse('nope').code).toBe('bad-json');
  });
});

describe('.ipynb export', () => {
  const { doc, runtime } = readFlintJson(v2Course);

  it('declares a Python 3 kernel and the notebook title', () => {
    const nb = toIpynb(doc);
    expect(nb).toMatchObject({ nbformat: 4, nbformat_minor: 5, metadata: { kernelspec: { name: 'python3', language: 'python' }, title: 'Lesson 2: Spark SQL' } });
  });

  it('keeps magics in code cells and writes %md cells as Markdown cells', () => {
    const { doc: v1 } = readFlintJson(v1Course);
    const nb = toIpynb(v1);
    expect(nb.cells.map((c) => c.cell_type)).toEqual(['markdown', 'code', 'code', 'code', 'code', 'code']);
    expect(nb.cells[0]!.source).toEqual(['# Transformations and actions\n', 'RDDs are *lazy*: nothing runs until an action.']);
    expect(nb.cells[3]!.source).toEqual(['%sql\n', 'SELECT 1 AS one']);
  });

  it('writes no outputs unless asked', () => {
    const nb = toIpynb(doc, { runtime });
    expect(nb.cells.every((c) => c.cell_type !== 'code' || (c.outputs.length === 0 && c.execution_count === null))).toBe(true);
  });

  it('matches the golden exports, which check-ipynb.py validates against nbformat', async () => {
    await expect(writeIpynb(doc, { withOutputs: true, runtime })).toMatchFileSnapshot('../fixtures/flint-v2-course.expected.ipynb');
    const v1 = readFlintJson(v1Course);
    await expect(writeIpynb(v1.doc, { withOutputs: true, runtime: v1.runtime })).toMatchFileSnapshot('../fixtures/flint-v1-course.expected.ipynb');
    const v3 = readFlintJson(v3Course);
    await expect(writeIpynb(v3.doc, { withOutputs: true, runtime: v3.runtime })).toMatchFileSnapshot('../fixtures/flint-v3-course.expected.ipynb');
  });

  it('writes a table as Jupyter shows a DataFrame: text/plain as show() prints it and an escaped text/html table', () => {
    const v3 = readFlintJson(v3Course);
    const nb = toIpynb(v3.doc, { withOutputs: true, runtime: v3.runtime });
    const cell = nb.cells[3]!;
    if (cell.cell_type !== 'code') throw new Error('expected a code cell');
    const out = cell.outputs[0]!;
    if (out.output_type !== 'display_data') throw new Error('expected display_data');
    const table = v3.runtime.get(v3.doc.cells[3]!.id)!.outputs[0] as TableOutput;
    expect((out.data['text/plain'] as string[]).join('')).toBe(tableText(table));
    const html = (out.data['text/html'] as string[]).join('');
    expect(html).toContain('<th title="string">x &amp; y</th>');
    expect(html).toContain('<td>a&lt;b</td><td style="text-align: right;">3</td>');
    expect(html).not.toContain('a<b');
  });
});

describe('.ipynb round trips', () => {
  it('Flint → ipynb → Flint keeps cells, titles, collapsed flags and outputs', () => {
    for (const text of [v1Course, v2Course, v3Course]) {
      const first = readFlintJson(text);
      const back = readIpynb(writeIpynb(first.doc, { withOutputs: true, runtime: first.runtime }));
      expect(back.doc.cells).toEqual(first.doc.cells);
      expect(back.doc.title).toBe(first.doc.title);
      expect(back.runtime).toEqual(first.runtime);
      expect(back.warnings).toEqual([]);
    }
  });

  it('ipynb → Flint → ipynb → Flint is stable after the first import', () => {
    const once = readIpynb(lessonText, 'Word count.ipynb');
    const twice = readIpynb(writeIpynb(once.doc, { withOutputs: true, runtime: once.runtime }));
    expect(twice.doc.cells).toEqual(once.doc.cells);
    expect(twice.runtime).toEqual(once.runtime);
    expect(twice.doc.title).toBe('Word count');
  });

  it('exports a raw cell back as a raw cell', () => {
    const once = readIpynb(lessonText);
    const nb = toIpynb(once.doc);
    expect(nb.cells[5]).toMatchObject({ cell_type: 'raw', source: ['raw text'], metadata: {} });
  });

  it('gives every exported cell a unique nbformat id', () => {
    const { doc } = readFlintJson(v1Course);
    const odd = { ...doc, cells: doc.cells.map((c, i) => ({ ...c, id: (i < 2 ? 'same id!' : c.id) as CellId })) };
    const ids = toIpynb(odd).cells.map((c) => c.id!);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => /^[a-zA-Z0-9-_]{1,64}$/.test(id))).toBe(true);
  });
});
