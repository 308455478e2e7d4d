// The tokenizer: CPython's token stream (NEWLINE / INDENT / DEDENT, implicit joining inside
// brackets, backslash continuation) with its error messages and positions. It runs eagerly; a
// tokenizer error becomes a final ERRORTOKEN carrying the error, thrown when the parser reaches it,
// because CPython tokenizes lazily and reports parse errors met earlier in the file first.

import { PySyntaxError, type SyntaxErrorType } from './errors';
import { scanNumber } from './lex-number';
import type { Token, TokenKind } from './tokens';

export interface LexResult {
  tokens: Token[];
  /** The tokenizer error at the last token (kind ERRORTOKEN), if tokenizing stopped early. */
  error: PySyntaxError | null;
  /**
   * Whether that error replaces a parse error met earlier in the file. CPython's tokenizer raises
   * most errors at once, but only flags indentation, line-continuation and end-of-file errors,
   * which then surface only when the parser reaches them.
   */
  errorOverrides: boolean;
  lines: string[];
}

// Operator texts are looked up by character codes and shared, not sliced from the source.
const OPS3 = ['**=', '//=', '>>=', '<<=', '...'];
// '<>' is one token (CPython's NOTEQUAL spelled the Python 2 way) that no rule accepts.
const OPS2 = ['**', '//', '>>', '<<', '<=', '>=', '==', '!=', '<>', '->', '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '@=', ':='];
const OPS1 = '+-*/%@&|^~<>()[]{},:;.=';
const ONE: (string | undefined)[] = [];
for (const op of OPS1) ONE[op.charCodeAt(0)] = op;
const TWO = new Map<number, string>(OPS2.map((op) => [op.charCodeAt(0) * 128 + op.charCodeAt(1), op]));
const THREE = new Map<number, string>(OPS3.map((op) => [(op.charCodeAt(0) * 128 + op.charCodeAt(1)) * 128 + op.charCodeAt(2), op]));
const PREFIXES = new Set(['r', 'u', 'b', 'f', 'br', 'rb', 'fr', 'rf']);
const CLOSING: Record<string, string> = { ')': '(', ']': '[', '}': '{' };

const ID_START = /[\p{XID_Start}_]/u;
const ID_CONTINUE = /[\p{XID_Continue}]/u;
const NON_PRINTABLE = /^[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]$/u;

const isAsciiIdStart = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
const isAsciiIdChar = (c: number): boolean => isAsciiIdStart(c) || (c >= 48 && c <= 57);

class LexFailure {
  constructor(readonly error: PySyntaxError) {}
}

export function tokenize(source: string, filename = '<string>'): LexResult {
  const src = source.includes('\r') ? source.replace(/\r\n?/g, '\n') : source;
  const lines = src.split('\n');
  const tokens: Token[] = [];
  const parens: { ch: string; line: number; col: number }[] = [];
  const indents = [0];
  const altIndents = [0];
  let pos = 0;
  let line = 1;
  let lineStart = 0;
  let atLineStart = true;
  let softError = false;
  let commentAt = -1;
  // Text of line n as CPython shows it in SyntaxError.text (with the newline it has, if any).
  const lineText = (n: number): string => (n < lines.length ? lines[n - 1] + '\n' : (lines[n - 1] ?? ''));

  const fail = (type: SyntaxErrorType, msg: string, lineno: number, offset: number, endOffset = offset, text = lineText(lineno)): never => {
    throw new LexFailure(new PySyntaxError({ type, msg, filename, lineno, offset, end_lineno: lineno, end_offset: endOffset, text }));
  };
  const softFail = (type: SyntaxErrorType, msg: string, lineno: number, offset: number, endOffset = offset, text = lineText(lineno)): never => {
    softError = true;
    return fail(type, msg, lineno, offset, endOffset, text);
  };
  // The error text of tokenizer errors stops at the cursor's line end, without the newline.
  const failHere = (cur: number, msg: string, endCur?: number, utf8 = false): never => {
    const column = (at: number): number => (utf8 ? new TextEncoder().encode(src.slice(lineStart, at)).length : at - lineStart);
    return fail('SyntaxError', msg, line, column(cur), column(endCur ?? cur), lines[line - 1]);
  };

  const push = (kind: TokenKind, text: string, startPos: number, startLine: number, startCol: number): void => {
    tokens.push({ kind, text, line: startLine, col: startCol, endLine: line, endCol: pos - lineStart, level: parens.length });
    void startPos;
  };

  const indentation = (): boolean => {
    let col = 0;
    let alt = 0;
    for (;;) {
      const c = src.charCodeAt(pos);
      if (c === 32) {
        col++;
        alt++;
      } else if (c === 9) {
        col = (Math.floor(col / 8) + 1) * 8;
        alt++;
      } else if (c === 12) {
        col = alt = 0;
      } else break;
      pos++;
    }
    const c = src.charCodeAt(pos);
    if (c === 35 || c === 10 || pos >= src.length) return false;
    const top = indents[indents.length - 1];
    const tabError = (): never => softFail('TabError', 'inconsistent use of tabs and spaces in indentation', line, 1, 0);
    if (col === top) {
      if (alt !== altIndents[altIndents.length - 1]) tabError();
    } else if (col > top) {
      if (alt <= altIndents[altIndents.length - 1]) tabError();
      indents.push(col);
      altIndents.push(alt);
      push('INDENT', src.slice(lineStart, pos), pos, line, 0);
    } else {
      // Check the whole dedent before emitting any DEDENT, as CPython's tokenizer does.
      let dedents = 0;
      while (indents.length > 1 && col < indents[indents.length - 1]) {
        indents.pop();
        altIndents.pop();
        dedents++;
      }
      if (col !== indents[indents.length - 1]) {
        softFail('IndentationError', 'unindent does not match any outer indentation level', line, lineText(line).length + (line < lines.length ? 0 : 1));
      }
      if (alt !== altIndents[altIndents.length - 1]) tabError();
      for (let k = 0; k < dedents; k++) push('DEDENT', '', pos, line, pos - lineStart);
    }
    return true;
  };

  // CPython names the line of the last character read, not the empty line after a final newline.
  const detectedLine = (): number => (pos >= src.length && src.endsWith('\n') ? line - 1 : line);

  const scanString = (start: number, quoteAt: number): void => {
    const startLine = line;
    const startCol = start - lineStart;
    const q = src.charCodeAt(quoteAt);
    const triple = src.charCodeAt(quoteAt + 1) === q && src.charCodeAt(quoteAt + 2) === q;
    pos = quoteAt + (triple ? 3 : 1);
    for (;;) {
      if (pos >= src.length) {
        if (triple) {
          fail('SyntaxError', `unterminated triple-quoted string literal (detected at line ${detectedLine()})`, startLine, startCol + 1, startCol + 1, lines[startLine - 1]);
        }
        fail('SyntaxError', `unterminated string literal (detected at line ${detectedLine()})`, startLine, startCol + 1, startCol + 1, lines[startLine - 1]);
      }
      const c = src.charCodeAt(pos);
      if (c === 92) {
        pos++;
        if (src.charCodeAt(pos) === 10) {
          line++;
          lineStart = pos + 1;
        }
        pos++;
      } else if (c === 10) {
        if (!triple) {
          fail('SyntaxError', `unterminated string literal (detected at line ${line})`, startLine, startCol + 1, startCol + 1, lines[startLine - 1]);
        }
        pos++;
        line++;
        lineStart = pos;
      } else if (c === q && (!triple || (src.charCodeAt(pos + 1) === q && src.charCodeAt(pos + 2) === q))) {
        pos += triple ? 3 : 1;
        break;
      } else pos++;
    }
    tokens.push({ kind: 'STRING', text: src.slice(start, pos), line: startLine, col: startCol, endLine: line, endCol: pos - lineStart, level: parens.length });
  };

  const scanName = (): void => {
    const start = pos;
    let ascii = true;
    for (;;) {
      const c = src.charCodeAt(pos);
      if (isAsciiIdChar(c)) pos++;
      else if (c >= 128) {
        const cp = src.codePointAt(pos) as number;
        const ch = String.fromCodePoint(cp);
        if (!ID_CONTINUE.test(ch)) break;
        ascii = false;
        pos += ch.length;
      } else break;
    }
    const text = src.slice(start, pos);
    const q = src.charCodeAt(pos);
    if ((q === 39 || q === 34) && text.length <= 2 && PREFIXES.has(text.toLowerCase())) {
      scanString(start, pos);
      return;
    }
    // Identifiers are NFKC-normalised, as CPython does for non-ASCII names.
    tokens.push({ kind: 'NAME', text: ascii ? text : text.normalize('NFKC'), line, col: start - lineStart, endLine: line, endCol: pos - lineStart, level: parens.length });
  };

  const scanOp = (): void => {
    const start = pos;
    const col = start - lineStart;
    const c0 = src.charCodeAt(pos);
    const c1 = src.charCodeAt(pos + 1);
    const pair = c1 < 128 ? c0 * 128 + c1 : -1;
    let text = pair >= 0 ? TWO.get(pair) : undefined;
    if (text !== undefined) {
      const c2 = src.charCodeAt(pos + 2);
      if (c2 < 128) text = THREE.get(pair * 128 + c2) ?? text;
    } else if (c0 === 46 && c1 === 46 && src.charCodeAt(pos + 2) === 46) {
      text = '...';
    } else text = ONE[c0];
    if (text === undefined) {
      const cp = src.codePointAt(pos) as number;
      const ch = String.fromCodePoint(cp);
      if (cp >= 128) {
        if (NON_PRINTABLE.test(ch)) failHere(pos + 1, `invalid non-printable character U+${cp.toString(16).toUpperCase().padStart(4, '0')}`);
        failHere(pos + 1, `invalid character '${ch}' (U+${cp.toString(16).toUpperCase().padStart(4, '0')})`);
      }
      pos += ch.length;
      tokens.push({ kind: 'ERRORTOKEN', text: ch, line, col, endLine: line, endCol: pos - lineStart, level: parens.length });
      return;
    }
    if (text === '(' || text === '[' || text === '{') {
      parens.push({ ch: text, line, col });
      tokens.push({ kind: 'OP', text, line, col, endLine: line, endCol: col + 1, level: parens.length });
      pos++;
      return;
    }
    if (text === ')' || text === ']' || text === '}') {
      const open = parens.pop();
      if (!open) failHere(pos + 1, `unmatched '${text}'`);
      else if (open.ch !== CLOSING[text]) {
        const where = open.line !== line ? ` on line ${open.line}` : '';
        failHere(pos + 1, `closing parenthesis '${text}' does not match opening parenthesis '${open.ch}'${where}`);
      }
    }
    pos += text.length;
    tokens.push({ kind: 'OP', text, line, col, endLine: line, endCol: pos - lineStart, level: parens.length });
  };

  const run = (): void => {
    for (;;) {
      if (atLineStart) {
        atLineStart = false;
        if (parens.length === 0 && !indentation()) {
          // A blank or comment-only line: no tokens, no indentation change.
          while (pos < src.length && src.charCodeAt(pos) !== 10) pos++;
          if (pos >= src.length) break;
          pos++;
          line++;
          lineStart = pos;
          atLineStart = true;
          continue;
        }
      }
      let c = src.charCodeAt(pos);
      while (c === 32 || c === 9 || c === 12) c = src.charCodeAt(++pos);
      if (pos >= src.length) break;
      if (c === 35) {
        commentAt = pos;
        while (pos < src.length && src.charCodeAt(pos) !== 10) pos++;
        continue;
      }
      if (c === 10) {
        if (parens.length === 0) {
          // CPython's NEWLINE has no width, or spans the comment before it.
          const col = (commentAt >= lineStart ? commentAt : pos) - lineStart;
          tokens.push({ kind: 'NEWLINE', text: '\n', line, col, endLine: line, endCol: pos - lineStart, level: 0 });
        }
        pos++;
        line++;
        lineStart = pos;
        atLineStart = parens.length === 0;
        continue;
      }
      if (c === 92) {
        if (pos + 1 >= src.length) softFail('SyntaxError', 'unexpected EOF while parsing', line, pos - lineStart + 2, -1, lines[line - 1] + '\n');
        if (src.charCodeAt(pos + 1) === 10) {
          pos += 2;
          line++;
          lineStart = pos;
          if (pos >= src.length) softFail('SyntaxError', 'unexpected EOF while parsing', line - 1, lines[line - 2].length + 1);
          continue;
        }
        softError = true;
        failHere(pos + 2, 'unexpected character after line continuation character', lineStart);
      }
      if (isAsciiIdStart(c)) scanName();
      else if ((c >= 48 && c <= 57) || (c === 46 && src.charCodeAt(pos + 1) >= 48 && src.charCodeAt(pos + 1) <= 57)) {
        const start = pos;
        pos = scanNumber(src, pos, failHere);
        push('NUMBER', src.slice(start, pos), start, line, start - lineStart);
      } else if (c === 39 || c === 34) scanString(pos, pos);
      else if (c >= 128 && ID_START.test(String.fromCodePoint(src.codePointAt(pos) as number))) scanName();
      else scanOp();
    }
    // End of input.
    const col = pos - lineStart;
    if (parens.length > 0) {
      tokens.push({ kind: 'EOF_IN_BRACKETS', text: '', line, col, endLine: line, endCol: col, level: parens.length });
      return;
    }
    const last = tokens[tokens.length - 1];
    if (last && last.kind !== 'NEWLINE' && last.kind !== 'DEDENT' && last.kind !== 'INDENT') {
      const start = commentAt >= lineStart ? commentAt - lineStart : col;
      tokens.push({ kind: 'NEWLINE', text: '', line, col: start, endLine: line, endCol: col, level: 0 });
    }
    for (let i = 1; i < indents.length; i++) {
      tokens.push({ kind: 'DEDENT', text: '', line, col, endLine: line, endCol: col, level: 0 });
    }
    tokens.push({ kind: 'ENDMARKER', text: '', line, col, endLine: line, endCol: col, level: 0 });
  };

  try {
    run();
    return { tokens, error: null, errorOverrides: false, lines };
  } catch (e) {
    if (!(e instanceof LexFailure)) throw e;
    tokens.push({ kind: 'ERRORTOKEN', text: '', line, col: pos - lineStart, endLine: line, endCol: pos - lineStart, level: parens.length });
    return { tokens, error: e.error, errorOverrides: !softError, lines };
  }
}

/** Where an unclosed bracket was opened, for "'(' was never closed". */
export function unclosedBracket(tokens: Token[]): Token | null {
  const stack: Token[] = [];
  for (const t of tokens) {
    if (t.kind !== 'OP') continue;
    if (t.text === '(' || t.text === '[' || t.text === '{') stack.push(t);
    else if (t.text === ')' || t.text === ']' || t.text === '}') stack.pop();
  }
  return stack.length > 0 ? stack[stack.length - 1] : null;
}
