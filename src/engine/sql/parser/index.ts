export { parseStatement, SqlParser } from './statement-parser';
export { tokenize, syntaxAt } from './lexer';
