/** Date and time functions over days-since-epoch dates and wall-clock microsecond timestamps. */
import {
  civilFromDays, DateType, daysFromCivil, daysInMonth, IntegerType, LongType, MICROS_PER_DAY, StringType,
  TimestampType, DoubleType, parseTimestamp, toLocalMicros, toUtcMicros,
} from '../../types';
import { addMonthsToDays } from '../arithmetic';
import type { BoundExpr } from '../bound';
import { castTo } from '../coerce';
import { checkArity, coerceArg, registerScalar, strictFn, unexpectedType } from './registry';
import type { CallSite } from './registry';
import { AnalysisException } from '../sql-errors';

const dateOf = (v: unknown) => v as number;

function checkNoArgs(args: BoundExpr[], site: CallSite): Record<string, never> {
  if (args.length) {
    throw new AnalysisException(`The \`${site.name}\` requires 0 parameters but the actual number is ${args.length}.`, 'WRONG_NUM_ARGS.WITH_SUGGESTION');
  }
  return {};
}

registerScalar(['date_add', 'dateadd', 'date_sub'], (args, site) => {
  checkArity(site, args, 2);
  const d = coerceArg(args[0]!, DateType, site, 0);
  const nk = args[1]!.type.kind;
  let n: BoundExpr;
  if (nk === 'int' || nk === 'short' || nk === 'byte') n = args[1]!;
  else if (nk === 'string' && args[1]!.kind === 'literal') {
    n = castTo(args[1]!, IntegerType);
    if (args[1]!.value !== null && !/^\s*[+-]?\d+\s*$/.test(String(args[1]!.value))) {
      throw new AnalysisException(`The second argument of \`${site.name}\` function needs to be an integer.`, 'SECOND_FUNCTION_ARGUMENT_NOT_INTEGER');
    }
  }
  else if (nk === 'null') n = castTo(args[1]!, IntegerType);
  else throw unexpectedType(site, 1, args[1]!, '("INT" or "SMALLINT" or "TINYINT")');
  const s = site.name === 'date_sub' ? -1 : 1;
  return { kind: 'strict', name: site.name, args: [d, n], fn: (a) => dateOf(a[0]) + s * (a[1] as number), type: DateType, nullable: true };
});
strictFn(['datediff', 'date_diff'], [DateType, DateType], IntegerType, (a) => dateOf(a[0]) - dateOf(a[1]));
strictFn('add_months', [DateType, IntegerType], DateType, (a) => addMonthsToDays(dateOf(a[0]), a[1] as number));
strictFn('last_day', [DateType], DateType, (a) => {
  const [y, m] = civilFromDays(dateOf(a[0]));
  return daysFromCivil(y, m, daysInMonth(y, m));
});
const DOW = ['su', 'mo', 'tu', 'we', 'th', 'fr', 'sa'];
strictFn('next_day', [DateType, 'string'], DateType, (a) => {
  const want = DOW.indexOf((a[1] as string).trim().slice(0, 2).toLowerCase());
  if (want < 0) return null;
  const d = dateOf(a[0]);
  const cur = (((d + 4) % 7) + 7) % 7;
  let delta = (want - cur + 7) % 7;
  if (delta === 0) delta = 7;
  return d + delta;
});
strictFn('make_date', [IntegerType, IntegerType, IntegerType], DateType, (a) => {
  const [y, m, d] = a as number[];
  if (m! < 1 || m! > 12 || d! < 1 || d! > daysInMonth(y!, m!)) return null;
  return daysFromCivil(y!, m!, d!);
});
strictFn('date_from_unix_date', [IntegerType], DateType, (a) => a[0]);
strictFn('unix_date', [DateType], IntegerType, (a) => a[0]);
strictFn('timestamp_seconds', [DoubleType], TimestampType, (a) => Math.round((a[0] as number) * 1_000_000));
strictFn('timestamp_millis', [LongType], TimestampType, (a) => Number(a[0] as bigint) * 1000);
strictFn('timestamp_micros', [LongType], TimestampType, (a) => Number(a[0] as bigint));

const parts: Array<[string[], (y: number, m: number, d: number, days: number) => number]> = [
  [['year'], (y) => y],
  [['month'], (_y, m) => m],
  [['day', 'dayofmonth'], (_y, _m, d) => d],
  [['quarter'], (_y, m) => Math.floor((m - 1) / 3) + 1],
  [['dayofweek'], (_y, _m, _d, days) => ((((days + 4) % 7) + 7) % 7) + 1],
  [['weekday'], (_y, _m, _d, days) => ((((days + 3) % 7) + 7) % 7)],
  [['dayofyear'], (y, _m, _d, days) => days - daysFromCivil(y, 1, 1) + 1],
  [['weekofyear'], (_y, _m, _d, days) => isoWeek(days)],
];
for (const [names, f] of parts) {
  strictFn(names, [DateType], IntegerType, (a) => {
    const days = dateOf(a[0]);
    const [y, m, d] = civilFromDays(days);
    return f(y, m, d, days);
  });
}
function isoWeek(days: number): number {
  const dow = ((((days + 3) % 7) + 7) % 7);
  const thursday = days - dow + 3;
  const [y] = civilFromDays(thursday);
  return Math.floor((thursday - daysFromCivil(y, 1, 1)) / 7) + 1;
}
for (const [name, div, mod] of [['hour', 3_600_000_000, 24], ['minute', 60_000_000, 60], ['second', 1_000_000, 60]] as const) {
  strictFn(name, [TimestampType], IntegerType, (a) => {
    const micros = toLocalMicros(a[0] as number);
    const inDay = ((micros % MICROS_PER_DAY) + MICROS_PER_DAY) % MICROS_PER_DAY;
    return Math.floor(inDay / div) % mod;
  });
}
registerScalar(['to_date'], (args, site) => {
  checkArity(site, args, 1, 2);
  if (args.length === 1) return castTo(args[0]!.type.kind === 'string' || args[0]!.type.kind.startsWith('timestamp') ? args[0]! : coerceArg(args[0]!, 'string', site, 0), DateType);
  const f = parseWithPattern(args);
  const inner = f.fn;
  const fn = (a: unknown[]): unknown => {
    const ts = inner(a);
    return ts === null ? null : Math.floor(toLocalMicros(ts as number) / MICROS_PER_DAY);
  };
  return { ...f, fn, type: DateType, name: 'to_date' };
});
registerScalar(['to_timestamp', 'to_timestamp_ntz', 'to_timestamp_ltz', 'try_to_timestamp'], (args, site) => {
  checkArity(site, args, 1, 2);
  const t = site.name === 'to_timestamp_ntz' ? { kind: 'timestamp_ntz' as const } : TimestampType;
  if (args.length === 1) return castTo(args[0]!, t);
  return { ...parseWithPattern(args), type: t };
});
function parseWithPattern(args: BoundExpr[]): Extract<BoundExpr, { kind: 'strict' }> {
  const src = castTo(args[0]!, StringType);
  const fmt = castTo(args[1]!, StringType);
  return {
    kind: 'strict', name: 'to_timestamp', args: [src, fmt], type: TimestampType, nullable: true,
    fn: (a) => {
      const local = parseByPattern(a[0] as string, a[1] as string);
      return local === null ? null : toUtcMicros(local);
    },
  };
}
/** Supports the common yyyy/MM/dd/HH/mm/ss/SSS letters of Java's DateTimeFormatter. */
export function parseByPattern(s: string, pattern: string): number | null {
  let re = '';
  const groups: string[] = [];
  for (let i = 0; i < pattern.length;) {
    const c = pattern[i]!;
    let j = i;
    while (j < pattern.length && pattern[j] === c) j++;
    const run = pattern.slice(i, j);
    if (/[yMdHhmsS]/.test(c)) {
      groups.push(c);
      re += c === 'y' && run.length === 4 ? '(\\d{4})' : c === 'S' ? `(\\d{1,${run.length}})` : '(\\d{1,' + Math.max(2, run.length) + '})';
    } else if (c === "'") {
      const k = pattern.indexOf("'", i + 1);
      re += pattern.slice(i + 1, k).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      j = k + 1;
    } else re += run.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    i = j;
  }
  const m = new RegExp('^' + re + '$').exec(s);
  if (!m) return null;
  let y = 1970, mo = 1, d = 1, h = 0, mi = 0, sec = 0, frac = 0;
  groups.forEach((g, i) => {
    const v = parseInt(m[i + 1]!, 10);
    if (g === 'y') y = v; else if (g === 'M') mo = v; else if (g === 'd') d = v;
    else if (g === 'H' || g === 'h') h = v; else if (g === 'm') mi = v; else if (g === 's') sec = v;
    else if (g === 'S') frac = parseInt((m[i + 1]! + '000000').slice(0, 6), 10);
  });
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null;
  return daysFromCivil(y, mo, d) * MICROS_PER_DAY + ((h * 60 + mi) * 60 + sec) * 1_000_000 + frac;
}
registerScalar(['current_date', 'curdate'], (args, site) => ({
  ...checkNoArgs(args, site), kind: 'literal', value: Math.floor(toLocalMicros(Date.now() * 1000) / MICROS_PER_DAY), type: DateType, nullable: false }));
registerScalar(['current_timestamp', 'now'], (args, site) => ({
  ...checkNoArgs(args, site), kind: 'literal', value: Date.now() * 1000, type: TimestampType, nullable: false }));
strictFn(['unix_timestamp', 'to_unix_timestamp'], ['any', 'string'], LongType, (a, args) => {
  const t = args[0]!.type.kind;
  const local = t === 'string' ? (a[1] !== undefined ? parseByPattern(a[0] as string, a[1] as string) : parseTimestamp(a[0] as string)) : null;
  const micros = t === 'string' ? (local === null ? null : toUtcMicros(local))
    : t === 'date' ? toUtcMicros((a[0] as number) * MICROS_PER_DAY) : (a[0] as number);
  return micros === null ? null : BigInt(Math.floor(micros / 1_000_000));
}, { optional: 1 });
strictFn('from_unixtime', [LongType, 'string'], StringType, (a) => formatByPattern(toLocalMicros(Number(a[0] as bigint) * 1_000_000), (a[1] as string | undefined) ?? 'yyyy-MM-dd HH:mm:ss'), { optional: 1 });
strictFn('date_format', [TimestampType, 'string'], StringType, (a) => formatByPattern(toLocalMicros(a[0] as number), a[1] as string));

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export function formatByPattern(micros: number, pattern: string): string {
  const days = Math.floor(micros / MICROS_PER_DAY);
  const [y, m, d] = civilFromDays(days);
  const inDay = micros - days * MICROS_PER_DAY;
  const vals: Record<string, number> = {
    y, M: m, d, H: Math.floor(inDay / 3_600_000_000), m: Math.floor(inDay / 60_000_000) % 60,
    s: Math.floor(inDay / 1_000_000) % 60, S: inDay % 1_000_000,
  };
  return pattern.replace(/y+|M+|L+|d+|H+|h+|m+|s+|S+|E+|a|'[^']*'/g, (run) => {
    if (run.startsWith("'")) return run.slice(1, -1);
    const c = run[0]!;
    // Text fields (Java's DateTimeFormatter): MMM Jul, MMMM July, EEE Tue, EEEE Tuesday, a AM.
    if ((c === 'M' || c === 'L') && run.length >= 3) return run.length === 3 ? MONTH_NAMES[m - 1]!.slice(0, 3) : MONTH_NAMES[m - 1]!;
    if (c === 'L') return String(m).padStart(run.length, '0');
    if (c === 'E') {
      const name = DAY_NAMES[(((days + 4) % 7) + 7) % 7]!;
      return run.length >= 4 ? name : name.slice(0, 3);
    }
    if (c === 'a') return vals.H! < 12 ? 'AM' : 'PM';
    if (c === 'h') return String(((vals.H! + 11) % 12) + 1).padStart(run.length, '0');
    if (c === 'S') return String(vals.S).padStart(6, '0').slice(0, run.length);
    const v = vals[c]!;
    if (c === 'y' && run.length === 2) return String(v % 100).padStart(2, '0');
    return String(v).padStart(run.length, '0');
  });
}
