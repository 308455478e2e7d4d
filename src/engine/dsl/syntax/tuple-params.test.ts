// Python 2 tuple parameters (AST.md extension). CPython 3 rejects them, so the oracle here is our
// own parser on an equivalent Python 3 source, which the CPython corpus verifies: each tuple
// parameter is replaced by a plain name of the same length (so every position is unchanged),
// and its `tuple_target` must equal the target of a `for` loop over the same text and columns.
import { describe, expect, it } from 'vitest';
import type * as A from '../ast';
import { parseModule } from './parse';

const SNIPPETS = [
  'f = lambda (k, v): k + v\n',
  'rdd.map(lambda (k, (a, b)): (k, a + b))\n',
  'pairs.map(lambda (k, v): (v, k)).sortByKey()\n',
  'lambda (a,): a\n',
  'lambda ((a, b), c): a + b + c\n',
  'lambda x, (y, z): x + y + z\n',
  'lambda x, (y, z)=(1, 2), *rest, **kw: x\n',
  'def f((a, b), c):\n    return a + b + c\n',
  'def f(x, (a, b)=(1, 2), *rest):\n    pass\n',
  'def f(a, /, (b, c), *, d):\n    pass\n',
  'def f((a, (b, c)), (d, e)):\n    pass\n',
  'x = sorted(d.items(), key=lambda (k, v): (-v, k))\n',
];

function walk(node: unknown, visit: (n: Record<string, unknown>) => void): void {
  if (Array.isArray(node)) node.forEach((x) => walk(x, visit));
  else if (node && typeof node === 'object') {
    visit(node as Record<string, unknown>);
    for (const v of Object.values(node)) walk(v, visit);
  }
}

function tupleArgs(m: A.Module): A.Arg[] {
  const out: A.Arg[] = [];
  walk(m, (n) => {
    if (n._type === 'arg' && n.tuple_target) out.push(n as unknown as A.Arg);
  });
  return out;
}

describe('Python 2 tuple parameters', () => {
  for (const src of SNIPPETS) {
    it(JSON.stringify(src), () => {
      const ours = parseModule(src);
      const args = tupleArgs(ours);
      expect(args.length).toBeGreaterThan(0);
      let plain = src;
      const lines = src.split('\n');
      for (const a of args) {
        expect(a.lineno).toBe(a.end_lineno);
        const line = lines[a.lineno - 1];
        const width = a.end_col_offset - a.col_offset;
        const name = `t${a.arg.slice(1)}`.padEnd(width, '_');
        const offset = lines.slice(0, a.lineno - 1).reduce((n, l) => n + l.length + 1, 0) + a.col_offset;
        plain = plain.slice(0, offset) + name + plain.slice(offset + width);
        // The target is what a `for` loop over the same text at the same column produces.
        const prefix = 'for '.padEnd(a.col_offset, ' ');
        const loop = parseModule(`${prefix}${line.slice(a.col_offset, a.end_col_offset)} in x: pass\n`).body[0] as A.For;
        const target = { ...a.tuple_target, lineno: a.lineno, end_lineno: a.lineno };
        expect(target).toEqual({ ...loop.target, lineno: a.lineno, end_lineno: a.lineno });
      }
      // Everything else equals the plain Python 3 parse, with `.N` names and no tuple_target.
      const expected = parseModule(plain);
      walk(expected, (n) => {
        if (n._type === 'arg' && typeof n.arg === 'string' && /^t\d+_*$/.test(n.arg)) {
          n.arg = `.${/\d+/.exec(n.arg)?.[0]}`;
        }
      });
      const stripped = JSON.parse(JSON.stringify(ours, (k, v) => (k === 'tuple_target' ? undefined : v)));
      expect(stripped).toEqual(JSON.parse(JSON.stringify(expected)));
    });
  }

  it('numbers each tuple parameter by its position among the positional parameters', () => {
    const f = parseModule('def f(a, (b, c), d, (e, f)):\n    pass\n').body[0] as A.FunctionDef;
    expect(f.args.args.map((a) => a.arg)).toEqual(['a', '.1', 'd', '.3']);
    const lam = (parseModule('lambda (a, b), c=1: a\n').body[0] as A.ExprStmt).value as A.Lambda;
    expect(lam.args.args.map((a) => a.arg)).toEqual(['.0', 'c']);
    expect(lam.args.args[0].tuple_target?.ctx).toEqual({ _type: 'Store' });
  });

  it('treats a parenthesised single name as that name, as Python 2 did', () => {
    const lam = (parseModule('lambda (a): a\n').body[0] as A.ExprStmt).value as A.Lambda;
    expect(lam.args.args[0].arg).toBe('a');
    expect(lam.args.args[0].tuple_target ?? null).toBeNull();
  });
});
