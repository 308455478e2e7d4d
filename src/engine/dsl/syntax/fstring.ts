// f-strings as CPython 3.11 parses them: the token is one STRING; its `{...}` fields are cut out
// by scanning brackets and quotes, and each expression is parsed from "(" + text + ")" with its
// tokens shifted to where the text sits in the file. Literal pieces and FormattedValues span the
// whole concatenated string; a format spec's JoinedStr spans its own token (3.11's quirks).

import type * as A from '../ast';
import { starExpressions } from './expressions';
import { PySyntaxError } from './errors';
import { Parser } from './parser-state';
import { decodeEscapes, type StringToken } from './strings';

/** A decoded literal piece, or a replacement field. */
export type FPart = string | A.FormattedValue;

const CONVERSIONS: Readonly<Record<string, number>> = { s: 115, r: 114, a: 97 };
const CLOSE_OF: Readonly<Record<string, string>> = { ')': '(', ']': '[', '}': '{' };

interface Scan {
  k: number;
  /** Format-spec nesting: CPython allows a field inside a spec, not one level deeper. */
  depth: number;
  /** Constant.kind of the whole concatenation ('u' when its first literal has a `u` prefix). */
  kind: string | null;
}

export function fstringParts(p: Parser, s: StringToken, whole: A.Pos, kind: string | null): FPart[] {
  return literalAndFields(p, s, whole, { k: 0, depth: 0, kind }, false);
}

function literalAndFields(p: Parser, s: StringToken, whole: A.Pos, st: Scan, inSpec: boolean): FPart[] {
  const body = s.body;
  const parts: FPart[] = [];
  const fail = (msg: string): never => p.errorAtLast(msg);
  let raw = '';
  let segStart = st.k;
  const flush = (upTo: number): void => {
    raw += body.slice(segStart, upTo);
    if (raw) parts.push(s.raw ? raw : decodeEscapes(raw, false, fail));
    raw = '';
  };
  while (st.k < body.length) {
    const c = body[st.k];
    if (c === '\\' && !s.raw) {
      // `\N{NAME}` braces belong to the escape, not to a replacement field.
      if (body[st.k + 1] === 'N' && body[st.k + 2] === '{') {
        const close = body.indexOf('}', st.k);
        st.k = close < 0 ? body.length : close + 1;
      } else st.k += 2;
      continue;
    }
    if (c === '{') {
      if (!inSpec && body[st.k + 1] === '{') {
        raw += body.slice(segStart, st.k + 1);
        st.k += 2;
        segStart = st.k;
        continue;
      }
      flush(st.k);
      st.k++;
      parts.push(...field(p, s, whole, st));
      segStart = st.k;
      continue;
    }
    if (c === '}') {
      if (inSpec) break;
      if (body[st.k + 1] === '}') {
        raw += body.slice(segStart, st.k + 1);
        st.k += 2;
        segStart = st.k;
        continue;
      }
      fail("f-string: single '}' is not allowed");
    }
    st.k++;
  }
  flush(st.k);
  return parts;
}

/** One `{expr[=][!c][:spec]}`; `st.k` is just after the '{'. Returns the debug text and the field. */
function field(p: Parser, s: StringToken, whole: A.Pos, st: Scan): FPart[] {
  const body = s.body;
  const fail = (msg: string): never => p.errorAtLast(msg);
  if (st.depth >= 2) fail('f-string: expressions nested too deeply');
  const exprStart = st.k;
  const stack: string[] = [];
  let quote = '';
  for (; st.k < body.length; st.k++) {
    const ch = body[st.k];
    if (ch === '\\') fail('f-string expression part cannot include a backslash');
    if (quote) {
      if (body.startsWith(quote, st.k)) {
        st.k += quote.length - 1;
        quote = '';
      }
      continue;
    }
    if (ch === "'" || ch === '"') {
      quote = body[st.k + 1] === ch && body[st.k + 2] === ch ? ch.repeat(3) : ch;
      st.k += quote.length - 1;
    } else if (ch === '[' || ch === '(' || ch === '{') {
      stack.push(ch);
    } else if (ch === '#') {
      fail("f-string expression part cannot include '#'");
    } else if (stack.length === 0 && '!:}=<>'.includes(ch)) {
      const next = body[st.k + 1];
      if (next === '=' && (ch === '!' || ch === '=' || ch === '<' || ch === '>')) {
        st.k++;
        continue;
      }
      if (ch === '<' || ch === '>') continue;
      break;
    } else if (ch === ']' || ch === ')' || ch === '}') {
      const open = stack.pop();
      if (open === undefined) fail(`f-string: unmatched '${ch}'`);
      if (open !== CLOSE_OF[ch]) fail(`f-string: closing parenthesis '${ch}' does not match opening parenthesis '${open}'`);
    }
  }
  if (quote) fail('f-string: unterminated string');
  if (stack.length > 0) fail(`f-string: unmatched '${stack[stack.length - 1]}'`);
  if (st.k >= body.length) fail("f-string: expecting '}'");
  const exprText = body.slice(exprStart, st.k);
  if (!/[^ \t\f\n\r]/.test(exprText)) {
    const stop = body[st.k];
    fail(stop === '!' || stop === ':' || stop === '=' ? `f-string: expression required before '${stop}'` : 'f-string: empty expression not allowed');
  }
  const value = compileField(p, s, exprStart - 1, exprText);
  const parts: FPart[] = [];
  let conversion = -1;
  let debug = false;
  if (body[st.k] === '=') {
    st.k++;
    while (st.k < body.length && ' \t\n\f\r'.includes(body[st.k])) st.k++;
    parts.push(body.slice(exprStart, st.k));
    debug = true;
  }
  if (body[st.k] === '!') {
    st.k++;
    if (st.k >= body.length) fail("f-string: expecting '}'");
    const conv = CONVERSIONS[body[st.k]];
    if (conv === undefined) fail("f-string: invalid conversion character: expected 's', 'r', or 'a'");
    conversion = conv;
    st.k++;
  }
  let formatSpec: A.JoinedStr | null = null;
  if (st.k < body.length && body[st.k] === ':') {
    st.k++;
    formatSpec = formatSpecNode(p, s, whole, st);
  }
  if (st.k >= body.length || body[st.k] !== '}') fail("f-string: expecting '}'");
  st.k++;
  if (debug && conversion === -1 && formatSpec === null) conversion = 114;
  parts.push({ _type: 'FormattedValue', value, conversion, format_spec: formatSpec, ...whole });
  return parts;
}

function formatSpecNode(p: Parser, s: StringToken, whole: A.Pos, st: Scan): A.JoinedStr {
  const t = s.tok;
  const own: A.Pos = { lineno: t.line, col_offset: t.col, end_lineno: t.endLine, end_col_offset: t.endCol };
  st.depth++;
  const parts = literalAndFields(p, s, whole, st, true);
  st.depth--;
  const values: (A.Constant | A.FormattedValue)[] = [];
  let text = '';
  for (const part of parts) {
    if (typeof part === 'string') {
      text += part;
      continue;
    }
    if (text) values.push({ _type: 'Constant', value: text, kind: st.kind, ...whole });
    text = '';
    values.push(part);
  }
  // CPython derives this one's kind from the f-string token itself, which has no `u` prefix.
  if (text) values.push({ _type: 'Constant', value: text, kind: null, ...own });
  return { _type: 'JoinedStr', values, ...own };
}

/** Parses a field's expression where it sits in the file; `brace` indexes s.body. */
function compileField(p: Parser, s: StringToken, brace: number, exprText: string): A.Expr {
  const t = s.tok;
  const text = t.text;
  const braceAt = s.bodyStart + brace;
  let lines = 0;
  let lastNl = -1;
  for (let k = 0; k < braceAt; k++) {
    if (text.charCodeAt(k) === 10) {
      lines++;
      lastNl = k;
    }
  }
  const afterBrace = text.slice(braceAt + 1).match(/^[ \t\f]*([}\n]|$)/);
  let cols = 0;
  if (!afterBrace) cols = lastNl >= 0 ? braceAt - lastNl - 1 : braceAt;
  const baseLine = t.line + lines;
  const baseCol = lines !== 0 ? cols : t.col + cols;
  const subSource = '(' + exprText + ')';
  const sub = new Parser(subSource, p.filename);
  let e: A.Expr;
  try {
    e = starExpressions(sub);
    if (sub.peek().kind !== 'NEWLINE') sub.fail();
  } catch (err) {
    if (!(err instanceof PySyntaxError)) throw err;
    // CPython 3.11 reports the field's line but columns and text of "(" + expression + ")".
    const subLines = subSource.split('\n');
    const text = subLines[err.lineno - 1] + (err.lineno < subLines.length ? '\n' : '\n');
    throw new PySyntaxError({ ...err.toInfo(), msg: `f-string: ${err.msg}`, lineno: baseLine + err.lineno - 1, text });
  }
  shiftPositions(e, baseLine, baseCol);
  return e;
}

/** Moves nodes parsed from the field's text to where that text sits in the file. */
function shiftPositions(node: unknown, baseLine: number, baseCol: number): void {
  if (Array.isArray(node)) {
    for (const x of node) shiftPositions(x, baseLine, baseCol);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const n = node as Record<string, unknown>;
  if (typeof n.lineno === 'number' && typeof n.col_offset === 'number') {
    const pos = n as unknown as A.Pos;
    if (pos.lineno === 1) pos.col_offset += baseCol;
    if (pos.end_lineno === 1) pos.end_col_offset += baseCol;
    pos.lineno += baseLine - 1;
    pos.end_lineno += baseLine - 1;
  }
  for (const key in n) {
    const v = n[key];
    if (v !== null && typeof v === 'object' && key !== 'ctx' && key !== 'op') shiftPositions(v, baseLine, baseCol);
  }
}
