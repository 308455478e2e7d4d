// The token cursor every grammar function shares, node positions, and CPython's error locations:
// a generic "invalid syntax" points at the furthest token the parser looked at, as CPython's does.

import { assertNever } from '../../util/assert-never';
import type { Expr, Pos } from '../ast';
import { PySyntaxError, type SyntaxErrorType } from './errors';
import { tokenize, unclosedBracket } from './lexer';
import type { Token } from './tokens';

export class Parser {
  readonly toks: Token[];
  readonly lines: string[];
  readonly filename: string;
  readonly lexError: PySyntaxError | null;
  readonly lexErrorOverrides: boolean;
  /** The furthest token read by any rule, including CPython's second-pass (invalid_*) rules. */
  furthestAny = 0;
  /**
   * Errors that CPython's second pass (run only when a file fails to parse) raises at a statement
   * the first pass accepted, keyed by the index of the token where that statement starts.
   */
  readonly deferred: { at: number; error: () => PySyntaxError }[] = [];
  /** The last generic failure thrown: recoverable where CPython's PEG parser backtracks. */
  softError: PySyntaxError | null = null;
  i = 0;
  furthest = 0;
  /** Set while parsing CPython's `*_without_invalid` rules, which raise no specific errors. */
  noInvalid = false;
  /** An error CPython reports without first tokenizing the rest of the file. */
  finalError: PySyntaxError | null = null;

  constructor(source: string, filename: string) {
    const lexed = tokenize(source, filename);
    this.toks = lexed.tokens;
    this.lines = lexed.lines;
    this.lexError = lexed.error;
    this.lexErrorOverrides = lexed.errorOverrides;
    this.filename = filename;
  }

  peek(k = 0): Token {
    const j = this.i + k;
    const last = this.toks.length - 1;
    const at = j > last ? last : j;
    if (at > this.furthest) {
      this.furthest = at;
      if (at > this.furthestAny) this.furthestAny = at;
    }
    const t = this.toks[at];
    if (at === last && this.lexError && t.kind === 'ERRORTOKEN') throw this.lexError;
    return t;
  }

  next(): Token {
    const t = this.peek();
    this.i++;
    return t;
  }

  isOp(text: string, k = 0): boolean {
    const t = this.peek(k);
    return t.kind === 'OP' && t.text === text;
  }

  isKw(text: string, k = 0): boolean {
    const t = this.peek(k);
    return t.kind === 'NAME' && t.text === text;
  }

  eatOp(text: string): boolean {
    if (this.isOp(text)) {
      this.i++;
      return true;
    }
    return false;
  }

  eatKw(text: string): boolean {
    if (this.isKw(text)) {
      this.i++;
      return true;
    }
    return false;
  }

  expectOp(text: string): Token {
    if (!this.isOp(text)) this.fail();
    return this.next();
  }

  expectKw(text: string): Token {
    if (!this.isKw(text)) this.fail();
    return this.next();
  }

  /** A forced token (`&&':'` in CPython's grammar): "expected ':'" at whatever is there instead. */
  forceOp(text: string): Token {
    if (!this.isOp(text)) this.errorAtToken(this.peek(), `expected '${text}'`);
    return this.next();
  }

  /** Span from the start of token `startTok` to the end of the last consumed token. */
  loc(startTok: number): Pos {
    const s = this.toks[startTok];
    const e = this.toks[this.i - 1];
    return { lineno: s.line, col_offset: s.col, end_lineno: e.endLine, end_col_offset: e.endCol };
  }

  /** Gives `node` the span from token `startTok` to the last consumed token (no temporaries). */
  fin<T extends { _type: string }>(node: T, startTok: number): T & Pos {
    const s = this.toks[startTok];
    const e = this.toks[this.i - 1];
    const n = node as T & Pos;
    n.lineno = s.line;
    n.col_offset = s.col;
    n.end_lineno = e.endLine;
    n.end_col_offset = e.endCol;
    return n;
  }

  /** Gives `node` the span of token `t`. */
  finTok<T extends { _type: string }>(node: T, t: Token): T & Pos {
    const n = node as T & Pos;
    n.lineno = t.line;
    n.col_offset = t.col;
    n.end_lineno = t.endLine;
    n.end_col_offset = t.endCol;
    return n;
  }

  lineText(n: number): string {
    return n < this.lines.length ? this.lines[n - 1] + '\n' : (this.lines[n - 1] ?? '');
  }

  error(type: SyntaxErrorType, msg: string, lineno: number, offset: number, endLineno: number | null, endOffset: number | null): never {
    throw new PySyntaxError({ type, msg, filename: this.filename, lineno, offset, end_lineno: endLineno, end_offset: endOffset, text: this.lineText(lineno) });
  }

  errorAtToken(t: Token, msg: string, type: SyntaxErrorType = 'SyntaxError'): never {
    this.error(type, msg, t.line, t.col + 1, t.endLine, t.endCol + 1);
  }

  /** CPython's RAISE_SYNTAX_ERROR_KNOWN_LOCATION / _RANGE: from node `a` to node `b`. */
  errorAtNode(a: Pos, msg: string, b: Pos = a): never {
    this.error('SyntaxError', msg, a.lineno, a.col_offset + 1, b.end_lineno, b.end_col_offset + 1);
  }

  /** CPython's RAISE_SYNTAX_ERROR / RAISE_INDENTATION_ERROR: at the last token fetched. */
  errorAtLast(msg: string, type: SyntaxErrorType = 'SyntaxError'): never {
    const t = this.toks[this.furthest];
    if (t.kind === 'INDENT' || t.kind === 'DEDENT' || t.kind === 'ENDMARKER') {
      if (this.atEof(this.furthest)) {
        // At the end, CPython's cursor sits after the newline of the last line.
        let n = this.lines.length;
        if (n > 1 && this.lines[n - 1] === '') n--;
        this.error(type, msg, n, this.lines[n - 1].length + 1, n, -1);
      }
      const text = this.lines[t.line - 1] ?? '';
      this.error(type, msg, t.line, text.length - text.trimStart().length, t.line, -1);
    }
    this.error(type, msg, t.line, t.col + 1, t.endLine, t.endCol + 1);
  }

  private atEof(k: number): boolean {
    for (let j = k; j < this.toks.length; j++) {
      const kind = this.toks[j].kind;
      if (kind !== 'DEDENT' && kind !== 'ENDMARKER') return false;
    }
    return true;
  }

  /** The generic failure: "invalid syntax", or what CPython reports instead in its place. */
  fail(): never {
    try {
      this.genericError();
    } catch (e) {
      if (e !== this.finalError && e !== this.lexError) this.softError = e as PySyntaxError;
      throw e;
    }
  }

  /** Is `e` a generic failure, from which a PEG parser would backtrack? */
  isSoft(e: unknown): boolean {
    return e !== null && e === this.softError;
  }

  private genericError(): never {
    const t = this.toks[this.furthest];
    try {
      if (t.kind === 'EOF_IN_BRACKETS') this.neverClosed(unclosedBracket(this.toks) as Token);
      if (t.kind === 'INDENT') this.errorAtLast('unexpected indent', 'IndentationError');
      if (t.kind === 'DEDENT') this.errorAtLast('unexpected unindent', 'IndentationError');
    } catch (e) {
      this.finalError = e as PySyntaxError;
      throw e;
    }
    // CPython tokenizes the rest of the file before settling for "invalid syntax".
    if (this.lexError && this.lexErrorOverrides) throw this.lexError;
    if (t.kind === 'ENDMARKER') {
      const n = this.lines.length > 1 && this.lines[this.lines.length - 1] === '' ? this.lines.length - 1 : this.lines.length;
      this.error('SyntaxError', 'invalid syntax', n, 0, n, 0);
    }
    const lastTok = this.toks[this.toks.length - 1];
    if (lastTok.kind === 'EOF_IN_BRACKETS') {
      const open = unclosedBracket(this.toks) as Token;
      if (this.toks[this.furthestAny].line > open.line) this.neverClosed(open);
    }
    this.errorAtToken(t, 'invalid syntax');
  }

  neverClosed(open: Token): never {
    this.error('SyntaxError', `'${open.text}' was never closed`, open.line, open.col + 1, open.line, 0);
  }
}

/** What CPython calls an expression in "cannot assign to %s" messages. */
export function exprName(e: Expr): string {
  switch (e._type) {
    case 'Attribute': return 'attribute';
    case 'Subscript': return 'subscript';
    case 'Starred': return 'starred';
    case 'Name': return 'name';
    case 'List': return 'list';
    case 'Tuple': return 'tuple';
    case 'Lambda': return 'lambda';
    case 'Call': return 'function call';
    case 'BoolOp': case 'BinOp': case 'UnaryOp': return 'expression';
    case 'GeneratorExp': return 'generator expression';
    case 'Yield': case 'YieldFrom': return 'yield expression';
    case 'Await': return 'await expression';
    case 'ListComp': return 'list comprehension';
    case 'SetComp': return 'set comprehension';
    case 'DictComp': return 'dict comprehension';
    case 'Dict': return 'dict literal';
    case 'Set': return 'set display';
    case 'JoinedStr': case 'FormattedValue': return 'f-string expression';
    case 'Constant':
      if (e.value === null) return 'None';
      if (e.value === true) return 'True';
      if (e.value === false) return 'False';
      if (typeof e.value === 'object' && 'ellipsis' in e.value) return 'ellipsis';
      return 'literal';
    case 'Compare': return 'comparison';
    case 'IfExp': return 'conditional expression';
    case 'NamedExpr': return 'named expression';
    case 'Slice': return 'slice';
    default: return assertNever(e, 'expression');
  }
}
