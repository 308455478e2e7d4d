// Tokens of the Python tokenizer. Keywords are NAME tokens: the parser tells them apart, as
// CPython's does, so soft keywords (`match`, `case`, `_`) stay usable as names.

export type TokenKind =
  | 'NAME'
  | 'NUMBER'
  | 'STRING'
  | 'OP'
  | 'NEWLINE'
  | 'INDENT'
  | 'DEDENT'
  | 'ENDMARKER'
  /** A character no rule accepts (`$`, `?`): the parser reports "invalid syntax" there. */
  | 'ERRORTOKEN'
  /** End of input inside brackets: "'(' was never closed" if the parse fails there. */
  | 'EOF_IN_BRACKETS';

export interface Token {
  kind: TokenKind;
  /** Source text; for NEWLINE, '\n' or '' at the end of input. */
  text: string;
  line: number;
  col: number;
  endLine: number;
  endCol: number;
  /** Bracket depth before this token (CPython's `level`). */
  level: number;
}

export const KEYWORDS: ReadonlySet<string> = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue',
  'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in',
  'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
]);
