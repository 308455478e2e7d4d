// format(x, spec) for int, float and str: the __format__ methods behind format(),
// f-string replacement fields and str.format. Each returns the formatted text or throws a
// PyLibError carrying CPython's exception type and message.
import { codePointLength, codePointPrefix } from './code-points';
import { doubleToString, type FloatCode } from './float-to-string';
import { parseFormatSpec, typeCharForMessage, type FormatSpec } from './format-spec-parse';
import { layoutNumber, type NumberParts } from './number-layout';
import { overflowError, valueError } from './py-error';
import { floatRepr } from './float-repr';
import { intToDecimal } from './int-utils';

function unknownCode(type: string, typeName: string): Error {
  return valueError(`Unknown format code '${typeCharForMessage(type)}' for object of type '${typeName}'`);
}

function groupingOf(spec: FormatSpec): { sep: string; size: number } {
  if (spec.grouping === '') return { sep: '', size: 0 };
  const four = spec.grouping === '_' && spec.type !== '' && 'boxX'.includes(spec.type);
  return { sep: spec.grouping, size: four ? 4 : 3 };
}

/** Python int -> float, raising OverflowError like float(int) does. */
export function intToFloat(v: number | bigint): number {
  const f = Number(v);
  if (!Number.isFinite(f)) throw overflowError('int too large to convert to float');
  return f;
}

/** format(v, spec) for a Python int (or bool, once the caller has handled spec == ''). */
export function formatInt(v: number | bigint, specText: string, typeName = 'int'): string {
  if (specText === '') return intToDecimal(v);
  const spec = parseFormatSpec(specText, typeName, '>', 'd');
  switch (spec.type) {
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
      return formatFloatSpec(intToFloat(v), spec);
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
      return formatIntSpec(BigInt(v), spec);
    default:
      throw unknownCode(spec.type, typeName);
  }
}

function formatIntSpec(v: bigint, spec: FormatSpec): string {
  if (spec.precision !== -1) throw valueError('Precision not allowed in integer format specifier');
  if (spec.noNeg0) throw valueError('Negative zero coercion (z) not allowed in integer format specifier');
  if (spec.type === 'c') {
    if (spec.sign !== '') throw valueError("Sign not allowed with integer format specifier 'c'");
    if (spec.alternate) throw valueError("Alternate form (#) not allowed with integer format specifier 'c'");
    if (v < -(2n ** 63n) || v >= 2n ** 63n) throw overflowError('Python int too large to convert to C long');
    if (v < 0n || v > 0x10ffffn) throw overflowError('%c arg not in range(0x110000)');
    const parts: NumberParts = { signChar: '', prefix: '', digits: '', hasDecimal: false, remainder: String.fromCodePoint(Number(v)) };
    return layoutNumber(parts, spec, '', 0);
  }
  const base = spec.type === 'b' ? 2 : spec.type === 'o' ? 8 : spec.type === 'x' || spec.type === 'X' ? 16 : 10;
  const negative = v < 0n;
  let digits = base === 10 ? intToDecimal(negative ? -v : v) : (negative ? -v : v).toString(base);
  let prefix = spec.alternate && base !== 10 ? '0' + spec.type.toLowerCase() : '';
  if (spec.type === 'X') {
    digits = digits.toUpperCase();
    prefix = prefix.toUpperCase();
  }
  const { sep, size } = groupingOf(spec);
  return layoutNumber({ signChar: negative ? '-' : '', prefix, digits, hasDecimal: false, remainder: '' }, spec, sep, size);
}

/** format(v, spec) for a Python float. */
export function formatFloat(v: number, specText: string, typeName = 'float'): string {
  if (specText === '') return floatRepr(v);
  const spec = parseFormatSpec(specText, typeName, '>', '');
  switch (spec.type) {
    case '': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
      return formatFloatSpec(v, spec);
    default:
      throw unknownCode(spec.type, typeName);
  }
}

function formatFloatSpec(v: number, spec: FormatSpec): string {
  if (spec.precision > 2147483647) throw valueError('precision too big');
  let code: FloatCode;
  let precision = spec.precision;
  let addDot0 = false;
  let value = v;
  let pct = '';
  if (spec.type === '') {
    addDot0 = true;
    code = precision < 0 ? 'r' : 'g';
    if (precision < 0) precision = 0;
  } else {
    code = spec.type === 'n' ? 'g' : spec.type === '%' ? 'f' : (spec.type as FloatCode);
    if (spec.type === '%') {
      value *= 100;
      pct = '%';
    }
    if (precision < 0) precision = 6;
  }
  const text = doubleToString(value, code, precision, { alt: spec.alternate, addDot0, noNeg0: spec.noNeg0 }) + pct;
  const negative = text.startsWith('-');
  const body = negative ? text.slice(1) : text;
  let n = 0;
  while (n < body.length && body.charCodeAt(n) >= 48 && body.charCodeAt(n) <= 57) n++;
  const hasDecimal = body[n] === '.';
  const parts: NumberParts = {
    signChar: negative ? '-' : '',
    prefix: '',
    digits: body.slice(0, n),
    hasDecimal,
    remainder: body.slice(hasDecimal ? n + 1 : n),
  };
  const { sep, size } = groupingOf(spec);
  return layoutNumber(parts, spec, sep, size);
}

/** format(s, spec) for a Python str. */
export function formatStr(s: string, specText: string, typeName = 'str'): string {
  if (specText === '') return s;
  const spec = parseFormatSpec(specText, typeName, '<', 's');
  if (spec.type !== 's') throw unknownCode(spec.type, typeName);
  if (spec.sign === ' ') throw valueError('Space not allowed in string format specifier');
  if (spec.sign !== '') throw valueError('Sign not allowed in string format specifier');
  if (spec.noNeg0) throw valueError('Negative zero coercion (z) not allowed in string format specifier');
  if (spec.alternate) throw valueError('Alternate form (#) not allowed in string format specifier');
  if (spec.align === '=') throw valueError("'=' alignment not allowed in string format specifier");
  return padText(s, spec);
}

/** Truncate to the precision and pad to the width, in code points. */
export function padText(s: string, spec: Pick<FormatSpec, 'precision' | 'width' | 'align' | 'fill'>): string {
  let text = s;
  let len = codePointLength(s);
  if (spec.precision >= 0 && len > spec.precision) {
    text = codePointPrefix(s, spec.precision);
    len = spec.precision;
  }
  const total = Math.max(spec.width, len);
  const left = spec.align === '>' ? total - len : spec.align === '^' ? Math.floor((total - len) / 2) : 0;
  return spec.fill.repeat(left) + text + spec.fill.repeat(total - len - left);
}
