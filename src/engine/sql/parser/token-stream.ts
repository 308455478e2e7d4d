/** Cursor over tokens with the small look-ahead helpers every parser layer uses. */
import { syntaxAt, tokenize } from './lexer';
import type { Token } from './lexer';

/** Words that never serve as implicit aliases (Spark's reserved words in non-ANSI mode, and clause starters). */
export const NON_ALIAS = new Set([
  'from', 'where', 'group', 'order', 'having', 'limit', 'offset', 'union', 'except', 'intersect', 'minus', 'join',
  'on', 'inner', 'left', 'right', 'full', 'cross', 'natural', 'lateral', 'window', 'sort', 'cluster', 'distribute',
  'as', 'and', 'or', 'using', 'semi', 'anti', 'pivot', 'tablesample', 'select', 'when', 'then', 'else', 'end',
  'outer', 'not', 'in', 'is', 'like', 'between', 'with', 'into', 'values', 'by', 'asc', 'desc', 'nulls', 'rlike', 'ilike',
  'for', 'over', 'unpivot', 'fetch',
]);

export class TokenStream {
  protected readonly toks: Token[];
  protected i = 0;

  constructor(readonly sql: string) {
    this.toks = tokenize(sql);
  }

  protected peek(k = 0): Token {
    return this.toks[Math.min(this.i + k, this.toks.length - 1)]!;
  }
  protected next(): Token {
    const t = this.peek();
    if (t.kind !== 'eof') this.i++;
    return t;
  }
  /** True when the token at k is the (case-insensitive) keyword `w`. */
  protected isKw(w: string, k = 0): boolean {
    const t = this.peek(k);
    return t.kind === 'ident' && t.text.toLowerCase() === w;
  }
  protected isOp(op: string, k = 0): boolean {
    const t = this.peek(k);
    return t.kind === 'op' && t.text === op;
  }
  protected acceptKw(...words: string[]): boolean {
    for (let k = 0; k < words.length; k++) if (!this.isKw(words[k]!, k)) return false;
    this.i += words.length;
    return true;
  }
  protected acceptOp(op: string): boolean {
    if (this.isOp(op)) {
      this.i++;
      return true;
    }
    return false;
  }
  protected expectKw(w: string): void {
    if (!this.acceptKw(w)) throw this.error();
  }
  protected expectOp(op: string): void {
    if (!this.acceptOp(op)) throw this.error();
  }
  protected error(t: Token = this.peek(), hint = ''): Error {
    const near = t.kind === 'eof' ? '' : this.sql.slice(t.start, t.end);
    return syntaxAt(this.sql, t.start, near, hint);
  }
  /** An identifier (plain or back-quoted). */
  protected ident(): string {
    const t = this.peek();
    if (t.kind === 'ident' || t.kind === 'quoted') {
      this.i++;
      return t.text;
    }
    throw this.error();
  }
  protected isIdent(k = 0): boolean {
    const t = this.peek(k);
    return t.kind === 'ident' || t.kind === 'quoted';
  }
  /** a.b.c */
  protected multipartName(): string[] {
    const parts = [this.ident()];
    while (this.isOp('.') && this.isIdent(1)) {
      this.i++;
      parts.push(this.ident());
    }
    return parts;
  }
  /** An optional alias: `AS x` or a bare identifier that does not start a clause. */
  protected optionalAlias(): string | undefined {
    if (this.acceptKw('as')) return this.ident();
    const t = this.peek();
    if (t.kind === 'quoted') return this.ident();
    if (t.kind === 'ident' && !NON_ALIAS.has(t.text.toLowerCase())) return this.ident();
    return undefined;
  }
}
