// datetime.strftime as CPython on Linux runs it: %z, %Z and %f are expanded by datetime
// itself, the rest by glibc's strftime in the C/English locale, GNU flags included
// (%-d, %_H, %^a, %10A).
import { DAY_NAMES, MONTH_NAMES, dayOfYear, isoCalendar, toOrdinal, weekday } from './calendar';

export interface BrokenDownTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  microsecond: number;
  /** utcoffset() in microseconds, or null for a naive datetime. */
  utcOffsetMicros: number | null;
  /** tzname(), or null. */
  tzName: string | null;
}

/** %z the way datetime renders utcoffset(): +HHMM[SS[.ffffff]]. */
export function formatUtcOffset(micros: number | null, sep = ''): string {
  if (micros === null) return '';
  const sign = micros < 0 ? '-' : '+';
  let rest = Math.abs(micros);
  const us = rest % 1_000_000;
  rest = (rest - us) / 1_000_000;
  const ss = rest % 60;
  const mm = ((rest - ss) / 60) % 60;
  const hh = Math.floor(rest / 3600);
  const two = (n: number) => String(n).padStart(2, '0');
  let out = sign + two(hh) + sep + two(mm);
  if (ss !== 0 || us !== 0) out += sep + two(ss);
  if (us !== 0) out += '.' + String(us).padStart(6, '0');
  return out;
}

/** datetime.timezone's default name: 'UTC', 'UTC+05:30', 'UTC-05:30:07.000005'. */
export function timezoneName(offsetMicros: number): string {
  return offsetMicros === 0 ? 'UTC' : 'UTC' + formatUtcOffset(offsetMicros, ':');
}

/**
 * datetime.strftime: datetime first replaces each %z, %Z and %f it finds scanning two
 * characters at a time (so '%%z' is left alone), then glibc formats the rest from a struct
 * tm that carries no zone, where a flagged %z prints nothing and %Z prints ''.
 */
export function strftime(format: string, t: BrokenDownTime): string {
  let pre = '';
  for (let i = 0; i < format.length; i++) {
    if (format[i] !== '%' || i + 1 >= format.length) {
      pre += format[i];
      continue;
    }
    const next = format[++i];
    if (next === 'z') pre += formatUtcOffset(t.utcOffsetMicros).replace(/%/g, '%%');
    else if (next === 'Z') pre += (t.tzName ?? '').replace(/%/g, '%%');
    else if (next === 'f') pre += String(t.microsecond).padStart(6, '0');
    else pre += '%' + next;
  }
  return cStrftime(pre, { ...t, utcOffsetMicros: null, tzName: null }, false);
}

/**
 * glibc's strftime in the C locale (time.strftime). A null utcOffsetMicros is a struct tm
 * with tm_isdst < 0: %z prints nothing.
 */
export function cStrftime(format: string, t: BrokenDownTime, zoneKnown = true): string {
  let out = '';
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch !== '%') {
      out += ch;
      continue;
    }
    const m = /^([_\-0^#]*)(\d*)([EO]?)(.?)/s.exec(format.slice(i + 1)) as RegExpExecArray;
    const [whole, flags, widthText, , conv] = m;
    const width = widthText === '' ? -1 : Number(widthText);
    i += whole.length;
    if (conv === 'z' && (!zoneKnown || t.utcOffsetMicros === null)) continue;
    const expanded = conv === '' ? null : convert(conv, t, flags);
    // glibc copies an unknown conversion through as written (still padded and cased).
    out += applyWidth(expanded ?? word('%' + whole), flags, width);
  }
  return out;
}

interface Piece {
  text: string;
  /** Numeric fields pad with '0' (or ' ' for %e/%k/%l) to this width. */
  pad: '0' | ' ' | '';
  width: number;
  /** %P stays lower case even with the '^' flag. */
  noUpper?: boolean;
}

function applyWidth(p: Piece, flags: string, width: number): string {
  const text = flags.includes('^') && p.noUpper !== true ? p.text.toUpperCase() : p.text;
  if (flags.includes('-') && width < 0) return text;
  // glibc: '_' pads with spaces, '0' with zeros, '-' (with a width) with spaces, otherwise
  // numbers keep their own pad character and words pad with spaces.
  let fill: string;
  if (flags.includes('_') || (flags.includes('-') && !flags.includes('0'))) fill = ' ';
  else if (flags.includes('0')) fill = '0';
  else fill = p.pad === '' ? ' ' : p.pad;
  // A number never gets narrower than its natural width ('%1I' is still '09').
  const natural = p.pad === '' || flags.includes('-') ? 0 : p.width;
  const w = Math.max(width, natural);
  if (text.length >= w) return text;
  if (fill === '0' && text.startsWith('-')) return '-' + text.slice(1).padStart(w - 1, '0');
  return text.padStart(w, fill);
}

const num = (n: number, width: number, pad: '0' | ' ' = '0'): Piece => ({ text: String(n), pad, width });
const word = (text: string): Piece => ({ text, pad: '', width: 0 });

function convert(c: string, t: BrokenDownTime, flags: string): Piece | null {
  const wd = weekday(t.year, t.month, t.day);
  const swap = flags.includes('#');
  const hour12 = t.hour % 12 === 0 ? 12 : t.hour % 12;
  switch (c) {
    case 'a': return word(swap ? DAY_NAMES[wd].slice(0, 3).toUpperCase() : DAY_NAMES[wd].slice(0, 3));
    case 'A': return word(swap ? DAY_NAMES[wd].toUpperCase() : DAY_NAMES[wd]);
    case 'b': case 'h': return word(swap ? MONTH_NAMES[t.month - 1].slice(0, 3).toUpperCase() : MONTH_NAMES[t.month - 1].slice(0, 3));
    case 'B': return word(swap ? MONTH_NAMES[t.month - 1].toUpperCase() : MONTH_NAMES[t.month - 1]);
    case 'c': return word(cStrftime('%a %b %e %H:%M:%S %Y', t));
    case 'C': return num(Math.floor(t.year / 100), 0);
    case 'd': return num(t.day, 2);
    case 'D': return word(cStrftime('%m/%d/%y', t));
    case 'e': return num(t.day, 2, ' ');
    case 'F': return word(cStrftime('%Y-%m-%d', t));
    case 'G': return num(isoCalendar(t.year, t.month, t.day)[0], 0);
    case 'g': return num(isoCalendar(t.year, t.month, t.day)[0] % 100, 2);
    case 'H': return num(t.hour, 2);
    case 'I': return num(hour12, 2);
    case 'j': return num(dayOfYear(t.year, t.month, t.day), 3);
    case 'k': return num(t.hour, 2, ' ');
    case 'l': return num(hour12, 2, ' ');
    case 'm': return num(t.month, 2);
    case 'M': return num(t.minute, 2);
    case 'n': return word('\n');
    case 'p': return word(swap ? (t.hour < 12 ? 'am' : 'pm') : t.hour < 12 ? 'AM' : 'PM');
    case 'P': return { text: t.hour < 12 ? 'am' : 'pm', pad: '', width: 0, noUpper: true };
    case 'r': return word(cStrftime('%I:%M:%S %p', t));
    case 'R': return word(cStrftime('%H:%M', t));
    case 's': {
      const days = toOrdinal(t.year, t.month, t.day) - toOrdinal(1970, 1, 1);
      return num(days * 86400 + t.hour * 3600 + t.minute * 60 + t.second, 0, ' ');
    }
    case 'S': return num(t.second, 2);
    case 't': return word('\t');
    case 'T': return word(cStrftime('%H:%M:%S', t));
    case 'u': return num(wd + 1, 1);
    case 'U': return num(Math.floor((dayOfYear(t.year, t.month, t.day) - 1 - ((wd + 1) % 7) + 7) / 7), 2);
    case 'V': return num(isoCalendar(t.year, t.month, t.day)[1], 2);
    case 'w': return num((wd + 1) % 7, 1);
    case 'W': return num(Math.floor((dayOfYear(t.year, t.month, t.day) - 1 - wd + 7) / 7), 2);
    case 'x': return word(cStrftime('%m/%d/%y', t));
    case 'X': return word(cStrftime('%H:%M:%S', t));
    case 'y': return num(t.year % 100, 2);
    case 'Y': return num(t.year, 0);
    case 'z': return word(formatUtcOffset(t.utcOffsetMicros === null ? null : Math.trunc(t.utcOffsetMicros / 60e6) * 60e6));
    case 'Z': return word(swap ? (t.tzName ?? '').toLowerCase() : (t.tzName ?? ''));
    case '%': return word('%');
    default: return null;
  }
}
