/** What Pattern methods and the re module functions do: search, iterate, substitute, split. */
import { parseTemplate, pyFinditer, pyMatchAt, expandTemplate } from '../../pylib';
import type { TemplatePart } from '../../pylib';
import { JsIter, PyType, T, call, pyErr, tuple, typeOf } from '../../values/py';
import { def, parseArgs } from '../../values/py/methods/define';
import { reLib } from './re-errors';
import { PyReMatch, utf16Index } from './re-match';
import type { PyRePattern } from './re-pattern';
import { PatternT } from './re-pattern';

function subject(s: unknown): string {
  if (typeof s === 'string') return s;
  throw pyErr('TypeError', `expected string or bytes-like object, got '${typeOf(s).name}'`);
}

function intArg(x: unknown, dflt: number): number {
  if (x === undefined) return dflt;
  if (typeof x === 'boolean') return x ? 1 : 0;
  if (typeof x === 'number' && Number.isInteger(x)) return x;
  if (typeof x === 'bigint') return x > 0n ? Number.MAX_SAFE_INTEGER : Number.MIN_SAFE_INTEGER;
  throw pyErr('TypeError', `'${typeOf(x).name}' object cannot be interpreted as an integer`);
}

/** Python's pos/endpos (code points, clamped) as [cp pos, cp endpos, utf16 pos, utf16 endpos]. */
function window(text: string, pos: unknown, endpos: unknown): [number, number, number, number] {
  const n = Array.from(text).length;
  const p = Math.min(Math.max(intArg(pos, 0), 0), n);
  const e = Math.min(Math.max(intArg(endpos, n), 0), n);
  return [p, e, utf16Index(text, p), utf16Index(text, e)];
}

export function matchAt(p: PyRePattern, mode: 'match' | 'search' | 'fullmatch', s: unknown, pos?: unknown, endpos?: unknown): PyReMatch | null {
  const text = subject(s);
  const [cp, ce, up, ue] = window(text, pos, endpos);
  if (ue < up) return null;
  const m = pyMatchAt(p.rx, text, mode, up, ue);
  return m ? new PyReMatch(p, text, m, cp, ce) : null;
}

export function* iterMatches(p: PyRePattern, s: unknown, pos?: unknown, endpos?: unknown): Generator<PyReMatch> {
  const text = subject(s);
  const [cp, ce, up, ue] = window(text, pos, endpos);
  if (ue < up) return;
  for (const m of pyFinditer(p.rx, text, up, ue)) yield new PyReMatch(p, text, m, cp, ce);
}

export function findall(p: PyRePattern, s: unknown, pos?: unknown, endpos?: unknown): unknown[] {
  const n = p.rx.groupNames.length;
  const out: unknown[] = [];
  for (const m of iterMatches(p, s, pos, endpos)) {
    if (n === 0) out.push(m.m.groups[0]);
    else if (n === 1) out.push(m.m.groups[1] ?? '');
    else out.push(tuple(m.m.groups.slice(1).map((g) => g ?? '')));
  }
  return out;
}

export function finditer(p: PyRePattern, s: unknown, pos?: unknown, endpos?: unknown): JsIter {
  subject(s);
  const it = new JsIter(iterMatches(p, s, pos, endpos));
  (it as unknown as { $cls: PyType }).$cls = CallableIteratorT;
  return it;
}
const CallableIteratorT = new PyType('callable_iterator', [T.iterator]);

export function subn(p: PyRePattern, repl: unknown, s: unknown, count: unknown): [string, number] {
  const text = subject(s);
  const limit = intArg(count, 0);
  let template: TemplatePart[] | null = null;
  if (typeof repl === 'string') template = reLib(() => parseTemplate(repl, p.rx), repl);
  else if (typeof repl !== 'function' && typeOf(repl).lookup('__call__') === undefined) {
    throw pyErr('TypeError', `decoding to str: need a bytes-like object, ${typeOf(repl).name} found`);
  }
  let out = '';
  let last = 0;
  let n = 0;
  // CPython joins a list of pieces at the end, so a non-str result fails after every call, naming its list index.
  let pieces = 0;
  let bad: string | null = null;
  for (const m of iterMatches(p, text)) {
    if (limit > 0 && n >= limit) break;
    if (m.m.start > last) pieces++;
    out += text.slice(last, m.m.start);
    if (template) out += expandTemplate(template, m.m);
    else {
      const r = call(repl, [m]);
      if (r !== null) {
        if (typeof r !== 'string') bad ??= `sequence item ${pieces}: expected str instance, ${typeOf(r).name} found`;
        else out += r;
        pieces++;
      }
    }
    last = m.m.end;
    n++;
  }
  if (bad !== null) throw pyErr('TypeError', bad);
  return [out + text.slice(last), n];
}

export function split(p: PyRePattern, s: unknown, maxsplit: unknown): unknown[] {
  const text = subject(s);
  const limit = intArg(maxsplit, 0);
  if (limit < 0) return [text];
  const out: unknown[] = [];
  let last = 0;
  let n = 0;
  for (const m of iterMatches(p, text)) {
    if (limit > 0 && n >= limit) break;
    out.push(text.slice(last, m.m.start));
    for (let g = 1; g < m.m.groups.length; g++) out.push(m.m.groups[g] ?? null);
    last = m.m.end;
    n++;
  }
  out.push(text.slice(last));
  return out;
}

const SEARCH_ARGS = ['string', 'pos', 'endpos'];
for (const mode of ['match', 'search', 'fullmatch'] as const) {
  def(PatternT, mode, (p: PyRePattern, ...a: unknown[]) => {
    const [s, pos, endpos] = parseArgs(mode, a, SEARCH_ARGS, 1);
    return matchAt(p, mode, s, pos, endpos);
  });
}
def(PatternT, 'findall', (p: PyRePattern, ...a: unknown[]) => {
  const [s, pos, endpos] = parseArgs('findall', a, SEARCH_ARGS, 1);
  return findall(p, s, pos, endpos);
});
def(PatternT, 'finditer', (p: PyRePattern, ...a: unknown[]) => {
  const [s, pos, endpos] = parseArgs('finditer', a, SEARCH_ARGS, 1);
  return finditer(p, s, pos, endpos);
});
def(PatternT, 'sub', (p: PyRePattern, ...a: unknown[]) => {
  const [repl, s, count] = parseArgs('sub', a, ['repl', 'string', 'count'], 2);
  return subn(p, repl, s, count)[0];
});
def(PatternT, 'subn', (p: PyRePattern, ...a: unknown[]) => {
  const [repl, s, count] = parseArgs('subn', a, ['repl', 'string', 'count'], 2);
  return tuple(subn(p, repl, s, count));
});
def(PatternT, 'split', (p: PyRePattern, ...a: unknown[]) => {
  const [s, maxsplit] = parseArgs('split', a, ['string', 'maxsplit'], 1);
  return split(p, s, maxsplit);
});
def(PatternT, '__copy__', (p: PyRePattern) => p);
def(PatternT, '__deepcopy__', (p: PyRePattern) => p);
