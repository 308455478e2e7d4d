/** The re module: CPython's API over pylib's pattern translator (JS RegExp with the v flag). */
import { reEscape } from '../../pylib';
import { pyErr, tuple, typeOf } from '../../values/py';
import { parseArgs } from '../../values/py/methods/define';
import { FLAG_NAMES, RegexFlagT, flagInt, mkFlag } from './re-flags';
import { ReErrorT } from './re-errors';
import { MatchT } from './re-match';
import { PatternT, compile, purge } from './re-pattern';
import { findall, finditer, matchAt, split, subn } from './re-ops';
import { moduleFrom, registerModule } from './registry';

const flagsOf = (f: unknown) => (f === undefined ? 0 : flagInt(f));

function searcher(mode: 'match' | 'search' | 'fullmatch') {
  return (...a: unknown[]) => {
    const [pattern, s, flags] = parseArgs(mode, a, ['pattern', 'string', 'flags'], 2);
    return matchAt(compile(pattern, flagsOf(flags)), mode, s);
  };
}

function escape(s: unknown): string {
  if (typeof s !== 'string') throw pyErr('TypeError', `expected str instance, ${typeOf(s).name} found`);
  return reEscape(s);
}

registerModule('re', () => {
  const flags: Record<string, unknown> = { NOFLAG: mkFlag(0) };
  for (const [short, long, bit] of FLAG_NAMES) flags[short] = flags[long] = mkFlag(bit);
  return moduleFrom('re', {
    ...flags,
    compile: (...a: unknown[]) => {
      const [pattern, f] = parseArgs('compile', a, ['pattern', 'flags'], 1);
      return compile(pattern, flagsOf(f));
    },
    match: searcher('match'),
    search: searcher('search'),
    fullmatch: searcher('fullmatch'),
    findall: (...a: unknown[]) => {
      const [pattern, s, f] = parseArgs('findall', a, ['pattern', 'string', 'flags'], 2);
      return findall(compile(pattern, flagsOf(f)), s);
    },
    finditer: (...a: unknown[]) => {
      const [pattern, s, f] = parseArgs('finditer', a, ['pattern', 'string', 'flags'], 2);
      return finditer(compile(pattern, flagsOf(f)), s);
    },
    sub: (...a: unknown[]) => {
      const [pattern, repl, s, count, f] = parseArgs('sub', a, ['pattern', 'repl', 'string', 'count', 'flags'], 3);
      return subn(compile(pattern, flagsOf(f)), repl, s, count)[0];
    },
    subn: (...a: unknown[]) => {
      const [pattern, repl, s, count, f] = parseArgs('subn', a, ['pattern', 'repl', 'string', 'count', 'flags'], 3);
      return tuple(subn(compile(pattern, flagsOf(f)), repl, s, count));
    },
    split: (...a: unknown[]) => {
      const [pattern, s, maxsplit, f] = parseArgs('split', a, ['pattern', 'string', 'maxsplit', 'flags'], 2);
      return split(compile(pattern, flagsOf(f)), s, maxsplit);
    },
    escape,
    purge,
    error: ReErrorT,
    Pattern: PatternT,
    Match: MatchT,
    RegexFlag: RegexFlagT,
  });
});
