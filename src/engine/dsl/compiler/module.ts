/** A module (or notebook cell) → a cached JS factory; running it executes the code in globals G. */
import type * as A from '../ast';
import { Unit, FnCtx } from './context';
import { analyze } from './scope';
import { block } from './stmt';
import { R } from '../runtime/helpers';
import { PyFloat, PyBytes } from '../../values/py';
import type { CodeObject } from '../runtime/errors';
import { Globals } from '../../values/py/globals';
import { registerInstance, sourceUrlComment, unitSites } from '../runtime/call-site';
import type { UnitSites } from '../runtime/call-site';

const HELPERS = Object.keys(R).filter((k) => k !== 'S');

export interface CompiledUnit {
  readonly factory: (...args: unknown[]) => (G: Globals, modname: string) => unknown;
  readonly unit: Unit;
  /** Its JS lines' statements, for call-site lookups (runtime/call-site.ts). */
  readonly sites: UnitSites;
}

export interface CompileOptions {
  /** Return the value of a final expression statement (notebook cells). */
  readonly lastExpr?: boolean;
}

export function generate(mod: A.Module, opts: CompileOptions = {}): { source: string; unit: Unit } {
  const unit = new Unit('');
  const scope = analyze(mod);
  const co = unit.code('<module>');
  const ctx = new FnCtx(unit, scope, '<module>', co, null);
  let body = mod.body;
  let tail = '';
  const last = body[body.length - 1];
  if (opts.lastExpr && last?._type === 'Expr') {
    body = body.slice(0, -1);
    const at = unit.pos(last);
    unit.markStmt(at, co);
    tail = `\n$ln = ${at}; $last = ${exprOf(ctx, last.value)};`;
  }
  const code = block(ctx, body) + tail;
  const decl = ['$last', ...ctx.temps, '$ln = 0'].join(', ');
  const prelude = `"use strict"; const {${HELPERS.map((h) => `${h}: $${h}`).join(', ')}} = $R; const $S = $R.S;`;
  const fn = `return function $module(G, $modname) { let ${decl}; const $g = G.o; try { ${code} return $last; } catch ($e) { throw $tb($e, ${co}, $ln); } };`;
  return { source: `${prelude}\n${fn}`, unit };
}

import { expr as exprOf } from './expr';

const cache = new Map<string, CompiledUnit>();

/** Compiles (or reuses) the JS for a module; keyed by the AST's JSON so equal code compiles once. */
export function compileModule(mod: A.Module, opts: CompileOptions = {}, key?: string): CompiledUnit {
  const k = `${opts.lastExpr ? 1 : 0}:${key ?? JSON.stringify(mod)}`;
  let c = cache.get(k);
  if (!c) {
    const { source, unit } = generate(mod, opts);
    const sites = unitSites(source, unit.stmtCodes);
    const factory = new Function('$R', '$K', '$co', '$N', '$file', source + sourceUrlComment(sites.id)) as CompiledUnit['factory'];
    c = { factory, unit, sites };
    cache.set(k, c);
    if (cache.size > 500) cache.delete(cache.keys().next().value!);
  }
  return c;
}

function constants(unit: Unit): unknown[] {
  return unit.consts.map((c) => {
    switch (c.kind) {
      case 'int': {
        const b = BigInt(c.text as string);
        return b;
      }
      case 'float':
        return new PyFloat(c.text === 'inf' ? Infinity : c.text === '-inf' ? -Infinity : Number(c.text));
      case 'bytes':
        return new PyBytes(Uint8Array.from(c.text as number[]));
      case 'complex':
        return R.unsupported('complex numbers');
    }
  });
}

/** Instantiates compiled code for a filename and source lines; returns the module body function. */
/**
 * Instantiates compiled code for a filename and source lines; returns the module body function.
 * Globals should be a `Globals` (module dicts are); a plain Map is copied in and back out.
 */
export function instantiate(c: CompiledUnit, filename: string, lines: readonly string[]): (G: Map<string, unknown>, modname: string) => unknown {
  const positions = c.unit.positions;
  const codes: CodeObject[] = c.unit.codes.map((name) => ({ filename, name, lines, positions }));
  const body = c.factory(R, constants(c.unit), codes, c.unit.nodes, filename);
  registerInstance(c.sites, codes);
  return (G, modname) => {
    if (G instanceof Globals) return body(G, modname);
    const g = new Globals(G);
    try {
      return body(g, modname);
    } finally {
      G.clear();
      for (const [k, v] of g) G.set(k, v);
    }
  };
}
