/** Assignment targets: names, attributes, subscripts and (starred) unpacking. */
import type * as A from '../ast';
import type { FnCtx } from './context';
import { storeName, deleteName } from './names';
import { expr, at } from './expr';

export function assignTo(ctx: FnCtx, t: A.Expr, value: string): string {
  switch (t._type) {
    case 'Name':
      return storeName(ctx, t.id, value);
    case 'Attribute':
      return `$setattr(${expr(ctx, t.value)}, ${JSON.stringify(t.attr)}, ${value}, ${at(ctx, t)});`;
    case 'Subscript':
      return `$setitem(${expr(ctx, t.value)}, ${expr(ctx, t.slice)}, ${value}, ${at(ctx, t)});`;
    case 'Tuple':
    case 'List': {
      const star = t.elts.findIndex((e) => e._type === 'Starred');
      const arr = ctx.temp();
      let out = star < 0
        ? `${arr} = $unpack(${value}, ${t.elts.length}, ${at(ctx, t)});`
        : `${arr} = $unpackStar(${value}, ${star}, ${t.elts.length - star - 1}, ${at(ctx, t)});`;
      t.elts.forEach((e, i) => {
        const target = e._type === 'Starred' ? e.value : e;
        out += ` ${assignTo(ctx, target, `${arr}[${i}]`)}`;
      });
      return out;
    }
    case 'Starred':
      return assignTo(ctx, t.value, value);
    default:
      return `$unsupported("assignment to ${t._type}");`;
  }
}

export function deleteTarget(ctx: FnCtx, t: A.Expr): string {
  switch (t._type) {
    case 'Name':
      return deleteName(ctx, t.id);
    case 'Attribute':
      return `$delattr(${expr(ctx, t.value)}, ${JSON.stringify(t.attr)}, ${at(ctx, t)});`;
    case 'Subscript':
      return `$delitem(${expr(ctx, t.value)}, ${expr(ctx, t.slice)}, ${at(ctx, t)});`;
    case 'Tuple':
    case 'List':
      return t.elts.map((e) => deleteTarget(ctx, e)).join(' ');
    default:
      return `$unsupported("del of ${t._type}");`;
  }
}
