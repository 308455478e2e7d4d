/**
 * Comprehensions run in their own scope: an arrow function (a generator function for generator
 * expressions) whose first iterable is evaluated by the caller, as in CPython.
 */
import type * as A from '../ast';
import { FnCtx, jsName } from './context';
import { expr, cond, at } from './expr';
import { assignTo } from './assign';
import { iterable } from './iterable';

type Comp = A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp;

const FRAME: Record<Comp['_type'], string> = {
  ListComp: '<listcomp>',
  SetComp: '<setcomp>',
  DictComp: '<dictcomp>',
  GeneratorExp: '<genexpr>',
};

export function compileComprehension(outer: FnCtx, node: Comp): string {
  const scope = outer.scope.children.get(node)!;
  const name = FRAME[node._type];
  const co = outer.unit.code(name);
  const ctx = new FnCtx(outer.unit, scope, outer.qualname, co, outer);
  ctx.superClass = outer.superClass;
  ctx.firstParam = outer.firstParam;
  ctx.classNs = null;
  const first = outer.unit.uid('$it');
  let inner: string;
  switch (node._type) {
    case 'ListComp':
    case 'SetComp':
      inner = `$r.push(${expr(ctx, node.elt)});`;
      break;
    case 'DictComp': {
      const k = ctx.temp();
      inner = `${k} = ${expr(ctx, node.key)}; $r.set(${k}, ${expr(ctx, node.value)});`;
      break;
    }
    case 'GeneratorExp':
      inner = `yield ${expr(ctx, node.elt)};`;
      break;
  }
  for (let i = node.generators.length - 1; i >= 0; i--) {
    const g = node.generators[i]!;
    const it = i === 0 ? first : outer.unit.uid('$it');
    const v = outer.unit.uid('$v');
    const ifs = g.ifs.map((c) => cond(ctx, c)).join(' && ');
    const body = ifs ? `if (${ifs}) { ${inner} }` : inner;
    const head = i === 0 ? '' : `const ${it} = $iter(${expr(ctx, g.iter)}); `;
    // Polls like any loop: `[x for x in count()]` must stay interruptible.
    inner = `${head}for (let ${v} = ${it}.nx(); ${v} !== $STOP; ${v} = ${it}.nx()) { if (++$S.tick > 1023) $poll(); ${assignTo(ctx, g.target, v)} ${body} }`;
  }
  const locals = [...scope.bound].filter((n) => scope.isLocal(n)).map(jsName);
  // Its own $ln: the caller's frame keeps pointing at the comprehension, as in CPython.
  const decl = [...locals, ...ctx.temps, `$ln = ${outer.unit.pos(node)}`];
  const declText = `let ${decl.join(', ')};`;
  const iter0 = `$iter(${iterable(outer, node.generators[0]!.iter)}), ${at(outer, node)}`;
  const guard = (body: string) => `try { ${body} } catch ($e) { throw $tb($e, ${co}, $ln); }`;
  switch (node._type) {
    case 'ListComp':
      return `((${first}) => { ${declText} const $r = []; ${guard(`${inner} return $r;`)} })(${iter0})`;
    case 'SetComp':
      return `((${first}) => { ${declText} const $r = []; ${guard(`${inner} return $mkset($r);`)} })(${iter0})`;
    case 'DictComp':
      return `((${first}) => { ${declText} const $r = new $PyDict(); ${guard(`${inner} return $r;`)} })(${iter0})`;
    case 'GeneratorExp':
      return `$mkgen((function* (${first}) { ${declText} ${guard(inner)} })(${iter0}), "<genexpr>", "${outer.qualname === '<module>' ? '' : `${outer.qualname}.`}<genexpr>")`;
  }
}
