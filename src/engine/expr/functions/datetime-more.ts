/**
 * More date/time functions: truncation (trunc, date_trunc), months_between, time-zone
 * shifts (from/to_utc_timestamp, convert_timezone), make_timestamp*, unix_* conversions,
 * dayname/monthname. Zone ids resolve as Java's ZoneId.of(id, SHORT_IDS) does.
 */
import {
  civilFromDays, DateType, daysFromCivil, daysInMonth, Decimal, decimalType, DoubleType, LongType, MICROS_PER_DAY,
  sessionTimeZone, StringType, TimestampNTZType, TimestampType, toLocalMicros, toUtcMicros, zoneOffsetMs,
} from '../../types';
import type { DataType } from '../../types';
import type { BoundExpr } from '../bound';
import { castTo } from '../coerce';
import { checkArity, coerceArg, registerScalar, strictFn } from './registry';

/** Java's ZoneId.SHORT_IDS. */
const SHORT_IDS: Record<string, string> = {
  ACT: 'Australia/Darwin', AET: 'Australia/Sydney', AGT: 'America/Argentina/Buenos_Aires', ART: 'Africa/Cairo',
  AST: 'America/Anchorage', BET: 'America/Sao_Paulo', BST: 'Asia/Dhaka', CAT: 'Africa/Harare', CNT: 'America/St_Johns',
  CST: 'America/Chicago', CTT: 'Asia/Shanghai', EAT: 'Africa/Addis_Ababa', ECT: 'Europe/Paris',
  IET: 'America/Indiana/Indianapolis', IST: 'Asia/Kolkata', JST: 'Asia/Tokyo', MIT: 'Pacific/Apia', NET: 'Asia/Yerevan',
  NST: 'Pacific/Auckland', PLT: 'Asia/Karachi', PNT: 'America/Phoenix', PRT: 'America/Puerto_Rico',
  PST: 'America/Los_Angeles', SST: 'Pacific/Guadalcanal', VST: 'Asia/Ho_Chi_Minh', EST: '-05:00', MST: '-07:00', HST: '-10:00',
};

/** A resolved zone: a fixed offset in ms, or an IANA id for Intl; null when Java would reject the id. */
export type Zone = { fixed: number } | { id: string };

const zoneCache = new Map<string, Zone | null>();

function fixedOffset(text: string): number | null {
  const m = /^([+-])(\d{1,2})(?::?(\d{2}))?(?::?(\d{2}))?$/.exec(text);
  if (!m) return null;
  const h = Number(m[2]);
  const mi = Number(m[3] ?? 0);
  const s = Number(m[4] ?? 0);
  if (h > 18 || mi > 59 || s > 59) return null;
  return (m[1] === '-' ? -1 : 1) * ((h * 60 + mi) * 60 + s) * 1000;
}

export function resolveZone(id: string): Zone | null {
  const hit = zoneCache.get(id);
  if (hit !== undefined) return hit;
  let zone: Zone | null;
  const t = SHORT_IDS[id] ?? id;
  if (t === 'Z' || t === 'UTC' || t === 'GMT' || t === 'UT') zone = { fixed: 0 };
  else if (/^[+-]/.test(t)) {
    const off = fixedOffset(t);
    zone = off === null ? null : { fixed: off };
  } else if (/^(UTC|GMT|UT)[+-]/.test(t)) {
    const off = fixedOffset(t.replace(/^(UTC|GMT|UT)/, ''));
    zone = off === null ? null : { fixed: off };
  } else {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: t });
      zone = { id: t };
    } catch {
      zone = null;
    }
  }
  zoneCache.set(id, zone);
  return zone;
}

/** Offset of `zone` at the instant `utcMicros`, in microseconds. */
function offsetMicros(zone: Zone, utcMicros: number): number {
  return 'fixed' in zone ? zone.fixed * 1000 : zoneOffsetMs(Math.floor(utcMicros / 1000), zone.id) * 1000;
}

/** UTC micros → wall-clock micros in `zone`. */
export function utcToZone(utc: number, zone: Zone): number {
  return utc + offsetMicros(zone, utc);
}

/** Wall-clock micros in `zone` → UTC micros (the earlier instant in an overlap). */
export function zoneToUtc(local: number, zone: Zone): number {
  const guess = local - offsetMicros(zone, local);
  return local - offsetMicros(zone, guess);
}

function floorDiv(a: number, b: number): number {
  return Math.floor(a / b);
}

// ---- truncation -------------------------------------------------------------------------

type TruncLevel = 'year' | 'quarter' | 'month' | 'week' | 'day' | 'hour' | 'minute' | 'second' | 'millisecond' | 'microsecond';

function truncLevel(fmt: string): TruncLevel | null {
  switch (fmt.trim().toUpperCase()) {
    case 'YEAR': case 'YYYY': case 'YY': return 'year';
    case 'QUARTER': return 'quarter';
    case 'MONTH': case 'MM': case 'MON': return 'month';
    case 'WEEK': return 'week';
    case 'DAY': case 'DD': return 'day';
    case 'HOUR': return 'hour';
    case 'MINUTE': return 'minute';
    case 'SECOND': return 'second';
    case 'MILLISECOND': return 'millisecond';
    case 'MICROSECOND': return 'microsecond';
    default: return null;
  }
}

/** The first day of the period containing `days` (levels week and coarser). */
function truncDays(days: number, level: TruncLevel): number {
  const [y, m] = civilFromDays(days);
  switch (level) {
    case 'year': return daysFromCivil(y, 1, 1);
    case 'quarter': return daysFromCivil(y, Math.floor((m - 1) / 3) * 3 + 1, 1);
    case 'month': return daysFromCivil(y, m, 1);
    case 'week': return days - ((((days + 3) % 7) + 7) % 7);
    default: return days;
  }
}

strictFn('trunc', [DateType, 'string'], DateType, (a) => {
  const level = truncLevel(a[1] as string);
  if (level === null || !['year', 'quarter', 'month', 'week'].includes(level)) return null;
  return truncDays(a[0] as number, level);
});

const UNIT_MICROS: Partial<Record<TruncLevel, number>> = { day: MICROS_PER_DAY, hour: 3_600_000_000, minute: 60_000_000, second: 1_000_000, millisecond: 1000, microsecond: 1 };

registerScalar('date_trunc', (args, site) => {
  checkArity(site, args, 2);
  const fmt = coerceArg(args[0]!, 'string', site, 0);
  const ts = coerceArg(args[1]!, TimestampType, site, 1);
  return {
    kind: 'strict', name: site.name, args: [fmt, ts], type: TimestampType, nullable: true,
    fn: (a) => {
      const level = truncLevel(a[0] as string);
      if (level === null) return null;
      const micros = a[1] as number;
      const unit = UNIT_MICROS[level];
      if (unit !== undefined && unit <= 1000) return micros - (((micros % unit) + unit) % unit);
      const local = toLocalMicros(micros);
      if (unit !== undefined) return toUtcMicros(local - (((local % unit) + unit) % unit));
      return toUtcMicros(truncDays(floorDiv(local, MICROS_PER_DAY), level) * MICROS_PER_DAY);
    },
  };
});

// ---- months_between ---------------------------------------------------------------------

strictFn('months_between', [TimestampType, TimestampType, { kind: 'boolean' }], DoubleType, (a) => {
  const l1 = toLocalMicros(a[0] as number);
  const l2 = toLocalMicros(a[1] as number);
  const d1 = floorDiv(l1, MICROS_PER_DAY);
  const d2 = floorDiv(l2, MICROS_PER_DAY);
  const [y1, m1, day1] = civilFromDays(d1);
  const [y2, m2, day2] = civilFromDays(d2);
  const monthDiff = (y1 * 12 + m1) - (y2 * 12 + m2);
  const last1 = day1 === daysInMonth(y1, m1);
  const last2 = day2 === daysInMonth(y2, m2);
  if (day1 === day2 || (last1 && last2)) return monthDiff;
  const sec1 = Math.floor((l1 - d1 * MICROS_PER_DAY) / 1_000_000);
  const sec2 = Math.floor((l2 - d2 * MICROS_PER_DAY) / 1_000_000);
  const secondsDiff = (day1 - day2) * 86400 + sec1 - sec2;
  const diff = monthDiff + secondsDiff / (31 * 86400);
  if (a[2] === false) return diff;
  // BigDecimal(diff).setScale(8, HALF_UP).toDouble
  return Number(Decimal.fromNumber(diff)!.setScale(8).toString());
}, { optional: 1 });

// ---- zones --------------------------------------------------------------------------------

function zoneShift(name: string, toUtc: boolean): void {
  strictFn(name, [TimestampType, 'string'], TimestampType, (a) => {
    const zone = resolveZone(a[1] as string);
    if (zone === null) return null;
    const micros = a[0] as number;
    // Spark: the timestamp's wall clock in one zone, read as a wall clock of the other.
    return toUtc ? zoneToUtc(micros, zone) : utcToZone(micros, zone);
  });
}
zoneShift('from_utc_timestamp', false);
zoneShift('to_utc_timestamp', true);

registerScalar('convert_timezone', (args, site) => {
  checkArity(site, args, 2, 3);
  const withSource = args.length === 3;
  const src: BoundExpr = withSource ? coerceArg(args[0]!, 'string', site, 0) : { kind: 'literal', value: sessionTimeZone(), type: StringType, nullable: false };
  const tgt = coerceArg(args[withSource ? 1 : 0]!, 'string', site, withSource ? 1 : 0);
  const ts = castTo(args[withSource ? 2 : 1]!, TimestampNTZType);
  return {
    kind: 'strict', name: site.name, args: [src, tgt, ts], type: TimestampNTZType, nullable: true,
    fn: (a) => {
      const from = resolveZone(a[0] as string);
      const to = resolveZone(a[1] as string);
      if (from === null || to === null) return null;
      return utcToZone(zoneToUtc(a[2] as number, from), to);
    },
  };
});

registerScalar('current_timezone', (args, site) => {
  checkArity(site, args, 0);
  return { kind: 'literal', value: sessionTimeZone(), type: StringType, nullable: false };
});

// ---- make_timestamp -----------------------------------------------------------------------

const SECONDS_TYPE = decimalType(16, 6);

/** Wall-clock micros from parts, or null when they do not form a valid time (non-ANSI). */
function wallClock(a: unknown[]): number | null {
  const [y, mo, d, h, mi] = a.slice(0, 5) as number[];
  const sec = a[5] as Decimal;
  const micros = Number(sec.setScale(6).unscaled);
  if (mo! < 1 || mo! > 12 || d! < 1 || d! > daysInMonth(y!, mo!) || h! < 0 || h! > 23 || mi! < 0 || mi! > 59) return null;
  if (micros < 0 || micros > 60_000_000) return null;
  if (micros >= 60_000_000 && micros !== 60_000_000) return null;
  return daysFromCivil(y!, mo!, d!) * MICROS_PER_DAY + (h! * 60 + mi!) * 60_000_000 + micros;
}

function makeTimestamp(name: string, type: DataType, maxArgs: number): void {
  registerScalar(name, (args, site) => {
    checkArity(site, args, 6, maxArgs);
    const ints = args.slice(0, 5).map((x, i) => coerceArg(x, { kind: 'int' }, site, i));
    const sec = coerceArg(args[5]!, SECONDS_TYPE, site, 5);
    const tz = args.length > 6 ? [coerceArg(args[6]!, 'string', site, 6)] : [];
    return {
      kind: 'strict', name: site.name, args: [...ints, sec, ...tz], type, nullable: true,
      fn: (a) => {
        const local = wallClock(a);
        if (local === null) return null;
        if (type.kind === 'timestamp_ntz') return local;
        if (a.length > 6) {
          const zone = resolveZone(a[6] as string);
          return zone === null ? null : zoneToUtc(local, zone);
        }
        return toUtcMicros(local);
      },
    };
  });
}
makeTimestamp('make_timestamp', TimestampType, 7);
makeTimestamp('make_timestamp_ltz', TimestampType, 7);
makeTimestamp('make_timestamp_ntz', TimestampNTZType, 6);

// ---- unix conversions ---------------------------------------------------------------------

for (const [name, div] of [['unix_seconds', 1_000_000], ['unix_millis', 1000], ['unix_micros', 1]] as const) {
  strictFn(name, [TimestampType], LongType, (a) => BigInt(floorDiv(a[0] as number, div)));
}

// ---- names of days and months -----------------------------------------------------------------

const DAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
strictFn('dayname', [DateType], StringType, (a) => DAY_NAMES[((((a[0] as number) + 3) % 7) + 7) % 7]);
strictFn('monthname', [DateType], StringType, (a) => MONTH_NAMES[civilFromDays(a[0] as number)[1] - 1]);

/** extract(SECOND FROM ts): seconds with their fraction, as decimal(8,6). */
strictFn('__second_with_fraction', [TimestampType], decimalType(8, 6), (a) => {
  const local = toLocalMicros(a[0] as number);
  const inMinute = ((local % 60_000_000) + 60_000_000) % 60_000_000;
  return new Decimal(BigInt(inMinute), 6);
});
