/**
 * The time module on a UTC host. sleep() blocks the calling worker with Atomics.wait (the
 * driver's Python thread or an executor; both may block) in slices of at most 50 ms,
 * checking the interrupt flag between slices so a sleeping cell still stops on interrupt.
 * On the driver, due background ticks (streaming/background.ts) run during the sleep.
 */
import { PyLibError, cStrftime, dayOfYear, fromOrdinal, strptime, toOrdinal, weekday } from '../../pylib';
import type { BrokenDownTime } from '../../pylib';
import { Kw, NativeGetter, PyFloat, PyTuple, floatValue, PyType, T, mkFloat, pyErr, repr, setClassType, toArray, toFloat, typeName } from '../../values/py';
import { S, poll } from '../runtime/state';
import { moduleFrom, registerModule } from './registry';
import { background } from '../../streaming/background';

const FIELDS = ['tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst'];

const StructTimeT = new PyType('struct_time', [T.tuple]);
StructTimeT.module = 'time';

export class StructTime extends PyTuple {
  constructor(
    items: unknown[],
    readonly zone: string | null,
  ) {
    super(items);
  }
  pyRepr(): string {
    return `time.struct_time(${FIELDS.map((f, i) => `${f}=${repr(this.items[i])}`).join(', ')})`;
  }
}
setClassType(StructTime, StructTimeT);
FIELDS.forEach((f, i) => StructTimeT.dict.set(f, new NativeGetter((t) => (t as StructTime).items[i])));
StructTimeT.dict.set('tm_zone', new NativeGetter((t) => (t as StructTime).zone));
StructTimeT.dict.set('tm_gmtoff', new NativeGetter((t) => ((t as StructTime).zone === null ? null : 0)));
StructTimeT.construct = (a) => {
  const seq = a.length && !(a[0] instanceof Kw) ? toArray(a[0]) : [];
  if (seq.length < 9) throw pyErr('TypeError', `time.struct_time() takes an at least 9-sequence (${seq.length}-sequence given)`);
  if (seq.length > 11) throw pyErr('TypeError', `time.struct_time() takes an at most 11-sequence (${seq.length}-sequence given)`);
  return new StructTime(seq.slice(0, 9), seq.length > 9 ? (seq[9] as string) : null);
};

const DAY_MS = 86_400_000;

export function nowMs(): number {
  return Date.now();
}

/** UTC broken-down time of `secs` since the epoch (floored to whole seconds, as gmtime does). */
export function gmtimeOf(secs: number, zone: string): StructTime {
  const whole = Math.floor(secs);
  const days = Math.floor(whole / 86400);
  const rest = whole - days * 86400;
  const [y, m, d] = fromOrdinal(days + toOrdinal(1970, 1, 1));
  const items = [y, m, d, Math.floor(rest / 3600), Math.floor((rest % 3600) / 60), rest % 60, weekday(y, m, d), dayOfYear(y, m, d), 0];
  return new StructTime(items, zone);
}

function secondsArg(x: unknown): number {
  if (x === undefined || x === null) return nowMs() / 1000;
  return floatValue(toFloat(x));
}

function structArg(x: unknown, fn: string): StructTime {
  if (x === undefined) return gmtimeOf(nowMs() / 1000, 'UTC');
  if (x instanceof StructTime) return x;
  if (x instanceof PyTuple && x.items.length === 9) return new StructTime(x.items.slice(), null);
  throw pyErr('TypeError', `${fn}(): illegal time tuple argument`);
}

function brokenDown(t: StructTime): BrokenDownTime {
  const n = t.items.map(Number);
  return { year: n[0]!, month: n[1]!, day: n[2]!, hour: n[3]!, minute: n[4]!, second: n[5]!, microsecond: 0, utcOffsetMicros: 0, tzName: t.zone ?? 'UTC' };
}

function pylib<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof PyLibError) throw pyErr(e.pyType === 'TypeError' ? 'TypeError' : 'ValueError', e.pyMessage);
    throw e;
  }
}

let sleepCell: Int32Array | null = null;

/** Blocks for ms milliseconds; wakes early (and raises KeyboardInterrupt) when interrupted. */
export function blockFor(ms: number): void {
  const end = performance.now() + ms;
  const flag = S.flag;
  const onFlag = flag !== null && flag.buffer instanceof SharedArrayBuffer;
  sleepCell ??= new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    if (flag !== null && Atomics.load(flag, 0) !== 0) poll();
    const left = end - performance.now();
    if (left <= 0) return;
    try {
      // Waiting on the flag itself returns at once when it is already set.
      Atomics.wait(onFlag ? flag : sleepCell, 0, 0, Math.min(left, 50));
    } catch {
      // A host that may not block (a browser main thread): spin until the slice ends.
      const until = performance.now() + Math.min(left, 50);
      while (performance.now() < until);
    }
  }
}

function sleep(secs: unknown): null {
  if (typeof secs !== 'number' && typeof secs !== 'bigint' && typeof secs !== 'boolean' && !(secs instanceof PyFloat)) {
    throw pyErr('TypeError', `'${typeName(secs)}' object cannot be interpreted as an integer`);
  }
  const s = floatValue(toFloat(secs));
  if (Number.isNaN(s)) throw pyErr('ValueError', 'Invalid value NaN (not a number)');
  if (s < 0) throw pyErr('ValueError', 'sleep length must be non-negative');
  // On the driver, background work (streaming queries' triggers) proceeds while a cell sleeps.
  background.sleep(s * 1000, blockFor);
  return null;
}

function asctime(t: StructTime): string {
  return cStrftime('%a %b %e %H:%M:%S %Y', brokenDown(t));
}

registerModule('time', () =>
  moduleFrom('time', {
    time: () => mkFloat(nowMs() / 1000),
    time_ns: () => BigInt(nowMs()) * 1_000_000n,
    perf_counter: () => mkFloat(performance.now() / 1000),
    perf_counter_ns: () => BigInt(Math.round(performance.now() * 1e6)),
    monotonic: () => mkFloat(performance.now() / 1000),
    monotonic_ns: () => BigInt(Math.round(performance.now() * 1e6)),
    process_time: () => mkFloat(performance.now() / 1000),
    process_time_ns: () => BigInt(Math.round(performance.now() * 1e6)),
    thread_time: () => mkFloat(performance.now() / 1000),
    sleep,
    gmtime: (secs?: unknown) => gmtimeOf(secondsArg(secs), 'GMT'),
    localtime: (secs?: unknown) => gmtimeOf(secondsArg(secs), 'UTC'),
    mktime: (t: unknown) => {
      const s = structArg(t, 'mktime').items.map(Number);
      const days = toOrdinal(s[0]!, Math.min(Math.max(s[1]!, 1), 12), 1) - toOrdinal(1970, 1, 1) + s[2]! - 1;
      return mkFloat(days * (DAY_MS / 1000) + s[3]! * 3600 + s[4]! * 60 + s[5]!);
    },
    strftime: (format: unknown, t?: unknown) => {
      if (typeof format !== 'string') throw pyErr('TypeError', `strftime() argument 1 must be str, not ${typeName(format)}`);
      return pylib(() => cStrftime(format, brokenDown(structArg(t, 'strftime'))));
    },
    strptime: (text: unknown, format: unknown = '%a %b %d %H:%M:%S %Y') => {
      const p = pylib(() => strptime(String(text), String(format)));
      return new StructTime([p.year, p.month, p.day, p.hour, p.minute, p.second, p.weekday, p.yday, -1], null);
    },
    asctime: (t?: unknown) => asctime(structArg(t, 'asctime')),
    ctime: (secs?: unknown) => asctime(gmtimeOf(secondsArg(secs), 'UTC')),
    struct_time: StructTimeT,
    timezone: 0,
    altzone: 0,
    daylight: 0,
    tzname: new PyTuple(['UTC', 'UTC']),
  }),
);
