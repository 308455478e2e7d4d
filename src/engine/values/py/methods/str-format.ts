/** str.format: fields {name!conv:spec} with auto/manual numbering, attributes and indices. */
import { Kw } from '../core';
import { pyErr } from '../exceptions';
import { repr, str, ascii } from '../repr';
import { getitem } from '../item';
import { getattr } from '../attr';
import { formatValue } from '../format';

function lookup(field: string, pos: unknown[], kw: Map<string, unknown> | null, mapping: unknown, auto: { n: number; mode: string }): unknown {
  const m = /^([^.[]*)(.*)$/su.exec(field)!;
  const head = m[1]!;
  let v: unknown;
  if (head === '' || /^\d+$/.test(head)) {
    let i: number;
    if (head === '') {
      if (auto.mode === 'manual') throw pyErr('ValueError', 'cannot switch from manual field specification to automatic field numbering');
      auto.mode = 'auto';
      i = auto.n++;
    } else {
      if (auto.mode === 'auto') throw pyErr('ValueError', 'cannot switch from automatic field numbering to manual field specification');
      auto.mode = 'manual';
      i = Number(head);
    }
    if (i >= pos.length) throw pyErr('IndexError', `Replacement index ${i} out of range for positional args tuple`);
    v = pos[i];
  } else if (mapping !== undefined) {
    v = getitem(mapping, head);
  } else {
    v = kw?.get(head);
    if (v === undefined) throw pyErr('KeyError', head);
  }
  const rest = m[2]!;
  const re = /\.([^.[]+)|\[([^\]]*)\]/gy;
  for (let p = re.exec(rest); p; p = re.exec(rest)) {
    if (p[1] !== undefined) v = getattr(v, p[1]);
    else v = getitem(v, /^\d+$/.test(p[2]!) ? Number(p[2]) : p[2]);
  }
  return v;
}

export function strFormat(fmt: string, argv: unknown[], mapping?: unknown, outer?: { n: number; mode: string }): string {
  let kw: Map<string, unknown> | null = null;
  let pos = argv;
  if (argv.length && argv[argv.length - 1] instanceof Kw) {
    const k = argv[argv.length - 1] as Kw;
    kw = new Map(k.names.map((n, i) => [n, k.values[i]]));
    pos = argv.slice(0, -1);
  }
  // Nested fields in a spec ('{:.{}f}') continue the outer string's automatic numbering.
  const auto = outer ?? { n: 0, mode: '' };
  let out = '';
  let i = 0;
  while (i < fmt.length) {
    const c = fmt[i]!;
    if (c === '{') {
      if (fmt[i + 1] === '{') {
        out += '{';
        i += 2;
        continue;
      }
      let depth = 1;
      let j = i + 1;
      while (j < fmt.length && depth) {
        if (fmt[j] === '{') depth++;
        else if (fmt[j] === '}') depth--;
        j++;
      }
      if (depth) throw pyErr('ValueError', "expected '}' before end of string");
      const body = fmt.slice(i + 1, j - 1);
      const m = /^([^!:]*)(?:!([^:]*))?(?::(.*))?$/su.exec(body)!;
      let v = lookup(m[1]!, pos, kw, mapping, auto);
      const conv = m[2];
      if (conv === 'r') v = repr(v);
      else if (conv === 's') v = str(v);
      else if (conv === 'a') v = ascii(v);
      else if (conv !== undefined) throw pyErr('ValueError', `Unknown conversion specifier ${conv}`);
      const spec = m[3] ? strFormat(m[3], argv, mapping, auto) : '';
      out += formatValue(v, spec);
      i = j;
    } else if (c === '}') {
      if (fmt[i + 1] !== '}') throw pyErr('ValueError', "Single '}' encountered in format string");
      out += '}';
      i += 2;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}
