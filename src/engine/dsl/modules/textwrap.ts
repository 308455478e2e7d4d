/**
 * The textwrap module: TextWrapper (a Python class, so attributes can be changed between calls),
 * wrap/fill/shorten, dedent and indent. Chunking and the greedy line filler follow the
 * behaviour CPython documents: whitespace runs and words are chunks, hyphenated words may
 * break after a hyphen between letters, and an em-dash between words is a chunk of its own.
 */
import { Kw, T, call, callMethod, getattr, le, makeClass, pyErr, truthy, typeOf } from '../../values/py';
import type { PyObject } from '../../values/py';
import { moduleFrom, registerModule } from './registry';

const WS = '\t\n\x0b\x0c\r ';
const isWs = (c: string | undefined) => c !== undefined && WS.includes(c);
const isWord = (c: string | undefined) => c !== undefined && /^[\p{L}\p{N}\p{Mn}\p{Mc}_]$/u.test(c);
const isLetter = (c: string | undefined) => isWord(c) && !/^\p{Nd}$/u.test(c!);
const isWordPunct = (c: string | undefined) => c !== undefined && (isWord(c) || '!"\'&.,?'.includes(c));
const cpLen = (s: string) => Array.from(s).length;

/** Where a word chunk may end after the hyphen at i (letter-letter- or letter-hyphen-letter- before, letter [-] letter after). */
function hyphenBreak(cs: string[], i: number): boolean {
  const before = (isLetter(cs[i - 2]) && isLetter(cs[i - 1])) || (isLetter(cs[i - 3]) && cs[i - 2] === '-' && isLetter(cs[i - 1]));
  const after = isLetter(cs[i + 1]) && (isLetter(cs[i + 2]) || (cs[i + 2] === '-' && isLetter(cs[i + 3])));
  return before && after;
}

/** Length of an em-dash (2+ hyphens followed by a word character) starting at i, or 0. */
function emDash(cs: string[], i: number): number {
  let j = i;
  while (cs[j] === '-') j++;
  return j - i >= 2 && isWord(cs[j]) && isWordPunct(cs[i - 1]) ? j - i : 0;
}

export function splitChunks(text: string, onHyphens: boolean): string[] {
  const cs = Array.from(text);
  const out: string[] = [];
  let i = 0;
  while (i < cs.length) {
    const start = i;
    if (isWs(cs[i])) {
      while (i < cs.length && isWs(cs[i])) i++;
    } else if (onHyphens && emDash(cs, i)) {
      i += emDash(cs, i);
    } else {
      i++;
      while (i < cs.length && !isWs(cs[i])) {
        if (onHyphens && cs[i - 1] === '-' && hyphenBreak(cs, i - 1)) break;
        if (onHyphens && emDash(cs, i)) break;
        i++;
      }
    }
    out.push(cs.slice(start, i).join(''));
  }
  return out;
}

interface Options {
  width: number;
  initialIndent: string;
  subsequentIndent: string;
  expandTabs: boolean;
  replaceWhitespace: boolean;
  fixSentenceEndings: boolean;
  breakLongWords: boolean;
  dropWhitespace: boolean;
  breakOnHyphens: boolean;
  tabsize: number;
  maxLines: number | null;
  placeholder: string;
}

const blank = (s: string) => s.trim() === '' && [...s].every((c) => /\s/.test(c));

function handleLongWord(chunks: string[], line: string[], curLen: number, width: number, o: Options): void {
  const spaceLeft = width < 1 ? 1 : width - curLen;
  if (o.breakLongWords) {
    let end = spaceLeft;
    const chunk = Array.from(chunks[chunks.length - 1]!);
    if (o.breakOnHyphens && chunk.length > spaceLeft) {
      const hyphen = chunk.slice(0, spaceLeft).lastIndexOf('-');
      if (hyphen > 0 && chunk.slice(0, hyphen).some((c) => c !== '-')) end = hyphen + 1;
    }
    line.push(chunk.slice(0, end).join(''));
    chunks[chunks.length - 1] = chunk.slice(end).join('');
  } else if (!line.length) line.push(chunks.pop()!);
}

function wrapChunks(input: string[], o: Options): string[] {
  const lines: string[] = [];
  if (o.width <= 0) throw pyErr('ValueError', `invalid width ${o.width} (must be > 0)`);
  if (o.maxLines !== null) {
    const indent = o.maxLines > 1 ? o.subsequentIndent : o.initialIndent;
    if (cpLen(indent) + cpLen(o.placeholder.trimStart()) > o.width) throw pyErr('ValueError', 'placeholder too large for max width');
  }
  const chunks = input.slice().reverse();
  while (chunks.length) {
    const line: string[] = [];
    let curLen = 0;
    const indent = lines.length ? o.subsequentIndent : o.initialIndent;
    const width = o.width - cpLen(indent);
    if (o.dropWhitespace && lines.length && blank(chunks[chunks.length - 1]!)) chunks.pop();
    while (chunks.length) {
      const l = cpLen(chunks[chunks.length - 1]!);
      if (curLen + l > width) break;
      line.push(chunks.pop()!);
      curLen += l;
    }
    if (chunks.length && cpLen(chunks[chunks.length - 1]!) > width) {
      handleLongWord(chunks, line, curLen, width, o);
      curLen = line.reduce((n, c) => n + cpLen(c), 0);
    }
    if (o.dropWhitespace && line.length && blank(line[line.length - 1]!)) curLen -= cpLen(line.pop()!);
    if (!line.length) continue;
    const lastFits = !chunks.length || (o.dropWhitespace && chunks.length === 1 && blank(chunks[0]!));
    if (o.maxLines === null || lines.length + 1 < o.maxLines || (lastFits && curLen <= width)) {
      lines.push(indent + line.join(''));
      continue;
    }
    let placed = false;
    while (line.length) {
      if (!blank(line[line.length - 1]!) && curLen + cpLen(o.placeholder) <= width) {
        line.push(o.placeholder);
        lines.push(indent + line.join(''));
        placed = true;
        break;
      }
      curLen -= cpLen(line.pop()!);
    }
    if (!placed) {
      const prev = lines.length ? lines[lines.length - 1]!.trimEnd() : null;
      if (prev !== null && cpLen(prev) + cpLen(o.placeholder) <= o.width) lines[lines.length - 1] = prev + o.placeholder;
      else lines.push(indent + o.placeholder.trimStart());
    }
    break;
  }
  return lines;
}

function wrapText(text: unknown, o: Options): string[] {
  if (typeof text !== 'string') getattr(text, 'expandtabs');
  let t = o.expandTabs ? (callMethod(text, 'expandtabs', [o.tabsize]) as string) : (text as string);
  if (o.replaceWhitespace) t = Array.from(t, (c) => (isWs(c) ? ' ' : c)).join('');
  const chunks = splitChunks(t, o.breakOnHyphens);
  if (o.fixSentenceEndings) {
    for (let i = 0; i < chunks.length - 1; i++) {
      if (chunks[i + 1] === ' ' && /[a-z][.!?]["']?$/.test(chunks[i]!)) chunks[i + 1] = '  ';
    }
  }
  return wrapChunks(chunks, o);
}

const PARAMS: [string, unknown][] = [
  ['width', 70], ['initial_indent', ''], ['subsequent_indent', ''], ['expand_tabs', true], ['replace_whitespace', true],
  ['fix_sentence_endings', false], ['break_long_words', true], ['drop_whitespace', true], ['break_on_hyphens', true], ['tabsize', 8],
  ['max_lines', null], ['placeholder', ' [...]'],
];

function options(self: unknown): Options {
  const g = (n: string) => getattr(self, n);
  le(g('width'), 0); // CPython's first use of width: a non-number fails with the comparison's TypeError.
  return {
    width: Number(g('width')), initialIndent: String(g('initial_indent')), subsequentIndent: String(g('subsequent_indent')),
    expandTabs: truthy(g('expand_tabs')), replaceWhitespace: truthy(g('replace_whitespace')), fixSentenceEndings: truthy(g('fix_sentence_endings')),
    breakLongWords: truthy(g('break_long_words')), dropWhitespace: truthy(g('drop_whitespace')), breakOnHyphens: truthy(g('break_on_hyphens')),
    tabsize: Number(g('tabsize')), maxLines: g('max_lines') === null ? null : Number(g('max_lines')), placeholder: String(g('placeholder')),
  };
}

function makeWrapper() {
  const ns = new Map<string, unknown>();
  ns.set('__init__', (self: PyObject, ...a: unknown[]) => {
    const kw = a[a.length - 1] instanceof Kw ? (a.pop() as Kw) : null;
    if (a.length > 10) throw pyErr('TypeError', `TextWrapper.__init__() takes from 1 to 11 positional arguments but ${a.length + 1} were given`);
    PARAMS.forEach(([n, d], i) => self.$d!.set(n, i < a.length && i < 10 ? a[i] : d));
    kw?.names.forEach((n, i) => {
      if (!PARAMS.some(([p]) => p === n)) throw pyErr('TypeError', `TextWrapper.__init__() got an unexpected keyword argument '${n}'`);
      self.$d!.set(n, kw.values[i]);
    });
    return null;
  });
  ns.set('wrap', (self: unknown, text: unknown) => wrapText(text, options(self)));
  ns.set('fill', (self: unknown, text: unknown) => wrapText(text, options(self)).join('\n'));
  for (const [k, v] of ns) (v as { $name?: string }).$name = k;
  return makeClass('TextWrapper', [T.object], ns, 'textwrap', 'TextWrapper');
}

function dedent(text: unknown): string {
  if (typeof text !== 'string') throw pyErr('TypeError', `expected string or bytes-like object, got '${typeOf(text).name}'`);
  const t = text.replace(/^[ \t]+$/gm, '');
  let margin: string | null = null;
  for (const m of t.matchAll(/^([ \t]*)[^ \t\n]/gm)) {
    const ind = m[1]!;
    if (margin === null || margin.startsWith(ind)) margin = ind;
    else if (!ind.startsWith(margin)) {
      let i = 0;
      while (i < margin.length && margin[i] === ind[i]) i++;
      margin = margin.slice(0, i);
    }
  }
  return margin ? t.replace(new RegExp(`^${margin}`, 'gm'), '') : t;
}

function indent(...a: unknown[]): string {
  const kw = a[a.length - 1] instanceof Kw ? (a.pop() as Kw) : null;
  const [text, prefix] = a as [string, string];
  const predicate = kw && kw.names.includes('predicate') ? kw.values[kw.names.indexOf('predicate')] : a[2] ?? null;
  const lines = callMethod(text, 'splitlines', [true]) as string[];
  const keep = (l: string) => (predicate === null ? l.trim() !== '' && !blank(l) : truthy(call(predicate, [l])));
  return lines.map((l) => (keep(l) ? prefix + l : l)).join('');
}

registerModule('textwrap', () => {
  const TextWrapper = makeWrapper();
  const withWidth = (a: unknown[], width: number, extra: [string, unknown][] = []) => {
    const kw = a[a.length - 1] instanceof Kw ? (a.pop() as Kw) : new Kw([], []);
    const [text, w] = a;
    const names = ['width', ...extra.map(([n]) => n), ...kw.names];
    const values = [w ?? (kw.names.includes('width') ? kw.values[kw.names.indexOf('width')] : width), ...extra.map(([, v]) => v), ...kw.values];
    const dedup = names.map((n, i) => [n, values[i]] as const).filter(([n], i) => names.lastIndexOf(n) === i);
    const wrapper = call(TextWrapper, [new Kw(dedup.map(([n]) => n), dedup.map(([, v]) => v))]);
    return [wrapper, text] as const;
  };
  return moduleFrom('textwrap', {
    TextWrapper,
    wrap: (...a: unknown[]) => {
      const [w, text] = withWidth(a, 70);
      return callMethod(w, 'wrap', [text]);
    },
    fill: (...a: unknown[]) => {
      const [w, text] = withWidth(a, 70);
      return callMethod(w, 'fill', [text]);
    },
    shorten: (...a: unknown[]) => {
      const given = a.length - (a[a.length - 1] instanceof Kw ? 1 : 0);
      const named = a[a.length - 1] instanceof Kw ? (a[a.length - 1] as Kw).names : [];
      if (given < 2 && !named.includes('width')) throw pyErr('TypeError', `shorten() missing ${given ? '1 required positional argument:' : "2 required positional arguments: 'text' and"} 'width'`);
      const [w, text] = withWidth(a, 70, [['max_lines', 1]]);
      return callMethod(w, 'fill', [(callMethod(callMethod(text, 'strip', []), 'split', []) as string[]).join(' ')]);
    },
    dedent,
    indent,
  });
});
