/**
 * Plan size statistics as Spark 3.5 computes them without cost-based optimization
 * (`spark.sql.cbo.enabled=false`): SizeInBytesOnlyStatsPlanVisitor over the optimized plan.
 * JoinSelection reads them to decide whether a join side is small enough to broadcast.
 *
 * - leaves: Range is 8 bytes per row (LongType's default size) and knows its row count; a
 *   local relation (VALUES, the session's registered rows) is rows × (8 + the columns'
 *   default sizes); OneRowRelation is 1 byte; a DataFrame over Python data or an RDD is
 *   Spark's LogicalRDD, whose size is unknown: spark.sql.defaultSizeInBytes (Long.MaxValue);
 *   a file source is the sum of its files' sizes × spark.sql.sources.fileCompressionFactor;
 *   a cached relation is the plan it caches (its columnar buffers are not measured).
 * - unary operators that change the row width (Project, Filter, Window, Aggregate with keys):
 *   child size × output row size / child row size (at least 1); Aggregate without keys is one
 *   row; Sort, Distinct, Generate, Repartition keep the child's size.
 * - LIMIT n: n rows of the output (fewer when the child knows its row count); a LocalLimit
 *   keeps the child's size.
 * - joins: LEFT SEMI / ANTI are the left side; others the product of the sides' positive sizes.
 * - UNION: the sum; INTERSECT / EXCEPT: the left side (the semi / anti joins Spark's optimizer
 *   replaces them with).
 *
 * Flint's managed tables live in memory, not as Parquet files: their size is estimated as a
 * local relation's (rows × row size), where Spark would sum the table's files.
 */
import type { DataType } from '../../types';
import type { Attribute, LPlan } from '../logical';

/** spark.sql.defaultSizeInBytes: Long.MaxValue. */
export const DEFAULT_SIZE_IN_BYTES = 9223372036854775807n;

export interface PlanStats {
  readonly sizeInBytes: bigint;
  /** Known only for Range, global limits and aggregates without keys (as in Spark's visitor). */
  readonly rowCount: bigint | null;
}

/** DataType.defaultSize. */
export function defaultSize(t: DataType): number {
  switch (t.kind) {
    case 'null': case 'boolean': case 'byte': return 1;
    case 'short': return 2;
    case 'int': case 'float': case 'date': case 'yearmonth': return 4;
    case 'long': case 'double': case 'timestamp': case 'timestamp_ntz': case 'daytime': return 8;
    case 'decimal': return t.precision <= 18 ? 8 : 16;
    case 'string': return 20;
    case 'binary': return 100;
    case 'interval': return 16;
    case 'array': return defaultSize(t.element);
    case 'map': return defaultSize(t.key) + defaultSize(t.value);
    case 'struct': return t.fields.reduce((s, f) => s + defaultSize(f.type), 0);
    default: {
      const never: never = t;
      throw new Error(`unexpected type ${JSON.stringify(never)}`);
    }
  }
}

/** EstimationUtils.getSizePerRow: 8 bytes of row overhead plus each column's default size. */
export function sizePerRow(attrs: readonly Attribute[]): bigint {
  return BigInt(8 + attrs.reduce((s, a) => s + defaultSize(a.type), 0));
}

/** EstimationUtils.getOutputSize: rows × row size, at least 1. */
function outputSize(attrs: readonly Attribute[], rows: bigint): bigint {
  const size = rows * sizePerRow(attrs);
  return size === 0n ? 1n : size;
}

type Scan = Extract<LPlan, { kind: 'scan' }>;

/** Range's row count from its EXPLAIN arguments `(start, end, step=s, splits=n)`. */
function rangeRows(p: Scan): bigint | null {
  const m = /^\((-?\d+), (-?\d+), step=(-?\d+)/.exec(p.detail?.() ?? '');
  if (!m) return null;
  const [start, end, step] = [BigInt(m[1]!), BigInt(m[2]!), BigInt(m[3]!)];
  if (step === 0n) return 0n;
  const span = end - start;
  if ((span > 0n) !== (step > 0n) || span === 0n) return 0n;
  const n = span / step + (span % step === 0n ? 0n : 1n);
  return n < 0n ? 0n : n;
}

/** The files a file scan reads, summed (null when the splits are not known here). */
function fileBytes(p: Scan): bigint | null {
  const parts = p.files?.partitions();
  if (!parts) return null;
  const sizes = new Map<string, number>();
  for (const part of parts) {
    for (const split of part) {
      const s = split as { path?: unknown; size?: unknown };
      if (typeof s.path !== 'string' || typeof s.size !== 'number') return null;
      sizes.set(s.path, s.size);
    }
  }
  let total = 0;
  for (const v of sizes.values()) total += v;
  return BigInt(total);
}

/** Whether the scan is Spark's LogicalRDD: a DataFrame made from Python data or over an RDD. */
function isLogicalRdd(p: Scan): boolean {
  return p.origin?.kind === 'rdd';
}

/** spark.sql.defaultSizeInBytes (a byte count; Long.MaxValue unless set). */
function defaultSizeInBytes(conf: ReadonlyMap<string, string>): bigint {
  const v = conf.get('spark.sql.defaultSizeInBytes');
  if (v === undefined || !/^\s*\d+\s*$/.test(v)) return DEFAULT_SIZE_IN_BYTES;
  return BigInt(v.trim());
}

function leafStats(p: Scan, conf: ReadonlyMap<string, string>): PlanStats {
  if (p.cached) return planStats(p.cached.child, conf);
  if (p.name === 'Range') {
    const rows = rangeRows(p);
    return rows === null ? { sizeInBytes: defaultSizeInBytes(conf), rowCount: null } : { sizeInBytes: 8n * rows, rowCount: rows };
  }
  if (p.name === 'OneRowRelation') return { sizeInBytes: 1n, rowCount: null };
  const unknown: PlanStats = { sizeInBytes: defaultSizeInBytes(conf), rowCount: null };
  if (isLogicalRdd(p)) return unknown;
  if (p.files) {
    const bytes = fileBytes(p);
    if (bytes === null) return unknown;
    const factor = Number(conf.get('spark.sql.sources.fileCompressionFactor') ?? '1.0');
    return { sizeInBytes: BigInt(Math.floor(Number(bytes) * (Number.isFinite(factor) ? factor : 1))), rowCount: null };
  }
  // A local relation (VALUES, a registered view, a materialized view, a managed table): rows × row size.
  const rows = p.batches ? p.batches().reduce((s, b) => s + b.numRows, 0) : p.name === 'LocalRelation' ? p.rows().length : null;
  if (rows === null) return unknown;
  return { sizeInBytes: BigInt(rows) * sizePerRow(p.output), rowCount: null };
}

/** visitUnaryNode: the child's size scaled by the change of row width, at least 1. */
function unary(p: LPlan, child: LPlan, conf: ReadonlyMap<string, string>): PlanStats {
  const size = (planStats(child, conf).sizeInBytes * sizePerRow(p.output)) / sizePerRow(child.output);
  return { sizeInBytes: size === 0n ? 1n : size, rowCount: null };
}

const memo = new WeakMap<LPlan, { key: string; stats: PlanStats }>();

/** The plan's size statistics (memoized per node and the settings they read). */
export function planStats(p: LPlan, conf: ReadonlyMap<string, string> = new Map()): PlanStats {
  const key = `${conf.get('spark.sql.defaultSizeInBytes') ?? ''}|${conf.get('spark.sql.sources.fileCompressionFactor') ?? ''}`;
  const hit = memo.get(p);
  if (hit && hit.key === key) return hit.stats;
  const stats = compute(p, conf);
  memo.set(p, { key, stats });
  return stats;
}

function compute(p: LPlan, conf: ReadonlyMap<string, string>): PlanStats {
  switch (p.kind) {
    case 'scan': return leafStats(p, conf);
    case 'command': return { sizeInBytes: defaultSizeInBytes(conf), rowCount: null };
    case 'project': case 'filter': case 'window': return unary(p, p.child, conf);
    case 'aggregate': {
      if (p.groups.length === 0 && p.sets === null) return { sizeInBytes: outputSize(p.output, 1n), rowCount: 1n };
      // Grouping sets aggregate over Spark's Expand: one copy of the input per set.
      const s = unary(p, p.child, conf);
      return p.sets ? { sizeInBytes: s.sizeInBytes * BigInt(Math.max(1, p.sets.length)), rowCount: null } : s;
    }
    case 'sort': case 'distinct': case 'generate': case 'repartition': return { sizeInBytes: planStats(p.child, conf).sizeInBytes, rowCount: null };
    case 'limit': {
      const child = planStats(p.child, conf);
      if (p.local) return p.limit === 0 ? { sizeInBytes: 1n, rowCount: 0n } : { sizeInBytes: child.sizeInBytes, rowCount: child.rowCount };
      if (p.limit === Infinity) {
        // OFFSET alone: the child's rows less the offset, when known.
        if (child.rowCount === null) return child;
        const rows = child.rowCount > BigInt(p.offset) ? child.rowCount - BigInt(p.offset) : 0n;
        return { sizeInBytes: outputSize(p.output, rows), rowCount: rows };
      }
      const limit = BigInt(p.limit);
      const rows = child.rowCount !== null && child.rowCount < limit ? child.rowCount : limit;
      return { sizeInBytes: outputSize(p.output, rows), rowCount: rows };
    }
    case 'join': {
      if (p.type === 'semi' || p.type === 'anti') return planStats(p.left, conf);
      const sizes = [planStats(p.left, conf).sizeInBytes, planStats(p.right, conf).sizeInBytes].filter((x) => x > 0n);
      return { sizeInBytes: sizes.reduce((a, b) => a * b, 1n), rowCount: null };
    }
    case 'setOp': {
      const l = planStats(p.left, conf);
      if (p.op !== 'union') return { sizeInBytes: l.sizeInBytes, rowCount: null };
      const r = planStats(p.right, conf);
      return { sizeInBytes: l.sizeInBytes + r.sizeInBytes, rowCount: l.rowCount !== null && r.rowCount !== null ? l.rowCount + r.rowCount : null };
    }
    default: {
      const never: never = p;
      throw new Error(`unexpected ${JSON.stringify(never)}`);
    }
  }
}

/** Utils.bytesToString: one decimal in the largest binary unit the size reaches twice (`8.0 EiB`, `800.0 B`). */
export function bytesToString(size: bigint): string {
  // Beyond a long (a join's product of sizes): EiB up to 2048 EiB, then 3 significant digits in bytes.
  if (size > DEFAULT_SIZE_IN_BYTES) return size < 2048n << 60n ? `${tenths((size * 20n + (1n << 60n)) / (2n << 60n))} EiB` : `${significant3(size)} B`;
  const units: [string, bigint][] = [['EiB', 1n << 60n], ['PiB', 1n << 50n], ['TiB', 1n << 40n], ['GiB', 1n << 30n], ['MiB', 1n << 20n], ['KiB', 1n << 10n]];
  for (const [unit, scale] of units) {
    // One decimal, rounded half-up as Scala's %.1f does: tenths = round(size * 10 / scale).
    if (size >= 2n * scale) return `${tenths((size * 10n * 2n + scale) / (2n * scale))} ${unit}`;
  }
  return `${size}.0 B`;
}

/** BigDecimal(n, MathContext(3, HALF_UP)).toString for a positive integer: `123`, `1.23E+4`. */
function significant3(n: bigint): string {
  const digits = n.toString();
  if (digits.length <= 3) return digits;
  let head = (BigInt(digits.slice(0, 4)) + 5n) / 10n;
  let exp = digits.length - 1;
  if (head >= 1000n) {
    head /= 10n;
    exp++;
  }
  const h = head.toString();
  return `${h[0]}.${h.slice(1)}E+${exp}`;
}

function tenths(t: bigint): string {
  return `${t / 10n}.${t % 10n}`;
}

/** Statistics.simpleString: `Statistics(sizeInBytes=800.0 B, rowCount=100)`, the row count to 3 significant digits as BigDecimal prints it. */
export function statsText(s: PlanStats): string {
  if (s.rowCount === null) return `Statistics(sizeInBytes=${bytesToString(s.sizeInBytes)})`;
  return `Statistics(sizeInBytes=${bytesToString(s.sizeInBytes)}, rowCount=${significant3(s.rowCount)})`;
}

/**
 * EXPLAIN COST's optimized plan: `text` (one line per node, in pre-order: a join's left side
 * before its right) with each node's statistics appended.
 */
export function withStatsText(text: string, plan: LPlan, conf: ReadonlyMap<string, string>): string {
  const nodes: LPlan[] = [];
  const walk = (p: LPlan): void => {
    nodes.push(p);
    const r = p as { child?: LPlan; left?: LPlan; right?: LPlan };
    for (const c of r.left && r.right ? [r.left, r.right] : r.child ? [r.child] : []) walk(c);
  };
  walk(plan);
  const lines = text.split('\n');
  if (lines.length !== nodes.length) return text;
  return lines.map((l, i) => `${l}, ${statsText(planStats(nodes[i]!, conf))}`).join('\n');
}
