/**
 * The datetime module: timedelta, date, time, datetime, tzinfo and timezone, written in
 * Python (datetime-*.ts) over a few natives for the calendar arithmetic, ISO parsing and
 * pylib's CPython-exact strftime/strptime. The host clock is UTC, as in CI and on
 * Databricks, so naive local times equal UTC.
 */
import { PyLibError, daysInMonth, formatUtcOffset, fromOrdinal, isoCalendar, strftime, strptime, timezoneName, toOrdinal } from '../../pylib';
import { NativeGetter, PyTuple, PyType, T, pyErr, repr, setClassType, tuple, typeName } from '../../values/py';
import { registerPythonModule } from './py-source';
import { DATETIME_DELTA } from './datetime-delta';
import { DATETIME_DATE } from './datetime-date';
import { DATETIME_DATETIME } from './datetime-datetime';
import { nowMs } from './time-module';

const IsoCalendarDateT = new PyType('IsoCalendarDate', [T.tuple]);
IsoCalendarDateT.module = 'datetime';
class IsoCalendarDate extends PyTuple {
  pyRepr(): string {
    const [y, w, d] = this.items;
    return `datetime.IsoCalendarDate(year=${repr(y)}, week=${repr(w)}, weekday=${repr(d)})`;
  }
}
setClassType(IsoCalendarDate, IsoCalendarDateT);
['year', 'week', 'weekday'].forEach((f, i) => IsoCalendarDateT.dict.set(f, new NativeGetter((t) => (t as PyTuple).items[i])));

function pylib<R>(f: () => R): R {
  try {
    return f();
  } catch (e) {
    if (e instanceof PyLibError) throw pyErr(e.pyType === 'TypeError' ? 'TypeError' : 'ValueError', e.pyMessage);
    throw e;
  }
}

const DATE = /^(\d{4})-?(\d{2})-?(\d{2})$/;
const TIME = /^(\d{2})(?::?(\d{2})(?::?(\d{2})(?:[.,](\d{1,9}))?)?)?(Z|[+-]\d{2}(?::?\d{2}(?::?\d{2}(?:\.\d{1,6})?)?)?)?$/;

function parseIsoDate(s: string): [number, number, number] | null {
  const m = DATE.exec(s);
  if (!m || (s.length !== 8 && s.length !== 10) || (s.length === 10 && (s[4] !== '-' || s[7] !== '-'))) return null;
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

function parseOffset(z: string): number {
  if (z === 'Z') return 0;
  const sign = z[0] === '-' ? -1 : 1;
  const digits = z.slice(1).replace(/:/g, '');
  const [whole, frac = ''] = digits.split('.');
  const h = Number(whole!.slice(0, 2));
  const m = Number(whole!.slice(2, 4) || '0');
  const sec = Number(whole!.slice(4, 6) || '0');
  return sign * (((h * 60 + m) * 60 + sec) * 1_000_000 + Number(frac.padEnd(6, '0') || '0'));
}

function parseIsoTime(s: string): [number, number, number, number, number | null] | null {
  const m = TIME.exec(s);
  if (!m) return null;
  const us = m[4] ? Number(m[4].slice(0, 6).padEnd(6, '0')) : 0;
  return [Number(m[1]), Number(m[2] ?? 0), Number(m[3] ?? 0), us, m[5] ? parseOffset(m[5]) : null];
}

function natives(): Record<string, unknown> {
  return {
    _native_days_in_month: (y: number, m: number) => daysInMonth(y, m),
    _native_from_ordinal: (n: number) => tuple(fromOrdinal(Number(n))),
    _native_to_ordinal: (y: number, m: number, d: number) => toOrdinal(y, m, d),
    _native_iso_calendar: (y: number, m: number, d: number) => new IsoCalendarDate(isoCalendar(y, m, d)),
    _native_iso_to_ordinal: (year: number, week: number, day: number) => {
      if (!(week >= 1 && week <= 53)) throw pyErr('ValueError', `Invalid week: ${week}`);
      if (!(day >= 1 && day <= 7)) throw pyErr('ValueError', `Invalid weekday: ${day} (range is [1, 7])`);
      const jan4 = toOrdinal(year, 1, 4);
      const week1 = jan4 - ((jan4 + 6) % 7);
      return week1 + (week - 1) * 7 + day - 1;
    },
    _native_now_us: () => nowMs() * 1000,
    _native_parse_iso_date: (s: string) => {
      const d = parseIsoDate(s);
      return d ? tuple(d) : null;
    },
    _native_parse_iso_time: (s: string) => {
      const t = parseIsoTime(String(s));
      return t ? tuple(t) : null;
    },
    _native_parse_iso_datetime: (s: string) => {
      const datePart = s.length >= 10 && s[4] === '-' ? s.slice(0, 10) : s.slice(0, 8);
      const d = parseIsoDate(datePart);
      if (!d) return null;
      const rest = s.slice(datePart.length);
      if (rest === '') return tuple([...d, 0, 0, 0, 0, null]);
      const t = parseIsoTime(rest.slice(1));
      return t ? tuple([...d, ...t]) : null;
    },
    _native_strftime: (fmt: string, y: number, m: number, d: number, h: number, mi: number, s: number, us: number, off: number | null, name: string | null) =>
      pylib(() => strftime(fmt, { year: y, month: m, day: d, hour: h, minute: mi, second: s, microsecond: us, utcOffsetMicros: off, tzName: name })),
    _native_strptime: (text: unknown, fmt: unknown) => {
      if (typeof text !== 'string') throw pyErr('TypeError', `strptime() argument 1 must be str, not ${typeName(text)}`);
      if (typeof fmt !== 'string') throw pyErr('TypeError', `strptime() argument 2 must be str, not ${typeName(fmt)}`);
      const p = pylib(() => strptime(text, fmt));
      return tuple([p.year, p.month, p.day, p.hour, p.minute, p.second, p.microsecond, p.utcOffsetMicros, p.tzName]);
    },
    _native_format_offset: (us: number) => formatUtcOffset(us, ':'),
    _native_tzname: (us: number) => timezoneName(us),
  };
}

registerPythonModule('datetime', () => [DATETIME_DELTA, DATETIME_DATE, DATETIME_DATETIME].join('\n'), natives);
