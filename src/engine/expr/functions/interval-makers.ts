/** make_interval, make_dt_interval and make_ym_interval from their numeric parts. */
import { decimalType, IntegerType, IntervalType } from '../../types';
import type { DataType, Decimal } from '../../types';
import { castTo } from '../coerce';
import { AnalysisException } from '../sql-errors';
import { checkArity, registerScalar } from './registry';

const DAY_TO_SECOND: DataType = { kind: 'daytime', from: 'day', to: 'second' };
const YEAR_TO_MONTH: DataType = { kind: 'yearmonth', from: 'year', to: 'month' };
const SECONDS = decimalType(18, 6);

/** Seconds as decimal(18,6) to whole microseconds. */
function secondsToMicros(v: unknown): number {
  const d = v as Decimal;
  return Number(d.unscaled) * 10 ** (6 - d.scale);
}

function overflow(name: string): AnalysisException {
  return new AnalysisException(`[ARITHMETIC_OVERFLOW] ${name} overflow.`, 'ARITHMETIC_OVERFLOW');
}

registerScalar(['make_interval', 'try_make_interval'], (args, site) => {
  checkArity(site, args, 0, 7);
  const ints = args.slice(0, 6).map((a) => castTo(a, IntegerType));
  const cast = args.length > 6 ? [...ints, castTo(args[6]!, SECONDS)] : ints;
  const tryMode = site.name === 'try_make_interval';
  return {
    kind: 'strict', name: site.name, args: cast, type: IntervalType, nullable: true,
    fn: (a) => {
      const [y = 0, mo = 0, w = 0, d = 0, h = 0, mi = 0] = a.slice(0, 6) as number[];
      const months = y * 12 + mo;
      if (Math.abs(months) > 2147483647) {
        if (tryMode) return null;
        throw overflow('integer');
      }
      const micros = (h * 3600 + mi * 60) * 1e6 + (a.length > 6 ? secondsToMicros(a[6]) : 0);
      return { months, days: w * 7 + d, micros };
    },
  };
});

registerScalar('make_dt_interval', (args, site) => {
  checkArity(site, args, 0, 4);
  const cast = [...args.slice(0, 3).map((a) => castTo(a, IntegerType)), ...(args[3] ? [castTo(args[3], SECONDS)] : [])];
  return {
    kind: 'strict', name: site.name, args: cast, type: DAY_TO_SECOND, nullable: true,
    fn: (a) => {
      const [d = 0, h = 0, mi = 0] = a.slice(0, 3) as number[];
      return ((d * 24 + h) * 60 + mi) * 60e6 + (a.length > 3 ? secondsToMicros(a[3]) : 0);
    },
  };
});

registerScalar('make_ym_interval', (args, site) => {
  checkArity(site, args, 0, 2);
  const cast = args.map((a) => castTo(a, IntegerType));
  return { kind: 'strict', name: site.name, args: cast, type: YEAR_TO_MONTH, nullable: true, fn: (a) => ((a[0] as number | undefined) ?? 0) * 12 + ((a[1] as number | undefined) ?? 0) };
});
