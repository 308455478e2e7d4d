/** Tokens of Spark's SQL dialect, each with its start offset for error carets. */
import { ParseException } from '../errors';

export type TokenKind = 'ident' | 'quoted' | 'number' | 'string' | 'op' | 'eof';

export interface Token {
  readonly kind: TokenKind;
  /** Identifier text (unquoted), literal text, or operator. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const OPS = ['<=>', '==', '!=', '<>', '<=', '>=', '||', '&&', '->', '::', '=', '<', '>', '+', '-', '*', '/', '%', '(', ')', ',', '.', ';', '[', ']', '~', '&', '|', '^', ':', '!', '{', '}'];

export function tokenize(sql: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  const n = sql.length;
  let inHint = false;
  while (i < n) {
    const c = sql[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === '-' && sql[i + 1] === '-') {
      while (i < n && sql[i] !== '\n') i++;
      continue;
    }
    if (inHint && c === '*' && sql[i + 1] === '/') {
      out.push({ kind: 'op', text: '*/', start: i, end: i + 2 });
      inHint = false;
      i += 2;
      continue;
    }
    const prev = out[out.length - 1];
    if (c === '/' && sql[i + 1] === '*' && sql[i + 2] === '+' && !inHint && prev?.kind === 'ident' && prev.text.toLowerCase() === 'select') {
      // A hint comment after SELECT (slash-star-plus REPARTITION(4) star-slash): its contents are tokens.
      out.push({ kind: 'op', text: '/*+', start: i, end: i + 3 });
      inHint = true;
      i += 3;
      continue;
    }
    if (c === '/' && sql[i + 1] === '*') {
      let depth = 1;
      i += 2;
      while (i < n && depth > 0) {
        if (sql[i] === '/' && sql[i + 1] === '*') {
          depth++;
          i += 2;
        } else if (sql[i] === '*' && sql[i + 1] === '/') {
          depth--;
          i += 2;
        } else i++;
      }
      continue;
    }
    const start = i;
    if (c === "'" || c === '"') {
      let s = '';
      i++;
      while (i < n && sql[i] !== c) {
        if (sql[i] === '\\' && i + 1 < n) {
          // Spark's unescapeSQLString: octal \ddd, \uXXXX, and \% / \_ keep their backslash.
          const e = sql[i + 1]!;
          const oct = /^[0-3][0-7]{2}/.exec(sql.slice(i + 1, i + 4));
          const uni = e === 'u' ? /^[0-9a-fA-F]{4}/.exec(sql.slice(i + 2, i + 6)) : null;
          if (oct) {
            s += String.fromCharCode(parseInt(oct[0], 8));
            i += 4;
          } else if (uni) {
            s += String.fromCharCode(parseInt(uni[0], 16));
            i += 6;
          } else {
            s += e === '%' || e === '_' ? '\\' + e : ({ n: '\n', t: '\t', r: '\r', '0': '\0', b: '\b', Z: '\x1a' } as Record<string, string>)[e] ?? e;
            i += 2;
          }
        } else s += sql[i++];
      }
      if (i >= n) throw syntaxAt(sql, start, sql.slice(start));
      i++;
      out.push({ kind: 'string', text: s, start, end: i });
      continue;
    }
    if (c === '`') {
      let s = '';
      i++;
      for (;;) {
        if (i >= n) throw syntaxAt(sql, start, sql.slice(start));
        if (sql[i] === '`') {
          if (sql[i + 1] === '`') {
            s += '`';
            i += 2;
            continue;
          }
          break;
        }
        s += sql[i++];
      }
      i++;
      out.push({ kind: 'quoted', text: s, start, end: i });
      continue;
    }
    if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(sql[i + 1] ?? ''))) {
      const m = /^(\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)(BD|[LSYDF])?(?![A-Za-z_0-9])/i.exec(sql.slice(i));
      if (m) {
        i += m[0].length;
        out.push({ kind: 'number', text: m[0], start, end: i });
        continue;
      }
    }
    if (/[A-Za-z_0-9]/.test(c) || c.charCodeAt(0) > 127) {
      while (i < n && (/[A-Za-z_0-9$]/.test(sql[i]!) || sql.charCodeAt(i) > 127)) i++;
      out.push({ kind: 'ident', text: sql.slice(start, i), start, end: i });
      continue;
    }
    const op = OPS.find((o) => sql.startsWith(o, i));
    if (!op) throw syntaxAt(sql, start, c);
    i += op.length;
    out.push({ kind: 'op', text: op, start, end: i });
  }
  out.push({ kind: 'eof', text: '', start: n, end: n });
  return out;
}

/** Spark 3.5's PARSE_SYNTAX_ERROR with `(line l, pos p)` and the caret snippet. */
export function syntaxAt(sql: string, offset: number, near: string, hint = ''): ParseException {
  const before = sql.slice(0, offset);
  const line = before.split('\n').length;
  const pos = offset - (before.lastIndexOf('\n') + 1);
  const nearText = near === '' ? 'end of input' : `'${near}'`;
  const lines = sql.split('\n');
  const snippet = [...lines.slice(0, line), '-'.repeat(pos) + '^^^', ...lines.slice(line)].join('\n');
  const msg = `[PARSE_SYNTAX_ERROR] Syntax error at or near ${nearText}${hint}.(line ${line}, pos ${pos})\n\n== SQL ==\n${snippet}\n`;
  return new ParseException(msg, 'PARSE_SYNTAX_ERROR', { error: nearText, hint });
}
