/** Text forms of ANSI interval literals: parsing `'1-2' YEAR TO MONTH` and printing them back. */
export const YM_UNITS = ['year', 'month'];
export const DT_UNITS = ['week', 'day', 'hour', 'minute', 'second', 'millisecond', 'microsecond'];

export function normalizeUnit(u: string): string {
  return u.toLowerCase().replace(/s$/, '');
}

export function unitRange(from: string, to: string): string {
  return from === to ? from.toUpperCase() : `${from.toUpperCase()} TO ${to.toUpperCase()}`;
}

export function ymText(months: number, from: string, to: string): string {
  const sign = months < 0 ? '-' : '';
  const a = Math.abs(months);
  if (from === 'year' && to === 'month') return `${sign}${Math.floor(a / 12)}-${a % 12}`;
  return from === 'year' ? `${sign}${Math.floor(a / 12)}` : `${sign}${a}`;
}

/** The literal text Spark prints for a day-time interval over the given fields. */
export function dtText(micros: number, from: string, to: string): string {
  const sign = micros < 0 ? '-' : '';
  let a = Math.abs(micros);
  const fields: Record<string, number> = {};
  const order = ['day', 'hour', 'minute', 'second'];
  const size: Record<string, number> = { day: 86_400_000_000, hour: 3_600_000_000, minute: 60_000_000, second: 1_000_000 };
  const start = order.indexOf(from);
  const end = Math.max(order.indexOf(to), start);
  for (let i = start; i <= end; i++) {
    const f = order[i]!;
    if (f === 'second' || i === end) {
      fields[f] = a / size[f]!;
      a = 0;
    } else {
      fields[f] = Math.floor(a / size[f]!);
      a -= fields[f]! * size[f]!;
    }
  }
  const out: string[] = [];
  for (let i = start; i <= end; i++) {
    const f = order[i]!;
    const v = fields[f]!;
    let text = f === 'second' ? secondsText(v) : String(Math.trunc(v));
    if (i > start) text = text.padStart(f === 'second' ? Math.max(2, text.indexOf('.') < 0 ? 2 : text.indexOf('.') + 0) : 2, '0');
    if (i > start && f === 'second' && text.indexOf('.') === 1) text = '0' + text;
    out.push(text);
  }
  let s = out[0]!;
  for (let i = 1; i < out.length; i++) s += (order[start + i] === 'hour' ? ' ' : ':') + out[i]!;
  return sign + s;
}

function secondsText(v: number): string {
  const whole = Math.trunc(v);
  const frac = Math.round((v - whole) * 1_000_000);
  return frac === 0 ? String(whole) : `${whole}.${String(frac).padStart(6, '0').replace(/0+$/, '')}`;
}

/** `'2-2' YEAR TO MONTH`, `'1 2:3:4.001' DAY TO SECOND` and friends. */
export function addUnitRange(iv: { months: number; days: number; micros: number }, text: string, from: string, to: string, negate: boolean): boolean {
  const sign = (text.startsWith('-') ? -1 : 1) * (negate ? -1 : 1);
  const body = text.replace(/^[+-]/, '');
  if (from === 'year' && to === 'month') {
    const m = /^(\d+)-(\d+)$/.exec(body);
    if (!m) return false;
    iv.months += sign * (Number(m[1]) * 12 + Number(m[2]));
    return true;
  }
  const m = /^(?:(\d+) )?(?:(\d+):)?(?:(\d+):)?(\d+(?:\.\d+)?)$/.exec(body);
  if (!m) return false;
  const nums = body.split(/[ :]/).map(Number);
  const order = ['day', 'hour', 'minute', 'second'];
  let i = order.indexOf(from);
  if (i < 0) return false;
  const micros = [86_400_000_000, 3_600_000_000, 60_000_000, 1_000_000];
  for (const n of nums) {
    if (i >= order.length) return false;
    if (i === 0) iv.days += sign * n;
    else iv.micros += Math.round(sign * n * micros[i]!);
    i++;
  }
  return true;
}

