/**
 * Mutates a working Python program into a nearby, often broken one: whole lines deleted,
 * duplicated, swapped, re-indented or spliced in from another program, and single tokens
 * deleted, duplicated, swapped or replaced (operators, literals, names, keywords).
 */
import type { Rng } from './rng';

type Token = { readonly kind: 'name' | 'number' | 'string' | 'op' | 'space'; readonly text: string };

const TOKEN = /("""[\s\S]*?"""|'''[\s\S]*?'''|[rbfRBF]{0,2}"(?:\\.|[^"\\\n])*"|[rbfRBF]{0,2}'(?:\\.|[^'\\\n])*')|([A-Za-z_]\w*)|(0[xXoObB][\w]+|\d[\d_]*\.?[\d_]*(?:[eE][+-]?\d+)?j?|\.\d+)|(\*\*=?|\/\/=?|<<=?|>>=?|->|:=|[-+*/%&|^<>=!]=|[-+*/%&|^~<>=()[\]{},:;.@])|(\s+|#[^\n]*|.)/g;

export function tokenize(src: string): Token[] {
  const out: Token[] = [];
  for (const m of src.matchAll(TOKEN)) {
    const kind = m[1] ? 'string' : m[2] ? 'name' : m[3] ? 'number' : m[4] ? 'op' : 'space';
    out.push({ kind, text: m[0] });
  }
  return out;
}

const OPS = ['+', '-', '*', '/', '//', '%', '**', '<<', '>>', '&', '|', '^', '~', '<', '>', '<=', '>=', '==', '!=', '=', '+=', '-=', '*=', '//=', ':=', '(', ')', '[', ']', '{', '}', ',', ':', '.', ';', '@', '->', '*=', '**='];
const LITERALS = [
  '0', '1', '-1', '2', '3', '7', '255', '256', '-0', '1_000', '2**31', '2**63', '10**20', '0x7fffffff', '0o17', '0b101',
  '0.0', '-0.0', '1.5', '1e308', '1e-320', "float('inf')", "float('nan')", '3.0',
  "''", "'a'", "'abc'", "'\\n'", "b'xy'", "f'{1}'", '""""x"""', "r'\\d'",
  'None', 'True', 'False', '[]', '()', '{}', '[1, 2]', '(1,)', '{1: 2}', '{1}', '...', 'NotImplemented',
];
const KEYWORDS = ['if', 'else', 'elif', 'for', 'in', 'while', 'def', 'class', 'return', 'yield', 'lambda', 'not', 'and', 'or', 'is', 'try', 'except', 'finally', 'with', 'as', 'pass', 'break', 'continue', 'global', 'nonlocal', 'del', 'raise', 'from', 'import', 'assert', 'None', 'async', 'await', 'print', 'self', 'super', 'object', 'len', 'range', 'iter', 'next'];
const INDENTS = ['', ' ', '  ', '    ', '        ', '\t', '     '];

function mutateLines(rng: Rng, lines: string[], donor: readonly string[]): void {
  if (!lines.length) return;
  const i = rng.int(lines.length);
  const j = rng.int(lines.length);
  switch (rng.int(7)) {
    case 0:
      lines.splice(i, 1);
      break;
    case 1:
      lines.splice(i, 0, lines[i]!);
      break;
    case 2:
      [lines[i], lines[j]] = [lines[j]!, lines[i]!];
      break;
    case 3:
      lines.splice(j, 0, ...lines.splice(i, 1));
      break;
    case 4: {
      const body = lines[i]!.trimStart();
      lines[i] = rng.pick(INDENTS) + body;
      break;
    }
    case 5: {
      // Splice a run of lines from another program, re-indented to this spot.
      if (!donor.length) break;
      const k = rng.int(donor.length);
      const run = donor.slice(k, k + 1 + rng.int(4));
      const indent = /^\s*/.exec(lines[i]!)![0];
      const base = /^\s*/.exec(run[0] ?? '')![0].length;
      lines.splice(i, 0, ...run.map((l) => indent + l.slice(Math.min(base, /^\s*/.exec(l)![0].length))));
      break;
    }
    default:
      lines.splice(i, 0, rng.pick(['pass', 'return', 'break', 'continue', 'yield', 'raise', 'else:', 'try:', 'del x', 'global x', 'nonlocal x', 'x = 1']));
      break;
  }
}

function mutateToken(rng: Rng, toks: Token[], names: readonly string[]): void {
  const solid = toks.map((t, k) => (t.kind === 'space' ? -1 : k)).filter((k) => k >= 0);
  if (!solid.length) return;
  const i = rng.pick(solid);
  const t = toks[i]!;
  const swap = (text: string): Token => ({ kind: t.kind, text });
  switch (rng.int(6)) {
    case 0:
      toks.splice(i, 1);
      break;
    case 1:
      toks.splice(i, 0, t);
      break;
    case 2: {
      const j = rng.pick(solid);
      [toks[i], toks[j]] = [toks[j]!, t];
      break;
    }
    case 3:
      toks[i] = t.kind === 'op' ? swap(rng.pick(OPS)) : t.kind === 'name' ? swap(rng.pick(names.length && rng.chance(0.6) ? names : KEYWORDS)) : swap(rng.pick(LITERALS));
      break;
    case 4:
      toks[i] = swap(rng.pick(LITERALS));
      break;
    default:
      toks.splice(i, 0, { kind: 'op', text: rng.pick([...OPS, ' ', '\n', '\\\n', ...KEYWORDS.map((k) => ` ${k} `)]) });
      break;
  }
}

/** One to three mutations of `src`; `donor` lends lines for splicing. */
export function mutate(rng: Rng, src: string, donor: string): string {
  let out = src;
  const n = 1 + rng.int(3);
  for (let k = 0; k < n; k++) {
    if (rng.chance(0.45)) {
      const lines = out.split('\n');
      mutateLines(rng, lines, donor.split('\n'));
      out = lines.join('\n');
    } else {
      const toks = tokenize(out);
      const names = [...new Set(toks.filter((t) => t.kind === 'name').map((t) => t.text))];
      mutateToken(rng, toks, names);
      out = toks.map((t) => t.text).join('');
    }
  }
  return out;
}
