// CPython parses a failing file twice; its second pass adds error rules that also fire on code
// the first pass accepted: `print x` / `exec x` (invalid_legacy_expression) at every expression
// starting with those names, even `print[1]` or `print -1`, and the errors of statements that
// began like a `match` (collected in Parser.deferred). The earliest of these replaces the error.

import { tryWithoutInvalid } from './expression-errors';
import { disjunction, startsStarExpression, starExpressions } from './expressions';
import type { PySyntaxError } from './errors';
import type { Parser } from './parser-state';
import type { Token } from './tokens';

const AFTER_OPS = new Set(['(', '[', '{', ',', '=', ':', '->', '**', ':=', '+=', '-=', '*=', '@=', '/=', '%=', '&=', '|=', '^=', '<<=', '>>=', '**=', '//=']);
const AFTER_KEYWORDS = new Set(['return', 'else', 'assert', 'raise', 'from', 'with', 'yield', 'del', 'except']);
const STATEMENT_KEYWORDS = new Set(['if', 'elif', 'while']);

function statementStart(toks: Token[], k: number): boolean {
  if (k < 0) return true;
  const t = toks[k];
  return t.kind === 'NEWLINE' || t.kind === 'INDENT' || t.kind === 'DEDENT' || (t.kind === 'OP' && t.text === ';');
}

/** Does an `expression` start at token k (so CPython's second pass tries the legacy rule)? */
function expressionStart(toks: Token[], k: number): boolean {
  if (statementStart(toks, k - 1)) return true;
  const prev = toks[k - 1];
  if (prev.kind === 'OP') {
    // `**` starts an expression only as `f(**x)` / `{**x}`, not as the power operator.
    if (prev.text === '**') return k >= 2 && toks[k - 2].kind === 'OP' && ['(', ',', '{'].includes(toks[k - 2].text);
    return AFTER_OPS.has(prev.text);
  }
  if (prev.kind !== 'NAME') return false;
  if (AFTER_KEYWORDS.has(prev.text)) return true;
  return STATEMENT_KEYWORDS.has(prev.text) && statementStart(toks, k - 2);
}

/** The error CPython's second pass reports instead of `err`, if any comes before it. */
export function secondPassError(p: Parser, err: PySyntaxError): PySyntaxError | null {
  const toks = p.toks;
  const before = (t: Token): boolean => t.line < err.lineno || (t.line === err.lineno && t.col + 1 < err.offset);
  let best: { at: number; error: () => PySyntaxError } | null = null;
  for (const d of p.deferred) {
    if (before(toks[d.at]) && (best === null || d.at < best.at)) best = d;
  }
  const limit = best ? best.at : toks.length - 1;
  for (let k = 0; k < limit; k++) {
    const t = toks[k];
    if (!before(t)) break;
    if (t.kind !== 'NAME' || (t.text !== 'print' && t.text !== 'exec')) continue;
    const next = toks[k + 1];
    if ((next.kind === 'OP' && next.text === '(') || !startsStarExpression(next) || !expressionStart(toks, k)) continue;
    // CPython first parses the whole expression starting at the name: an error rule met inside
    // it fires before the legacy one.
    p.i = k;
    if (!tryWithoutInvalid(p, () => disjunction(p))) continue;
    p.i = k + 1;
    const b = tryWithoutInvalid(p, () => starExpressions(p));
    if (b) {
      try {
        p.error('SyntaxError', `Missing parentheses in call to '${t.text}'. Did you mean ${t.text}(...)?`, t.line, t.col + 1, b.end_lineno, b.end_col_offset + 1);
      } catch (e) {
        return e as PySyntaxError;
      }
    }
  }
  return best ? best.error() : null;
}
