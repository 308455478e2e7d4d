/** The bisect module: binary search and insertion on any sequence, with lo/hi and key. */
import { Kw, call, callMethod, getitem, len, lessThan, pyErr, typeOf } from '../../values/py';
import { parseArgs } from '../../values/py/methods/define';
import { moduleFrom, registerModule } from './registry';

interface Args {
  a: unknown;
  x: unknown;
  lo: number;
  hi: number;
  key: unknown;
}

function index(v: unknown): number {
  if (typeof v === 'number' && Number.isInteger(v)) return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') return Number(v);
  throw pyErr('TypeError', `'${typeOf(v).name}' object cannot be interpreted as an integer`);
}

function parse(fname: string, argv: unknown[]): Args {
  const positional = argv.length && argv[argv.length - 1] instanceof Kw ? argv.length - 1 : argv.length;
  if (positional > 4) throw pyErr('TypeError', `${fname}() takes at most 4 positional arguments (${positional} given)`);
  const [a, x, lo, hi, key] = parseArgs(fname, argv, ['a', 'x', 'lo', 'hi', 'key'], 2);
  const l = lo === undefined ? 0 : index(lo);
  if (l < 0) throw pyErr('ValueError', 'lo must be non-negative');
  const h = hi === undefined || hi === null ? len(a) : index(hi);
  return { a, x, lo: l, hi: h, key: key === undefined ? null : key };
}

function right({ a, x, lo, hi, key }: Args): number {
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    const v = getitem(a, mid);
    if (lessThan(x, key === null ? v : call(key, [v]))) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function left({ a, x, lo, hi, key }: Args): number {
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    const v = getitem(a, mid);
    if (lessThan(key === null ? v : call(key, [v]), x)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function insort(fname: string, find: (p: Args) => number) {
  return (...argv: unknown[]) => {
    const p = parse(fname, argv);
    const at = find(p.key === null ? p : { ...p, x: call(p.key, [p.x]) });
    callMethod(p.a, 'insert', [at, p.x]);
    return null;
  };
}

registerModule('bisect', () => {
  const bisectRight = (...a: unknown[]) => right(parse('bisect_right', a));
  const insortRight = insort('insort_right', right);
  return moduleFrom('bisect', {
    bisect_left: (...a: unknown[]) => left(parse('bisect_left', a)),
    bisect_right: bisectRight,
    bisect: bisectRight,
    insort_left: insort('insort_left', left),
    insort_right: insortRight,
    insort: insortRight,
  });
});
