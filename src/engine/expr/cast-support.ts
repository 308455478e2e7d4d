/** Re-exports the type-layer helpers cast.ts needs, plus interval parsing from strings. */
export {
  Decimal, formatDate, formatDouble, formatFloat, formatInterval, formatTimestamp, isInterval, MapValue,
  MICROS_PER_DAY, parseDate, parseTimestamp, sameType, formatDayTime, formatYearMonth, toLocalMicros, toUtcMicros,
} from '../types';
import type { Interval } from '../types';

const UNITS: Record<string, [number, number, number]> = {
  year: [12, 0, 0], month: [1, 0, 0], week: [0, 7, 0], day: [0, 1, 0],
  hour: [0, 0, 3_600_000_000], minute: [0, 0, 60_000_000], second: [0, 0, 1_000_000],
  millisecond: [0, 0, 1000], microsecond: [0, 0, 1],
};

/** `1 day 2 hours`, optionally prefixed with `interval`. */
export function parseIntervalLike(text: string): Interval | null {
  const s = text.trim().toLowerCase().replace(/^interval\s*/, '');
  const re = /\s*([+-]?\d+(?:\.\d+)?)\s*([a-z]+)/gy;
  let months = 0;
  let days = 0;
  let micros = 0;
  let m: RegExpExecArray | null;
  let end = 0;
  while ((m = re.exec(s))) {
    const u = UNITS[m[2]!.replace(/s$/, '')];
    if (!u) return null;
    const n = Number(m[1]);
    months += u[0] * n;
    days += u[1] * n;
    micros += Math.round(u[2] * n);
    end = re.lastIndex;
  }
  if (end === 0 || s.slice(end).trim() !== '') return null;
  return { months, days, micros };
}
