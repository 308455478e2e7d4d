/** re.Pattern and re.compile's cache, over pylib's translator. */
import { RE_FLAGS, translateRegex } from '../../pylib';
import type { TranslatedRegex } from '../../pylib';
import { NativeGetter, PyDict, PyType, T, pyErr, pyHash, repr, setClassType, typeOf } from '../../values/py';
import { flagText } from './re-flags';
import { reLib } from './re-errors';

export const PatternT = new PyType('Pattern', [T.object]);
PatternT.module = 're';

export class PyRePattern {
  constructor(
    readonly pattern: string,
    readonly flags: number,
    readonly rx: TranslatedRegex,
    readonly parents: number[],
  ) {}

  pyRepr(): string {
    let shown = this.flags;
    if ((shown & (RE_FLAGS.L | RE_FLAGS.U | RE_FLAGS.A)) === RE_FLAGS.U) shown &= ~RE_FLAGS.U;
    const text = repr(this.pattern).slice(0, 200);
    return shown ? `re.compile(${text}, ${flagText(shown, true)})` : `re.compile(${text})`;
  }

  pyEq(o: unknown): boolean {
    return o instanceof PyRePattern && o.pattern === this.pattern && o.flags === this.flags;
  }

  pyHash(): number {
    let h = this.flags;
    for (let i = 0; i < this.pattern.length; i++) h = (Math.imul(h, 31) + this.pattern.charCodeAt(i)) | 0;
    return h === -1 ? -2 : h;
  }
}
setClassType(PyRePattern, PatternT);

/**
 * The capturing group enclosing each group (0 at top level), which Match.lastindex needs.
 * Only parentheses matter, so escapes, classes and comments are skipped.
 */
export function groupParents(pattern: string, verbose: boolean): number[] {
  const cps = Array.from(pattern);
  const parents = [0];
  const stack: number[] = [];
  const current = () => {
    for (let i = stack.length - 1; i >= 0; i--) if (stack[i]! > 0) return stack[i]!;
    return 0;
  };
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i];
    if (c === '\\') i++;
    else if (c === '#' && verbose) while (i < cps.length && cps[i] !== '\n') i++;
    else if (c === '[') {
      i++;
      if (cps[i] === '^') i++;
      if (cps[i] === ']') i++;
      while (i < cps.length && cps[i] !== ']') i += cps[i] === '\\' ? 2 : 1;
    } else if (c === '(') {
      const named = cps[i + 1] === '?' && cps[i + 2] === 'P' && cps[i + 3] === '<';
      if (cps[i + 1] === '?' && cps[i + 2] === '#') {
        while (i < cps.length && cps[i] !== ')') i++;
      } else if (cps[i + 1] !== '?' || named) {
        parents.push(current());
        stack.push(parents.length - 1);
      } else stack.push(0);
    } else if (c === ')') stack.pop();
  }
  return parents;
}

const cache = new Map<string, PyRePattern>();
const CACHE_MAX = 512;

export function purge(): null {
  cache.clear();
  return null;
}

export function compile(pattern: unknown, flags: number): PyRePattern {
  if (pattern instanceof PyRePattern) {
    if (flags) throw pyErr('ValueError', 'cannot process flags argument with a compiled pattern');
    return pattern;
  }
  if (typeof pattern !== 'string') {
    if (typeOf(pattern).name === 'bytes') throw pyErr('NotImplementedError', 'bytes patterns are not supported in PyFlint');
    pyHash(pattern); // CPython's cache lookup hashes the pattern first: unhashable types fail there.
    throw pyErr('TypeError', 'first argument must be string or compiled pattern');
  }
  const key = `${flags}\u0000${pattern}`;
  let p = cache.get(key);
  if (p) return p;
  if ((flags & RE_FLAGS.A) && (flags & RE_FLAGS.U)) throw pyErr('ValueError', 'ASCII and UNICODE flags are incompatible');
  const rx = reLib(() => translateRegex(pattern, flags), pattern);
  let all = rx.pyFlags;
  if ((all & RE_FLAGS.A) && (all & RE_FLAGS.U)) throw pyErr('ValueError', 'ASCII and UNICODE flags are incompatible');
  if (!(all & RE_FLAGS.A)) all |= RE_FLAGS.U;
  p = new PyRePattern(pattern, all, rx, groupParents(pattern, (all & RE_FLAGS.X) !== 0));
  if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value as string);
  cache.set(key, p);
  return p;
}

PatternT.dict.set('pattern', new NativeGetter((p) => (p as PyRePattern).pattern));
PatternT.dict.set('flags', new NativeGetter((p) => (p as PyRePattern).flags));
PatternT.dict.set('groups', new NativeGetter((p) => (p as PyRePattern).rx.groupNames.length));
PatternT.dict.set(
  'groupindex',
  new NativeGetter((p) => {
    const d = new PyDict();
    (p as PyRePattern).rx.groupNames.forEach((n, i) => n !== null && d.set(n, i + 1));
    return d;
  }),
);

