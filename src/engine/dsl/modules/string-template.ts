/**
 * string.Template: a Python class (subclasses may change delimiter, idpattern, braceidpattern,
 * flags or pattern) whose placeholder pattern is built the way CPython documents it.
 */
import { reEscape } from '../../pylib';
import { Kw, PyDict, T, getattr, getitem, isPyException, E, makeClass, pyErr, str, typeOf } from '../../values/py';
import type { PyType , PyObject} from '../../values/py';
import { parseArgs } from '../../values/py/methods/define';
import { flagInt, mkFlag } from './re-flags';
import { PyRePattern, compile } from './re-pattern';
import { iterMatches } from './re-ops';
import { RE_FLAGS } from '../../pylib';
import type { PyReMatch } from './re-match';

const ID_PATTERN = '(?a:[_a-z][_a-z0-9]*)';

function buildPattern(delimiter: string, id: string, braced: string, flags: number): PyRePattern {
  const d = reEscape(delimiter);
  const source = `\n    ${d}(?:\n      (?P<escaped>${d})  |\n      (?P<named>${id})       |\n      {(?P<braced>${braced})} |\n      (?P<invalid>)\n    )\n    `;
  return compile(source, flags | RE_FLAGS.X);
}

let defaultPattern: PyRePattern | null = null;

function patternOf(self: unknown): PyRePattern {
  const cls = typeOf(self);
  const own = cls.lookup('pattern');
  const flags = flagInt(getattr(cls, 'flags'));
  if (own instanceof PyRePattern && own !== defaultPattern) return own;
  if (typeof own === 'string') return compile(own, flags | RE_FLAGS.X);
  const id = String(getattr(cls, 'idpattern'));
  const bid = getattr(cls, 'braceidpattern');
  return buildPattern(String(getattr(cls, 'delimiter')), id, bid === null ? id : String(bid), flags);
}

const group = (m: PyReMatch, name: string) => m.group(m.index(name));

/** substitute's mapping: keywords first, then the positional mapping (a ChainMap in CPython). */
function lookup(fname: string, args: unknown[]): (name: string) => unknown {
  const kw = args[args.length - 1] instanceof Kw ? (args.pop() as Kw) : null;
  if (args.length > 1) throw pyErr('TypeError', `Template.${fname}() takes from 1 to 2 positional arguments but ${args.length + 1} were given`);
  const mapping = args.length ? args[0] : new PyDict();
  return (name) => {
    const i = kw ? kw.names.indexOf(name) : -1;
    return i >= 0 ? kw!.values[i] : getitem(mapping, name);
  };
}

function invalid(template: string, m: PyReMatch): never {
  const i = m.span(m.index('invalid'))[0];
  const before = Array.from(template).slice(0, i).join('');
  const lines = before.split(/(?<=\n)/).filter((l) => l !== '');
  const lineno = lines.length || 1;
  const colno = lines.length ? i - Array.from(lines.slice(0, -1).join('')).length : 1;
  throw pyErr('ValueError', `Invalid placeholder in string: line ${lineno}, col ${colno}`);
}

function substitute(self: PyObject, safe: boolean, args: unknown[]): string {
  const template = String(getattr(self, 'template'));
  const get = lookup(safe ? 'safe_substitute' : 'substitute', args);
  const delimiter = String(getattr(self, 'delimiter'));
  let out = '';
  let last = 0;
  for (const m of iterMatches(patternOf(self), template)) {
    out += template.slice(last, m.m.start);
    last = m.m.end;
    const named = group(m, 'named') ?? group(m, 'braced');
    if (named !== null) {
      try {
        out += str(get(named as string));
      } catch (e) {
        if (!safe || !isPyException(e) || !typeOf(e).isSubtype(E.KeyError)) throw e;
        out += m.m.groups[0];
      }
    } else if (group(m, 'escaped') !== null) out += delimiter;
    else if (group(m, 'invalid') !== null) {
      if (!safe) invalid(template, m);
      out += m.m.groups[0];
    } else throw pyErr('ValueError', 'Unrecognized named group in pattern');
  }
  return out + template.slice(last);
}

export function makeTemplate(): PyType {
  const ns = new Map<string, unknown>();
  const t = makeClass('Template', [T.object], ns, 'string', 'Template');
  ns.set('__init__', (self: PyObject, ...a: unknown[]) => {
    const [template] = parseArgs('Template', a, ['template'], 1);
    self.$d!.set('template', template);
    return null;
  });
  ns.set('delimiter', '$');
  ns.set('idpattern', ID_PATTERN);
  ns.set('braceidpattern', null);
  ns.set('flags', mkFlag(RE_FLAGS.I));
  defaultPattern = buildPattern('$', ID_PATTERN, ID_PATTERN, RE_FLAGS.I);
  ns.set('pattern', defaultPattern);
  ns.set('substitute', (self: PyObject, ...a: unknown[]) => substitute(self, false, a));
  ns.set('safe_substitute', (self: PyObject, ...a: unknown[]) => substitute(self, true, a));
  ns.set('get_identifiers', (self: PyObject) => {
    const ids: string[] = [];
    for (const m of iterMatches(patternOf(self), getattr(self, 'template'))) {
      const named = group(m, 'named') ?? group(m, 'braced');
      if (named !== null && !ids.includes(named as string)) ids.push(named as string);
    }
    return ids;
  });
  ns.set('is_valid', (self: PyObject) => {
    for (const m of iterMatches(patternOf(self), getattr(self, 'template'))) if (group(m, 'invalid') !== null) return false;
    return true;
  });
  return t;
}
