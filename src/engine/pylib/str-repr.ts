// repr() and ascii() of a Python str. Printability comes from a table generated from
// CPython 3.11 (Unicode 14.0), not the JS engine's newer Unicode tables.
import { isPrintableCodePoint } from './unicode-printable';

function hex(cp: number, width: number): string {
  return cp.toString(16).padStart(width, '0');
}

function escapeCodePoint(cp: number): string {
  if (cp <= 0xff) return '\\x' + hex(cp, 2);
  if (cp <= 0xffff) return '\\u' + hex(cp, 4);
  return '\\U' + hex(cp, 8);
}

function quoted(s: string, asciiOnly: boolean): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (let i = 0; i < s.length; ) {
    const cp = s.codePointAt(i) ?? 0;
    i += cp > 0xffff ? 2 : 1;
    if (cp === quote.charCodeAt(0) || cp === 0x5c) out += '\\' + String.fromCharCode(cp);
    else if (cp === 0x09) out += '\\t';
    else if (cp === 0x0a) out += '\\n';
    else if (cp === 0x0d) out += '\\r';
    else if (cp < 0x20 || cp === 0x7f) out += '\\x' + hex(cp, 2);
    else if (cp < 0x7f) out += String.fromCharCode(cp);
    else if (!asciiOnly && isPrintableCodePoint(cp)) out += String.fromCodePoint(cp);
    else out += escapeCodePoint(cp);
  }
  return out + quote;
}

/** repr(s) for a Python str. */
export function strRepr(s: string): string {
  return quoted(s, false);
}

/** ascii(s) for a Python str: repr with every non-ASCII code point escaped. */
export function strAscii(s: string): string {
  return quoted(s, true);
}

/**
 * ascii() of any object from its repr(): CPython escapes the non-ASCII characters of the
 * repr text, so e.g. a list of strs gets the same escapes as the strs themselves.
 */
export function asciiOfRepr(repr: string): string {
  let out = '';
  for (let i = 0; i < repr.length; ) {
    const cp = repr.codePointAt(i) ?? 0;
    i += cp > 0xffff ? 2 : 1;
    out += cp < 0x80 ? String.fromCharCode(cp) : escapeCodePoint(cp);
  }
  return out;
}
