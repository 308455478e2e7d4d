// String and bytes literals: prefixes, escape sequences, and implicit concatenation of adjacent
// literals into one Constant, or one JoinedStr when any of them is an f-string.

import type * as A from '../ast';
import { fstringParts, type FPart } from './fstring';
import type { Parser } from './parser-state';
import type { Token } from './tokens';
import { unicodeByName } from './unicode-names';

export interface StringToken {
  tok: Token;
  raw: boolean;
  bytes: boolean;
  fstring: boolean;
  unicode: boolean;
  /** Offset of the body (after prefix and opening quotes) in tok.text. */
  bodyStart: number;
  body: string;
}

export function splitStringToken(tok: Token): StringToken {
  const text = tok.text;
  let i = 0;
  while (text[i] !== "'" && text[i] !== '"') i++;
  const prefix = text.slice(0, i).toLowerCase();
  const q = text[i];
  const triple = text[i + 1] === q && text[i + 2] === q && text.length >= i + 6;
  const quoteLen = triple ? 3 : 1;
  const bodyStart = i + quoteLen;
  return {
    tok,
    raw: prefix.includes('r'),
    bytes: prefix.includes('b'),
    fstring: prefix.includes('f'),
    // CPython marks only a lowercase `u` prefix.
    unicode: text.startsWith('u'),
    bodyStart,
    body: text.slice(bodyStart, text.length - quoteLen),
  };
}

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  '\n': '', '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
};

/** Decodes backslash escapes; returns null with `bad` set when an escape is malformed. */
export function decodeEscapes(s: string, bytes: boolean, onError: (msg: string) => never): string {
  if (!s.includes('\\')) return s;
  let out = '';
  let i = 0;
  while (i < s.length) {
    const j = s.indexOf('\\', i);
    if (j < 0 || j === s.length - 1) {
      out += s.slice(i);
      break;
    }
    out += s.slice(i, j);
    const c = s[j + 1];
    i = j + 2;
    const simple = SIMPLE_ESCAPES[c];
    if (simple !== undefined) {
      out += simple;
    } else if (c >= '0' && c <= '7') {
      let k = i;
      while (k < s.length && k < i + 2 && s[k] >= '0' && s[k] <= '7') k++;
      const code = parseInt(s.slice(j + 1, k), 8);
      out += String.fromCharCode(bytes ? code & 0xff : code);
      i = k;
    } else if (c === 'x' || (!bytes && (c === 'u' || c === 'U'))) {
      const n = c === 'x' ? 2 : c === 'u' ? 4 : 8;
      const hex = s.slice(i, i + n);
      if (hex.length < n || !/^[0-9a-fA-F]+$/.test(hex)) {
        const kind = bytes ? 'bytes' : 'unicodeescape';
        const what = c === 'x' ? `truncated \\xXX escape` : c === 'u' ? 'truncated \\uXXXX escape' : 'truncated \\UXXXXXXXX escape';
        onError(bytes ? `(value error) invalid \\x escape at position ${j}` : `(unicode error) '${kind}' codec can't decode bytes in position ${j}-${Math.min(s.length, i + n) - 1}: ${what}`);
      }
      const code = parseInt(hex, 16);
      if (code > 0x10ffff) onError(`(unicode error) 'unicodeescape' codec can't decode bytes in position ${j}-${i + n - 1}: illegal Unicode character`);
      out += String.fromCodePoint(code);
      i += n;
    } else if (c === 'N' && !bytes) {
      const close = s[i] === '{' ? s.indexOf('}', i) : -1;
      const name = close > 0 ? s.slice(i + 1, close) : '';
      const ch = unicodeByName(name);
      if (ch === null) {
        onError(`(unicode error) 'unicodeescape' codec can't decode bytes in position ${j}-${close > 0 ? close : s[i] === '{' ? s.length - 1 : j + 1}: ${close > 0 ? 'unknown Unicode character name' : 'malformed \\N character escape'}`);
      }
      out += ch;
      i = close + 1;
    } else {
      out += '\\' + c;
    }
  }
  return out;
}

/** The value of adjacent string tokens [from, to): a Constant, or a JoinedStr with any f-string. */
export function concatStrings(p: Parser, from: number, to: number): A.Expr {
  if (to - from === 1) {
    // The common case: one plain literal without escapes.
    const t = p.toks[from];
    const text = t.text;
    const q = text.charCodeAt(0);
    if ((q === 39 || q === 34) && !text.includes('\\')) {
      const triple = text.length >= 6 && text.charCodeAt(1) === q && text.charCodeAt(2) === q;
      const value = triple ? text.slice(3, -3) : text.slice(1, -1);
      return p.finTok({ _type: 'Constant', value, kind: null }, t);
    }
  }
  const parts: StringToken[] = [];
  for (let k = from; k < to; k++) parts.push(splitStringToken(p.toks[k]));
  const pos = p.loc(from);
  const bytes = parts[0].bytes;
  const fail = (msg: string): never => p.errorAtLast(msg);
  // Token by token, as CPython: decode it, check it matches the first's kind, parse its fields.
  const kind = parts[0].unicode ? 'u' : null;
  const flat: FPart[] = [];
  const byteValues: number[] = [];
  let fstring = false;
  for (const s of parts) {
    if (s.bytes && /[^\p{ASCII}]/u.test(s.body)) p.errorAtToken(s.tok, 'bytes can only contain ASCII literal characters');
    const text = s.fstring ? '' : s.raw ? s.body : decodeEscapes(s.body, s.bytes, fail);
    if (s.bytes !== bytes) p.errorAtLast('cannot mix bytes and nonbytes literals');
    if (s.bytes) {
      for (let k = 0; k < text.length; k++) byteValues.push(text.charCodeAt(k));
    } else if (s.fstring) {
      fstring = true;
      for (const part of fstringParts(p, s, pos, kind)) flat.push(part);
    } else flat.push(text);
  }
  if (bytes) return { _type: 'Constant', value: { bytes: byteValues }, kind: null, ...pos };
  if (!fstring) return { _type: 'Constant', value: (flat as string[]).join(''), kind, ...pos };
  return { _type: 'JoinedStr', values: joinParts(flat, pos, kind), ...pos };
}

/** Merges adjacent literal pieces into Constants that span the whole string, as CPython 3.11. */
export function joinParts(flat: FPart[], pos: A.Pos, kind: string | null): (A.Constant | A.FormattedValue)[] {
  const values: (A.Constant | A.FormattedValue)[] = [];
  let text = '';
  for (const part of flat) {
    if (typeof part === 'string') {
      text += part;
      continue;
    }
    if (text) values.push({ _type: 'Constant', value: text, kind, ...pos });
    text = '';
    values.push(part);
  }
  if (text) values.push({ _type: 'Constant', value: text, kind, ...pos });
  return values;
}
