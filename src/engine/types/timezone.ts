/**
 * TIMESTAMP values are UTC microseconds; text in and out goes through the session time
 * zone (`spark.sql.session.timeZone`), as in Spark. TIMESTAMP_NTZ values are wall-clock
 * microseconds and never shift. Offsets come from Intl and are cached per hour.
 */
let sessionZone = 'UTC';

export function setSessionTimeZone(zone: string): void {
  sessionZone = zone;
}

export function sessionTimeZone(): string {
  return sessionZone;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const offsetCache = new Map<string, number>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric',
      hour: 'numeric', minute: 'numeric', second: 'numeric', era: 'short',
    });
    formatters.set(zone, f);
  }
  return f;
}

/** Offset of `zone` from UTC at the instant `utcMs`, in milliseconds. */
export function zoneOffsetMs(utcMs: number, zone = sessionZone): number {
  if (zone === 'UTC' || zone === 'Z' || zone === 'GMT') return 0;
  const hour = Math.floor(utcMs / 3_600_000);
  const key = `${zone}|${hour}`;
  const cached = offsetCache.get(key);
  if (cached !== undefined) return cached;
  const at = hour * 3_600_000;
  const parts: Record<string, string> = {};
  for (const p of formatter(zone).formatToParts(new Date(at))) parts[p.type] = p.value;
  let year = Number(parts.year);
  if (parts.era === 'BC' || parts.era === 'B') year = 1 - year;
  const wall = Date.UTC(year, Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  const d = new Date(wall);
  if (year >= 0 && year < 100) d.setUTCFullYear(year);
  const offset = d.getTime() - at;
  offsetCache.set(key, offset);
  return offset;
}

/** UTC micros → wall-clock micros in the session zone. */
export function toLocalMicros(utc: number): number {
  return utc + zoneOffsetMs(Math.floor(utc / 1000)) * 1000;
}

/** Wall-clock micros in the session zone → UTC micros (the earlier instant in a DST overlap). */
export function toUtcMicros(local: number): number {
  const guess = local - zoneOffsetMs(Math.floor(local / 1000)) * 1000;
  return local - zoneOffsetMs(Math.floor(guess / 1000)) * 1000;
}
