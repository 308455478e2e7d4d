import { describe, expect, it } from 'vitest';
import { errorLineOf } from './traceback-line';
import type { CellOutput } from '../workers/protocol';

const error = (traceback: string[], evalue = ''): CellOutput => ({ kind: 'error', error: { ename: 'E', evalue, traceback } });

describe('errorLineOf', () => {
  it('takes the innermost Python frame of this cell, not a frame of another cell', () => {
    const tb = ['Traceback (most recent call last):', '  File "<cell 2>", line 4, in <module>\n    f()', '  File "<cell 2>", line 3, in f', '  File "<cell 1>", line 9, in g', "NameError: name 'x' is not defined"];
    expect(errorLineOf([error(tb)], '<cell 2>', 0)).toBe(3);
    expect(errorLineOf([error(tb)], '<cell 1>', 0)).toBe(9);
    expect(errorLineOf([error(tb)], '<cell 5>', 0)).toBeNull();
  });

  it('takes the first frame of a JavaScript-style trace', () => {
    const tb = ['Error: boom', '  at <cell 3>, line 2, column 7', '  at <cell 3>, line 4, column 4'];
    expect(errorLineOf([error(tb)], '<cell 3>', 1)).toBe(2);
  });

  it('shifts a SQL parse position by the magic line', () => {
    expect(errorLineOf([error(['ParseException'], "[PARSE_SYNTAX_ERROR] Syntax error at or near 'FORM'.(line 1, pos 9)")], '<cell 1>', 1)).toBe(2);
  });

  it('is null without an error', () => {
    expect(errorLineOf([{ kind: 'result', text: '1' }], '<cell 1>', 0)).toBeNull();
  });
});
