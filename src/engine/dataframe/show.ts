/**
 * `Dataset.showString` as Spark 3.5 renders it: cells through ToPrettyString (`NULL`,
 * `[1, 2]`, `{a -> 1}`, `{1, x}`), 20-character truncation with `...`, right-aligned cells
 * when truncating, the vertical `-RECORD n` layout and the "only showing top" footer.
 */
import { formatDate, formatDouble, formatFloat, formatTimestamp, formatUdt, formatValue, isUdt, toLocalMicros } from '../types';
import type { DataType, Decimal, MapValue, StructType } from '../types';
import type { Row } from '../expr';

type DayTimeField = 'day' | 'hour' | 'minute' | 'second';
const DT_FIELDS: readonly DayTimeField[] = ['day', 'hour', 'minute', 'second'];
const DT_MICROS: Record<DayTimeField, number> = { day: 86_400_000_000, hour: 3_600_000_000, minute: 60_000_000, second: 1_000_000 };

function fieldsText(from: string, to: string): string {
  return from === to ? from.toUpperCase() : `${from.toUpperCase()} TO ${to.toUpperCase()}`;
}

/** IntervalUtils.toDayTimeIntervalString in ANSI style: `INTERVAL '1 12:30:01.001001' DAY TO SECOND`. */
export function ansiDayTime(micros: number, from: DayTimeField, to: DayTimeField): string {
  const sign = micros < 0 ? '-' : '';
  let rest = Math.abs(micros);
  const p2 = (x: number) => String(x).padStart(2, '0');
  const secText = (m: number): string => {
    const whole = Math.floor(m / 1_000_000);
    const frac = String(m % 1_000_000).padStart(6, '0').replace(/0+$/, '');
    const s = frac ? `${whole}.${frac}` : String(whole);
    return whole < 10 ? `0${s}` : s;
  };
  let out = '';
  const start = DT_FIELDS.indexOf(from);
  const end = DT_FIELDS.indexOf(to);
  for (let i = start; i <= end; i++) {
    const f = DT_FIELDS[i]!;
    if (f === 'second') {
      const s = secText(rest);
      out += i === start ? `${sign}${s}` : `:${s}`;
      break;
    }
    const unit = DT_MICROS[f];
    const n = Math.floor(rest / unit);
    rest -= n * unit;
    if (i === start) out += f === 'day' ? `${sign}${n}` : `${sign}${p2(n)}`;
    else out += `${f === 'hour' ? ' ' : ':'}${p2(n)}`;
  }
  return `INTERVAL '${out}' ${fieldsText(from, to)}`;
}

/** IntervalUtils.toYearMonthIntervalString in ANSI style: `INTERVAL '2015-0' YEAR TO MONTH`. */
export function ansiYearMonth(months: number, from: 'year' | 'month', to: 'year' | 'month'): string {
  const sign = months < 0 ? '-' : '';
  const a = Math.abs(months);
  const body = from === 'year' && to === 'month' ? `${sign}${Math.floor(a / 12)}-${a % 12}` : from === 'year' ? `${sign}${Math.floor(a / 12)}` : `${sign}${a}`;
  return `INTERVAL '${body}' ${fieldsText(from, to)}`;
}

/** A value as Spark 3.5's ToPrettyString casts it for show(). */
export function prettyCell(v: unknown, t: DataType): string {
  if (v === null || v === undefined) return 'NULL';
  switch (t.kind) {
    case 'null': return 'NULL';
    case 'boolean': return v ? 'true' : 'false';
    case 'byte': case 'short': case 'int': case 'long': return String(v);
    case 'float': return formatFloat(v as number);
    case 'double': return formatDouble(v as number);
    case 'decimal': return (v as Decimal).toString();
    case 'string': return v as string;
    case 'binary': return `[${[...(v as Uint8Array)].map((b) => b.toString(16).toUpperCase().padStart(2, '0')).join(' ')}]`;
    case 'date': return formatDate(v as number);
    case 'timestamp': return formatTimestamp(toLocalMicros(v as number));
    case 'timestamp_ntz': return formatTimestamp(v as number);
    case 'interval': return formatValue(v, t);
    case 'daytime': return ansiDayTime(v as number, t.from, t.to);
    case 'yearmonth': return ansiYearMonth(v as number, t.from, t.to);
    case 'array': return `[${(v as unknown[]).map((e) => prettyCell(e, t.element)).join(', ')}]`;
    case 'map': {
      const m = v as MapValue;
      return `{${m.keys.map((k, i) => `${prettyCell(k, t.key)} -> ${prettyCell(m.values[i], t.value)}`).join(', ')}}`;
    }
    case 'struct': {
      if (isUdt(t)) return formatUdt(t, v);
      const vals = v as unknown[];
      return `{${t.fields.map((f, i) => prettyCell(vals[i], f.type)).join(', ')}}`;
    }
    default: {
      const never: never = t;
      throw new Error(`unexpected type ${JSON.stringify(never)}`);
    }
  }
}

function truncateCell(s: string, truncate: number): string {
  const cps = [...s];
  if (truncate <= 0 || cps.length <= truncate) return s;
  return truncate < 4 ? cps.slice(0, truncate).join('') : `${cps.slice(0, truncate - 3).join('')}...`;
}

/** East Asian wide and fullwidth characters take two columns, as Spark's Utils.stringHalfWidth counts. */
function halfWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    const wide = (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3)
      || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6);
    w += wide ? 2 : 1;
  }
  return w;
}

const pad = (s: string, width: number, left: boolean) => {
  const fill = ' '.repeat(Math.max(0, width - halfWidth(s)));
  return left ? fill + s : s + fill;
};

const META_ESCAPES: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\f': '\\f', '\b': '\\b', '\v': '\\v', [String.fromCharCode(7)]: '\\a' };

function escapeMeta(s: string): string {
  let out = '';
  for (const ch of s) out += META_ESCAPES[ch] ?? ch;
  return out;
}

/** Header and cell strings of the first `n` rows (truncated as show() does). */
export function showCells(schema: StructType, rows: readonly Row[], n: number, truncate: number): { header: string[]; cells: string[][] } {
  // Dataset.getRows truncates cells only; column names are shown whole, control characters escaped.
  const header = schema.fields.map((f) => escapeMeta(f.name));
  const cells = rows.slice(0, Math.max(0, n)).map((r) => schema.fields.map((f, i) => truncateCell(prettyCell(r[i], f.type), truncate)));
  return { header, cells };
}

/** The text `df.show(n, truncate, vertical)` prints (ends with a newline, as showString does). */
export function showString(schema: StructType, rows: readonly Row[], n: number, truncate: number, vertical: boolean): string {
  const numRows = Math.max(0, n);
  const { header, cells } = showCells(schema, rows, numRows, truncate);
  const hasMore = rows.length > numRows;
  let sb = vertical ? verticalText(header, cells) : tableText(header, cells, truncate);
  if (vertical && cells.length === 0) sb += '(0 rows)\n';
  if (hasMore) sb += `only showing top ${numRows} ${numRows === 1 ? 'row' : 'rows'}\n`;
  return sb;
}

function tableText(header: string[], cells: string[][], truncate: number): string {
  const widths = header.map((h, i) => Math.max(3, halfWidth(h), ...cells.map((r) => halfWidth(r[i]!))));
  const sep = `+${widths.map((w) => '-'.repeat(w)).join('+')}+\n`;
  const line = (r: string[]) => `|${r.map((c, i) => pad(c, widths[i]!, truncate > 0)).join('|')}|\n`;
  return sep + line(header) + sep + cells.map(line).join('') + sep;
}

function verticalText(header: string[], cells: string[][]): string {
  const nameWidth = Math.max(3, ...header.map(halfWidth));
  const dataWidth = Math.max(3, ...cells.flat().map(halfWidth));
  let sb = '';
  cells.forEach((r, i) => {
    sb += `-RECORD ${i}`.padEnd(nameWidth + dataWidth + 5, '-') + '\n';
    sb += r.map((c, j) => ` ${pad(header[j]!, nameWidth, false)} | ${pad(c, dataWidth, false)} `).join('\n') + '\n';
  });
  return sb;
}
