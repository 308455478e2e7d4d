/**
 * `for w in text.split():` without the list: when the loop (or comprehension) is the list's only
 * user, its words can be produced one at a time. Same words, same order; the saving is millions
 * of strings that no longer all survive into the old generation together.
 */
import { PyIterator, STOP } from './iter';
import { isWsCode } from './methods/str-methods';

class SplitWsIter extends PyIterator {
  private i = 0;
  constructor(private readonly s: string) {
    super();
  }

  nx(): unknown {
    const s = this.s;
    const n = s.length;
    let i = this.i;
    while (i < n && isWsCode(s.charCodeAt(i))) i++;
    if (i >= n) {
      this.i = n;
      return STOP;
    }
    let j = i + 1;
    while (j < n && !isWsCode(s.charCodeAt(j))) j++;
    this.i = j;
    return s.slice(i, j);
  }
}

/** The words of str.split() with no arguments, lazily. */
export function splitWsIter(s: string): PyIterator {
  return new SplitWsIter(s);
}
