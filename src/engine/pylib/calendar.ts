// Proleptic Gregorian calendar arithmetic (Python's datetime.date rules).

export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** Monday first, as date.weekday(). */
export const DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export function isLeap(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

const DAYS_BEFORE_MONTH = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeap(year) ? 29 : 28;
  return [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

/** 1-based day of the year. */
export function dayOfYear(year: number, month: number, day: number): number {
  return DAYS_BEFORE_MONTH[month] + (month > 2 && isLeap(year) ? 1 : 0) + day;
}

/** date.toordinal(): 1 for 0001-01-01. */
export function toOrdinal(year: number, month: number, day: number): number {
  const y = year - 1;
  return y * 365 + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) + dayOfYear(year, month, day);
}

/** date.fromordinal(n) as [year, month, day]. */
export function fromOrdinal(n: number): [number, number, number] {
  let year = Math.floor((n - 1) / 365.2425) + 1;
  while (toOrdinal(year, 1, 1) > n) year--;
  while (toOrdinal(year + 1, 1, 1) <= n) year++;
  let doy = n - toOrdinal(year, 1, 1) + 1;
  let month = 1;
  while (doy > daysInMonth(year, month)) {
    doy -= daysInMonth(year, month);
    month++;
  }
  return [year, month, doy];
}

/** date.weekday(): Monday is 0. */
export function weekday(year: number, month: number, day: number): number {
  return (toOrdinal(year, month, day) + 6) % 7;
}

/** date.isocalendar() as [isoYear, isoWeek, isoWeekday (1 = Monday)]. */
export function isoCalendar(year: number, month: number, day: number): [number, number, number] {
  const ord = toOrdinal(year, month, day);
  const week1Monday = (y: number): number => {
    const first = toOrdinal(y, 1, 1);
    const firstWeekday = (first + 6) % 7;
    const monday = first - firstWeekday;
    return firstWeekday > 3 ? monday + 7 : monday;
  };
  let isoYear = year;
  let start = week1Monday(isoYear);
  if (ord < start) {
    isoYear -= 1;
    start = week1Monday(isoYear);
  } else if (ord >= week1Monday(isoYear + 1)) {
    isoYear += 1;
    start = week1Monday(isoYear);
  }
  return [isoYear, Math.floor((ord - start) / 7) + 1, ((ord + 6) % 7) + 1];
}
