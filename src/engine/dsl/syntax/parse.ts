// Entry points: a module (`exec` mode) or a single expression (`eval` mode).

import type * as A from '../ast';
import { PySyntaxError } from './errors';
import { starExpressions } from './expressions';
import { secondPassError } from './second-pass';
import { unclosedBracket } from './lexer';
import { Parser } from './parser-state';
import { statement } from './statements';

/** Parses a module as `ast.parse(source)` does; throws PySyntaxError. */
export function parseModule(source: string, filename = '<string>'): A.Module {
  const p = new Parser(source, filename);
  return withCPythonErrorPriority(p, () => {
    const body: A.Stmt[] = [];
    while (p.peek().kind !== 'ENDMARKER') {
      for (const s of statement(p)) body.push(s);
    }
    return { _type: 'Module', body, type_ignores: [] };
  });
}

/** Parses one expression as `ast.parse(source, mode='eval')` does. */
export function parseExpression(source: string, filename = '<string>'): A.Expression {
  const p = new Parser(source, filename);
  return withCPythonErrorPriority(p, () => {
    const body = starExpressions(p);
    while (p.peek().kind === 'NEWLINE') p.i++;
    if (p.peek().kind !== 'ENDMARKER') p.fail();
    return { _type: 'Expression', body };
  });
}

/**
 * A parser error gives way, as in CPython, to a second-pass error before it, then to a tokenizer
 * error later in the file, or to an unclosed bracket opened on a line before the furthest token
 * the parser read.
 */
function withCPythonErrorPriority<T>(p: Parser, parse: () => T): T {
  try {
    return parse();
  } catch (e) {
    if (!(e instanceof PySyntaxError) || e === p.lexError) throw e;
    const replaced = secondPassError(p, e);
    if (!replaced && e === p.finalError) throw e;
    if (p.lexError && p.lexErrorOverrides) throw p.lexError;
    const last = p.toks[p.toks.length - 1];
    if (last.kind === 'EOF_IN_BRACKETS') {
      const open = unclosedBracket(p.toks);
      if (open && p.toks[p.furthestAny].line > open.line) p.neverClosed(open);
    }
    throw replaced ?? e;
  }
}
