// The entry points beyond what the CPython corpus covers: eval mode, the error object, tokens.
import { describe, expect, it } from 'vitest';
import type * as A from '../ast';
import { PySyntaxError, parseExpression, parseModule, tokenize } from './index';

describe('parseExpression', () => {
  it('gives the expression a module statement would hold', () => {
    for (const src of ['a + b * c', 'lambda (k, v): k', 'f(x for x in y)', "f'{a!r:>{w}}'", 'x if y else z', '*a, b']) {
      const stmt = parseModule(src).body[0] as A.ExprStmt;
      expect(parseExpression(src).body).toEqual(stmt.value);
    }
  });

  it('rejects statements', () => {
    expect(() => parseExpression('x = 1')).toThrow(PySyntaxError);
    expect(() => parseExpression('pass')).toThrow(PySyntaxError);
  });
});

describe('PySyntaxError', () => {
  it("carries CPython's attributes and the file name", () => {
    let caught: unknown;
    try {
      parseModule('x = 1\nprint x\n', 'cell-3');
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(PySyntaxError);
    const err = caught as PySyntaxError;
    expect(err.toInfo()).toEqual({
      type: 'SyntaxError',
      msg: "Missing parentheses in call to 'print'. Did you mean print(...)?",
      filename: 'cell-3',
      lineno: 2,
      offset: 1,
      end_lineno: 2,
      end_offset: 8,
      text: 'print x\n',
    });
    expect(err.name).toBe('SyntaxError');
    expect(err.message).toBe(err.msg);
  });
});

describe('tokenize', () => {
  it('emits INDENT and DEDENT around blocks and ignores blank and comment lines', () => {
    const kinds = tokenize('if x:\n    a\n\n    # c\n    b\nc\n').tokens.map((t) => (t.kind === 'NAME' || t.kind === 'OP' ? t.text : t.kind));
    expect(kinds).toEqual(['if', 'x', ':', 'NEWLINE', 'INDENT', 'a', 'NEWLINE', 'b', 'NEWLINE', 'DEDENT', 'c', 'NEWLINE', 'ENDMARKER']);
  });

  it('joins lines inside brackets and after a backslash', () => {
    const kinds = tokenize('x = (1,\n  2) + \\\n 3\n').tokens.map((t) => t.kind);
    expect(kinds.filter((k) => k === 'NEWLINE')).toHaveLength(1);
  });
});
