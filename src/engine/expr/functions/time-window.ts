/**
 * Event-time windows (Spark's TimeWindow): `window(time, windowDuration[, slideDuration[, startTime]])`
 * is the struct<start, end> of the tumbling window holding `time`. Sliding windows put a row in
 * several windows (Spark expands the row); the DataFrame API asks `__flint_time_windows` for
 * that array and explodes it, so SQL's scalar `window` is tumbling only here.
 */
import { field, structType, TimestampType, arrayType } from '../../types';
import type { DataType } from '../../types';
import type { BoundExpr } from '../bound';
import { castTo } from '../coerce';
import { AnalysisException } from '../sql-errors';
import { checkArity, registerScalar } from './registry';
import type { CallSite } from './registry';

const UNITS: Record<string, number> = {
  week: 7 * 86_400_000_000, day: 86_400_000_000, hour: 3_600_000_000, minute: 60_000_000,
  second: 1_000_000, millisecond: 1000, microsecond: 1,
};

/** '1 hour', '10 minutes', 'interval 1 day 2 hours' as microseconds (months are not allowed). */
export function durationMicros(text: string, what: string): number {
  const t = text.trim().toLowerCase().replace(/^interval\s+/, '');
  const re = /([+-]?\d+(?:\.\d+)?)\s*([a-z]+)/g;
  let total = 0;
  let seen = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(t)) !== null) {
    seen += m[0].length;
    const unit = m[2]!.replace(/s$/, '');
    const scale = UNITS[unit === 'min' ? 'minute' : unit === 'sec' ? 'second' : unit === 'ms' ? 'millisecond' : unit];
    if (scale === undefined) {
      if (unit === 'month' || unit === 'year') throw new AnalysisException(`Intervals greater than a month is not supported (${text}).`);
      throw new AnalysisException(`The ${what} (${text}) is not a valid interval.`);
    }
    total += Math.round(Number(m[1]) * scale);
  }
  if (seen === 0 || t.replace(re, '').trim() !== '') throw new AnalysisException(`The ${what} (${text}) is not a valid interval.`);
  return total;
}

function literalDuration(e: BoundExpr | undefined, what: string, site: CallSite): number | null {
  if (e === undefined) return null;
  if (e.kind !== 'literal' || typeof e.value !== 'string') {
    throw new AnalysisException(`The ${what} of \`${site.name}\` must be a string literal such as '10 minutes'.`);
  }
  return durationMicros(e.value, what);
}

interface WindowSpec {
  readonly time: BoundExpr;
  readonly size: number;
  readonly slide: number;
  readonly start: number;
  readonly type: DataType;
}

function windowSpec(args: BoundExpr[], site: CallSite): WindowSpec {
  checkArity(site, args, 2, 4);
  const k = args[0]!.type.kind;
  const tsType: DataType = k === 'timestamp_ntz' ? args[0]!.type : TimestampType;
  const time = k === 'timestamp' || k === 'timestamp_ntz' ? args[0]! : castTo(args[0]!, TimestampType);
  const size = literalDuration(args[1], 'window duration', site)!;
  const slide = literalDuration(args[2], 'slide duration', site) ?? size;
  const start = literalDuration(args[3], 'start time', site) ?? 0;
  if (size <= 0) throw new AnalysisException(`The window duration (${(args[1] as { value: string }).value}) must be greater than 0.`);
  if (slide <= 0) throw new AnalysisException(`The slide duration (${(args[2] as { value: string }).value}) must be greater than 0.`);
  if (slide > size) throw new AnalysisException(`The slide duration (${slide}) must be less than or equal to the windowDuration (${size}).`);
  if (Math.abs(start) >= slide) throw new AnalysisException(`The absolute value of start time (${start}) must be less than the slideDuration (${slide}).`);
  const type = structType([field('start', tsType, true), field('end', tsType, true)]);
  return { time, size, slide, start, type };
}

const floorMod = (a: number, b: number): number => ((a % b) + b) % b;

/** The windows holding `t` (micros), latest start first, as Spark's Expand emits them. */
export function windowsOf(t: number, size: number, slide: number, start: number): [number, number][] {
  const lastStart = t - floorMod(t - start, slide);
  const out: [number, number][] = [];
  const n = Math.ceil(size / slide);
  for (let i = 0; i < n; i++) {
    const s = lastStart - i * slide;
    if (s <= t && t < s + size) out.push([s, s + size]);
  }
  return out;
}

registerScalar(['window'], (args, site) => {
  const w = windowSpec(args, site);
  if (w.slide !== w.size) {
    throw new AnalysisException('A sliding window() in SQL is not supported by Flint yet; group a DataFrame by window(col, windowDuration, slideDuration) instead.');
  }
  return {
    kind: 'strict', name: 'window', args: [w.time], type: w.type, nullable: false,
    fn: (a) => {
      const t = a[0] as number;
      const s = t - floorMod(t - w.start, w.size);
      return [s, s + w.size];
    },
  };
});

registerScalar(['__flint_time_windows'], (args, site) => {
  const w = windowSpec(args, site);
  return {
    kind: 'strict', name: '__flint_time_windows', args: [w.time], type: arrayType(w.type, false), nullable: false,
    fn: (a) => windowsOf(a[0] as number, w.size, w.slide, w.start),
  };
});

/**
 * The event-time watermark (micros) each running streaming query publishes before it
 * evaluates a batch; `withWatermark` filters late rows with `__flint_watermark(id)`.
 */
export const watermarks = new Map<number, number>();

registerScalar(['__flint_watermark'], (args, site) => {
  checkArity(site, args, 1);
  const id = args[0]!.kind === 'literal' ? Number(args[0]!.value) : -1;
  return {
    kind: 'lenient', name: '__flint_watermark', args: [], type: TimestampType, nullable: false,
    fn: () => watermarks.get(id) ?? Number.MIN_SAFE_INTEGER,
  };
});
