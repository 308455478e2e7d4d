/** Unit-based date arithmetic (timestampadd/timestampdiff) and function-style cast names. */
import { addInterval, castTo } from '../../expr';
import type { BoundExpr } from '../../expr';
import { BooleanType, civilFromDays, DoubleType, IntegerType, LongType, StringType } from '../../types';
import type { DataType } from '../../types';

export const TIME_UNITS = ['MICROSECOND', 'MILLISECOND', 'SECOND', 'MINUTE', 'HOUR', 'DAY', 'DAYOFYEAR', 'WEEK', 'MONTH', 'QUARTER', 'YEAR'];
const UNIT_MICROS: Record<string, number> = { MICROSECOND: 1, MILLISECOND: 1000, SECOND: 1e6, MINUTE: 6e7, HOUR: 3.6e9, DAY: 8.64e10, DAYOFYEAR: 8.64e10, WEEK: 6.048e11 };
const UNIT_MONTHS: Record<string, number> = { MONTH: 1, QUARTER: 3, YEAR: 12 };

/** timestampadd(unit, n, ts): months-based units keep the day of month clamped. */
export function timestampAdd(unit: string, n: BoundExpr, ts: BoundExpr): BoundExpr {
  const t = castTo(ts, { kind: 'timestamp' });
  const k = castTo(n, LongType);
  return {
    kind: 'strict', name: `timestampadd#${unit}`, args: [k, t], type: { kind: 'timestamp' }, nullable: true,
    fn: (a) => {
      const amount = Number(a[0] as bigint);
      const micros = a[1] as number;
      const months = UNIT_MONTHS[unit];
      return months !== undefined ? addInterval(micros, { months: amount * months, days: 0, micros: 0 }, 1) : micros + amount * UNIT_MICROS[unit]!;
    },
  };
}

/** timestampdiff(unit, start, end): whole units between, truncated toward zero. */
export function timestampDiff(unit: string, start: BoundExpr, end: BoundExpr): BoundExpr {
  const s0 = castTo(start, { kind: 'timestamp' });
  const e0 = castTo(end, { kind: 'timestamp' });
  return {
    kind: 'strict', name: `timestampdiff#${unit}`, args: [s0, e0], type: LongType, nullable: true,
    fn: (a) => {
      const s = a[0] as number;
      const e = a[1] as number;
      const months = UNIT_MONTHS[unit];
      if (months === undefined) return BigInt(Math.trunc((e - s) / UNIT_MICROS[unit]!));
      const monthIndex = (m: number) => {
        const days = Math.floor(m / 8.64e10);
        const [y, mo] = civilFromDays(days);
        return y * 12 + mo - 1;
      };
      let diff = monthIndex(e) - monthIndex(s);
      // A partial last month does not count: compare the remainder after adding the whole months.
      if (diff > 0 && addInterval(s, { months: diff, days: 0, micros: 0 }, 1) > e) diff--;
      if (diff < 0 && addInterval(s, { months: diff, days: 0, micros: 0 }, 1) < e) diff++;
      return BigInt(Math.trunc(diff / months));
    },
  };
}

/** Function-style casts (`int(x)`, `date(s)`): Spark registers them as cast aliases. */
export const CAST_FUNCTIONS: Record<string, DataType> = {
  boolean: BooleanType, tinyint: { kind: 'byte' }, smallint: { kind: 'short' }, int: IntegerType, bigint: LongType,
  float: { kind: 'float' }, double: DoubleType, decimal: { kind: 'decimal', precision: 10, scale: 0 }, string: StringType,
  binary: { kind: 'binary' }, date: { kind: 'date' }, timestamp: { kind: 'timestamp' },
};

