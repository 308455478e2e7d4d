/**
 * Python's interactive ('single') compile mode, as doctest runs each example: every expression
 * statement outside function and class bodies shows its value through the display hook, not only
 * a cell's last one. A `with` block ending in `sorted(rdd.collect())` prints the list.
 */
import type * as A from './ast';
import { io, repr } from '../values/py';

/** The global the rewritten statements call; set for the run and removed after it. */
export const DISPLAY_HOOK = '__flint_displayhook__';

export function displayHook(value: unknown): null {
  if (value !== null && value !== undefined) io.stdout.write(`${repr(value)}\n`);
  return null;
}

/** Rewrites expression statements to display their values; the last top-level one stays the cell's result. */
export function toInteractive(mod: A.Module): A.Module {
  const body = mod.body.map((s, i) => (i === mod.body.length - 1 && s._type === 'Expr' ? s : rewrite(s)));
  return { ...mod, body };
}

function rewriteAll(stmts: A.Stmt[]): A.Stmt[] {
  return stmts.map(rewrite);
}

function rewrite(s: A.Stmt): A.Stmt {
  switch (s._type) {
    case 'Expr': {
      const func: A.Name = { _type: 'Name', id: DISPLAY_HOOK, ctx: { _type: 'Load' }, ...pos(s) } as A.Name;
      const call: A.Call = { _type: 'Call', func, args: [s.value], keywords: [], ...pos(s) };
      return { ...s, value: call };
    }
    case 'If': case 'For': case 'AsyncFor': case 'While':
      return { ...s, body: rewriteAll(s.body), orelse: rewriteAll(s.orelse) } as A.Stmt;
    case 'With': case 'AsyncWith':
      return { ...s, body: rewriteAll(s.body) } as A.Stmt;
    case 'Try': case 'TryStar':
      return {
        ...s,
        body: rewriteAll(s.body),
        handlers: s.handlers.map((h) => ({ ...h, body: rewriteAll(h.body) })),
        orelse: rewriteAll(s.orelse),
        finalbody: rewriteAll(s.finalbody),
      } as A.Stmt;
    default:
      return s;
  }
}

function pos(s: A.Stmt): A.Pos {
  return { lineno: s.lineno, col_offset: s.col_offset, end_lineno: s.end_lineno, end_col_offset: s.end_col_offset };
}
