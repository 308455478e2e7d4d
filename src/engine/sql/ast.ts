/**
 * The parser's output: unresolved expressions, logical plans and statements. Names are
 * not bound here (the parser never consults the catalog); `pos` is the start offset of the
 * construct in the SQL text, for error messages.
 */
import type { DataType } from '../types';

export type Expr =
  | { kind: 'literal'; value: unknown; type: DataType; text?: string; pos: number }
  | { kind: 'column'; parts: string[]; pos: number }
  | { kind: 'star'; qualifier: string[]; pos: number }
  | { kind: 'func'; name: string; args: Expr[]; distinct: boolean; filter?: Expr; over?: WindowSpec | string; ignoreNulls?: boolean; orderWithin?: SortOrder[]; fromIn?: boolean; fromSubstring?: boolean; pos: number }
  | { kind: 'binary'; op: string; left: Expr; right: Expr; pos: number }
  | { kind: 'unary'; op: string; expr: Expr; pos: number }
  | { kind: 'isNull'; expr: Expr; negated: boolean; pos: number }
  | { kind: 'isBool'; expr: Expr; value: boolean | null; negated: boolean; pos: number }
  | { kind: 'between'; expr: Expr; low: Expr; high: Expr; negated: boolean; pos: number }
  | { kind: 'in'; expr: Expr; list: Expr[]; negated: boolean; pos: number }
  | { kind: 'inSubquery'; exprs: Expr[]; plan: Plan; negated: boolean; pos: number }
  | { kind: 'exists'; plan: Plan; negated: boolean; pos: number }
  | { kind: 'scalarSubquery'; plan: Plan; pos: number }
  | { kind: 'like'; op: 'like' | 'ilike' | 'rlike'; expr: Expr; pattern: Expr; escape?: string; negated: boolean; quantifier?: 'any' | 'all'; patterns?: Expr[]; pos: number }
  | { kind: 'case'; operand?: Expr; branches: Array<[Expr, Expr]>; elseExpr?: Expr; pos: number }
  | { kind: 'cast'; expr: Expr; type: DataType; tryCast: boolean; pos: number }
  | { kind: 'alias'; expr: Expr; names: string[]; pos: number }
  | { kind: 'subscript'; expr: Expr; index: Expr; pos: number }
  | { kind: 'field'; expr: Expr; name: string; pos: number }
  | { kind: 'lambda'; params: string[]; body: Expr; pos: number }
  | { kind: 'distinctFrom'; left: Expr; right: Expr; negated: boolean; pos: number };

export interface SortOrder {
  expr: Expr;
  ascending: boolean;
  nullsFirst: boolean;
}

export interface WindowSpec {
  base?: string;
  partitionBy: Expr[];
  orderBy: SortOrder[];
  frame?: WindowFrame;
}

export type FrameBound =
  | { kind: 'unboundedPreceding' }
  | { kind: 'unboundedFollowing' }
  | { kind: 'currentRow' }
  | { kind: 'preceding'; offset: Expr }
  | { kind: 'following'; offset: Expr };

export interface WindowFrame {
  type: 'rows' | 'range';
  lower: FrameBound;
  upper: FrameBound;
}

export type JoinType = 'inner' | 'left' | 'right' | 'full' | 'semi' | 'anti' | 'cross';

export interface GroupBy {
  /** Every grouping expression, in first-seen order. */
  exprs: Expr[];
  /** Present for ROLLUP / CUBE / GROUPING SETS: the expanded grouping sets. */
  sets?: Expr[][];
  all?: boolean;
}

export interface LateralView {
  func: Expr;
  tableAlias: string;
  columnAliases: string[];
  outer: boolean;
}

export type Plan =
  | { kind: 'relation'; name: string[]; pos: number; end: number }
  | { kind: 'values'; rows: Expr[][]; pos: number }
  | { kind: 'tableFunction'; name: string; args: Expr[]; pos: number }
  | { kind: 'alias'; plan: Plan; alias: string; columns?: string[] }
  | { kind: 'select'; from?: Plan; items: Expr[]; where?: Expr; groupBy?: GroupBy; having?: Expr; distinct: boolean; windows: Record<string, WindowSpec>; lateralViews: LateralView[]; pos: number; hints?: Hint[] }
  | { kind: 'join'; left: Plan; right: Plan; type: JoinType; on?: Expr; using?: string[]; natural: boolean }
  | { kind: 'setOp'; op: 'union' | 'intersect' | 'except'; all: boolean; byName: boolean; left: Plan; right: Plan }
  | { kind: 'sort'; plan: Plan; orders: SortOrder[]; global: boolean }
  | { kind: 'limit'; plan: Plan; limit: Expr }
  | { kind: 'offset'; plan: Plan; offset: Expr }
  | { kind: 'with'; ctes: Array<{ name: string; columns?: string[]; plan: Plan }>; plan: Plan }
  | { kind: 'pivot'; plan: Plan; aggregates: Expr[]; column: Expr; values: Expr[] }
  | { kind: 'lateral'; plan: Plan; view: LateralView };

/** A hint comment's entry after SELECT, `NAME(args)` (REPARTITION, COALESCE, REPARTITION_BY_RANGE, ...). */
export interface Hint {
  readonly name: string;
  /** Arguments with their optional ASC/DESC/NULLS (REPARTITION_BY_RANGE reads them as sort orders). */
  readonly args: SortOrder[];
}

export type Statement =
  | { kind: 'query'; plan: Plan }
  | { kind: 'createView'; name: string[]; columns?: Array<{ name: string; comment?: string }>; plan: Plan; replace: boolean; temporary: boolean; global: boolean; ifNotExists: boolean; text: string }
  | { kind: 'createTable'; name: string[]; schema?: string; plan?: Plan; ifNotExists: boolean; replace: boolean; provider?: string; temporaryView?: boolean; options?: Record<string, string>; location?: string }
  | { kind: 'drop'; what: 'table' | 'view' | 'database' | 'function'; name: string[]; ifExists: boolean }
  | { kind: 'insert'; table: string[]; plan: Plan; overwrite: boolean; partition?: Array<[string, Expr | null]> }
  | { kind: 'show'; what: 'tables' | 'databases' | 'functions' | 'columns' | 'views'; from?: string[]; pattern?: string; table?: string[] }
  | { kind: 'describe'; table?: string[]; query?: Plan; extended: boolean; function?: string }
  | { kind: 'cache'; table: string[]; plan?: Plan; lazy: boolean }
  | { kind: 'uncache'; table: string[]; ifExists: boolean }
  | { kind: 'clearCache' }
  | { kind: 'explain'; statement: Statement; mode: string }
  | { kind: 'set'; key?: string; value?: string }
  | { kind: 'reset'; key?: string }
  | { kind: 'use'; database: string }
  | { kind: 'createDatabase'; name: string; ifNotExists: boolean }
  | { kind: 'unsupported'; text: string; what: string };
