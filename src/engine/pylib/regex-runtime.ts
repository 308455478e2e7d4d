// What a `re` implementation needs around a translated pattern: Python's iteration rule for
// empty matches (finditer, findall, sub, split), re.sub replacement templates, re.escape.
import { PyLibError } from './py-error';
import type { TranslatedRegex } from './regex-translate';

export interface PyMatch {
  /** UTF-16 offsets of the whole match. */
  start: number;
  end: number;
  /** Group texts by number (index 0 is the whole match); undefined when unmatched. */
  groups: (string | undefined)[];
  /** Start offset of each group, or -1. */
  starts: number[];
}

// Compiled RegExp objects per translation and flag set: building one costs microseconds.
const compiled = new WeakMap<TranslatedRegex, Map<string, RegExp>>();

function regexFor(rx: TranslatedRegex, source: string, flags: string): RegExp {
  let byKey = compiled.get(rx);
  if (!byKey) compiled.set(rx, (byKey = new Map()));
  const key = flags + '\u0000' + source;
  let re = byKey.get(key);
  if (!re) byKey.set(key, (re = new RegExp(source, flags)));
  return re;
}

function toMatch(m: RegExpExecArray, rx: TranslatedRegex): PyMatch {
  const indices = (m as RegExpExecArray & { indices?: [number, number][] }).indices;
  const js = [0, ...rx.groupIndex.slice(1)];
  return {
    start: m.index,
    end: m.index + m[0].length,
    groups: js.map((j) => m[j]),
    starts: js.map((j) => (indices?.[j] ? indices[j][0] : -1)),
  };
}

/** V8 may report an empty match between the halves of a surrogate pair; Python has no such position. */
function midPair(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  const p = text.charCodeAt(i - 1);
  return i > 0 && c >= 0xdc00 && c <= 0xdfff && p >= 0xd800 && p <= 0xdbff;
}

function codePointsBefore(text: string, index: number): number {
  let n = 0;
  for (let i = 0; i < index; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < index) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/**
 * re.finditer(pattern, text[, pos[, endpos]]). After an empty match at e, CPython's next
 * match may still start at e if it is non-empty (re.findall('|a', 'a') == ['', 'a', '']):
 * that retry uses a lookbehind pinned to e.
 */
export function* pyFinditer(rx: TranslatedRegex, text: string, pos = 0, endpos = text.length): Generator<PyMatch> {
  const subject = endpos < text.length ? text.slice(0, endpos) : text;
  const search = regexFor(rx, rx.source, rx.flags + 'gd');
  let at = pos;
  let mustAdvance = false;
  while (at <= subject.length) {
    if (mustAdvance) {
      const pinned = new RegExp(`(?:${rx.source})(?<!^[\\s\\S]{${codePointsBefore(subject, at)}})`, rx.flags + 'yd');
      pinned.lastIndex = at;
      const m = pinned.exec(subject);
      if (m) {
        const match = toMatch(m, rx);
        yield match;
        at = match.end;
        mustAdvance = false;
        continue;
      }
      const c = subject.codePointAt(at);
      if (c === undefined) return;
      at += c > 0xffff ? 2 : 1;
    }
    search.lastIndex = at;
    let m = search.exec(subject);
    while (m && midPair(subject, m.index)) {
      search.lastIndex = m.index + 1;
      m = search.exec(subject);
    }
    if (!m) return;
    const match = toMatch(m, rx);
    yield match;
    at = match.end;
    mustAdvance = match.end === match.start;
  }
}

/** re.match / re.fullmatch / re.search at one position. */
export function pyMatchAt(rx: TranslatedRegex, text: string, mode: 'match' | 'fullmatch' | 'search', pos = 0, endpos = text.length): PyMatch | null {
  const subject = endpos < text.length ? text.slice(0, endpos) : text;
  const source = mode === 'fullmatch' ? `(?:${rx.source})(?![\\s\\S])` : rx.source;
  const re = regexFor(rx, source, rx.flags + (mode === 'search' ? 'gd' : 'yd'));
  re.lastIndex = pos;
  let m = re.exec(subject);
  while (m && mode === 'search' && midPair(subject, m.index)) {
    re.lastIndex = m.index + 1;
    m = re.exec(subject);
  }
  return m ? toMatch(m, rx) : null;
}

export type TemplatePart = { kind: 'literal'; text: string } | { kind: 'group'; index: number };

const reError = (msg: string) => new PyLibError('re.error', msg);
const TEMPLATE_ESCAPES: Record<string, string> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\' };

/** Parses a re.sub replacement template against the pattern's groups. */
export function parseTemplate(template: string, rx: TranslatedRegex): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let lit = '';
  const groupCount = rx.groupNames.length;
  const flush = () => {
    if (lit !== '') parts.push({ kind: 'literal', text: lit });
    lit = '';
  };
  const group = (n: number, at: number) => {
    if (n > groupCount) throw reError(`invalid group reference ${n} at position ${at}`);
    flush();
    parts.push({ kind: 'group', index: n });
  };
  for (let i = 0; i < template.length; i++) {
    const c = template[i];
    if (c !== '\\') {
      lit += c;
      continue;
    }
    const start = i;
    const e = template[++i];
    if (e === undefined) throw reError(`bad escape (end of pattern) at position ${start}`);
    if (e === 'g') {
      if (template[i + 1] !== '<') throw reError(`missing < at position ${i + 1}`);
      const close = template.indexOf('>', i + 2);
      if (close < 0) throw reError(`missing >, unterminated name at position ${i + 2}`);
      const name = template.slice(i + 2, close);
      if (name === '') throw reError(`missing group name at position ${i + 2}`);
      if (/^[0-9]+$/.test(name)) group(Number(name), i + 2);
      else {
        if (!/^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*$/u.test(name)) throw reError(`bad character in group name '${name}' at position ${i + 2}`);
        const n = rx.groupNames.indexOf(name) + 1;
        if (n === 0) throw new PyLibError('IndexError', `unknown group name '${name}'`);
        group(n, i + 2);
      }
      i = close;
    } else if (e === '0') {
      let digits = '';
      while (digits.length < 2 && /[0-7]/.test(template[i + 1] ?? '')) digits += template[++i];
      lit += String.fromCharCode(parseInt(digits || '0', 8));
    } else if (e >= '1' && e <= '9') {
      const d2 = template[i + 1];
      const d3 = template[i + 2];
      if (/[0-7]/.test(e) && d2 !== undefined && /[0-7]/.test(d2) && d3 !== undefined && /[0-7]/.test(d3)) {
        const v = parseInt(e + d2 + d3, 8);
        if (v > 0o377) throw reError(`octal escape value \\${e + d2 + d3} outside of range 0-0o377 at position ${start}`);
        lit += String.fromCharCode(v);
        i += 2;
      } else if (d2 !== undefined && /[0-9]/.test(d2)) {
        group(Number(e + d2), start + 1);
        i += 1;
      } else group(Number(e), start + 1);
    } else if (e in TEMPLATE_ESCAPES) {
      lit += TEMPLATE_ESCAPES[e];
    } else if (/[a-zA-Z]/.test(e)) {
      throw reError(`bad escape \\${e} at position ${start}`);
    } else {
      lit += '\\' + e;
    }
  }
  flush();
  return parts;
}

/** Expands a parsed template for one match (unmatched groups give ''). */
export function expandTemplate(parts: readonly TemplatePart[], m: PyMatch): string {
  return parts.map((p) => (p.kind === 'literal' ? p.text : (m.groups[p.index] ?? ''))).join('');
}

const ESCAPED = new Set('()[]{}?*+-|^$\\.&~# \t\n\r\v\f');

/** re.escape(s) */
export function reEscape(s: string): string {
  let out = '';
  for (const ch of s) out += ESCAPED.has(ch) ? '\\' + ch : ch;
  return out;
}

/** re.sub(pattern, repl, text, count): repl is a parsed template or a function of the match. */
export function pySub(rx: TranslatedRegex, repl: readonly TemplatePart[] | ((m: PyMatch) => string), text: string, count = 0): { text: string; n: number } {
  let out = '';
  let last = 0;
  let n = 0;
  for (const m of pyFinditer(rx, text)) {
    if (count > 0 && n >= count) break;
    out += text.slice(last, m.start) + (typeof repl === 'function' ? repl(m) : expandTemplate(repl, m));
    last = m.end;
    n++;
  }
  return { text: out + text.slice(last), n };
}
