/** Spark's CalendarInterval: months, days and microseconds kept apart. */
export interface Interval {
  readonly months: number;
  readonly days: number;
  readonly micros: number;
}

export function isInterval(v: unknown): v is Interval {
  return typeof v === 'object' && v !== null && 'months' in v && 'days' in v && 'micros' in v;
}

/** Renders like CalendarInterval.toString in Spark 3: `1 years 2 months 3 days 4 hours ...`. */
export function formatInterval(iv: Interval): string {
  const parts: string[] = [];
  const years = Math.trunc(iv.months / 12);
  const months = iv.months % 12;
  if (years !== 0) parts.push(`${years} years`);
  if (months !== 0) parts.push(`${months} months`);
  if (iv.days !== 0) parts.push(`${iv.days} days`);
  if (iv.micros !== 0) {
    let rest = iv.micros;
    const hours = Math.trunc(rest / 3_600_000_000);
    rest -= hours * 3_600_000_000;
    const minutes = Math.trunc(rest / 60_000_000);
    rest -= minutes * 60_000_000;
    if (hours !== 0) parts.push(`${hours} hours`);
    if (minutes !== 0) parts.push(`${minutes} minutes`);
    if (rest !== 0) {
      const sign = rest < 0 ? '-' : '';
      const a = Math.abs(rest);
      const secs = Math.trunc(a / 1_000_000);
      const frac = a % 1_000_000;
      const fs = frac === 0 ? '' : '.' + String(frac).padStart(6, '0').replace(/0+$/, '');
      parts.push(`${sign}${secs}${fs} seconds`);
    }
  }
  return parts.length === 0 ? '0 seconds' : parts.join(' ');
}
