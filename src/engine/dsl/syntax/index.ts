// The PyFlint front end: Python 3.11 source → CPython-shaped AST (see ../AST.md).
export { parseModule, parseExpression } from './parse';
export { PySyntaxError } from './errors';
export type { SyntaxErrorInfo, SyntaxErrorType } from './errors';
export { tokenize } from './lexer';
export type { Token, TokenKind } from './tokens';
