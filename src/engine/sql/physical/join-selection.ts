/**
 * Spark 3.5's JoinSelection strategy: which physical join a logical join becomes. EXPLAIN
 * (explain.ts), the SQL tab's plan graph and the executors' stages (distributed.ts) all ask
 * this one function, so what is printed is what runs.
 *
 * With equi-join keys (ExtractEquiJoinKeys: `=` and `<=>` conjuncts with one side's columns on
 * each side):
 * - with hints: a BROADCAST side that the join type can build; else MERGE (sort-merge when the
 *   keys are orderable); else a SHUFFLE_HASH side; else SHUFFLE_REPLICATE_NL (cartesian, inner
 *   joins); else as without hints;
 * - without: broadcast hash join when a side the join type can build is at most
 *   spark.sql.autoBroadcastJoinThreshold (the smaller side when both are); shuffled hash join
 *   only when spark.sql.join.preferSortMergeJoin=false and a side is much smaller than the
 *   other and small enough for a local hash map; sort-merge join when the keys are orderable;
 *   a cartesian product for inner joins; else a broadcast nested loop join.
 * Without keys: a broadcast nested loop join when a side is small enough (or hinted), else a
 * cartesian product for inner joins, else a broadcast nested loop join anyway.
 *
 * Build sides per join type: broadcast hash builds the right side of inner / left outer /
 * left semi / left anti joins and the left side of inner / right outer ones (never for full
 * outer); shuffled hash builds either side of inner and outer joins and the right side of
 * semi / anti joins.
 */
import type { JoinType } from '../ast';
import type { DataType } from '../../types';
import type { JoinHint, LPlan } from '../logical';
import { extractEquiKeys } from './join-exec';
import type { EquiKeys } from './join-exec';
import { planStats } from './plan-stats';
import { confNumber } from './conf-bytes';

type JoinPlan = Extract<LPlan, { kind: 'join' }>;

export type BuildSide = 'left' | 'right';

export type JoinStrategy =
  | { readonly kind: 'broadcastHash'; readonly build: BuildSide }
  | { readonly kind: 'shuffledHash'; readonly build: BuildSide }
  | { readonly kind: 'sortMerge' }
  | { readonly kind: 'broadcastNestedLoop'; readonly build: BuildSide }
  | { readonly kind: 'cartesian' };

export interface JoinSelection {
  readonly strategy: JoinStrategy;
  readonly keys: EquiKeys;
}

/** spark.sql.autoBroadcastJoinThreshold (10 MB; negative turns size-based broadcasts off). */
export function broadcastThreshold(conf: ReadonlyMap<string, string>): number {
  return confNumber(conf, 'spark.sql.autoBroadcastJoinThreshold', 10 * 1024 * 1024);
}

const isInnerLike = (t: JoinType) => t === 'inner' || t === 'cross';

function canBuildBroadcastLeft(t: JoinType): boolean {
  return isInnerLike(t) || t === 'right';
}

function canBuildBroadcastRight(t: JoinType): boolean {
  return isInnerLike(t) || t === 'left' || t === 'semi' || t === 'anti';
}

function canBuildShuffledHashLeft(t: JoinType): boolean {
  return isInnerLike(t) || t === 'left' || t === 'right' || t === 'full';
}

/** Every join type Flint has can build a shuffled hash join on its right side. */
function canBuildShuffledHashRight(_t: JoinType): boolean {
  return true;
}

/** RowOrdering.isOrderable: every type but maps and intervals (structs and arrays of orderable types). */
export function isOrderable(t: DataType): boolean {
  switch (t.kind) {
    case 'map': case 'interval': return false;
    case 'array': return isOrderable(t.element);
    case 'struct': return t.fields.every((f) => isOrderable(f.type));
    default: return true;
  }
}

/** The size of a plan as a number of bytes (Long.MaxValue and beyond compare as such). */
function size(p: LPlan, conf: ReadonlyMap<string, string>): bigint {
  return planStats(p, conf).sizeInBytes;
}

function canBroadcastBySize(p: LPlan, conf: ReadonlyMap<string, string>): boolean {
  const s = size(p, conf);
  return s >= 0n && s <= BigInt(Math.floor(broadcastThreshold(conf)));
}

/** getSmallerSide: the right side unless the left one is strictly smaller. */
function smallerSide(j: JoinPlan, conf: ReadonlyMap<string, string>): BuildSide {
  return size(j.right, conf) <= size(j.left, conf) ? 'right' : 'left';
}

function buildSide(canLeft: boolean, canRight: boolean, j: JoinPlan, conf: ReadonlyMap<string, string>): BuildSide | null {
  if (canLeft && canRight) return smallerSide(j, conf);
  return canLeft ? 'left' : canRight ? 'right' : null;
}

const has = (h: JoinHint, side: BuildSide, s: string) => h[side] === s;
const either = (h: JoinHint, s: string) => h.left === s || h.right === s;

function broadcastSide(j: JoinPlan, hint: JoinHint, hintOnly: boolean, conf: ReadonlyMap<string, string>): BuildSide | null {
  const want = (side: BuildSide) => (hintOnly ? has(hint, side, 'broadcast') : canBroadcastBySize(side === 'left' ? j.left : j.right, conf));
  return buildSide(canBuildBroadcastLeft(j.type) && want('left'), canBuildBroadcastRight(j.type) && want('right'), j, conf);
}

function shuffledHashSide(j: JoinPlan, hint: JoinHint, hintOnly: boolean, conf: ReadonlyMap<string, string>): BuildSide | null {
  const preferSortMerge = conf.get('spark.sql.join.preferSortMergeJoin')?.toLowerCase() !== 'false';
  const threshold = BigInt(Math.floor(broadcastThreshold(conf)));
  const partitions = BigInt(Math.max(1, confNumber(conf, 'spark.sql.shuffle.partitions', 200)));
  const want = (side: BuildSide) => {
    if (hintOnly) return has(hint, side, 'shuffleHash');
    if (preferSortMerge) return false;
    // canBuildLocalHashMapBySize and muchSmaller (three times smaller).
    const [mine, other] = side === 'left' ? [j.left, j.right] : [j.right, j.left];
    return size(mine, conf) < threshold * partitions && size(mine, conf) * 3n <= size(other, conf);
  };
  return buildSide(canBuildShuffledHashLeft(j.type) && want('left'), canBuildShuffledHashRight(j.type) && want('right'), j, conf);
}

/** Spark's JoinSelection for `j` under the session settings `conf`. */
export function selectJoin(j: JoinPlan, conf: ReadonlyMap<string, string>): JoinSelection {
  const keys = extractEquiKeys(j.cond, j.left.output.length);
  const hint = j.hint ?? {};
  const hinted = hint.left !== undefined || hint.right !== undefined;
  return { keys, strategy: keys.left.length > 0 ? equiJoin(j, keys, hint, hinted, conf) : otherJoin(j, hint, hinted, conf) };
}

function equiJoin(j: JoinPlan, keys: EquiKeys, hint: JoinHint, hinted: boolean, conf: ReadonlyMap<string, string>): JoinStrategy {
  const broadcast = (hintOnly: boolean): JoinStrategy | null => {
    const b = broadcastSide(j, hint, hintOnly, conf);
    return b && { kind: 'broadcastHash', build: b };
  };
  const shuffledHash = (hintOnly: boolean): JoinStrategy | null => {
    const b = shuffledHashSide(j, hint, hintOnly, conf);
    return b && { kind: 'shuffledHash', build: b };
  };
  const sortMerge = (): JoinStrategy | null => (keys.left.every((k) => isOrderable(k.type)) ? { kind: 'sortMerge' } : null);
  const cartesian = (): JoinStrategy | null => (isInnerLike(j.type) ? { kind: 'cartesian' } : null);
  const withoutHint = (): JoinStrategy => broadcast(false) ?? shuffledHash(false) ?? sortMerge() ?? cartesian()
    ?? { kind: 'broadcastNestedLoop', build: hint.left === 'broadcast' ? 'left' : hint.right === 'broadcast' ? 'right' : smallerSide(j, conf) };
  if (!hinted) return withoutHint();
  return broadcast(true)
    ?? (either(hint, 'merge') ? sortMerge() : null)
    ?? shuffledHash(true)
    ?? (either(hint, 'shuffleReplicateNL') ? cartesian() : null)
    ?? withoutHint();
}

function otherJoin(j: JoinPlan, hint: JoinHint, hinted: boolean, conf: ReadonlyMap<string, string>): JoinStrategy {
  // Inner and full outer joins broadcast the smaller side; outer joins the side they preserve not.
  const desired: BuildSide = isInnerLike(j.type) || j.type === 'full' ? smallerSide(j, conf) : canBuildBroadcastLeft(j.type) ? 'left' : 'right';
  const nestedLoop = (hintOnly: boolean): JoinStrategy | null => {
    const want = (side: BuildSide) => (hintOnly ? has(hint, side, 'broadcast') : canBroadcastBySize(side === 'left' ? j.left : j.right, conf));
    const l = want('left');
    const r = want('right');
    const b: BuildSide | null = l && r ? desired : l ? 'left' : r ? 'right' : null;
    return b && { kind: 'broadcastNestedLoop', build: b };
  };
  const cartesian = (): JoinStrategy | null => (isInnerLike(j.type) ? { kind: 'cartesian' } : null);
  const withoutHint = (): JoinStrategy => nestedLoop(false) ?? cartesian() ?? { kind: 'broadcastNestedLoop', build: desired };
  if (!hinted) return withoutHint();
  return nestedLoop(true) ?? (either(hint, 'shuffleReplicateNL') ? cartesian() : null) ?? withoutHint();
}
