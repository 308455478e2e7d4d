import { describe, expect, it } from 'vitest';
import { fileStem, isPlainMarkdownCell, markdownCell, markdownText, safeFileName, stripAnsi } from './text-utils';

describe('markdownText', () => {
  it('drops the magic line and keeps text written on the same line', () => {
    expect(markdownText('%md\n# T\nbody')).toBe('# T\nbody');
    expect(markdownText('%md # T\nbody')).toBe('# T\nbody');
    expect(markdownText('%md # T')).toBe('# T');
    expect(markdownText('%md')).toBe('');
    expect(markdownText('%md\n')).toBe('');
  });

  it('is the inverse of markdownCell', () => {
    for (const t of ['', '# x', 'a\n\nb', '\nleading blank']) expect(markdownText(markdownCell(t))).toBe(t);
  });
});

describe('helpers', () => {
  it('tell plain %md from %md-sandbox and code', () => {
    expect(isPlainMarkdownCell('%md\nx')).toBe(true);
    expect(isPlainMarkdownCell('%MD')).toBe(true);
    expect(isPlainMarkdownCell('%md-sandbox\nx')).toBe(false);
    expect(isPlainMarkdownCell('x = 1')).toBe(false);
  });

  it('make file names', () => {
    expect(fileStem('C:\\x\\Lesson 1.ipynb')).toBe('Lesson 1');
    expect(fileStem('dir/a.b.py')).toBe('a.b');
    expect(fileStem('.hidden')).toBe('.hidden');
    expect(safeFileName('a/b: c?', '.py')).toBe('a b c.py');
    expect(safeFileName('  ', '.py')).toBe('notebook.py');
  });

  it('strips terminal colours', () => {
    expect(stripAnsi('\u001b[0;31mNameError\u001b[0m: x')).toBe('NameError: x');
  });
});
