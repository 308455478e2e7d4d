/**
 * Calendar arithmetic for DATE (days since 1970-01-01) and TIMESTAMP (microseconds since
 * the epoch, as wall-clock time in the session time zone). Proleptic Gregorian, as Spark 3.
 */
export const MICROS_PER_SECOND = 1_000_000;
export const MICROS_PER_DAY = 86_400_000_000;

export function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function civilFromDays(z: number): [number, number, number] {
  z += 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const y = yoe + era * 400;
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  return [m <= 2 ? y + 1 : y, m, d];
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  return [31, isLeapYear(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
}

function pad(n: number, w: number): string {
  const s = String(Math.abs(n)).padStart(w, '0');
  return n < 0 ? '-' + s : s;
}

export function formatDate(days: number): string {
  const [y, m, d] = civilFromDays(days);
  return `${y > 9999 ? '+' + y : pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

export function formatTimestamp(micros: number): string {
  const days = Math.floor(micros / MICROS_PER_DAY);
  let rest = micros - days * MICROS_PER_DAY;
  const h = Math.floor(rest / 3_600_000_000);
  rest -= h * 3_600_000_000;
  const mi = Math.floor(rest / 60_000_000);
  rest -= mi * 60_000_000;
  const s = Math.floor(rest / 1_000_000);
  const frac = rest - s * 1_000_000;
  const fs = frac === 0 ? '' : '.' + String(frac).padStart(6, '0').replace(/0+$/, '');
  return `${formatDate(days)} ${pad(h, 2)}:${pad(mi, 2)}:${pad(s, 2)}${fs}`;
}

/** Parses `yyyy[-m[-d]]` (with optional trailing `T...`/time part ignored) like Spark's stringToDate. */
export function parseDate(text: string): number | null {
  const m = /^\s*([+-]?\d{4,6})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ].*)?\s*$/.exec(text);
  if (!m) return null;
  const y = parseInt(m[1]!, 10);
  const mo = m[2] ? parseInt(m[2], 10) : 1;
  const d = m[3] ? parseInt(m[3], 10) : 1;
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null;
  return daysFromCivil(y, mo, d);
}

/** Parses `yyyy-mm-dd[ T]hh:mm:ss[.ffffff]` into wall-clock micros; zone suffixes are not supported. */
export function parseTimestamp(text: string): number | null {
  const m = /^\s*([+-]?\d{4,6})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ](\d{1,2})(?::(\d{1,2})(?::(\d{1,2})(?:\.(\d{0,9}))?)?)?)?\s*(Z|UTC)?\s*$/.exec(text);
  if (!m) return null;
  const y = parseInt(m[1]!, 10);
  const mo = m[2] ? parseInt(m[2], 10) : 1;
  const d = m[3] ? parseInt(m[3], 10) : 1;
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null;
  const h = m[4] ? parseInt(m[4], 10) : 0;
  const mi = m[5] ? parseInt(m[5], 10) : 0;
  const s = m[6] ? parseInt(m[6], 10) : 0;
  if (h > 23 || mi > 59 || s > 59) return null;
  const frac = m[7] ? parseInt((m[7] + '000000').slice(0, 6), 10) : 0;
  return daysFromCivil(y, mo, d) * MICROS_PER_DAY + ((h * 60 + mi) * 60 + s) * MICROS_PER_SECOND + frac;
}
