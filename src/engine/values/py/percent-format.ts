/** printf-style str % args, a stand-in until pylib's implementation lands. */
import { PyTuple } from './tuple';
import { PyDict } from './dict';
import { pyErr } from './exceptions';
import { formatSpec } from './format-spec';
import { repr, str, ascii } from './repr';
import { PyFloat } from './float';
import { typeOf } from './core';
import { getitem } from './item';

const RE = /%(?:\(([^)]*)\))?([-+ #0]*)(\*|\d+)?(?:\.(\*|\d+))?[hlL]?([diouxXeEfFgGcrsa%])/g;

function toNumber(v: unknown, conv: string): number | bigint {
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  if (v instanceof PyFloat) return v.v;
  const what = 'diouxXc'.includes(conv) ? 'a real number is required, not' : 'must be real number, not';
  if ('diouxX'.includes(conv)) throw pyErr('TypeError', `%${conv} format: a real number is required, not ${typeOf(v).name}`);
  throw pyErr('TypeError', `${what} ${typeOf(v).name}`);
}

export function percentFormat(fmt: string, args: unknown): string {
  const list = args instanceof PyTuple ? args.items : [args];
  const mapping = args instanceof PyDict ? args : null;
  let i = 0;
  const next = (): unknown => {
    if (i >= list.length) throw pyErr('TypeError', 'not enough arguments for format string');
    return list[i++];
  };
  const out = fmt.replace(RE, (_m, key: string | undefined, flags: string, width: string | undefined, prec: string | undefined, conv: string) => {
    if (conv === '%') return '%';
    const w = width === '*' ? Number(next()) : width ? Number(width) : 0;
    const p = prec === '*' ? Number(next()) : prec !== undefined ? Number(prec) : -1;
    const v = key !== undefined && mapping ? getitem(mapping, key) : next();
    const left = flags.includes('-');
    const zero = flags.includes('0') && !left;
    const sign = flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '';
    const alt = flags.includes('#') ? '#' : '';
    let body: string;
    switch (conv) {
      case 's':
        body = str(v);
        if (p >= 0) body = body.slice(0, p);
        break;
      case 'r':
        body = repr(v);
        if (p >= 0) body = body.slice(0, p);
        break;
      case 'a':
        body = ascii(v);
        break;
      case 'c':
        body = typeof v === 'string' ? v : String.fromCodePoint(Number(toNumber(v, conv)));
        break;
      default: {
        let n = toNumber(v, conv);
        let c = conv === 'i' || conv === 'u' ? 'd' : conv;
        if (c === 'd' && typeof n === 'number' && !Number.isInteger(n)) n = Math.trunc(n);
        if (c === 'o' && alt) c = 'o';
        const spec = `${sign}${alt}${zero ? '0' : ''}${w && !left ? w : ''}${p >= 0 ? `.${p}` : ''}${c}`;
        body = formatSpec(typeof n === 'number' && 'eEfFgG'.includes(c) && Number.isInteger(n) ? new PyFloat(n) : n, spec)!;
        return left ? body.padEnd(w) : body;
      }
    }
    return left ? body.padEnd(w) : body.padStart(w);
  });
  if (!mapping && i < list.length) throw pyErr('TypeError', 'not all arguments converted during string formatting');
  return out;
}
