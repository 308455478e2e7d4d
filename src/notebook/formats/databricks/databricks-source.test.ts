import { describe, expect, it } from 'vitest';
import lesson from '../fixtures/databricks-lesson.py?raw';
import sqlLesson from '../fixtures/databricks-sql-lesson.sql?raw';
import v1Course from '../fixtures/flint-v1-course.json?raw';
import v2Course from '../fixtures/flint-v2-course.json?raw';
import { parseCell } from '../../model/cell-kind';
import { newNotebook, newCell } from '../../model/notebook';
import { readFlintJson } from '../flint-json/flint-json';
import { databricksLanguageOf, readDatabricksSource, writeDatabricksPy } from './databricks-source';

describe('Databricks .py import of a course notebook', () => {
  const { doc } = readDatabricksSource(lesson, 'Lesson 3 - RDDs.py');
  const kinds = doc.cells.map((c) => parseCell(c.source).kind);

  it('splits cells at COMMAND lines and reads their languages', () => {
    expect(kinds).toEqual(['md', 'md', 'unsupported', 'python', 'python', 'python', 'md', 'python', 'python', 'sql', 'fs', 'md', 'python']);
    expect(doc.title).toBe('Lesson 3 - RDDs');
  });

  it('strips MAGIC prefixes, including bare `# MAGIC` and `# MAGIC ` blank lines', () => {
    expect(doc.cells[9]!.source).toBe('%sql\nSELECT word, n\nFROM word_counts\n\nWHERE n > 1\nORDER BY n DESC, word');
    expect(doc.cells[11]!.source).toBe('%md\n### Exercise\nUse `numbers` to compute the mean with `sum()` and `count()`.\n\n> Hint: both are actions.');
    expect(doc.cells[0]!.source.startsWith('%md-sandbox\n\n<div style=')).toBe(true);
    expect(doc.cells[0]!.source.endsWith('</div>\n')).toBe(true);
    expect(doc.cells[2]!.source).toBe('%run ./Includes/Classroom-Setup');
    expect(doc.cells[10]!.source).toBe('%fs ls /databricks-datasets/');
  });

  it('keeps Python cells verbatim, comments and blank lines included', () => {
    expect(doc.cells[4]!.source).toBe(
      'evens = numbers.filter(lambda n: n % 2 == 0)\nsquares = evens.map(lambda n: n * n)\n\n' +
        '# Nothing has run yet: this only prints the lineage.\nprint(squares.toDebugString().decode())',
    );
    expect(doc.cells[12]!.source).toBe('# TODO\nmean = None');
  });

  it('keeps DBTITLE lines as titles, hidden ones too', () => {
    expect(doc.cells[3]!.metadata).toEqual({ title: 'Create an RDD' });
    expect(doc.cells[1]!.metadata).toEqual({ title: '--i18n-5f2c7a10-3b4e-4d8a-9c61-0e7f2b9d4a13', showTitle: false });
    expect(doc.cells[9]!.metadata).toEqual({ title: 'Top words', showTitle: false });
    expect(doc.cells[5]!.metadata).toEqual({});
  });

  it('exports back to the same text', () => {
    expect(writeDatabricksPy(doc)).toBe(lesson.replace(/# MAGIC \n/g, '# MAGIC\n'));
  });
});

describe('Databricks .sql import', () => {
  it('treats cells without magic as %sql', () => {
    const { doc } = readDatabricksSource(sqlLesson, 'markets.sql');
    expect(doc.cells.map((c) => c.source)).toEqual([
      '%md\n# Querying farmers markets',
      '%sql\nSELECT State, count(*) AS markets\nFROM farmers_markets\nGROUP BY State\nORDER BY markets DESC',
      '%python\ndisplay(spark.table("farmers_markets").limit(5))',
    ]);
    expect(doc.cells[1]!.metadata).toEqual({ title: 'Markets per state' });
  });
});

describe('Databricks .py round trips', () => {
  it('keeps blank lines at the ends of magic cells', () => {
    const doc = newNotebook('t', [newCell('%md\n\n# T\n'), newCell('%sql\nSELECT 1\n\n')]);
    expect(readDatabricksSource(writeDatabricksPy(doc)).doc.cells.map((c) => c.source)).toEqual(['%md\n\n# T\n', '%sql\nSELECT 1\n\n']);
  });

  it('Flint → .py → Flint keeps sources and titles', () => {
    for (const text of [v1Course, v2Course]) {
      const { doc } = readFlintJson(text);
      const back = readDatabricksSource(writeDatabricksPy(doc)).doc;
      expect(back.cells.map((c) => [c.source, c.metadata['title'], c.metadata['showTitle']])).toEqual(
        doc.cells.map((c) => [c.source, c.metadata['title'], c.metadata['showTitle']]),
      );
    }
  });

  it('writes the header, separators and MAGIC lines the way Databricks does', () => {
    const doc = newNotebook('t', [newCell('x = 1', { title: 'Setup' }), newCell('%sql\nSELECT 1\n\nFROM t'), newCell('%md')]);
    expect(writeDatabricksPy(doc)).toBe(
      '# Databricks notebook source\n# DBTITLE 1,Setup\nx = 1\n\n# COMMAND ----------\n\n' +
        '# MAGIC %sql\n# MAGIC SELECT 1\n# MAGIC\n# MAGIC FROM t\n\n# COMMAND ----------\n\n# MAGIC %md\n',
    );
  });

  it('reads Windows line endings and a byte-order mark', () => {
    const text = '\uFEFF# Databricks notebook source\r\nx = 1\r\n\r\n# COMMAND ----------\r\n\r\n# MAGIC %sql\r\n# MAGIC SELECT 1\r\n';
    expect(readDatabricksSource(text).doc.cells.map((c) => c.source)).toEqual(['x = 1', '%sql\nSELECT 1']);
  });

  it('keeps an empty notebook empty and refuses files without the header', () => {
    expect(readDatabricksSource(writeDatabricksPy(newNotebook('e', []))).doc.cells).toEqual([]);
    expect(() => readDatabricksSource('print(1)\n')).toThrow('first line should be "# Databricks notebook source"');
    expect(databricksLanguageOf('-- Databricks notebook source\n')).toBe('sql');
    expect(databricksLanguageOf('# Databricks notebook\n')).toBeNull();
  });
});
