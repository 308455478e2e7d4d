// Statements and blocks. Compound statements end where their last nested statement ends.

import type * as A from '../ast';
import { compoundStatement } from './compound';
import type { Parser } from './parser-state';
import type { Token } from './tokens';
import { simpleStatements } from './simple-statements';

const COMPOUND_KEYWORDS = new Set(['if', 'while', 'for', 'try', 'with', 'def', 'class', 'async']);

/** One statement line: a compound statement, or a line of simple statements. */
export function statement(p: Parser): A.Stmt[] {
  const t = p.peek();
  if (t.kind === 'OP' && t.text === '@') return [compoundStatement(p)];
  if (t.kind === 'NAME' && (COMPOUND_KEYWORDS.has(t.text) || isMatchStart(p))) {
    const s = compoundStatement(p, true);
    if (s) return [s];
  }
  return simpleStatements(p);
}

/** `match` is a soft keyword: a match statement only if `match <subject>:` follows. */
function isMatchStart(p: Parser): boolean {
  const t = p.peek();
  if (t.text !== 'match') return false;
  const n = p.peek(1);
  if (n.kind === 'NEWLINE' || (n.kind === 'OP' && n.text !== '(' && n.text !== '[' && n.text !== '{' && n.text !== '-' && n.text !== '*' && n.text !== '~' && n.text !== '+')) return false;
  return true;
}

export type BlockOwner = string;

/** block: NEWLINE INDENT statements DEDENT, or simple statements on the header's line. */
export function block(p: Parser, owner: BlockOwner, headerLine: number): A.Stmt[] {
  if (p.peek().kind !== 'NEWLINE') return simpleStatements(p);
  p.i++;
  if (p.peek().kind !== 'INDENT') {
    const what = owner ? `after ${owner} on line ${headerLine}` : '';
    p.errorAtLast(what ? `expected an indented block ${what}` : 'expected an indented block', 'IndentationError');
  }
  p.i++;
  const body: A.Stmt[] = [];
  while (p.peek().kind !== 'DEDENT') {
    for (const s of statement(p)) body.push(s);
  }
  p.i++;
  return body;
}

/** Gives a compound statement its span: from token `start` to the end of its last statement. */
export function spanTo<T extends { _type: string }>(node: T, start: Token, stmts: A.Stmt[]): T & A.Pos {
  const last = stmts[stmts.length - 1];
  const n = node as T & A.Pos;
  n.lineno = start.line;
  n.col_offset = start.col;
  n.end_lineno = last.end_lineno;
  n.end_col_offset = last.end_col_offset;
  return n;
}
