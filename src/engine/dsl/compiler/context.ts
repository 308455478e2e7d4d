/** Code-generation state: one Unit per module compile, one FnCtx per emitted JS function. */
import type { Scope } from './scope';
import type * as A from '../ast';

/** How a traceback underlines a position: CPython 3.11 marks a binary operator or a subscript. */
export const Anchor = { None: 0, BinOp: 1, Subscript: 2 } as const;
export type AnchorKind = (typeof Anchor)[keyof typeof Anchor];

export class Unit {
  /** Constants that have no JS literal (bigints, integral floats, bytes), referenced as $K[i]. */
  readonly consts: { kind: 'int' | 'float' | 'bytes' | 'complex'; text: string | number[] }[] = [];
  /** Code objects: [name, firstLine] per function, referenced as $co[i]. */
  readonly codes: string[] = [];
  /** AST nodes of functions, kept for shipping them to executors, referenced as $N[i]. */
  readonly nodes: unknown[] = [];
  /**
   * Source spans that `$ln` indexes (entry 0: no position): [lineno, col, endLineno, endCol,
   * Anchor, a, b] where a/b are the columns the anchor needs (left operand end and right operand
   * start, or value end and slice end), then for a method call the position of its attribute
   * (CPython points an AttributeError from `obj.m()` at `obj.m`, other errors at the call).
   */
  readonly positions: number[][] = [[0, -1, 0, -1, 0, 0, 0, 0]];
  private readonly posIds = new Map<string, number>();
  /** The code object (`$co[i]` index) of each statement's position, for call-site lookups. */
  readonly stmtCodes = new Map<number, number>();
  private n = 0;
  constructor(readonly filename: string) {}

  /** The `$ln` value for a node's span. */
  pos(n: A.Pos, anchor: AnchorKind = Anchor.None, a = 0, b = 0, attr = 0): number {
    const entry = [n.lineno, n.col_offset, n.end_lineno, n.end_col_offset, anchor, a, b, attr];
    const key = entry.join(',');
    let id = this.posIds.get(key);
    if (id === undefined) {
      id = this.positions.length;
      this.positions.push(entry);
      this.posIds.set(key, id);
    }
    return id;
  }

  /** Records that the statement at position `pos` runs in code object `codeRef` (`$co[i]`). */
  markStmt(pos: number, codeRef: string): void {
    this.stmtCodes.set(pos, Number(/\d+/.exec(codeRef)![0]));
  }

  uid(prefix: string): string {
    return `${prefix}${this.n++}`;
  }

  code(name: string): string {
    this.codes.push(name);
    return `$co[${this.codes.length - 1}]`;
  }

  node(n: unknown): string {
    this.nodes.push(n);
    return `$N[${this.nodes.length - 1}]`;
  }

  konst(kind: 'int' | 'float' | 'bytes' | 'complex', text: string | number[]): string {
    this.consts.push({ kind, text });
    return `$K[${this.consts.length - 1}]`;
  }
}

export interface LoopInfo {
  /** Set when the loop has an else clause: a flag that break sets. */
  brokeFlag: string | null;
}

export class FnCtx {
  readonly temps: string[] = [];
  readonly loops: LoopInfo[] = [];
  /** JS variable holding the class namespace Map while compiling a class body. */
  classNs: string | null = null;
  /** JS variable holding the class being defined, for zero-argument super(). */
  superClass: string | null = null;
  /** JS name of the first parameter (self/cls), for zero-argument super(). */
  firstParam: string | null = null;
  /** JS variables holding exceptions being handled, innermost last. */
  readonly handling: string[] = [];
  constructor(
    readonly unit: Unit,
    readonly scope: Scope,
    readonly qualname: string,
    readonly codeRef: string,
    readonly parent: FnCtx | null,
  ) {}

  temp(): string {
    const t = this.unit.uid('$t');
    this.temps.push(t);
    return t;
  }

  /** The ctx whose JS function declares temps (comprehension arrows declare their own). */
  get isGenerator(): boolean {
    return this.scope.isGenerator;
  }
}

export function jsName(pyName: string): string {
  return `l_${pyName.replace(/\./g, '$')}`;
}
