/** The iterable of a for loop or a comprehension's first `for`, with iteration-only shortcuts. */
import type * as A from '../ast';
import type { FnCtx } from './context';
import { expr } from './expr';

/**
 * `text.split()` iterated directly never needs its list: the call compiles to `$cm0(obj, "split",
 * pos)`, and `$splitIter` takes the same arguments but yields the words lazily for a str.
 */
export function iterable(ctx: FnCtx, e: A.Expr): string {
  const code = expr(ctx, e);
  const bareSplit = e._type === 'Call' && e.func._type === 'Attribute' && e.func.attr === 'split' && !e.args.length && !e.keywords.length;
  return bareSplit && code.startsWith('$cm0(') ? `$splitIter(${code.slice('$cm0('.length)}` : code;
}
