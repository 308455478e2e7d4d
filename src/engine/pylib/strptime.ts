// datetime.strptime in the C locale, following CPython's _strptime: each directive becomes
// a regex group, the whole format must match (case-insensitively) from the start, and the
// fields are then resolved (%I with %p, %j, %U/%W, ISO %G/%V/%u, Feb 29 without a year).
import { DAY_NAMES, MONTH_NAMES, daysInMonth, fromOrdinal, isLeap, toOrdinal } from './calendar';
import { strRepr } from './str-repr';
import { PyLibError, valueError } from './py-error';

export interface ParsedTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  microsecond: number;
  /** Monday is 0. */
  weekday: number;
  /** 1-based day of the year. */
  yday: number;
  /** From %z: the offset in microseconds, or null when the format had no %z. */
  utcOffsetMicros: number | null;
  /** From %Z, as written. */
  tzName: string | null;
}

const alternatives = (names: string[]): string => [...names].sort((a, b) => b.length - a.length).join('|');
const lower = (names: string[]) => names.map((n) => n.toLowerCase());

const DIRECTIVES: Record<string, string> = {
  d: '3[0-1]|[1-2]\\d|0[1-9]|[1-9]| [1-9]',
  f: '[0-9]{1,6}',
  H: '2[0-3]|[0-1]\\d|\\d',
  I: '1[0-2]|0[1-9]|[1-9]',
  G: '\\d\\d\\d\\d',
  j: '36[0-6]|3[0-5]\\d|[1-2]\\d\\d|0[1-9]\\d|00[1-9]|[1-9]\\d|0[1-9]|[1-9]',
  m: '1[0-2]|0[1-9]|[1-9]',
  M: '[0-5]\\d|\\d',
  S: '6[0-1]|[0-5]\\d|\\d',
  U: '5[0-3]|[0-4]\\d|\\d',
  W: '5[0-3]|[0-4]\\d|\\d',
  w: '[0-6]',
  u: '[1-7]',
  V: '5[0-3]|0[1-9]|[1-4]\\d|\\d',
  y: '\\d\\d',
  Y: '\\d\\d\\d\\d',
  z: '[+-]\\d\\d:?[0-5]\\d(?::?[0-5]\\d(?:\\.\\d{1,6})?)?|Z',
  A: alternatives(lower(DAY_NAMES)),
  a: alternatives(lower(DAY_NAMES.map((d) => d.slice(0, 3)))),
  B: alternatives(lower(MONTH_NAMES)),
  b: alternatives(lower(MONTH_NAMES.map((m) => m.slice(0, 3)))),
  p: 'am|pm',
  // The host zone is UTC here; CPython accepts utc, gmt and time.tzname's names.
  Z: 'utc|gmt',
};
const COMPOUND: Record<string, string> = { c: '%a %b %d %H:%M:%S %Y', x: '%m/%d/%y', X: '%H:%M:%S' };
const REGEX_SPECIAL = /[\\.^$*+?(){}[\]|]/;

/** The regex source for a format, and the directive letter of each capture group. */
function compile(format: string): { source: string; groups: string[] } {
  const groups: string[] = [];
  const expand = (fmt: string): string => {
    let src = '';
    for (let i = 0; i < fmt.length; i++) {
      const ch = fmt[i];
      if (/\s/.test(ch)) {
        while (i + 1 < fmt.length && /\s/.test(fmt[i + 1])) i++;
        src += '\\s+';
      } else if (ch !== '%') {
        src += REGEX_SPECIAL.test(ch) || ch === '/' ? '\\' + ch : ch;
      } else {
        const d = fmt[i + 1];
        i++;
        if (d === undefined) throw valueError(`stray % in format '${format}'`);
        if (d === '%') src += '%';
        else if (d in COMPOUND) src += expand(COMPOUND[d]);
        else if (d in DIRECTIVES) {
          if (groups.includes(d)) {
            throw new PyLibError('re.error', `redefinition of group name '${d}' as group ${groups.length + 1}; was group ${groups.indexOf(d) + 1}`);
          }
          groups.push(d);
          src += `(${DIRECTIVES[d]})`;
        } else {
          const shown = REGEX_SPECIAL.test(d) || /\s/.test(d) ? '%' : d;
          throw valueError(`'${shown}' is a bad directive in format '${format}'`);
        }
      }
    }
    return src;
  };
  return { source: expand(format), groups };
}

export function strptime(text: string, format: string): ParsedTime {
  const { source, groups } = compile(format);
  const m = new RegExp('^(?:' + source + ')', 'iu').exec(text);
  // CPython matches %z's 'Z' case-sensitively inside an otherwise case-blind pattern.
  const zAt = groups.indexOf('z');
  if (!m || (zAt >= 0 && m[zAt + 1] === 'z')) throw valueError(`time data ${strRepr(text)} does not match format ${strRepr(format)}`);
  if (m[0].length !== text.length) throw valueError(`unconverted data remains: ${text.slice(m[0].length)}`);
  const found = new Map<string, string>(groups.map((g, i) => [g, m[i + 1]]));
  return resolve(groups, found);
}

function resolve(groups: string[], found: Map<string, string>): ParsedTime {
  let year: number | null = null;
  let isoYear: number | null = null;
  let month = 1;
  let day = 1;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let fraction = 0;
  let utcOffsetMicros: number | null = null;
  let isoWeek: number | null = null;
  let weekOfYear: number | null = null;
  let weekStartsMonday = false;
  let weekday: number | null = null;
  let julian: number | null = null;
  const get = (k: string) => found.get(k) as string;
  for (const key of groups) {
    const v = get(key);
    switch (key) {
      case 'y': year = Number(v) + (Number(v) <= 68 ? 2000 : 1900); break;
      case 'Y': year = Number(v); break;
      case 'G': isoYear = Number(v); break;
      case 'm': month = Number(v); break;
      case 'B': month = lower(MONTH_NAMES).indexOf(v.toLowerCase()) + 1; break;
      case 'b': month = lower(MONTH_NAMES).map((n) => n.slice(0, 3)).indexOf(v.toLowerCase()) + 1; break;
      case 'd': day = Number(v); break;
      case 'H': hour = Number(v); break;
      case 'I': {
        hour = Number(v);
        const ampm = (found.get('p') ?? '').toLowerCase();
        if (ampm === '' || ampm === 'am') {
          if (hour === 12) hour = 0;
        } else if (hour !== 12) hour += 12;
        break;
      }
      case 'M': minute = Number(v); break;
      case 'S': second = Number(v); break;
      case 'f': fraction = Number(v.padEnd(6, '0')); break;
      case 'A': weekday = lower(DAY_NAMES).indexOf(v.toLowerCase()); break;
      case 'a': weekday = lower(DAY_NAMES).map((n) => n.slice(0, 3)).indexOf(v.toLowerCase()); break;
      case 'w': weekday = (Number(v) + 6) % 7; break;
      case 'u': weekday = Number(v) - 1; break;
      case 'j': julian = Number(v); break;
      case 'U': case 'W': weekOfYear = Number(v); weekStartsMonday = key === 'W'; break;
      case 'V': isoWeek = Number(v); break;
      case 'z': utcOffsetMicros = parseOffset(v); break;
      default: break;
    }
  }
  if (year === null && isoYear !== null) {
    if (isoWeek === null || weekday === null) {
      throw valueError("ISO year directive '%G' must be used with the ISO week directive '%V' and a weekday directive ('%A', '%a', '%w', or '%u').");
    }
    if (julian !== null) throw valueError("Day of the year directive '%j' is not compatible with ISO year directive '%G'. Use '%Y' instead.");
  } else if (weekOfYear === null && isoWeek !== null) {
    if (weekday === null) throw valueError("ISO week directive '%V' must be used with the ISO year directive '%G' and a weekday directive ('%A', '%a', '%w', or '%u').");
    throw valueError("ISO week directive '%V' is incompatible with the year directive '%Y'. Use the ISO year '%G' instead.");
  }
  let leapYearFix = false;
  if (year === null && month === 2 && day === 29) {
    year = 1904;
    leapYearFix = true;
  } else if (year === null) year = 1900;
  checkDate(year, 1, 1);
  if (julian === null && weekday !== null) {
    if (weekOfYear !== null) julian = julianFromWeek(year, weekOfYear, weekday, weekStartsMonday);
    else if (isoYear !== null && isoWeek !== null) [year, julian] = julianFromIso(isoYear, isoWeek, weekday + 1);
    if (julian !== null && julian <= 0) {
      year -= 1;
      julian += isLeap(year) ? 366 : 365;
    }
  }
  if (julian === null) {
    checkDate(year, month, day);
    julian = toOrdinal(year, month, day) - toOrdinal(year, 1, 1) + 1;
  } else {
    [year, month, day] = fromOrdinal(julian - 1 + toOrdinal(year, 1, 1));
  }
  if (weekday === null) weekday = (toOrdinal(year, month, day) + 6) % 7;
  if (leapYearFix) year = 1900;
  checkDate(year, month, day);
  if (second > 59) throw valueError('second must be in 0..59');
  return {
    year, month, day, hour, minute, second, microsecond: fraction, weekday, yday: julian,
    utcOffsetMicros, tzName: found.get('Z') ?? null,
  };
}

function checkDate(year: number, month: number, day: number): void {
  if (year < 1 || year > 9999) throw valueError(`year ${year} is out of range`);
  if (day < 1 || day > daysInMonth(year, month)) throw valueError('day is out of range for month');
}

function parseOffset(z: string): number {
  if (z === 'Z') return 0;
  let s = z;
  if (s[3] === ':') {
    s = s.slice(0, 3) + s.slice(4);
    if (s.length > 5) {
      if (s[5] !== ':') throw valueError(`Inconsistent use of : in ${z}`);
      s = s.slice(0, 5) + s.slice(6);
    }
  }
  const seconds = Number(s.slice(1, 3)) * 3600 + Number(s.slice(3, 5)) * 60 + Number(s.slice(5, 7) || 0);
  const frac = Number(s.slice(8).padEnd(6, '0') || 0);
  const micros = seconds * 1_000_000 + frac;
  return s.startsWith('-') ? -micros : micros;
}

function julianFromWeek(year: number, week: number, dayOfWeek: number, mondayFirst: boolean): number {
  let first = (toOrdinal(year, 1, 1) + 6) % 7;
  let dow = dayOfWeek;
  if (!mondayFirst) {
    first = (first + 1) % 7;
    dow = (dow + 1) % 7;
  }
  const week0 = (7 - first) % 7;
  return week === 0 ? 1 + dow - first : 1 + week0 + 7 * (week - 1) + dow;
}

function julianFromIso(isoYear: number, isoWeek: number, isoWeekday: number): [number, number] {
  const correction = ((toOrdinal(isoYear, 1, 4) + 6) % 7) + 1 + 3;
  let ordinal = isoWeek * 7 + isoWeekday - correction;
  let y = isoYear;
  if (ordinal < 1) {
    ordinal += toOrdinal(y, 1, 1);
    y -= 1;
    ordinal -= toOrdinal(y, 1, 1);
  }
  return [y, ordinal];
}
