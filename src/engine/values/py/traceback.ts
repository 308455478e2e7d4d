/** CPython-style traceback text, with chained exceptions and "Did you mean" suggestions. */
import { PyType, typeOf } from './core';
import type { Frame, PyBaseException } from './exceptions';
import { E } from './exceptions';
import { str } from './repr';
import { getattrOpt } from './attr';
import { makeBuiltins } from './builtins/functions';
import { PyModule, PyObject } from './core';

function levenshtein(a: string, b: string, max: number): number {
  // CPython's costs: a case-only change costs 1, other edits 2.
  if (a === b) return 0;
  const row = Array.from({ length: b.length + 1 }, (_, i) => i * 2);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i * 2;
    let best = row[0];
    for (let j = 1; j <= b.length; j++) {
      const ca = a[i - 1]!;
      const cb = b[j - 1]!;
      const sub = ca === cb ? 0 : ca.toLowerCase() === cb.toLowerCase() ? 1 : 2;
      const v = Math.min(prev + sub, row[j]! + 2, row[j - 1]! + 2);
      prev = row[j]!;
      row[j] = v;
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
  }
  return row[b.length]!;
}

export function suggest(name: string, candidates: Iterable<string>): string | null {
  let best: string | null = null;
  let bestD = Infinity;
  const list = [...candidates];
  if (list.length > 750) return null;
  for (const c of list) {
    if (c === name) continue;
    const max = Math.floor(((name.length + c.length + 3) * 2) / 6);
    const d = levenshtein(name, c, Math.min(max, bestD - 1));
    if (d <= max && d < bestD) {
      best = c;
      bestD = d;
    }
  }
  return best;
}

function attrNames(obj: unknown): string[] {
  const names = new Set<string>();
  if (obj instanceof PyModule) for (const k of obj.$d.keys()) names.add(k);
  if (obj instanceof PyObject && obj.$d) for (const k of obj.$d.keys()) names.add(k);
  const t = obj instanceof PyType ? obj : typeOf(obj);
  for (const c of t.mro) for (const k of c.dict.keys()) names.add(k);
  return [...names].sort();
}

let builtinNames: string[] | null = null;
// Builtins the dsl layer installs on top of makeBuiltins() (open needs the file system), named
// here because values cannot import dsl; without them `opn` would get no suggestion.
const LAYERED_BUILTINS = ['open'];

/** The exception line: `Name: message` plus CPython 3.11's suggestion for Name/AttributeError. */
export function exceptionLine(e: PyBaseException): string {
  const t = e.$cls;
  const name = t.module === 'builtins' || t.module === '__main__' || t.isBuiltin ? t.qualname : `${t.module}.${t.qualname}`;
  let msg = safeStr(e);
  const d = e.$d;
  if (t.isSubtype(E.NameError) && d?.has('name')) {
    const n = String(d.get('name'));
    const cands = (d.get('$candidates') as string[] | undefined) ?? [];
    builtinNames ??= [...makeBuiltins().keys(), ...LAYERED_BUILTINS];
    // As CPython: the frame's locals, then its globals, then the builtins, each on its own.
    const s = suggest(n, (d.get('$locals') as string[] | undefined) ?? []) ?? suggest(n, cands) ?? suggest(n, builtinNames);
    if (s) msg += `. Did you mean: '${s}'?`;
  } else if (t.isSubtype(E.AttributeError) && d?.has('name') && d.has('obj')) {
    const n = String(d.get('name'));
    const s = suggest(n, attrNames(d.get('obj')));
    if (s) msg += `. Did you mean: '${s}'?`;
  } else if (t.isSubtype(E.ImportError) && d?.has('$candidates')) {
    const s = suggest(String(d.get('$symbol')), d.get('$candidates') as string[]);
    if (s) msg += `. Did you mean: '${s}'?`;
  }
  return msg ? `${name}: ${msg}` : name;
}

/** str(e) as the traceback printer shows it; a failing __str__ prints CPython's placeholder. */
function safeStr(e: PyBaseException): string {
  try {
    return str(e);
  } catch {
    return `<exception str() failed>`;
  }
}

/**
 * CPython 3.11's marker line under a frame's source line: `^` under the failing operation, or
 * `~` under the operands and `^` under a binary operator or a subscript's brackets. Omitted when
 * the operation is the whole line and has no anchors.
 */
export function caretLine(line: string, span: readonly number[] | undefined): string | null {
  if (!span || span[1]! < 0) return null;
  const [lineno, col, endLineno, endCol, anchor, a, b] = span as [number, number, number, number, number, number, number];
  const stripped = line.trim();
  const indent = line.length - line.trimStart().length;
  const start = col;
  const end = lineno === endLineno ? endCol : line.trimEnd().length;
  if (end <= start) return null;
  let left = -1;
  let right = -1;
  if (lineno === endLineno && anchor === 1 && a >= start && b <= end && a <= b) {
    const op = line.slice(a, b);
    const off = op.length - op.trimStart().length;
    left = a + off - start;
    right = left + 1;
    if (off + 1 < op.length && !/\s/.test(op[off + 1]!)) right++;
  } else if (lineno === endLineno && anchor === 2 && a >= start && b < end) {
    left = a - start;
    right = b + 1 - start;
  }
  const anchored = left >= 0 && right - left > 0;
  if (end - start >= stripped.length && !anchored) return null;
  const width = end - start;
  const marks = anchored ? '~'.repeat(left) + '^'.repeat(right - left) + '~'.repeat(Math.max(0, width - right)) : '^'.repeat(width);
  return `    ${' '.repeat(Math.max(0, start - indent))}${marks}`;
}

/** After this many identical frames in a row, CPython summarises the rest in one line. */
const RECURSIVE_CUTOFF = 3;

function frames(e: PyBaseException): string[] {
  const out = ['Traceback (most recent call last):'];
  let last: Frame | null = null;
  let count = 0;
  const repeated = () => {
    if (count > RECURSIVE_CUTOFF) {
      const n = count - RECURSIVE_CUTOFF;
      out.push(`  [Previous line repeated ${n} more time${n > 1 ? 's' : ''}]`);
    }
  };
  for (const f of e.tb) {
    if (!last || last.filename !== f.filename || last.lineno !== f.lineno || last.name !== f.name) {
      repeated();
      last = f;
      count = 0;
    }
    if (++count > RECURSIVE_CUTOFF) continue;
    out.push(`  File "${f.filename}", line ${f.lineno}, in ${f.name}`);
    if (f.line.trim()) {
      out.push(`    ${f.line.trim()}`);
      const carets = caretLine(f.line, f.span);
      if (carets) out.push(carets);
    }
  }
  repeated();
  return out;
}

/** Lines of the full traceback, as `traceback.print_exc()` prints them. */
export function formatException(e: PyBaseException, seen = new Set<PyBaseException>()): string[] {
  seen.add(e);
  const out: string[] = [];
  if (e.cause && !seen.has(e.cause)) {
    out.push(...formatException(e.cause, seen), '', 'The above exception was the direct cause of the following exception:', '');
  } else if (e.context && !e.suppressContext && !seen.has(e.context)) {
    out.push(...formatException(e.context, seen), '', 'During handling of the above exception, another exception occurred:', '');
  }
  if (e.tb.length) out.push(...frames(e));
  out.push(exceptionLine(e));
  return out;
}

export { getattrOpt };
