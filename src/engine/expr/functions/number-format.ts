/**
 * to_number / try_to_number / to_char / to_varchar with Spark's number format strings
 * (ToNumberParser): 0 and 9 digits, . or D decimal point, , or G grouping, $ currency,
 * S or MI sign, PR for angle-bracketed negatives.
 */
import { Decimal, decimalType, StringType } from '../../types';
import type { DataType } from '../../types';
import type { BoundExpr } from '../bound';
import { castTo } from '../coerce';
import { AnalysisException, SparkRuntimeException } from '../sql-errors';
import { checkArity, coerceArg, registerScalar } from './registry';
import type { CallSite } from './registry';

interface NumberFormat {
  readonly text: string;
  /** Digit characters (0 or 9) before and after the decimal point, grouping marks included as ','. */
  readonly intPart: string;
  readonly fracPart: string;
  readonly hasPoint: boolean;
  readonly dollar: boolean;
  readonly sign: 'none' | 'S-start' | 'S-end' | 'MI-start' | 'MI-end' | 'PR';
}

function badFormat(fmt: string, why: string): AnalysisException {
  return new AnalysisException(`The format is invalid: '${fmt}'. ${why}`, 'INVALID_FORMAT.WRONG_NUM_DIGIT');
}

export function parseNumberFormat(fmt: string): NumberFormat {
  let f = fmt.toUpperCase();
  let sign: NumberFormat['sign'] = 'none';
  if (f.endsWith('PR')) {
    sign = 'PR';
    f = f.slice(0, -2);
  } else if (f.startsWith('MI')) {
    sign = 'MI-start';
    f = f.slice(2);
  } else if (f.endsWith('MI')) {
    sign = 'MI-end';
    f = f.slice(0, -2);
  } else if (f.startsWith('S')) {
    sign = 'S-start';
    f = f.slice(1);
  } else if (f.endsWith('S')) {
    sign = 'S-end';
    f = f.slice(0, -1);
  }
  let dollar = false;
  if (f.startsWith('$')) {
    dollar = true;
    f = f.slice(1);
  }
  f = f.replace(/G/g, ',').replace(/D/g, '.');
  if (!/^[09,]*(\.[09]*)?$/.test(f) || !/[09]/.test(f)) throw badFormat(fmt, 'The format string must contain at least one digit (0 or 9) and only 0, 9, ".", ",", "$", "S", "MI", "PR".');
  const [intPart, fracPart = ''] = f.split('.');
  return { text: fmt, intPart: intPart!, fracPart, hasPoint: f.includes('.'), dollar, sign };
}

function resultType(nf: NumberFormat): DataType {
  const intDigits = nf.intPart.replace(/,/g, '').length;
  const scale = nf.fracPart.length;
  return decimalType(Math.max(1, intDigits + scale), scale);
}

/** The number `s` written in format `nf`, or null when it does not match. */
export function parseWithFormat(s: string, nf: NumberFormat): Decimal | null {
  let t = s.trim();
  let neg = false;
  if (nf.sign === 'PR') {
    if (t.startsWith('<') && t.endsWith('>')) {
      neg = true;
      t = t.slice(1, -1);
    }
  } else if (nf.sign === 'S-start' || nf.sign === 'MI-start') {
    if (t.startsWith('-')) {
      neg = true;
      t = t.slice(1);
    } else if (t.startsWith('+') && nf.sign === 'S-start') t = t.slice(1);
  } else if (nf.sign === 'S-end' || nf.sign === 'MI-end') {
    if (t.endsWith('-')) {
      neg = true;
      t = t.slice(0, -1);
    } else if (t.endsWith('+') && nf.sign === 'S-end') t = t.slice(0, -1);
  }
  if (nf.dollar) {
    if (!t.startsWith('$')) return null;
    t = t.slice(1);
  }
  const m = /^([\d,]*)(?:\.(\d*))?$/.exec(t);
  if (!m || (m[2] !== undefined && !nf.hasPoint)) return null;
  const intText = m[1]!;
  if (intText.includes(',') && !nf.intPart.includes(',')) return null;
  const intDigits = intText.replace(/,/g, '');
  const frac = m[2] ?? '';
  const fmtInt = nf.intPart.replace(/,/g, '');
  if (intDigits.length > fmtInt.length || frac.length > nf.fracPart.length) return null;
  if (fmtInt.startsWith('0') && intDigits.length !== fmtInt.length) return null;
  if (intDigits === '' && frac === '') return null;
  const d = Decimal.fromString(`${neg ? '-' : ''}${intDigits || '0'}.${frac.padEnd(nf.fracPart.length, '0') || '0'}`);
  return d === null ? null : d.setScale(nf.fracPart.length);
}

/** `d` written in format `nf` (to_char): digits right-aligned in the 9/0 slots, # when it does not fit. */
export function formatWithFormat(d: Decimal, nf: NumberFormat): string {
  const scaled = d.setScale(nf.fracPart.length);
  const neg = scaled.unscaled < 0n;
  const digits = (neg ? -scaled.unscaled : scaled.unscaled).toString().padStart(nf.fracPart.length + 1, '0');
  const intDigits = digits.slice(0, digits.length - nf.fracPart.length).replace(/^0+(?=\d)/, '');
  const fracDigits = digits.slice(digits.length - nf.fracPart.length);
  const slots = nf.intPart.replace(/,/g, '').length;
  let intOut: string;
  if (intDigits.length > slots) {
    intOut = nf.intPart.replace(/[09]/g, '#');
    return `${nf.dollar ? '$' : ''}${intOut}${nf.hasPoint ? '.' + '#'.repeat(nf.fracPart.length) : ''}`;
  }
  const zeroPad = nf.intPart.replace(/,/g, '').startsWith('0');
  const padded = (intDigits === '0' && slots > 0 && !zeroPad && nf.fracPart.length > 0 ? '' : intDigits).padStart(slots, zeroPad ? '0' : ' ');
  intOut = '';
  let k = 0;
  for (const c of nf.intPart) {
    if (c === ',') intOut += padded[k - 1] === undefined || padded[k - 1] === ' ' ? ' ' : ',';
    else intOut += padded[k++];
  }
  let body = `${intOut}${nf.hasPoint ? '.' : ''}${fracDigits}`;
  const firstDigit = body.search(/[^ ]/);
  if (nf.dollar) body = firstDigit < 0 ? `${body}$` : `${body.slice(0, firstDigit)}$${body.slice(firstDigit)}`;
  const lead = body.length - body.trimStart().length;
  const beforeDigits = (mark: string) => `${body.slice(0, lead)}${mark}${body.slice(lead)}`;
  switch (nf.sign) {
    case 'S-start': return beforeDigits(neg ? '-' : '+');
    case 'S-end': return `${body}${neg ? '-' : '+'}`;
    case 'MI-start': return neg ? beforeDigits('-') : ` ${body}`;
    case 'MI-end': return `${body}${neg ? '-' : ' '}`;
    case 'PR': return neg ? `<${body}>` : ` ${body} `;
    default: return neg ? beforeDigits('-') : body;
  }
}

function formatArg(site: CallSite, e: BoundExpr): NumberFormat {
  if (e.kind !== 'literal' || typeof e.value !== 'string') {
    throw new AnalysisException(`Cannot resolve "${site.sql}" due to data type mismatch: the input format should be a foldable "STRING" expression; however, got ${site.argSql[1]}.`, 'DATATYPE_MISMATCH.NON_FOLDABLE_INPUT');
  }
  return parseNumberFormat(e.value);
}

for (const name of ['to_number', 'try_to_number']) {
  registerScalar(name, (args, site) => {
    checkArity(site, args, 2);
    const nf = formatArg(site, args[1]!);
    const str = coerceArg(args[0]!, 'string', site, 0);
    const strict = name === 'to_number';
    return {
      kind: 'strict', name, args: [str], type: resultType(nf), nullable: true,
      fn: (a) => {
        const d = parseWithFormat(a[0] as string, nf);
        if (d === null && strict) {
          throw new SparkRuntimeException(`The input string '${a[0] as string}' does not match the given number format: '${nf.text}'.`, 'INVALID_FORMAT.MISMATCH_INPUT', 'org.apache.spark.SparkIllegalArgumentException');
        }
        return d;
      },
    };
  });
}

for (const name of ['to_char', 'to_varchar']) {
  registerScalar(name, (args, site) => {
    checkArity(site, args, 2);
    const nf = formatArg(site, args[1]!);
    const k = args[0]!.type.kind;
    if (!['byte', 'short', 'int', 'long', 'float', 'double', 'decimal'].includes(k)) {
      throw new AnalysisException(`Cannot resolve "${site.sql}" due to data type mismatch: Parameter 1 requires the "DECIMAL" type.`, 'DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE');
    }
    const dec = castTo(args[0]!, decimalType(38, Math.min(18, nf.fracPart.length + 2)));
    return { kind: 'strict', name, args: [dec], type: StringType, nullable: true, fn: (a) => formatWithFormat(a[0] as Decimal, nf) };
  });
}
