// printf-style formatting, `template % args` on str (PyUnicode_Format). The caller supplies
// a host that classifies its values and renders str()/repr()/ascii(), so this file never
// sees the object model.
import { codePointLength, codePointPrefix } from './code-points';
import { doubleToString, type FloatCode } from './float-to-string';
import { intToFloat } from './format-spec';
import { intToDecimal } from './int-utils';
import { overflowError, typeError, valueError } from './py-error';

/** What a value is, as far as numeric and %c conversions care. */
export type PercentOperand =
  | { kind: 'int'; value: number | bigint } // int, bool, or an object with __index__
  | { kind: 'float'; value: number } // float, or an object with __float__ only
  | { kind: 'str'; value: string }
  | { kind: 'other' };

export interface PercentHost<V> {
  classify(v: V): PercentOperand;
  /** type(v).__name__, for error messages. */
  typeName(v: V): string;
  str(v: V): string;
  repr(v: V): string;
  ascii(v: V): string;
  /** mapping[key]; throws the host's own KeyError/TypeError. */
  getItem(mapping: V, key: string): V;
}

/**
 * The right operand of %: a tuple spreads into arguments; anything else is one argument,
 * and `mapping` marks one with __getitem__ that is not a tuple or str (dicts, but also
 * lists: CPython then forgives unused arguments).
 */
export type PercentArgs<V> = { kind: 'tuple'; items: readonly V[] } | { kind: 'single'; value: V; mapping: boolean };

interface Conversion {
  left: boolean;
  sign: '+' | ' ' | '';
  alt: boolean;
  zero: boolean;
  width: number;
  precision: number;
}

const INT_MAX = 2147483647;
const SSIZE_MAX = 2n ** 63n - 1n;

export function percentFormat<V>(template: string, args: PercentArgs<V>, host: PercentHost<V>): string {
  // A %(key) lookup replaces the argument pool by that one value, as CPython does, so a
  // later '*' or un-keyed conversion consumes it and then runs out.
  let pool: readonly V[] = args.kind === 'tuple' ? args.items : [args.value];
  const mapping = args.kind === 'single' && args.mapping ? args.value : undefined;
  let argIndex = 0;
  const nextArg = (): V => {
    if (argIndex >= pool.length) throw typeError('not enough arguments for format string');
    return pool[argIndex++];
  };
  const out: string[] = [];
  let i = 0;
  while (i < template.length) {
    const pct = template.indexOf('%', i);
    if (pct < 0) {
      out.push(template.slice(i));
      break;
    }
    out.push(template.slice(i, pct));
    i = pct + 1;
    if (template[i] === '%') {
      out.push('%');
      i++;
      continue;
    }
    if (template[i] === '(') {
      if (mapping === undefined) throw typeError('format requires a mapping');
      let depth = 1;
      const start = ++i;
      while (i < template.length && depth > 0) {
        if (template[i] === '(') depth++;
        else if (template[i] === ')') depth--;
        i++;
      }
      if (depth > 0) throw valueError('incomplete format key');
      pool = [host.getItem(mapping, template.slice(start, i - 1))];
      argIndex = 0;
    }
    const conv: Conversion = { left: false, sign: '', alt: false, zero: false, width: -1, precision: -1 };
    for (; i < template.length; i++) {
      const f = template[i];
      if (f === '-') conv.left = true;
      else if (f === '+') conv.sign = '+';
      else if (f === ' ') conv.sign = conv.sign === '+' ? '+' : ' ';
      else if (f === '#') conv.alt = true;
      else if (f === '0') conv.zero = true;
      else break;
    }
    const starInt = (v: V, limit: bigint, what: string): number => {
      const op = host.classify(v);
      if (op.kind !== 'int') throw typeError('* wants int');
      const n = BigInt(op.value);
      if (n > limit || n < -limit - 1n) throw overflowError(`Python int too large to convert to C ${what}`);
      return Number(n);
    };
    const digits = (limit: number, message: string): number => {
      let n = 0;
      while (i < template.length && template[i] >= '0' && template[i] <= '9') {
        n = n * 10 + (template.charCodeAt(i) - 48);
        if (n > limit) throw valueError(message);
        i++;
      }
      return n;
    };
    if (template[i] === '*') {
      i++;
      conv.width = starInt(nextArg(), SSIZE_MAX, 'ssize_t');
      if (conv.width < 0) {
        conv.left = true;
        conv.width = -conv.width;
      }
    } else if (template[i] >= '0' && template[i] <= '9') {
      conv.width = digits(Number.MAX_SAFE_INTEGER, 'width too big');
    }
    if (template[i] === '.') {
      i++;
      if (template[i] === '*') {
        i++;
        conv.precision = Math.max(0, starInt(nextArg(), BigInt(INT_MAX), 'int'));
      } else {
        conv.precision = digits(INT_MAX, 'precision too big');
      }
    }
    while (template[i] === 'h' || template[i] === 'l' || template[i] === 'L') i++;
    if (i >= template.length) throw valueError('incomplete format');
    const ch = String.fromCodePoint(template.codePointAt(i) ?? 0);
    const at = i;
    i += ch.length;
    out.push(convert(ch, at, nextArg(), conv, host));
  }
  if (argIndex < pool.length && mapping === undefined) {
    throw typeError('not all arguments converted during string formatting');
  }
  return out.join('');
}

function convert<V>(ch: string, at: number, v: V, conv: Conversion, host: PercentHost<V>): string {
  switch (ch) {
    case 's':
    case 'r':
    case 'a': {
      const text = ch === 's' ? host.str(v) : ch === 'r' ? host.repr(v) : host.ascii(v);
      return padPlain(conv.precision >= 0 ? codePointPrefix(text, conv.precision) : text, conv);
    }
    case 'c':
      return padPlain(charOf(v, host), conv);
    case 'd': case 'i': case 'u': case 'o': case 'x': case 'X':
      return padNumber(formatInteger(ch, v, conv, host), conv, conv.alt && 'oxX'.includes(ch));
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
      const op = host.classify(v);
      let x: number;
      if (op.kind === 'float') x = op.value;
      else if (op.kind === 'int') x = intToFloat(op.value);
      else throw typeError(`must be real number, not ${host.typeName(v)}`);
      const precision = conv.precision < 0 ? 6 : conv.precision;
      return padNumber(doubleToString(x, ch as FloatCode, precision, { alt: conv.alt }), conv, false);
    }
    default: {
      const cp = ch.codePointAt(0) ?? 0;
      const shown = cp >= 31 && cp <= 126 ? ch : '?';
      throw valueError(`unsupported format character '${shown}' (0x${cp.toString(16)}) at index ${at}`);
    }
  }
}

function charOf<V>(v: V, host: PercentHost<V>): string {
  const op = host.classify(v);
  if (op.kind === 'str' && codePointLength(op.value) === 1) return op.value;
  if (op.kind !== 'int') throw typeError('%c requires int or char');
  const n = BigInt(op.value);
  if (n < 0n || n > 0x10ffffn) throw overflowError('%c arg not in range(0x110000)');
  return String.fromCodePoint(Number(n));
}

function formatInteger<V>(ch: string, v: V, conv: Conversion, host: PercentHost<V>): string {
  const op = host.classify(v);
  let n: bigint;
  if (op.kind === 'int') n = BigInt(op.value);
  else if (op.kind === 'float' && 'diu'.includes(ch)) {
    if (Number.isNaN(op.value)) throw valueError('cannot convert float NaN to integer');
    if (!Number.isFinite(op.value)) throw overflowError('cannot convert float infinity to integer');
    n = BigInt(Math.trunc(op.value));
  } else {
    const need = 'diu'.includes(ch) ? 'a real number' : 'an integer';
    throw typeError(`%${ch} format: ${need} is required, not ${host.typeName(v)}`);
  }
  const base = ch === 'o' ? 8 : ch === 'x' || ch === 'X' ? 16 : 10;
  let digits = base === 10 ? intToDecimal(n < 0n ? -n : n) : (n < 0n ? -n : n).toString(base);
  if (conv.precision > digits.length) digits = digits.padStart(conv.precision, '0');
  if (conv.alt && base !== 10) digits = '0' + ch + digits;
  if (ch === 'X') digits = digits.toUpperCase();
  return (n < 0n ? '-' : '') + digits;
}

function padPlain(text: string, conv: Conversion): string {
  const pad = conv.width - codePointLength(text);
  if (pad <= 0) return text;
  return conv.left ? text + ' '.repeat(pad) : ' '.repeat(pad) + text;
}

function padNumber(text: string, conv: Conversion, hasPrefix: boolean): string {
  let sign = '';
  let body = text;
  if (body[0] === '-') {
    sign = '-';
    body = body.slice(1);
  } else if (conv.sign !== '') {
    sign = conv.sign;
  }
  const prefix = hasPrefix ? body.slice(0, 2) : '';
  body = body.slice(prefix.length);
  const pad = conv.width - (sign.length + prefix.length + body.length);
  if (pad <= 0) return sign + prefix + body;
  if (conv.left) return sign + prefix + body + ' '.repeat(pad);
  if (conv.zero) return sign + prefix + '0'.repeat(pad) + body;
  return ' '.repeat(pad) + sign + prefix + body;
}

