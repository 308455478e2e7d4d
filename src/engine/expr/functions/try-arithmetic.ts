/** try_add, try_subtract, try_multiply, try_divide, try_mod: the operator, with null where ANSI mode would raise. */
import { arithmetic } from '../arithmetic';
import type { BoundExpr } from '../bound';
import { checkArity, registerScalar } from './registry';

const RANGE: Record<string, readonly [bigint, bigint]> = {
  byte: [-128n, 127n], short: [-32768n, 32767n], int: [-2147483648n, 2147483647n], long: [-(2n ** 63n), 2n ** 63n - 1n],
};

function exact(op: string, a: bigint, b: bigint): bigint | null {
  switch (op) {
    case '+': return a + b;
    case '-': return a - b;
    case '*': return a * b;
    default: return null;
  }
}

function tryOp(name: string, op: '+' | '-' | '*' | '/' | '%'): void {
  registerScalar(name, (args, site) => {
    checkArity(site, args, 2);
    const base = arithmetic(op, args[0]!, args[1]!);
    if (base.kind !== 'strict' && base.kind !== 'lenient') return base;
    const range = RANGE[base.type.kind];
    const inner = base.fn;
    const fn = (v: unknown[]): unknown => {
      if ((op === '/' || op === '%') && v[1] !== null && v[1] !== undefined && Number(v[1]) === 0) return null;
      if (range && (typeof v[0] === 'number' || typeof v[0] === 'bigint') && (typeof v[1] === 'number' || typeof v[1] === 'bigint')) {
        const r = exact(op, BigInt(v[0]), BigInt(v[1]));
        if (r !== null && (r < range[0] || r > range[1])) return null;
      }
      try {
        return inner(v);
      } catch {
        return null;
      }
    };
    return { ...base, name, fn } as BoundExpr;
  });
}
tryOp('try_add', '+');
tryOp('try_subtract', '-');
tryOp('try_multiply', '*');
tryOp('try_divide', '/');
tryOp('try_mod', '%');
