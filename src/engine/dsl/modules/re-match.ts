/**
 * re.Match: pylib reports UTF-16 offsets; Python speaks code points, so every position
 * crossing into Python goes through cpIndex (free when the subject has no astral characters).
 */
import { expandTemplate, parseTemplate } from '../../pylib';
import type { PyMatch, TranslatedRegex } from '../../pylib';
import { Kw, NativeGetter, PyDict, PyType, T, pyErr, repr, setClassType, tuple, typeOf } from '../../values/py';
import type { PyTuple } from '../../values/py';
import { def } from '../../values/py/methods/define';
import { reLib } from './re-errors';

export interface PatternLike {
  readonly rx: TranslatedRegex;
  /** For each group number, the number of the capturing group enclosing it (0 for none). */
  readonly parents: number[];
}

const ASTRAL = /[\uD800-\uDFFF]/;

/** Code-point index of a UTF-16 offset. */
export function cpIndex(text: string, utf16: number): number {
  if (!ASTRAL.test(text)) return utf16;
  return Array.from(text.slice(0, utf16)).length;
}

/** UTF-16 offset of a code-point index (clamped to the text). */
export function utf16Index(text: string, cp: number): number {
  if (!ASTRAL.test(text)) return Math.min(cp, text.length);
  let i = 0;
  for (let n = 0; n < cp && i < text.length; n++) i += (text.codePointAt(i) as number) > 0xffff ? 2 : 1;
  return i;
}

export const MatchT = new PyType('Match', [T.object]);
MatchT.module = 're';

export class PyReMatch {
  constructor(
    readonly re: PatternLike,
    readonly string: string,
    readonly m: PyMatch,
    readonly pos: number,
    readonly endpos: number,
  ) {}

  /** A group argument (int, bool or name) as a group number; IndexError otherwise. */
  index(g: unknown): number {
    const n = this.re.rx.groupNames.length;
    if (typeof g === 'boolean') g = g ? 1 : 0;
    if (typeof g === 'number' && Number.isInteger(g) && g >= 0 && g <= n) return g;
    if (typeof g === 'string') {
      const at = this.re.rx.groupNames.indexOf(g);
      if (at >= 0) return at + 1;
    }
    throw pyErr('IndexError', 'no such group');
  }

  group(g: number, dflt: unknown = null): unknown {
    const v = this.m.groups[g];
    return v === undefined ? dflt : v;
  }

  span(g: number): [number, number] {
    const s = this.m.starts[g] as number;
    if (s < 0) return [-1, -1];
    const start = cpIndex(this.string, s);
    const text = this.m.groups[g] as string;
    return [start, start + (ASTRAL.test(text) ? Array.from(text).length : text.length)];
  }

  /** The group that closed last: the latest end; on a tie an enclosing group closes after its inner ones, else the later one. */
  lastIndex(): number | null {
    let best = 0;
    let bestEnd = -1;
    const n = this.re.rx.groupNames.length;
    for (let g = 1; g <= n; g++) {
      if ((this.m.starts[g] as number) < 0) continue;
      const end = (this.m.starts[g] as number) + (this.m.groups[g] as string).length;
      if (end > bestEnd || (end === bestEnd && !this.encloses(best, g))) {
        best = g;
        bestEnd = end;
      }
    }
    return best === 0 ? null : best;
  }

  private encloses(outer: number, inner: number): boolean {
    for (let g = this.re.parents[inner] as number; g > 0; g = this.re.parents[g] as number) if (g === outer) return true;
    return false;
  }

  pyRepr(): string {
    const [s, e] = this.span(0);
    return `<re.Match object; span=(${s}, ${e}), match=${repr(this.m.groups[0])}>`;
  }
}
setClassType(PyReMatch, MatchT);

function kwDefault(args: unknown[], fname: string): unknown {
  const last = args[args.length - 1];
  let dflt: unknown = null;
  let n = args.length;
  if (last instanceof Kw) {
    n--;
    last.names.forEach((k, i) => {
      if (k !== 'default') throw pyErr('TypeError', `${fname}() got an unexpected keyword argument '${k}'`);
      dflt = last.values[i];
    });
  }
  if (n > 1) throw pyErr('TypeError', `${fname}() takes at most 1 argument (${n} given)`);
  return n === 1 ? args[0] : dflt;
}

def(MatchT, 'group', (m: PyReMatch, ...gs: unknown[]) => {
  if (gs.length === 0) return m.group(0);
  if (gs.length === 1) return m.group(m.index(gs[0]));
  return tuple(gs.map((g) => m.group(m.index(g))));
});
def(MatchT, '__getitem__', (m: PyReMatch, g: unknown) => m.group(m.index(g)));
def(MatchT, 'groups', (m: PyReMatch, ...a: unknown[]) => {
  const dflt = kwDefault(a, 'groups');
  const out: unknown[] = [];
  for (let g = 1; g <= m.re.rx.groupNames.length; g++) out.push(m.group(g, dflt));
  return tuple(out);
});
def(MatchT, 'groupdict', (m: PyReMatch, ...a: unknown[]) => {
  const dflt = kwDefault(a, 'groupdict');
  const d = new PyDict();
  m.re.rx.groupNames.forEach((name, i) => {
    if (name !== null) d.set(name, m.group(i + 1, dflt));
  });
  return d;
});
const spanArg = (m: PyReMatch, g: unknown) => m.span(g === undefined ? 0 : m.index(g));
def(MatchT, 'start', (m: PyReMatch, g?: unknown) => spanArg(m, g)[0]);
def(MatchT, 'end', (m: PyReMatch, g?: unknown) => spanArg(m, g)[1]);
def(MatchT, 'span', (m: PyReMatch, g?: unknown) => tuple(spanArg(m, g)));
def(MatchT, 'expand', (m: PyReMatch, template: unknown) => {
  if (typeof template !== 'string') throw pyErr('TypeError', `expected str instance, ${typeOf(template).name} found`);
  return expandTemplate(reLib(() => parseTemplate(template, m.re.rx)), m.m);
});
def(MatchT, '__copy__', (m: PyReMatch) => m);
def(MatchT, '__deepcopy__', (m: PyReMatch) => m);

const getter = (name: string, f: (m: PyReMatch) => unknown) => MatchT.dict.set(name, new NativeGetter((m) => f(m as PyReMatch)));
getter('string', (m) => m.string);
getter('re', (m) => m.re);
getter('pos', (m) => m.pos);
getter('endpos', (m) => m.endpos);
getter('lastindex', (m) => m.lastIndex());
getter('lastgroup', (m) => {
  const i = m.lastIndex();
  return i === null ? null : (m.re.rx.groupNames[i - 1] ?? null);
});
getter('regs', (m): PyTuple => {
  const out: unknown[] = [];
  for (let g = 0; g <= m.re.rx.groupNames.length; g++) out.push(tuple(m.span(g)));
  return tuple(out);
});
