/** Binds LIKE / ILIKE / RLIKE (with optional ANY / ALL quantifiers) to row predicates. */
import { castTo, javaRegex } from '../../expr';
import type { BoundExpr } from '../../expr';
import { BooleanType, StringType } from '../../types';
import type { Expr } from '../ast';
import { not } from './bind-helpers';
import type { Binder } from './binder';

/** Past this many distinct patterns the cache is dropped, so per-row patterns cannot grow it without bound. */
const MAX_CACHED_PATTERNS = 256;

/**
 * Memoizes `compile` per pattern string: the pattern is usually a literal, and compiling
 * its regex for every row dominated LIKE filters.
 */
function patternCache(compile: (p: string) => RegExp): (p: string) => RegExp {
  const cache = new Map<string, RegExp>();
  return (p) => {
    let re = cache.get(p);
    if (re === undefined) {
      if (cache.size >= MAX_CACHED_PATTERNS) cache.clear();
      re = compile(p);
      cache.set(p, re);
    }
    return re;
  };
}

export function bindLike(b: Binder, e: Extract<Expr, { kind: 'like' }>): BoundExpr {
  const x = castTo(b.bind(e.expr), StringType);
  const escape = e.escape ?? '\\';
  const ci = e.op === 'ilike';
  const matcher = patternCache((p: string): RegExp => (e.op === 'rlike' ? javaRegex(p) : likeRegex(p, escape, ci)));
  if (e.quantifier) {
    const pats = (e.patterns ?? []).map((p) => castTo(b.bind(p), StringType));
    const all = e.quantifier === 'all';
    const neg = e.negated;
    const r: BoundExpr = {
      kind: 'lenient', name: `like${e.quantifier}${e.negated ? 'not' : ''}${e.op}`, args: [x, ...pats], type: BooleanType, nullable: true,
      fn: (a) => {
        if (a[0] === null) return null;
        let sawNull = false;
        for (let i = 1; i < a.length; i++) {
          if (a[i] === null) {
            sawNull = true;
            continue;
          }
          const m = matcher(a[i] as string).test(a[0] as string) !== neg;
          if (all && !m) return false;
          if (!all && m) return true;
        }
        return sawNull ? null : all;
      },
    };
    return r;
  }
  const p = castTo(b.bind(e.pattern), StringType);
  const r: BoundExpr = { kind: 'strict', name: `${e.op}#${escape}`, args: [x, p], type: BooleanType, nullable: true, fn: (a) => matcher(a[1] as string).test(a[0] as string) };
  return e.negated ? not(r) : r;
}

export function likeRegex(pattern: string, escape: string, ci: boolean): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === escape && i + 1 < pattern.length) {
      re += pattern[++i]!.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    } else if (c === '%') re += '[\\s\\S]*';
    else if (c === '_') re += '[\\s\\S]';
    else re += c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  return new RegExp('^' + re + '$', ci ? 'iu' : 'u');
}
