export { parseStatement, SqlParser } from './statement-parser';
export type { ParseOptions } from './statement-parser';
export { tokenize, syntaxAt } from './lexer';
