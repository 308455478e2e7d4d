/**
 * One CSV value as Spark 3.5's UnivocityGenerator writes it, shared by the CSV writer
 * (`df.write.csv`, the streaming file sink) and `to_csv`: nullValue for null (empty), emptyValue
 * for an empty string (`""`), white space trimmed at both ends (ignoreLeading/TrailingWhiteSpace
 * default to true for writing), quoted when it holds the separator, the quote or a line break
 * (quoteAll: always), quotes escaped with `escape` (escapeQuotes); values by their toString
 * (doubles `1.0E7`, decimals as BigDecimal.toString `1.2E-7`); dates by dateFormat,
 * timestamps by timestampFormat (`yyyy-MM-dd'T'HH:mm:ss.SSSXXX`) in the session time zone.
 */
import { SparkException } from '../../errors';
import type { DataType, Decimal } from '../../types';
import { castToString } from '../cast';
import { optionFlag, textTemporal } from '../json';

export interface CsvCellWriter {
  /** The field separator (sep / delimiter, `,`). */
  readonly sep: string;
  /** One value of type `t`, quoted and escaped as it goes between separators. */
  cell(v: unknown, t: DataType): string;
}

/** A one-character option (`''` is the NUL character, Spark's "no quote"). */
function singleChar(get: (key: string) => string | undefined, key: string, dflt: string): string {
  const v = get(key);
  if (v === undefined) return dflt;
  if (v === '') return '\u0000';
  if ([...v].length !== 1) throw new SparkException(`${key} cannot be more than one character`);
  return v;
}

/** Strips white space (every character up to U+0020) at either end, as univocity's writer does. */
function trim(s: string, left: boolean, right: boolean): string {
  let a = 0;
  let b = s.length;
  if (left) while (a < b && s.charCodeAt(a) <= 32) a++;
  if (right) while (b > a && s.charCodeAt(b - 1) <= 32) b--;
  return s.slice(a, b);
}

/** The cell writer for Spark's CSV write options (case-insensitive lookup is the caller's). */
export function csvCellWriter(get: (key: string) => string | undefined): CsvCellWriter {
  const sep = get('sep') ?? get('delimiter') ?? ',';
  const quote = singleChar(get, 'quote', '"');
  const escape = singleChar(get, 'escape', '\\');
  const escapeQuotes = optionFlag(get, 'escapeQuotes', true);
  const quoteAll = optionFlag(get, 'quoteAll', false);
  const trimLeft = optionFlag(get, 'ignoreLeadingWhiteSpace', true);
  const trimRight = optionFlag(get, 'ignoreTrailingWhiteSpace', true);
  const nullValue = get('nullValue') ?? '';
  const emptyValue = get('emptyValue');
  const tm = textTemporal(get);
  const text = (v: unknown, t: DataType): string => {
    switch (t.kind) {
      case 'date': return tm.date(v as number);
      case 'timestamp': return tm.timestamp(v as number);
      case 'timestamp_ntz': return tm.timestampNtz(v as number);
      // Decimal.toString is Java's BigDecimal.toString (0E-10, 1.2E-7).
      case 'decimal': return (v as Decimal).toJavaString();
      default: return castToString(v, t);
    }
  };
  const quoted = (s: string) => {
    const inner = quote === '\u0000' ? s : s.split(quote).join(escape + quote);
    return `${quote}${inner}${quote}`;
  };
  const needsQuotes = (s: string) => s.includes(sep) || (quote !== '\u0000' && s.includes(quote)) || s.includes('\n') || s.includes('\r');
  return {
    sep,
    cell: (v, t) => {
      if (v === null || v === undefined) return nullValue;
      let s = text(v, t);
      if (s === '') return emptyValue ?? `${quote}${quote}`;
      if (trimLeft || trimRight) s = trim(s, trimLeft, trimRight);
      if (quoteAll) return quoted(s);
      if (needsQuotes(s)) return escapeQuotes || !s.includes(quote) ? quoted(s) : `${quote}${s}${quote}`;
      return s;
    },
  };
}
