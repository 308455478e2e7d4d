// int(str, base) and float(str) with Python's rules: surrounding whitespace, Unicode decimal
// digits, PEP 515 underscores, base prefixes, inf/nan spellings, and CPython's messages.
import { decimalValue } from './code-points';
import { isPySpace } from './float-repr';
import { strRepr } from './str-repr';
import { valueError } from './py-error';
import type { PyInt } from './int-utils';

const MAX_STR_DIGITS = 4300;

/** CPython first maps Unicode digits to ASCII and whitespace to ' '; anything else non-ASCII fails. */
function toAscii(s: string): string | null {
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0) as number;
    if (cp < 128) out += ch;
    else if (isPySpace(ch)) out += ' ';
    else {
      const d = decimalValue(ch);
      if (d < 0) return null;
      out += String(d);
    }
  }
  return out;
}

/** After toAscii, CPython strips with C isspace: only these six. */
const asciiStrip = (s: string) => s.replace(/^[ \t\n\v\f\r]+|[ \t\n\v\f\r]+$/g, '');

function truncatedRepr(s: string): string {
  const r = strRepr(s);
  return Array.from(r).length > 200 ? Array.from(r).slice(0, 200).join('') : r;
}

/** int(text, base) -> a safe-integer number or a bigint. */
export function parseIntLiteral(text: string, base = 10): PyInt {
  if (base !== 0 && (base < 2 || base > 36)) throw valueError('int() base must be >= 2 and <= 36, or 0');
  const invalid = () => valueError(`invalid literal for int() with base ${base}: ${truncatedRepr(text)}`);
  const ascii = toAscii(text);
  if (ascii === null) throw invalid();
  let s = asciiStrip(ascii).toLowerCase();
  let negative = false;
  if (s[0] === '+' || s[0] === '-') {
    negative = s[0] === '-';
    s = s.slice(1);
  }
  let b = base;
  const prefix = s.slice(0, 2);
  const prefixBase = prefix === '0x' ? 16 : prefix === '0o' ? 8 : prefix === '0b' ? 2 : 0;
  let afterPrefix = false;
  if (prefixBase !== 0 && (b === 0 || b === prefixBase)) {
    b = prefixBase;
    s = s.slice(2);
    afterPrefix = true;
  } else if (b === 0) {
    b = 10;
    // Base 0 forbids leading zeros on a non-zero decimal ("010").
    if (/^0[0-9_]*$/.test(s) && /[1-9]/.test(s)) throw invalid();
  }
  const digit = `[${'0123456789abcdefghijklmnopqrstuvwxyz'.slice(0, b)}]`;
  const shape = new RegExp(`^${afterPrefix ? '_?' : ''}${digit}+(?:_${digit}+)*$`);
  if (!shape.test(s)) throw invalid();
  const digits = s.replace(/_/g, '');
  if ((b & (b - 1)) !== 0 && digits.length > MAX_STR_DIGITS) {
    throw valueError(`Exceeds the limit (${MAX_STR_DIGITS} digits) for integer string conversion: value has ${digits.length} digits; use sys.set_int_max_str_digits() to increase the limit`);
  }
  let v = 0n;
  if (b === 10) v = BigInt(digits);
  else if (b === 16 || b === 8 || b === 2) v = BigInt((b === 16 ? '0x' : b === 8 ? '0o' : '0b') + digits);
  else for (const ch of digits) v = v * BigInt(b) + BigInt(parseInt(ch, 36));
  if (negative) v = -v;
  return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v;
}

const FLOAT_SHAPE = /^[+-]?(?:(?:\d(?:_?\d)*)?\.\d(?:_?\d)*|\d(?:_?\d)*\.?)(?:e[+-]?\d(?:_?\d)*)?$/i;
const SPECIAL = /^([+-]?)(inf|infinity|nan)$/i;

/** float(text) */
export function parseFloatLiteral(text: string): number {
  const invalid = () => valueError(`could not convert string to float: ${strRepr(text)}`);
  const ascii = toAscii(text);
  if (ascii === null) throw invalid();
  const s = asciiStrip(ascii);
  const special = SPECIAL.exec(s);
  if (special) {
    const v = special[2].toLowerCase() === 'nan' ? NaN : Infinity;
    return special[1] === '-' ? -v : v;
  }
  if (!FLOAT_SHAPE.test(s)) throw invalid();
  return Number(s.replace(/_/g, ''));
}
