// Parsing of the format-spec mini-language, in CPython's order so the same malformed spec
// raises the same error first.
import { decimalValue } from './code-points';
import { valueError } from './py-error';

export type Align = '<' | '>' | '=' | '^';

export interface FormatSpec {
  fill: string;
  align: Align;
  sign: '+' | '-' | ' ' | '';
  noNeg0: boolean;
  alternate: boolean;
  /** -1 when absent. */
  width: number;
  grouping: ',' | '_' | '';
  /** -1 when absent. */
  precision: number;
  /** One code point, or '' for none. */
  type: string;
}

const SSIZE_MAX = 2n ** 63n - 1n;

function isAlign(ch: string | undefined): ch is Align {
  return ch === '<' || ch === '>' || ch === '=' || ch === '^';
}

/** Python's rendering of a type char inside an error message. */
export function typeCharForMessage(type: string): string {
  const cp = type.codePointAt(0) ?? 0;
  return cp > 32 && cp < 128 ? type : `\\x${cp.toString(16)}`;
}

/**
 * Parses `spec` for an object whose `type(x).__name__` is `typeName`. Numbers align right
 * by default (so a bare '0' flag means '=' padding), strings left.
 */
export function parseFormatSpec(spec: string, typeName: string, defaultAlign: Align, defaultType: string): FormatSpec {
  const cps = Array.from(spec);
  let pos = 0;
  const out: FormatSpec = {
    fill: ' ', align: defaultAlign, sign: '', noNeg0: false, alternate: false,
    width: -1, grouping: '', precision: -1, type: defaultType,
  };
  let fillSpecified = false;
  let alignSpecified = false;
  if (cps.length - pos >= 2 && isAlign(cps[pos + 1])) {
    out.align = cps[pos + 1] as Align;
    out.fill = cps[pos];
    fillSpecified = alignSpecified = true;
    pos += 2;
  } else if (cps.length - pos >= 1 && isAlign(cps[pos])) {
    out.align = cps[pos] as Align;
    alignSpecified = true;
    pos += 1;
  }
  const signCh = cps[pos];
  if (signCh === '+' || signCh === '-' || signCh === ' ') {
    out.sign = signCh;
    pos++;
  }
  if (cps[pos] === 'z') {
    out.noNeg0 = true;
    pos++;
  }
  if (cps[pos] === '#') {
    out.alternate = true;
    pos++;
  }
  if (!fillSpecified && cps[pos] === '0') {
    out.fill = '0';
    if (!alignSpecified && defaultAlign === '>') out.align = '=';
    pos++;
  }
  const readInt = (): number => {
    let value = 0n;
    const start = pos;
    while (pos < cps.length) {
      const d = decimalValue(cps[pos]);
      if (d < 0) break;
      if (value > (SSIZE_MAX - BigInt(d)) / 10n) throw valueError('Too many decimal digits in format string');
      value = value * 10n + BigInt(d);
      pos++;
    }
    return pos === start ? -1 : Number(value);
  };
  out.width = readInt();
  if (cps[pos] === ',') {
    out.grouping = ',';
    pos++;
  }
  if (cps[pos] === '_') {
    if (out.grouping !== '') throw valueError("Cannot specify both ',' and '_'.");
    out.grouping = '_';
    pos++;
  }
  if (cps[pos] === ',' && out.grouping === '_') throw valueError("Cannot specify both ',' and '_'.");
  if (cps[pos] === '.') {
    pos++;
    out.precision = readInt();
    if (out.precision < 0) throw valueError('Format specifier missing precision');
  }
  if (cps.length - pos > 1) {
    throw valueError(`Invalid format specifier '${spec}' for object of type '${typeName}'`);
  }
  if (cps.length - pos === 1) out.type = cps[pos];
  if (out.grouping !== '') checkGrouping(out.grouping, out.type);
  return out;
}

function checkGrouping(grouping: ',' | '_', type: string): void {
  if ('defgEG%F'.includes(type) && type.length <= 1) return;
  if (grouping === '_' && (type === 'b' || type === 'o' || type === 'x' || type === 'X')) return;
  throw valueError(`Cannot specify '${grouping}' with '${typeCharForMessage(type)}'.`);
}
