/**
 * The aggregate registry: each name maps to a builder that checks arguments and returns a
 * state factory. An operator creates one state per group and feeds it argument values;
 * window frames reuse the same states.
 */
import type { DataType } from '../types';
import type { BoundExpr } from './bound';
import { hashKey } from './compare';
import type { CallSite } from './functions/registry';
import { wrongArgs } from './functions/registry';

export interface AggState {
  update(vals: unknown[]): void;
  result(): unknown;
}

export interface BoundAggregate {
  readonly name: string;
  readonly args: BoundExpr[];
  readonly distinct: boolean;
  readonly filter: BoundExpr | null;
  readonly type: DataType;
  readonly nullable: boolean;
  readonly ignoreNulls: boolean;
  create(): AggState;
}

export type Builder = (args: BoundExpr[], site: CallSite, ignoreNulls: boolean) => Omit<BoundAggregate, 'distinct' | 'filter' | 'ignoreNulls'>;

const aggs = new Map<string, Builder>();
function reg(names: string[], b: Builder): void {
  for (const n of names) aggs.set(n, b);
}
/** For aggregate families defined in their own files (functions/aggregates-more.ts). */
export const registerAggregate: (names: string[], b: Builder) => void = reg;

export function isAggregateName(name: string): boolean {
  return aggs.has(name.toLowerCase());
}

export function buildAggregate(name: string, args: BoundExpr[], site: CallSite, distinct: boolean, filter: BoundExpr | null, ignoreNulls = false): BoundAggregate {
  const b = aggs.get(name.toLowerCase())!;
  const base = b(args, site, ignoreNulls);
  const create = distinct ? distinctWrap(base.create, base.args) : base.create;
  return { ...base, distinct, filter, ignoreNulls, create };
}

function distinctWrap(create: () => AggState, args: BoundExpr[]): () => AggState {
  const types = args.map((a) => a.type);
  return () => {
    const inner = create();
    const seen = new Set<string>();
    return {
      update(vals) {
        const k = vals.map((v, i) => hashKey(v, types[i]!)).join('\u0001');
        if (seen.has(k)) return;
        seen.add(k);
        inner.update(vals);
      },
      result: () => inner.result(),
    };
  };
}

export function arity(site: CallSite, args: BoundExpr[], min: number, max = min): void {
  if (args.length < min || args.length > max) throw wrongArgs(site, min === max ? String(min) : `[${min}, ${max}]`, args.length);
}
