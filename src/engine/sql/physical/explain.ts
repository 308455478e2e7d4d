/**
 * EXPLAIN text in the shape Spark 3.5 prints with adaptive execution on: an
 * AdaptiveSparkPlan root, two-phase aggregates around hash exchanges, range exchanges
 * under global sorts, and `name#id` attribute references.
 */
import type { BoundAggregate, BoundExpr } from '../../expr';
import { splitConjuncts } from '../../expr';
import { formatValue, simpleString, sqlName } from '../../types';
import { newAttribute } from '../logical';
import type { Attribute, FileOrigin, LPlan, SortKey, WindowExpr } from '../logical';
import { mapChildren, remapRefs } from '../analyzer/rewrite';
import { isDeterministic } from './exec';
import { selectJoin } from './join-selection';
import type { EquiKeys } from './join-exec';

const INFIX = new Set(['+', '-', '*', '/', '%', '=', '<>', '<', '<=', '>', '>=', '<=>', '&', '|', '^', 'div']);

function attrText(a: Attribute): string {
  return `${a.name}#${a.id}${a.type.kind === 'long' ? 'L' : ''}`;
}

export function exprText(e: BoundExpr, input: readonly Attribute[]): string {
  const t = (x: BoundExpr) => exprText(x, input);
  switch (e.kind) {
    case 'literal': return e.value === null ? 'null' : formatValue(e.value, e.type);
    case 'ref': return input[e.index] ? attrText(input[e.index]!) : `input[${e.index}]`;
    case 'outerRef': return `outer(${e.index})`;
    case 'lambdaVar': return `lambda_${e.slot}`;
    case 'strict': case 'lenient': {
      const name = e.name.replace(/#.*$/, '');
      if (name === 'cast') return `cast(${t(e.args[0]!)} as ${sqlName(e.type).toLowerCase()})`;
      if (name === 'not') return `NOT ${t(e.args[0]!)}`;
      if (name === 'isnull' || name === 'isnotnull') return `${name}(${t(e.args[0]!)})`;
      if (INFIX.has(name) && e.args.length === 2) return `(${t(e.args[0]!)} ${name} ${t(e.args[1]!)})`;
      return `${name}(${e.args.map(t).join(', ')})`;
    }
    case 'and': return `(${t(e.left)} AND ${t(e.right)})`;
    case 'or': return `(${t(e.left)} OR ${t(e.right)})`;
    case 'coalesce': return `coalesce(${e.args.map(t).join(', ')})`;
    case 'case': return `CASE ${e.branches.map(([c, v]) => `WHEN ${t(c)} THEN ${t(v)}`).join(' ')}${e.elseExpr ? ` ELSE ${t(e.elseExpr)}` : ''} END`;
    case 'in': return `${t(e.expr)} IN (${e.list.map(t).join(',')})`;
    case 'subquery': return e.mode === 'scalar' ? 'scalar-subquery' : e.mode === 'exists' ? 'exists' : `${e.exprs.map(t).join(', ')} IN (list)`;
    case 'lambda': return `lambdafunction(${t(e.body)})`;
    case 'higherOrder': case 'stateful': return `${e.name}(${e.args.map(t).join(', ')})`;
    default: {
      const never: never = e;
      throw new Error(`unexpected ${JSON.stringify(never)}`);
    }
  }
}

function aggText(a: BoundAggregate, input: readonly Attribute[], partial: boolean): string {
  const args = a.args.map((x) => exprText(x, input)).join(', ');
  return `${partial ? 'partial_' : ''}${a.name}(${a.distinct ? 'distinct ' : ''}${args})`;
}

function sortText(k: SortKey, input: readonly Attribute[]): string {
  return `${exprText(k.expr, input)} ${k.ascending ? 'ASC' : 'DESC'} NULLS ${k.nullsFirst ? 'FIRST' : 'LAST'}`;
}

/** One operator of the physical plan as Spark prints it; `plan` is the logical node it stands for (none for the partial aggregates and exchanges around it). */
export interface PhysicalNode {
  text: string;
  children: PhysicalNode[];
  plan?: LPlan;
  /**
   * Which of the aggregates planned for one logical aggregate this is, below the final one:
   * the map-side `partial` one, and for a DISTINCT aggregate the `merge` of the partials and
   * the `partialDistinct` one over it; `distinctFinal` marks the exchange above that one.
   */
  phase?: 'partial' | 'merge' | 'partialDistinct' | 'distinctFinal';
  /** Printed as one of its parent's inner children (Spark's innerChildren: an InMemoryRelation and the plan it caches). */
  inner?: boolean;
  /** SparkPlan.id, from the session-wide counter (assignPlanIds); exchanges print it as `[plan_id=N]`. */
  planId?: number;
  /** The attributes the operator outputs where its plan does not say (the columns a scan reads, a final aggregate's results), for EXPLAIN FORMATTED. */
  output?: readonly Attribute[];
  /** A FileSourceScanExec's node name (`Scan csv spark_catalog.default.t`), metadata (sorted by key) and root paths, for EXPLAIN FORMATTED. */
  fileScan?: { name: string; metadata: readonly (readonly [string, string])[]; rootPaths: readonly string[] };
  /** A join's keys, type, build side and residual condition, for EXPLAIN FORMATTED. */
  join?: { left: string[]; right: string[]; type: string; build?: string; cond: string | null };
  /** A HashAggregate's Aggregate Attributes and Results (null: not listed), for EXPLAIN FORMATTED. */
  aggregate?: { attributes: string[]; results: string[] | null };
}
type Node = PhysicalNode;

/**
 * A final aggregate computing the projection `p` over it (Spark's resultExpressions): its output
 * is the projection's, its Results the projection's items over the grouping attributes and the
 * functions' result attributes (`count(1)#5L AS n#7L`, `(sum(v#1L)#6L + 1) AS s#8L`).
 */
function projectedResults(n: Node, p: Extract<LPlan, { kind: 'project' }>): void {
  n.output = resultAttributes(p);
  const agg = p.child;
  if (agg.kind !== 'aggregate' || !n.aggregate || agg.output.length !== agg.groups.length + agg.aggs.length) return;
  const input = agg.child.output;
  const names = agg.output.map((a, i) => (i < agg.groups.length ? a : plannerAlias(agg, `result:${i - agg.groups.length}`, aggText(agg.aggs[i - agg.groups.length]!, input, false), a.type)));
  const out = n.output;
  n.aggregate.results = p.exprs.map((e, i) => (e.kind === 'ref' && e.index < agg.groups.length && names[e.index]!.name === out[i]!.name ? attrText(names[e.index]!) : `${exprText(e, names)} AS ${attrText(out[i]!)}`));
}

/** A projection's output as Spark names it: a column kept under its own name stays its child's attribute. */
function resultAttributes(p: Extract<LPlan, { kind: 'project' }>): Attribute[] {
  return p.exprs.map((e, i) => (e.kind === 'ref' && p.child.output[e.index]?.name === p.output[i]!.name ? p.child.output[e.index]! : p.output[i]!));
}

function isIdentity(p: Extract<LPlan, { kind: 'project' }>): boolean {
  return p.exprs.length === p.child.output.length && p.exprs.every((e, i) => e.kind === 'ref' && e.index === i);
}

function build(p: LPlan): Node {
  const n = buildNode(p);
  if (p.kind === 'scan') standsFor(n, p);
  else n.plan ??= p;
  return n;
}

/** The physical plan's operator tree in Spark's shape (for the Spark UI's plan graph). */
export function physicalTree(p: LPlan, conf: ReadonlyMap<string, string> = new Map()): PhysicalNode {
  return withConf(conf, () => {
    const tree = build(p);
    assignPlanIds(tree);
    return tree;
  });
}

/**
 * SparkPlan.newPlanId's counter: JVM-global in Spark, so one counter for every session here,
 * advanced by each physical operator planned; the ids grow across the queries of a session.
 */
let lastPlanId = 0;

function isExchange(n: Node): boolean {
  const name = operatorName(n.text);
  return name === 'Exchange' || name === 'BroadcastExchange';
}

/** Gives every operator of `root` the next plan id: children first, the exchanges last (EnsureRequirements adds them once the rest is planned). */
function assignPlanIds(root: Node): void {
  const exchanges: Node[] = [];
  const walk = (n: Node): void => {
    n.children.forEach(walk);
    if (isExchange(n)) exchanges.push(n);
    else n.planId = ++lastPlanId;
  };
  walk(root);
  for (const e of exchanges) e.planId = ++lastPlanId;
}

/** An operator's text as explain prints it: ShuffleExchangeExec and BroadcastExchangeExec end their arguments with `[plan_id=N]` (Spark 3.4+). */
function printedText(n: Node): string {
  return isExchange(n) && n.planId !== undefined ? `${n.text}, [plan_id=${n.planId}]` : n.text;
}

type Scan = Extract<LPlan, { kind: 'scan' }>;

/** Operators Spark compiles into a WholeStageCodegen stage (CodegenSupport). */
const CODEGEN = new Set(['Project', 'Filter', 'HashAggregate', 'Sort', 'Scan', 'BroadcastHashJoin', 'Range', 'Generate', 'LocalLimit', 'ColumnarToRow', 'LocalTableScan', 'Expand']);

/** The operator's name: the first word of its text. */
export function operatorName(text: string): string {
  if (text === 'Execute Command') return 'Execute Command';
  return /^[A-Za-z]+/.exec(text)?.[0] ?? text;
}

/**
 * WholeStageCodegen stage ids as Spark's CollapseCodegenStages assigns them: a maximal run of
 * codegen operators is one stage, and a stage's inputs are numbered before it.
 */
export function codegenStages<T extends { readonly text: string; readonly children: readonly T[]; readonly inner?: boolean }>(root: T): Map<T, number> {
  const out = new Map<T, number>();
  const capable = (n: T) => CODEGEN.has(operatorName(n.text));
  // A cached relation's plan (an inner child) was planned on its own: its stages are numbered apart, from 1.
  const pending: T[] = [root];
  while (pending.length > 0) {
    let stage = 1;
    const mark = (n: T, id: number): void => {
      out.set(n, id);
      for (const c of n.children) if (!c.inner && capable(c)) mark(c, id);
    };
    const assign = (n: T, parentCapable: boolean): void => {
      for (const c of n.children) {
        if (c.inner) pending.push(c);
        else assign(c, capable(n));
      }
      // A LocalTableScan joins its parent's stage but never starts one (kept out for the driver's fast collect).
      if (capable(n) && !parentCapable && operatorName(n.text) !== 'LocalTableScan') mark(n, stage++);
    };
    assign(pending.shift()!, false);
  }
  return out;
}

/**
 * A scan reading `attrs` (the columns a pruning projection over it keeps), with the
 * predicates of a filter right above it (InMemoryTableScan lists them as Spark's does, a
 * file scan pushes them into its reader).
 */
function scanNode(p: Scan, attrs: readonly Attribute[], predicates: readonly BoundExpr[] = []): Node {
  const list = attrs.map(attrText).join(', ');
  if (p.cached) {
    const preds = predicates.length ? `, [${predicates.map((c) => exprText(c, attrs)).join(', ')}]` : '';
    const cachedPlan = build(p.cached.child);
    cachedPlan.inner = true;
    return { text: `InMemoryTableScan [${list}]${preds}`, output: attrs, children: [{ text: `InMemoryRelation [${p.output.map(attrText).join(', ')}], ${p.cached.storageLevel}`, children: [cachedPlan], inner: true }] };
  }
  if (p.origin?.kind === 'files') return fileScanNode(p, p.origin, attrs, predicates);
  if (p.name === 'LocalRelation' || p.name === 'OneRowRelation' || p.name === 'View') return { text: `LocalTableScan [${list}]`, children: [], output: attrs };
  if (p.name === 'Range') return { text: p.detail ? `Range ${p.detail()}` : 'Range', children: [], output: attrs };
  // A DataFrame made from Python data or an RDD is Spark's LogicalRDD: RDDScanExec lists its columns without spaces.
  // It reads every column: a narrower read shows as a Project over it (a filter's columns are the Filter's business).
  if (p.origin?.kind === 'rdd') {
    // Every column in order, maybe under the names toDF/createDataFrame gave them (Spark applies those to the RDD's schema).
    const all = attrs.length === p.output.length && attrs.every((a, i) => a.name === p.output[i]!.name || !p.output.some((o) => o.name === a.name));
    const full: Node = { text: `Scan ExistingRDD[${(all ? attrs : p.output).map(attrText).join(',')}]`, children: [], output: all ? attrs : p.output };
    return all || predicates.length > 0 ? full : { text: `Project [${list}]`, children: [full] };
  }
  return { text: `Scan ${p.name}[${list}]`, children: [], output: attrs };
}

/** Marks the node standing for scan `p`: a file scan's FileScan itself, under the ColumnarToRow a batched one has above it. */
function standsFor(n: Node, p: Scan): void {
  const leaf = operatorName(n.text) === 'ColumnarToRow' && n.children.length === 1 && operatorName(n.children[0]!.text) === 'FileScan' ? n.children[0]! : n;
  leaf.plan ??= p;
}

const FILE_FORMAT_NAMES: Record<string, string> = { csv: 'CSV', json: 'JSON', text: 'Text', parquet: 'Parquet', orc: 'ORC' };

/** Spark's StringUtils.abbreviate of a metadata value to spark.sql.maxMetadataStringLength (100). */
function abbreviate(v: string, max = 100): string {
  return v.length <= max ? v : `${v.slice(0, max - 3)}...`;
}

/** Utils.buildLocationMetadata: the root paths, appended while the text is shorter than the limit. */
function locationText(paths: readonly string[], max = 100): string {
  let out = `(${paths.length} paths)[`;
  for (let i = 0; i < paths.length && out.length < max; i++) out += `${i > 0 ? ', ' : ''}${paths[i]}`;
  return `InMemoryFileIndex${out}]`;
}

/** A literal as a data source Filter holds it (its Scala value): strings bare, dates and timestamps as Java prints them. */
function filterValue(e: BoundExpr): string | null {
  if (e.kind !== 'literal' || e.value === null) return null;
  const t = e.type.kind;
  if (t === 'string') return String(e.value);
  if (t === 'timestamp' || t === 'timestamp_ntz') {
    // java.sql.Timestamp.toString: yyyy-mm-dd hh:mm:ss.f (at least one fraction digit).
    const text = formatValue(e.value, e.type);
    return /\.\d+$/.test(text) ? text : `${text}.0`;
  }
  if (t === 'binary' || t === 'array' || t === 'map' || t === 'struct') return null;
  return formatValue(e.value, e.type);
}

const FLIPPED: Record<string, string> = { '<': '>', '>': '<', '<=': '>=', '>=': '<=', '=': '=', '<=>': '<=>' };
const SOURCE_FILTERS: Record<string, string> = { '=': 'EqualTo', '<=>': 'EqualNullSafe', '<': 'LessThan', '>': 'GreaterThan', '<=': 'LessThanOrEqual', '>=': 'GreaterThanOrEqual' };
const STRING_FILTERS: Record<string, string> = { startswith: 'StringStartsWith', endswith: 'StringEndsWith', contains: 'StringContains' };

/**
 * A predicate as DataSourceStrategy.translateFilter turns it into a data source Filter
 * (`IsNotNull(a)`, `GreaterThan(a,1)`, `In(a, [1,2])`, `Not(EqualTo(a,0))`), or null when it
 * cannot be pushed (it reads no plain column, or a function no source filter expresses).
 */
function sourceFilter(e: BoundExpr, input: readonly Attribute[]): string | null {
  const col = (x: BoundExpr): string | null => (x.kind === 'ref' && input[x.index] ? input[x.index]!.name : null);
  switch (e.kind) {
    case 'and': case 'or': {
      const l = sourceFilter(e.left, input);
      const r = sourceFilter(e.right, input);
      return l !== null && r !== null ? `${e.kind === 'and' ? 'And' : 'Or'}(${l},${r})` : null;
    }
    case 'in': {
      const c = col(e.expr);
      const values = e.list.map(filterValue);
      return c !== null && values.every((v) => v !== null) ? `In(${c}, [${values.join(',')}])` : null;
    }
    case 'strict': case 'lenient': {
      const name = e.name.replace(/#.*$/, '');
      const [a, b] = e.args;
      if (name === 'not' && a) {
        const inner = sourceFilter(a, input);
        return inner === null ? null : `Not(${inner})`;
      }
      if ((name === 'isnull' || name === 'isnotnull') && a && col(a) !== null) return `${name === 'isnull' ? 'IsNull' : 'IsNotNull'}(${col(a)})`;
      if (STRING_FILTERS[name] && a && b && col(a) !== null && filterValue(b) !== null) return `${STRING_FILTERS[name]}(${col(a)},${filterValue(b)})`;
      if (SOURCE_FILTERS[name] && a && b && e.args.length === 2) {
        if (col(a) !== null && filterValue(b) !== null) return `${SOURCE_FILTERS[name]}(${col(a)},${filterValue(b)})`;
        if (col(b) !== null && filterValue(a) !== null) return `${SOURCE_FILTERS[FLIPPED[name]!]}(${col(b)},${filterValue(a)})`;
      }
      return null;
    }
    default: return null;
  }
}

/**
 * Spark's FileSourceScanExec over a file source: `FileScan csv [a#0,b#1] Batched: false,
 * DataFilters: [...], Format: CSV, Location: InMemoryFileIndex(1 paths)[file:/x.csv],
 * PartitionFilters: [], PushedFilters: [...], ReadSchema: struct<a:int,b:string>`, the metadata
 * sorted by key. The filters are the deterministic predicates of the filter above the scan:
 * those on partition columns only prune directories, the others are the data filters and
 * those a source filter expresses are pushed into the reader. A Parquet scan of flat columns
 * reads column batches (Batched: true) turned into rows by the ColumnarToRow above it.
 */
function fileScanNode(p: Scan, origin: FileOrigin, attrs: readonly Attribute[], predicates: readonly BoundExpr[]): Node {
  const parts = new Set(origin.partitionColumns.map((c) => c.toLowerCase()));
  const isPart = (a: Attribute) => parts.has(a.name.toLowerCase());
  const usable = predicates.filter((c) => movable(c));
  const onParts = (c: BoundExpr) => {
    const used = new Set<number>();
    refsIn(c, used);
    return [...used].map((i) => attrs[i]).filter((a): a is Attribute => a !== undefined);
  };
  const partitionFilters = usable.filter((c) => onParts(c).length > 0 && onParts(c).every(isPart));
  const dataFilters = usable.filter((c) => !onParts(c).some(isPart));
  const pushed = dataFilters.map((c) => sourceFilter(c, attrs)).filter((f): f is string => f !== null);
  const readSchema = `struct<${attrs.filter((a) => !isPart(a)).map((a) => `${a.name}:${simpleString(a.type)}`).join(',')}>`;
  const batched = origin.format === 'parquet' && attrs.length <= 100 && attrs.every((a) => !['array', 'map', 'struct'].includes(a.type.kind));
  const list = (xs: readonly string[]) => `[${xs.join(', ')}]`;
  const metadata: [string, string][] = [
    ['Batched', String(batched)],
    ['DataFilters', list(dataFilters.map((c) => exprText(c, attrs)))],
    ['Format', FILE_FORMAT_NAMES[origin.format] ?? origin.format],
    ['Location', locationText(origin.rootPaths)],
    ['PartitionFilters', list(partitionFilters.map((c) => exprText(c, attrs)))],
    ['PushedFilters', list(pushed)],
    ['ReadSchema', readSchema],
  ];
  const scan: Node = {
    text: `FileScan ${origin.format} ${origin.table ?? ''}[${attrs.map(attrText).join(',')}] ${metadata.map(([k, v]) => `${k}: ${abbreviate(v)}`).join(', ')}`,
    children: [],
    plan: p,
    output: attrs,
    fileScan: { name: `Scan ${origin.format} ${origin.table ?? ''}`, metadata, rootPaths: origin.rootPaths },
  };
  return batched ? { text: 'ColumnarToRow', children: [scan] } : scan;
}

/** Whether a file scan gets predicate `c` (Spark's FileSourceStrategy takes the deterministic ones; spark_partition_id() is not). */
function movable(c: BoundExpr): boolean {
  let spid = false;
  const walk = (e: BoundExpr): BoundExpr => {
    if ((e.kind === 'strict' || e.kind === 'lenient') && e.name.replace(/#.*$/, '') === 'spark_partition_id') spid = true;
    return mapChildren(e, walk);
  };
  walk(c);
  return isDeterministic(c) && !spid;
}

/** Predicates that prune a file scan's directories and need no Filter above it (partition columns only). */
function partitionOnly(p: Scan, c: BoundExpr, attrs: readonly Attribute[]): boolean {
  if (p.cached || p.origin?.kind !== 'files' || !movable(c)) return false;
  const parts = new Set(p.origin.partitionColumns.map((x) => x.toLowerCase()));
  const used = new Set<number>();
  refsIn(c, used);
  return used.size > 0 && [...used].every((i) => attrs[i] !== undefined && parts.has(attrs[i]!.name.toLowerCase()));
}

/** A projection of the scan's columns under their own names: the scan reading only those (Spark's pruned scan). */
function prunedScan(p: LPlan): { scan: Scan; attrs: readonly Attribute[] } | null {
  if (p.kind === 'scan') return { scan: p, attrs: p.output };
  if (p.kind !== 'project' || p.child.kind !== 'scan') return null;
  const input = p.child.output;
  const plain = p.exprs.every((e, i) => e.kind === 'ref' && (isIdentity(p) || input[e.index]?.name === p.output[i]!.name));
  return plain ? { scan: p.child, attrs: p.output } : null;
}

/**
 * A filter over a scan as Spark's scan strategies plan it: the scan reads the columns at
 * `keep` (positions in `attrs`, the filter's input) and the condition's conjuncts are joined
 * again left to right: ((a AND b) AND c).
 */
function filteredScan(f: Extract<LPlan, { kind: 'filter' }>, scan: Scan, keep: readonly number[], attrs: readonly Attribute[]): Node {
  const cs = splitConjuncts(f.cond);
  const node = scanNode(scan, keep.map((i) => attrs[i]!), cs.map((c) => remapToKept(c, keep)));
  standsFor(node, scan);
  // FileSourceStrategy keeps in the Filter what the partition directories do not settle.
  const rest = cs.filter((c) => !partitionOnly(scan, c, attrs));
  if (rest.length === 0) return node;
  const cond = rest.reduce((l, r) => ({ kind: 'and', left: l, right: r, type: f.cond.type, nullable: true }));
  return { text: `Filter ${exprText(cond, attrs)}`, children: [node], plan: f };
}

function remapToKept(e: BoundExpr, keep: readonly number[]): BoundExpr {
  return remapRefs(e, (i) => keep.indexOf(i));
}

function refsIn(e: BoundExpr, out: Set<number>): void {
  if (e.kind === 'ref') out.add(e.index);
  else if (e.kind === 'and' || e.kind === 'or') {
    refsIn(e.left, out);
    refsIn(e.right, out);
  } else if (e.kind === 'strict' || e.kind === 'lenient' || e.kind === 'coalesce' || e.kind === 'higherOrder' || e.kind === 'stateful') e.args.forEach((a) => refsIn(a, out));
  else if (e.kind === 'case') {
    e.branches.forEach(([c, v]) => (refsIn(c, out), refsIn(v, out)));
    if (e.elseExpr) refsIn(e.elseExpr, out);
  } else if (e.kind === 'in') {
    refsIn(e.expr, out);
    e.list.forEach((x) => refsIn(x, out));
  } else if (e.kind === 'lambda') refsIn(e.body, out);
  else if (e.kind === 'subquery') out.add(-1);
}

/**
 * Columns projected over a filter over a scan: the scan reads what both read; the
 * projection shows only when it is not exactly those columns (Spark's pruneFilterProject).
 */
function columnsOverFilteredScan(p: Extract<LPlan, { kind: 'project' }>): Node | null {
  const f = p.child;
  if (f.kind !== 'filter' || !p.exprs.every((e) => e.kind === 'ref')) return null;
  const pruned = prunedScan(f.child);
  if (!pruned) return null;
  const used = new Set<number>();
  p.exprs.forEach((e) => refsIn(e, used));
  refsIn(f.cond, used);
  if (used.has(-1)) return null;
  const keep = [...used].sort((a, b) => a - b);
  const filtered = filteredScan(f, pruned.scan, keep, f.child.output);
  const same = p.exprs.length === keep.length && p.exprs.every((e, i) => e.kind === 'ref' && e.index === keep[i] && f.output[e.index]!.name === p.output[i]!.name);
  if (same) return filtered;
  const items = p.exprs.map((e, i) => (f.output[(e as { index: number }).index]?.name === p.output[i]!.name ? exprText(e, f.output) : `${exprText(e, f.output)} AS ${attrText(p.output[i]!)}`));
  return { text: `Project [${items.join(', ')}]`, children: [filtered] };
}

type WindowPlan = Extract<LPlan, { kind: 'window' }>;

function frameBound(v: number | null, lower: boolean): string {
  if (v === null) return lower ? 'unboundedpreceding$()' : 'unboundedfollowing$()';
  return v === 0 ? 'currentrow$()' : String(v);
}

/** A window expression as Spark prints it: `rank(v#2) windowspecdefinition(k#1, v#2 ASC NULLS FIRST, specifiedwindowframe(RowFrame, unboundedpreceding$(), currentrow$())) AS r#5`. */
function windowExprText(w: WindowExpr, input: readonly Attribute[], out: Attribute): string {
  const t = (x: BoundExpr) => exprText(x, input);
  const fn = w.fn;
  let call: string;
  let frame = `specifiedwindowframe(${w.frame.type === 'rows' ? 'RowFrame' : 'RangeFrame'}, ${frameBound(w.frame.lower, true)}, ${frameBound(w.frame.upper, false)})`;
  switch (fn.kind) {
    case 'agg': call = aggText(fn.agg, input, false); break;
    case 'rank': case 'dense_rank': case 'percent_rank': call = `${fn.kind}(${w.orderBy.map((k) => t(k.expr)).join(', ')})`; break;
    case 'row_number': case 'cume_dist': call = `${fn.kind}()`; break;
    case 'ntile': call = `ntile(${fn.buckets})`; break;
    case 'lag': case 'lead': {
      // Spark keeps lag's offset negated in the frame: lag(v, 1) reads the row at -1.
      const at = fn.kind === 'lag' ? -fn.offset : fn.offset;
      call = `${fn.kind}(${t(fn.input)}, ${at}, ${t(fn.defaultValue)})`;
      frame = `specifiedwindowframe(RowFrame, ${at}, ${at})`;
      break;
    }
    case 'nth_value': call = `nth_value(${t(fn.input)}, ${fn.n}, ${fn.ignoreNulls})`; break;
    default: {
      const never: never = fn;
      throw new Error(`unexpected ${JSON.stringify(never)}`);
    }
  }
  const spec = [...w.partitionBy.map(t), ...w.orderBy.map((k) => sortText(k, input)), frame].join(', ');
  return `${call} windowspecdefinition(${spec}) AS ${attrText(out)}`;
}

/** How a window at or below `p` (through projections and filters) left its rows: hash-partitioned by `parts`, sorted by `sort`. */
function windowLayout(p: LPlan): { parts: string; sort: string } | null {
  if (p.kind === 'project' || p.kind === 'filter') return windowLayout(p.child);
  if (p.kind !== 'window' || p.windows.length === 0) return null;
  const w = p.windows[p.windows.length - 1]!;
  const input = p.child.output;
  return {
    parts: w.partitionBy.map((e) => exprText(e, input)).join(', '),
    sort: [...w.partitionBy.map((e) => `${exprText(e, input)} ASC NULLS FIRST`), ...w.orderBy.map((k) => sortText(k, input))].join(', '),
  };
}

/**
 * A window as Spark plans it: one Window operator per (PARTITION BY, ORDER BY) spec, each over
 * the Sort it requires (partition keys, then the order), and the hash exchange on the partition
 * keys (one partition when there are none) below the first one; a further spec with the same
 * partition keys needs only its own Sort.
 */
/** `names`: the window's output as a renaming projection right above it names it. */
function windowNodes(p: WindowPlan, names: readonly Attribute[] = p.output): Node {
  const input = p.child.output;
  const outs = names.slice(input.length);
  const groups: { key: string; partitionBy: BoundExpr[]; orderBy: SortKey[]; items: string[] }[] = [];
  p.windows.forEach((w, i) => {
    const key = `${w.partitionBy.map((e) => exprText(e, input)).join(',')}|${w.orderBy.map((k) => sortText(k, input)).join(',')}`;
    let g = groups.find((x) => x.key === key);
    if (!g) groups.push(g = { key, partitionBy: w.partitionBy, orderBy: w.orderBy, items: [] });
    g.items.push(windowExprText(w, input, outs[i]!));
  });
  let node = build(p.child);
  // A window right below (through projections and filters) already partitioned and sorted the rows.
  const below = windowLayout(p.child);
  let partitioned = below?.parts ?? null;
  let sorted = below?.sort ?? null;
  for (const g of groups) {
    const parts = g.partitionBy.map((e) => exprText(e, input)).join(', ');
    if (partitioned !== parts) {
      node = { text: g.partitionBy.length ? `Exchange hashpartitioning(${parts}, 200), ENSURE_REQUIREMENTS` : 'Exchange SinglePartition, ENSURE_REQUIREMENTS', children: [node] };
      partitioned = parts;
      sorted = null;
    }
    const sortKeys = [...g.partitionBy.map((e) => `${exprText(e, input)} ASC NULLS FIRST`), ...g.orderBy.map((k) => sortText(k, input))].join(', ');
    // EnsureRequirements adds a Sort unless the rows are sorted by these keys already (a prefix of the order below).
    if (sortKeys && !(sorted !== null && (sorted === sortKeys || sorted.startsWith(`${sortKeys}, `)))) {
      node = { text: `Sort [${sortKeys}], false, 0`, children: [node] };
      sorted = sortKeys;
    }
    node = { text: `Window [${g.items.join(', ')}], [${parts}], [${g.orderBy.map((k) => sortText(k, input)).join(', ')}]`, children: [node] };
  }
  return node;
}

type AggregatePlan = Extract<LPlan, { kind: 'aggregate' }>;

/** A grouping key as the physical aggregates print it: as the map side computes it, and as the attribute the others read. */
interface GroupingKey {
  readonly computed: string;
  readonly attr: string;
}

/**
 * Attributes Spark's planner makes for an aggregate (aliases of grouping expressions and of
 * DISTINCT arguments that are not plain columns), made once per plan node so that EXPLAIN
 * prints the same ids every time.
 */
const plannerAliases = new WeakMap<LPlan, Map<string, Attribute>>();

function plannerAlias(owner: LPlan, key: string, name: string, type: Attribute['type']): Attribute {
  let m = plannerAliases.get(owner);
  if (!m) plannerAliases.set(owner, (m = new Map()));
  let a = m.get(key);
  if (!a) m.set(key, (a = newAttribute(name, type, true)));
  return a;
}

const FLOATING = new Set(['float', 'double']);

/**
 * Grouping expressions as Spark's Aggregation strategy names them: a column stays itself
 * (a float/double one normalized for grouping, under its own id: NormalizeFloatingNumbers),
 * another expression is aliased by its text under a fresh id (PhysicalAggregation).
 */
function groupingKeys(owner: LPlan, groups: readonly BoundExpr[], input: readonly Attribute[]): GroupingKey[] {
  return groups.map((g, i) => {
    const text = exprText(g, input);
    if (g.kind === 'ref' && input[g.index]) {
      const floating = FLOATING.has(g.type.kind);
      return { computed: floating ? `knownfloatingpointnormalized(normalizenanandzero(${text})) AS ${text}` : text, attr: text };
    }
    const alias = attrText(plannerAlias(owner, `group:${i}`, text, g.type));
    return { computed: `${FLOATING.has(g.type.kind) ? `knownfloatingpointnormalized(normalizenanandzero(${text}))` : text} AS ${alias}`, attr: alias };
  });
}

/** The DISTINCT arguments (literals aside) as Spark's planner names them: each under an alias with a fresh id unless it is a plain non-floating column. */
function distinctKeys(owner: LPlan, args: readonly BoundExpr[], input: readonly Attribute[]): (GroupingKey & { readonly arg: BoundExpr })[] {
  return args.filter((a) => a.kind !== 'literal').map((a, i) => {
    const text = exprText(a, input);
    const floating = FLOATING.has(a.type.kind);
    if (a.kind === 'ref' && input[a.index] && !floating) return { computed: text, attr: text, arg: a };
    // normalize() of a column keeps the column's name; of another expression, its text.
    const name = a.kind === 'ref' && input[a.index] ? input[a.index]!.name : text;
    const alias = attrText(plannerAlias(owner, `distinct:${i}`, name, a.type));
    return { computed: `${floating ? `knownfloatingpointnormalized(normalizenanandzero(${text}))` : text} AS ${alias}`, attr: alias, arg: a };
  });
}

function hashAggregate(keys: readonly string[], functions: readonly string[], child: Node): Node {
  return { text: `HashAggregate(keys=[${keys.join(', ')}], functions=[${functions.join(', ')}])`, children: [child] };
}

function exchangeOn(keys: readonly string[], child: Node): Node {
  return { text: keys.length ? `Exchange hashpartitioning(${keys.join(', ')}, 200), ENSURE_REQUIREMENTS` : 'Exchange SinglePartition, ENSURE_REQUIREMENTS', children: [child] };
}

/** AggUtils.planAggregateWithoutDistinct with the partial aggregate and exchange EnsureRequirements adds: final over exchange over partial. */
function twoPhaseAggregate(keys: readonly GroupingKey[], aggs: readonly BoundAggregate[], input: readonly Attribute[], child: Node, owner?: LPlan): Node {
  const attrs = keys.map((k) => k.attr);
  const partial = hashAggregate(keys.map((k) => k.computed), aggs.map((a) => aggText(a, input, true)), child);
  partial.phase = 'partial';
  const final = hashAggregate(attrs, aggs.map((a) => aggText(a, input, false)), exchangeOn(attrs, partial));
  if (owner) describeAggregates(owner, attrs, aggs, input, partial, final);
  return final;
}

/** The aggregation buffer of a function as Spark declares it (aggBufferAttributes), or null where Flint does not know it. */
function bufferSlots(a: BoundAggregate): [string, Attribute['type']][] | null {
  const long: Attribute['type'] = { kind: 'long' };
  const bool: Attribute['type'] = { kind: 'boolean' };
  switch (a.name) {
    case 'count': return [['count', long]];
    case 'sum': return a.type.kind === 'decimal' ? [['sum', a.type], ['isEmpty', bool]] : [['sum', a.type]];
    case 'avg': case 'mean': return [['sum', a.args[0]?.type.kind === 'decimal' ? a.args[0].type : { kind: 'double' }], ['count', long]];
    case 'min': case 'max': return [[a.name, a.type]];
    case 'first': case 'last': return [[a.name, a.type], ['valueSet', bool]];
    default: return null;
  }
}

/**
 * The attributes of a two-phase aggregate for EXPLAIN FORMATTED: the partial one's buffers
 * (Aggregate Attributes) and the buffers it outputs (Results, new ids: inputAggBufferAttributes),
 * the final one's result attributes (`count(1)#5L`), made once per plan node.
 */
function describeAggregates(owner: LPlan, keys: readonly string[], aggs: readonly BoundAggregate[], input: readonly Attribute[], partial: Node, final: Node): void {
  const slots = aggs.map(bufferSlots);
  if (slots.some((x) => x === null)) return;
  const buffers = slots.flatMap((xs, i) => xs!.map(([name, type], j) => attrText(plannerAlias(owner, `buffer:${i}:${j}`, name, type))));
  const shipped = slots.flatMap((xs, i) => xs!.map(([name, type], j) => attrText(plannerAlias(owner, `inputBuffer:${i}:${j}`, name, type))));
  partial.aggregate = { attributes: buffers, results: [...keys.map(outputName), ...shipped] };
  const results = aggs.map((a, i) => attrText(plannerAlias(owner, `result:${i}`, aggText(a, input, false), a.type)));
  final.aggregate = { attributes: results, results: null };
}

/**
 * The DISTINCT aggregates when they all read the same arguments (and have no FILTER): Spark
 * plans those with AggUtils.planAggregateWithOneDistinct, else it rewrites them with an Expand.
 */
function oneDistinctGroup(aggs: readonly BoundAggregate[], input: readonly Attribute[]): BoundAggregate | null {
  const distinct = aggs.filter((a) => a.distinct);
  if (distinct.length === 0 || distinct.some((a) => a.filter !== null)) return null;
  const args = (a: BoundAggregate) => a.args.filter((x) => x.kind !== 'literal').map((x) => exprText(x, input)).sort().join('\u0000');
  const first = args(distinct[0]!);
  return first !== '' && distinct.every((a) => args(a) === first) ? distinct[0]! : null;
}

/** Expression.sql of a column: its qualifier and name (Flint's internal subquery aliases are no qualifier of Spark's). */
function columnSql(a: Attribute): string {
  const quote = (x: string) => (/^[A-Za-z_][A-Za-z0-9_]*$/.test(x) ? x : `\`${x.replace(/`/g, '``')}\``);
  const qualifier = a.qualifier.some((q) => q.startsWith('__')) ? [] : a.qualifier;
  return [...qualifier, a.name].map(quote).join('.');
}

/**
 * DISTINCT aggregates over several groups of arguments, all aggregates DISTINCT and without
 * FILTER, as RewriteDistinctAggregates rewrites them: an Expand gives each group's rows its
 * arguments (the others null) and a group id, an aggregate on the keys, every distinct argument
 * and the id removes duplicates (partial, exchange, final), and the functions count the rows of
 * their group: count(if ((gid#9 = 1)) t.v#10 else null), partial then final. Null when the
 * aggregate is not of that kind (regular functions beside them, FILTER, more than four groups,
 * whose order Spark's hash map does not keep).
 */
function expandedDistinct(p: AggregatePlan, keys: readonly GroupingKey[], child: Node): Node | null {
  const input = p.child.output;
  if (p.aggs.some((a) => !a.distinct || a.filter !== null)) return null;
  const groups: { key: string; args: BoundExpr[] }[] = [];
  for (const a of p.aggs) {
    const args = a.args.filter((x) => x.kind !== 'literal');
    const key = args.map((x) => exprText(x, input)).sort().join('\u0000');
    if (args.length === 0) return null;
    if (!groups.some((g) => g.key === key)) groups.push({ key, args });
  }
  if (groups.length < 2 || groups.length > 4) return null;
  // Every distinct argument once, in order of appearance, as an attribute named by its SQL text.
  const children: { text: string; attr: string; expr: BoundExpr }[] = [];
  for (const g of groups) {
    for (const e of g.args) {
      const text = exprText(e, input);
      if (children.some((c) => c.text === text)) continue;
      const name = e.kind === 'ref' && input[e.index] ? columnSql(input[e.index]!) : text;
      children.push({ text, attr: attrText(plannerAlias(p, `expand:${children.length}`, name, e.type)), expr: e });
    }
  }
  const gid = attrText(plannerAlias(p, 'expand:gid', 'gid', { kind: 'int' }));
  const keyAttrs = keys.map((k) => k.attr);
  const projections = groups.map((g, i) => `[${[...keys.map((k) => k.attr), ...children.map((c) => (g.args.some((x) => exprText(x, input) === c.text) ? c.text : 'null')), String(i + 1)].join(', ')}]`);
  const expand: Node = { text: `Expand [${projections.join(', ')}], [${[...keyAttrs, ...children.map((c) => c.attr), gid].join(', ')}]`, children: [child] };
  const dedupKeys = [...keyAttrs, ...children.map((c) => c.attr), gid];
  // The map side groups floating values normalized, under their own ids (NormalizeFloatingNumbers).
  const computed = [...keys.map((k) => k.attr), ...children.map((c) => (FLOATING.has(c.expr.type.kind) ? `knownfloatingpointnormalized(normalizenanandzero(${c.attr})) AS ${c.attr}` : c.attr)), gid];
  const partial = hashAggregate(computed, [], expand);
  partial.phase = 'partial';
  const merged = hashAggregate(dedupKeys, [], exchangeOn(dedupKeys, partial));
  merged.phase = 'merge';
  const fn = (a: BoundAggregate, prefix: string) => {
    const g = groups.findIndex((x) => x.key === a.args.filter((y) => y.kind !== 'literal').map((y) => exprText(y, input)).sort().join('\u0000')) + 1;
    const args = a.args.map((x) => {
      const c = children.find((y) => y.text === exprText(x, input));
      return c ? `if ((${gid} = ${g})) ${c.attr} else null` : exprText(x, input);
    });
    return `${prefix}${a.name}(${args.join(', ')})`;
  };
  const partialFns = hashAggregate(keyAttrs, p.aggs.map((a) => fn(a, 'partial_')), merged);
  partialFns.phase = 'partialDistinct';
  const exchange = exchangeOn(keyAttrs, partialFns);
  exchange.phase = 'distinctFinal';
  return hashAggregate(keyAttrs, p.aggs.map((a) => fn(a, '')), exchange);
}

/**
 * An aggregate as Spark 3.5 plans it. Without DISTINCT: partial, exchange on the keys, final.
 * With one group of DISTINCT arguments, AggUtils.planAggregateWithOneDistinct's four
 * aggregates: (1) partial aggregation of the other functions keyed by the grouping keys plus
 * the distinct arguments, an exchange on those, (2) their merge on the same keys, (3) the
 * distinct functions' partial aggregation (their inputs now distinct) with the others merged,
 * keyed by the grouping keys, an exchange on them, (4) the final aggregation.
 */
function aggregateNodes(p: AggregatePlan): Node {
  const input = p.child.output;
  const keys = groupingKeys(p, p.groups, input);
  const child = build(p.child);
  const distinct = oneDistinctGroup(p.aggs, input);
  if (!distinct) return p.aggs.some((a) => a.distinct) && p.sets === null ? expandedDistinct(p, keys, child) ?? twoPhaseAggregate(keys, p.aggs, input, child) : twoPhaseAggregate(keys, p.aggs, input, child, p);
  const dkeys = distinctKeys(p, distinct.args, input);
  const others = p.aggs.filter((a) => !a.distinct);
  const distinctAggs = p.aggs.filter((a) => a.distinct);
  // The distinct functions read the distinct arguments' attributes once they are computed below.
  const over = (a: BoundAggregate, prefix: string): string => {
    const args = a.args.map((x) => {
      const k = dkeys.find((d) => exprText(d.arg, input) === exprText(x, input));
      return k ? k.attr : exprText(x, input);
    });
    return `${prefix}${a.name}(distinct ${args.join(', ')})`;
  };
  const attrs = keys.map((k) => k.attr);
  const both = [...attrs, ...dkeys.map((k) => k.attr)];
  const partial = hashAggregate([...keys.map((k) => k.computed), ...dkeys.map((k) => k.computed)], others.map((a) => aggText(a, input, true)), child);
  partial.phase = 'partial';
  const merged = hashAggregate(both, others.map((a) => `merge_${aggText(a, input, false)}`), exchangeOn(both, partial));
  merged.phase = 'merge';
  const partialDistinct = hashAggregate(attrs, [...others.map((a) => `merge_${aggText(a, input, false)}`), ...distinctAggs.map((a) => over(a, 'partial_'))], merged);
  partialDistinct.phase = 'partialDistinct';
  const exchange = exchangeOn(attrs, partialDistinct);
  exchange.phase = 'distinctFinal';
  return hashAggregate(attrs, [...others.map((a) => aggText(a, input, false)), ...distinctAggs.map((a) => over(a, ''))], exchange);
}

/** The session settings of the plan being printed (join selection and shuffle partitions read them). */
let explainConf: ReadonlyMap<string, string> = new Map();

function withConf<T>(conf: ReadonlyMap<string, string>, f: () => T): T {
  const prev = explainConf;
  explainConf = conf;
  try {
    return f();
  } finally {
    explainConf = prev;
  }
}

const JOIN_TYPES = { inner: 'Inner', left: 'LeftOuter', right: 'RightOuter', full: 'FullOuter', semi: 'LeftSemi', anti: 'LeftAnti', cross: 'Cross' } as const;

const INTEGRAL_SIZES: Readonly<Record<string, number>> = { byte: 1, short: 2, int: 4, long: 8 };

/** Whether `side` keeps only rows where column `i` is not null (a filter with isnotnull(i) right under it, through projections). */
function nonNullAt(side: LPlan, i: number): boolean {
  if (side.kind === 'project') {
    const e = side.exprs[i];
    return e?.kind === 'ref' ? nonNullAt(side.child, e.index) : false;
  }
  if (side.kind !== 'filter') return false;
  return splitConjuncts(side.cond).some((c) => (c.kind === 'strict' || c.kind === 'lenient') && c.name === 'isnotnull' && c.args[0]?.kind === 'ref' && c.args[0].index === i) || nonNullAt(side.child, i);
}

/**
 * A build side's keys as HashedRelationBroadcastMode prints them: BoundReferences
 * `input[i, type, nullable]`, integral keys packed into one bigint as HashJoin.rewriteKeyExpr does.
 */
function broadcastKeysText(keys: readonly BoundExpr[], side: LPlan): string {
  const attrs = side.output;
  // Column references print as BoundReferences: each attribute's text replaced by `input[i, type, nullable]`.
  const bound = (e: BoundExpr): string => attrs.reduce((text, a, i) => text.replace(new RegExp(`${attrText(a).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\d)`, 'g'), `input[${i}, ${sqlName(a.type).toLowerCase()}, ${a.nullable && !nonNullAt(side, i)}]`), exprText(e, attrs));
  const sizes = keys.map((k) => INTEGRAL_SIZES[k.type.kind]);
  if (sizes.every((n) => n !== undefined) && sizes.reduce((a, b) => a! + b!, 0)! <= 8) {
    const asLong = (e: BoundExpr) => (e.type.kind === 'long' ? bound(e) : `cast(${bound(e)} as bigint)`);
    let text = asLong(keys[0]!);
    for (const k of keys.slice(1)) {
      const bits = INTEGRAL_SIZES[k.type.kind]! * 8;
      text = `(shiftleft(${text}, ${bits}) | (cast(${bound(k)} as bigint) & ${(1n << BigInt(bits)) - 1n}))`;
    }
    return text;
  }
  return keys.map(bound).join(', ');
}

/**
 * Whether `side` leaves its rows hash-partitioned by exactly `keys`: an aggregate grouped by
 * those columns (in order), maybe under projections renaming them (Spark's aggregates keep
 * their partitioning through the aliases of their result expressions).
 */
function partitionedBy(side: LPlan, keys: readonly BoundExpr[]): boolean {
  let idx = keys.map((k) => (k.kind === 'ref' ? k.index : -1));
  let cur = side;
  for (;;) {
    if (idx.some((i) => i < 0)) return false;
    if (cur.kind === 'project') {
      const exprs = cur.exprs;
      idx = idx.map((i) => {
        const e = exprs[i];
        return e?.kind === 'ref' ? e.index : -1;
      });
      cur = cur.child;
    } else if (cur.kind === 'filter') {
      cur = cur.child;
    } else {
      return cur.kind === 'aggregate' && cur.sets === null && cur.groups.length === idx.length && idx.every((i, n) => i === n);
    }
  }
}

/** EnsureRequirements' hash exchange on `keys` below a shuffled join's side, unless the side is already partitioned by them. */
function hashExchange(child: Node, keys: string, side?: LPlan, keyExprs?: readonly BoundExpr[]): Node {
  if (child.text.startsWith(`HashAggregate(keys=[${keys}],`)) return child;
  if (side && keyExprs && partitionedBy(side, keyExprs)) return child;
  const n = Math.max(1, Number(explainConf.get('spark.sql.shuffle.partitions') ?? 200) || 200);
  return { text: `Exchange hashpartitioning(${keys}, ${n}), ENSURE_REQUIREMENTS`, children: [child] };
}

/**
 * A join as JoinSelection plans it (join-selection.ts): Spark's operator and argument strings
 * (`SortMergeJoin [k#1L], [j#3L], Inner[, cond]`; `BroadcastHashJoin leftKeys, rightKeys, type,
 * BuildRight[, cond], false`; ...), with the exchanges and sorts EnsureRequirements adds.
 */
function joinNode(p: Extract<LPlan, { kind: 'join' }>): Node {
  const jt = JOIN_TYPES[p.type];
  const all = [...p.left.output, ...p.right.output];
  const { strategy, keys } = selectJoin(p, explainConf);
  const side = (ks: readonly BoundExpr[], attrs: readonly Attribute[]) => ks.map((k) => exprText(k, attrs)).join(', ');
  const lk = side(keys.left, p.left.output);
  const rk = side(keys.right, p.right.output);
  const residual = (k: EquiKeys) => (k.residual ? exprText(k.residual, all) : null);
  const cond = residual(keys);
  const left = build(p.left);
  const right = build(p.right);
  const build_ = (b: 'left' | 'right') => (b === 'left' ? 'BuildLeft' : 'BuildRight');
  const broadcast = (n: Node, mode: string): Node => ({ text: `BroadcastExchange ${mode}`, children: [n] });
  switch (strategy.kind) {
    case 'broadcastHash': {
      const mode = (ks: readonly BoundExpr[], s: LPlan) => `HashedRelationBroadcastMode(List(${broadcastKeysText(ks, s)}),false)`;
      const children = strategy.build === 'left' ? [broadcast(left, mode(keys.left, p.left)), right] : [left, broadcast(right, mode(keys.right, p.right))];
      return { text: `BroadcastHashJoin [${lk}], [${rk}], ${jt}, ${build_(strategy.build)}, ${cond ? `${cond}, ` : ''}false`, children };
    }
    case 'shuffledHash':
      return { text: `ShuffledHashJoin [${lk}], [${rk}], ${jt}, ${build_(strategy.build)}${cond ? `, ${cond}` : ''}`, children: [hashExchange(left, lk, p.left, keys.left), hashExchange(right, rk, p.right, keys.right)] };
    case 'sortMerge': {
      const sorted = (n: Node, ks: readonly BoundExpr[], side: LPlan, text: string): Node => ({
        text: `Sort [${ks.map((k) => `${exprText(k, side.output)} ASC NULLS FIRST`).join(', ')}], false, 0`,
        children: [hashExchange(n, text, side, ks)],
      });
      return { text: `SortMergeJoin [${lk}], [${rk}], ${jt}${cond ? `, ${cond}` : ''}`, children: [sorted(left, keys.left, p.left, lk), sorted(right, keys.right, p.right, rk)] };
    }
    case 'broadcastNestedLoop': {
      const whole = p.cond ? `, ${exprText(p.cond, all)}` : '';
      const children = strategy.build === 'left' ? [broadcast(left, 'IdentityBroadcastMode'), right] : [left, broadcast(right, 'IdentityBroadcastMode')];
      return { text: `BroadcastNestedLoopJoin ${build_(strategy.build)}, ${jt}${whole}`, children };
    }
    case 'cartesian':
      return { text: `CartesianProduct${p.cond ? ` ${exprText(p.cond, all)}` : ''}`, children: [left, right] };
    default: {
      const never: never = strategy;
      throw new Error(`unexpected ${JSON.stringify(never)}`);
    }
  }
}

/** Records the join's keys, type, build side and condition on its node (EXPLAIN FORMATTED prints them as fields). */
function withJoinInfo(p: Extract<LPlan, { kind: 'join' }>, n: Node): Node {
  const { strategy, keys } = selectJoin(p, explainConf);
  const all = [...p.left.output, ...p.right.output];
  const build = 'build' in strategy ? (strategy.build === 'left' ? 'BuildLeft' : 'BuildRight') : undefined;
  const keyed = strategy.kind === 'broadcastHash' || strategy.kind === 'shuffledHash' || strategy.kind === 'sortMerge';
  n.join = keyed
    ? { left: keys.left.map((k) => exprText(k, p.left.output)), right: keys.right.map((k) => exprText(k, p.right.output)), type: JOIN_TYPES[p.type], build: strategy.kind === 'sortMerge' ? undefined : build, cond: keys.residual ? exprText(keys.residual, all) : null }
    // CartesianProductExec is always an Inner join.
    : { left: [], right: [], type: strategy.kind === 'cartesian' ? 'Inner' : JOIN_TYPES[p.type], build: strategy.kind === 'broadcastNestedLoop' ? build : undefined, cond: p.cond ? exprText(p.cond, all) : null };
  return n;
}

function buildNode(p: LPlan): Node {
  switch (p.kind) {
    case 'scan': return scanNode(p, p.output);
    case 'command': return { text: 'Execute Command', children: [] };
    case 'project': {
      // A projection of columns over a scan reads as the scan of those (maybe renamed) attributes.
      const pruned = prunedScan(p);
      if (pruned) {
        const scan = scanNode(pruned.scan, pruned.attrs);
        standsFor(scan, pruned.scan);
        return scan;
      }
      if (p.child.kind === 'window') {
        // Spark's Window outputs its expressions under the aliases the projection above gives them.
        const win = p.child;
        const names = [...win.output];
        p.exprs.forEach((e, i) => {
          if (e.kind === 'ref' && e.index >= win.child.output.length) names[e.index] = p.output[i]!;
        });
        const w = windowNodes(win, names);
        w.plan = win;
        w.output = names;
        if (isIdentity(p)) return w;
        const items = p.exprs.map((e, i) => (e.kind === 'ref' && (e.index >= win.child.output.length || win.output[e.index]?.name === p.output[i]!.name) ? attrText(p.output[i]!) : `${exprText(e, names)} AS ${attrText(p.output[i]!)}`));
        return { text: `Project [${items.join(', ')}]`, children: [w] };
      }
      if (isIdentity(p)) {
        const n = build(p.child);
        // The aggregate outputs its results under the projection's names (its resultExpressions).
        if (p.child.kind === 'aggregate') projectedResults(n, p);
        return n;
      }
      const overFilter = columnsOverFilteredScan(p);
      if (overFilter) return overFilter;
      // Spark computes an aggregate's result expressions inside the final HashAggregate: no Project shows above it.
      if (p.child.kind === 'aggregate') {
        const agg = build(p.child);
        projectedResults(agg, p);
        return agg;
      }
      const items = p.exprs.map((e, i) => (e.kind === 'ref' && p.child.output[e.index]?.name === p.output[i]!.name ? exprText(e, p.child.output) : `${exprText(e, p.child.output)} AS ${attrText(p.output[i]!)}`));
      if (p.child.kind === 'scan' && !p.child.cached && p.child.name !== 'Range') {
        // The scan reads only the columns the projection does (Spark's pruned scan).
        const used = new Set<number>();
        p.exprs.forEach((e) => refsIn(e, used));
        if (!used.has(-1)) {
          const scan = scanNode(p.child, p.child.output.filter((_, i) => used.has(i)));
          standsFor(scan, p.child);
          return { text: `Project [${items.join(', ')}]`, children: [scan] };
        }
      }
      return { text: `Project [${items.join(', ')}]`, children: [build(p.child)] };
    }
    case 'filter': {
      const pruned = prunedScan(p.child);
      if (!pruned) return { text: `Filter ${exprText(p.cond, p.child.output)}`, children: [build(p.child)] };
      return filteredScan(p, pruned.scan, pruned.attrs.map((_, i) => i), pruned.attrs);
    }
    case 'aggregate': return aggregateNodes(p);
    case 'window': return windowNodes(p);
    case 'sort': {
      const keys = p.keys.map((k) => sortText(k, p.child.output)).join(', ');
      const child = build(p.child);
      return { text: `Sort [${keys}], ${p.global}, 0`, children: [p.global ? { text: `Exchange rangepartitioning(${keys}, 200), ENSURE_REQUIREMENTS`, children: [child] } : child] };
    }
    case 'limit': {
      // ORDER BY + LIMIT (maybe through a projection) is one bounded top-N, as the planner runs it.
      const c = p.child;
      const sort = c.kind === 'sort' && c.global ? c : c.kind === 'project' && c.child.kind === 'sort' && c.child.global ? c.child : null;
      if (p.limit !== Infinity && sort) {
        const orderBy = sort.keys.map((k) => sortText(k, sort.child.output)).join(',');
        const offset = p.offset > 0 ? ` offset=${p.offset},` : '';
        return { text: `TakeOrderedAndProject(limit=${p.limit},${offset} orderBy=[${orderBy}], output=[${p.output.map(attrText).join(',')}])`, children: [build(sort.child)] };
      }
      if (p.local) return { text: `LocalLimit ${p.limit}`, children: [build(p.child)] };
      return { text: p.limit === Infinity ? `CollectLimit ${p.offset}` : `CollectLimit ${p.limit}`, children: [build(p.child)] };
    }
    case 'join': return withJoinInfo(p, joinNode(p));
    case 'setOp': return { text: p.op === 'union' ? 'Union' : p.op === 'intersect' ? 'Intersect' : 'Except', children: [build(p.left), build(p.right)] };
    case 'distinct': {
      // ReplaceDistinctWithAggregate: an aggregate on every column, planned in two phases around the exchange.
      const keys = p.child.output.map((_, i): BoundExpr => ({ kind: 'ref', index: i, type: p.child.output[i]!.type, nullable: p.child.output[i]!.nullable }));
      return twoPhaseAggregate(groupingKeys(p, keys, p.child.output), [], p.child.output, build(p.child));
    }
    case 'repartition': {
      const attrs = p.child.output;
      const keys = p.mode === 'hash' ? `hashpartitioning(${p.exprs.map((e) => exprText(e, attrs)).join(', ')}, ${p.num})`
        : p.mode === 'range' ? `rangepartitioning(${p.keys.map((k) => sortText(k, attrs)).join(', ')}, ${p.num})` : `RoundRobinPartitioning(${p.num})`;
      return { text: p.mode === 'coalesce' ? `Coalesce ${p.num}` : `Exchange ${keys}, REPARTITION_BY_NUM`, children: [build(p.child)] };
    }
    case 'generate': return { text: `Generate ${exprText(p.generator, p.child.output)}, [${p.output.slice(p.child.output.length).map(attrText).join(', ')}]`, children: [build(p.child)] };
    default: {
      const never: never = p;
      throw new Error(`unexpected ${JSON.stringify(never)}`);
    }
  }
}

/**
 * Whether Spark's InsertAdaptiveSparkPlan applies: the plan shuffles (aggregates, windows,
 * global sorts, joins, set operations other than UNION, repartitions). A cached relation's
 * own plan does not count.
 */
function shuffles(p: LPlan): boolean {
  switch (p.kind) {
    case 'aggregate': case 'window': case 'join': case 'distinct': return true;
    case 'sort': return p.global || shuffles(p.child);
    case 'repartition': return p.mode !== 'coalesce' || shuffles(p.child);
    case 'setOp': return p.op !== 'union' || !p.all || shuffles(p.left) || shuffles(p.right);
    case 'scan': case 'command': return false;
    default: return shuffles(p.child);
  }
}

/** The physical plan's text; `conf`: the session settings join selection reads (autoBroadcastJoinThreshold, ...). */
export function explainPlan(p: LPlan, conf: ReadonlyMap<string, string> = new Map()): string {
  return withConf(conf, () => explainText(p));
}

function explainText(p: LPlan): string {
  // Without adaptive execution the plan is printed after CollapseCodegenStages (`*(1) Project [...]`); an
  // AdaptiveSparkPlan prints its initial plan without them. A cached plan was planned on its own, without AQE.
  const adaptive = shuffles(p);
  const tree = build(p);
  assignPlanIds(tree);
  const stages = codegenStages(tree);
  const lines: string[] = adaptive ? ['AdaptiveSparkPlan isFinalPlan=false'] : [];
  // TreeNode.generateTreeString: `last` says, per level, whether the node there is its parent's last child;
  // inner children come first, a level deeper, after a level saying whether the node has other children.
  const write = (n: Node, last: readonly boolean[], cached: boolean): void => {
    const prefix = last.length === 0 ? '' : `${last.slice(0, -1).map((l) => (l ? '   ' : ':  ')).join('')}${last[last.length - 1] ? '+- ' : ':- '}`;
    const stage = cached || !adaptive ? stages.get(n) : undefined;
    lines.push(`${prefix}${stage === undefined ? printedText(n) : `*(${stage}) ${printedText(n)}`}`);
    const inner = n.children.filter((c) => c.inner);
    const regular = n.children.filter((c) => !c.inner);
    inner.forEach((c, i) => write(c, [...last, regular.length === 0, i === inner.length - 1], true));
    regular.forEach((c, i) => write(c, [...last, i === regular.length - 1], cached));
  };
  write(tree, adaptive ? [true] : [], false);
  return `== Physical Plan ==\n${lines.join('\n')}\n\n`;
}

/** Splits an argument list at its top-level `sep` (not inside brackets or parentheses). */
function splitTop(text: string, sep = ', '): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (depth === 0 && text.startsWith(sep, i)) {
      out.push(text.slice(start, i));
      start = i + sep.length;
      i += sep.length - 1;
    }
  }
  if (text.length > start) out.push(text.slice(start));
  return out;
}

/** The bracketed list starting at `text[at]` (`[...]`), without its brackets. */
function bracketAt(text: string, at: number): string {
  let depth = 0;
  for (let i = at; i < text.length; i++) {
    if (text[i] === '[' || text[i] === '(') depth++;
    else if (text[i] === ']' || text[i] === ')') {
      depth--;
      if (depth === 0) return text.slice(at + 1, i);
    }
  }
  return text.slice(at + 1);
}

/** The attribute a named expression outputs: `x#1` itself, `expr AS name#2` its alias. */
function outputName(item: string): string {
  const at = item.lastIndexOf(' AS ');
  return at < 0 ? item : item.slice(at + 4);
}

/** SparkPlan.nodeName of an operator: a file scan is `Scan csv <table>`, an RDD or table scan `Scan <name>`. */
function nodeName(n: Node): string {
  if (n.fileScan) return n.fileScan.name;
  const name = operatorName(n.text);
  if (name === 'Scan') return n.text.slice(0, n.text.indexOf('[') < 0 ? undefined : n.text.indexOf('['));
  return name;
}

/** Operators whose output is their child's. */
const PASS_THROUGH = new Set(['Filter', 'Sort', 'Exchange', 'BroadcastExchange', 'LocalLimit', 'CollectLimit', 'GlobalLimit', 'ColumnarToRow', 'Coalesce']);

/** The attributes an operator outputs as EXPLAIN FORMATTED lists them, or null where Flint does not model them (a partial aggregate's buffers). */
function outputOf(n: Node): string[] | null {
  if (n.output) return n.output.map(attrText);
  const name = operatorName(n.text);
  const regular = n.children.filter((c) => !c.inner);
  if (PASS_THROUGH.has(name) && regular.length === 1) return outputOf(regular[0]!);
  if (n.aggregate?.results) return n.aggregate.results;
  if (name === 'Project') return splitTop(bracketAt(n.text, n.text.indexOf('['))).map(outputName);
  if (name === 'Expand') return splitTop(bracketAt(n.text, n.text.lastIndexOf(', [') + 2));
  if (n.phase || !n.plan) return null;
  return n.plan.output.filter((a) => !a.hidden).map(attrText);
}

function fieldString(name: string, values: readonly string[]): string {
  return `${name} [${values.length}]: [${values.join(', ')}]`;
}

/** The text after an operator's name: its arguments (argString), with the exchange's plan id. */
function argumentsOf(n: Node): string {
  const text = printedText(n);
  const name = operatorName(n.text);
  return text.slice(name.length).trim();
}

/** One operator's section of EXPLAIN FORMATTED: each exec's verboseStringWithOperatorId (the lines after its header). */
function verboseFields(n: Node): string[] {
  const name = operatorName(n.text);
  const regular = n.children.filter((c) => !c.inner);
  const input = regular.length === 1 ? outputOf(regular[0]!) : null;
  const inputField = input ? [fieldString('Input', input)] : [];
  const output = outputOf(n);
  const args = argumentsOf(n);
  if (n.join) {
    const j = n.join;
    const keys = j.left.length || j.right.length ? [fieldString('Left keys', j.left), fieldString('Right keys', j.right)] : [];
    return [...keys, `Join type: ${j.type}`, `Join condition: ${j.cond ?? 'None'}`];
  }
  if (n.fileScan) {
    // FileSourceScanExec: the metadata but DataFilters and Format, without empty values; the location as its class and root paths.
    const lines = n.fileScan.metadata.filter(([k, v]) => v !== '' && v !== '[]' && k !== 'DataFilters' && k !== 'Format').map(([k, v]) => {
      if (k !== 'Location') return `${k}: ${v}`;
      const paths = n.fileScan!.rootPaths;
      return `${k}: InMemoryFileIndex ${paths.length <= 1 ? `[${paths.join(', ')}]` : `[${paths[0]}, ... ${paths.length - 1} entries]`}`;
    });
    return [fieldString('Output', output ?? []), ...lines];
  }
  switch (name) {
    case 'Project': return [fieldString('Output', splitTop(bracketAt(n.text, n.text.indexOf('[')))), ...inputField];
    case 'Filter': return [...inputField, `Condition : ${n.text.slice('Filter '.length)}`];
    case 'HashAggregate': {
      const keys = splitTop(bracketAt(n.text, n.text.indexOf('keys=') + 5));
      const fns = splitTop(bracketAt(n.text, n.text.indexOf('functions=') + 10));
      const agg = n.aggregate;
      const results = agg?.results;
      return [
        ...inputField, fieldString('Keys', keys.filter((k) => k !== '')), fieldString('Functions', fns.filter((f) => f !== '')),
        ...(agg ? [fieldString('Aggregate Attributes', agg.attributes)] : []), ...(results ? [fieldString('Results', results)] : []),
      ];
    }
    case 'TakeOrderedAndProject': {
      const limit = /limit=(\d+)/.exec(n.text)?.[1] ?? '';
      const orderBy = splitTop(bracketAt(n.text, n.text.indexOf('orderBy=') + 8), ',');
      const out = splitTop(bracketAt(n.text, n.text.indexOf('output=') + 7), ',');
      return [...inputField, `Arguments: ${limit}, [${orderBy.join(', ')}], [${out.join(', ')}]`];
    }
    default: break;
  }
  if (regular.length === 0) {
    // A LeafExecNode: its output, then its arguments (an RDD scan's RDD is not modelled: none).
    const leafArgs = name === 'Range' ? n.text : name === 'Scan' ? '' : args;
    return [...(name === 'InMemoryRelation' ? [] : [fieldString('Output', output ?? [])]), ...(leafArgs ? [`Arguments: ${leafArgs}`] : [])];
  }
  if (regular.length === 2 && name !== 'Union') {
    const l = outputOf(regular[0]!);
    const r = outputOf(regular[1]!);
    return [...(l ? [fieldString('Left output', l)] : []), ...(r ? [fieldString('Right output', r)] : []), ...(args ? [`Arguments: ${args}`] : [])];
  }
  return [...(regular.length === 1 ? inputField : []), ...(args ? [`Arguments: ${args}`] : [])];
}

/** How the formatted tree names an operator (simpleStringWithNodeId): joins add their type and build side. */
function treeName(n: Node, id: number): string {
  const j = n.join;
  const name = nodeName(n);
  const extra = j && operatorName(n.text) !== 'CartesianProduct' ? ` ${j.type}${j.build ? ` ${j.build}` : ''}` : '';
  return `${name}${extra} (${id})`.trim();
}

/** EXPLAIN FORMATTED / explain(mode="formatted"): the tree with numbered operators, then one section per operator (Spark's ExplainUtils.processPlan). */
export function explainFormatted(p: LPlan, conf: ReadonlyMap<string, string> = new Map()): string {
  return withConf(conf, () => {
    const adaptive = shuffles(p);
    const tree = build(p);
    assignPlanIds(tree);
    const stages = codegenStages(tree);
    const root: Node = adaptive ? { text: 'AdaptiveSparkPlan isFinalPlan=false', children: [tree] } : tree;
    // generateOperatorIDs: bottom-up over the children, a node before its inner children (a cached relation's plan).
    const ids = new Map<Node, number>();
    const order: Node[] = [];
    let next = 0;
    const number = (n: Node): void => {
      n.children.filter((c) => !c.inner).forEach(number);
      ids.set(n, ++next);
      order.push(n);
      n.children.filter((c) => c.inner).forEach(number);
    };
    number(root);
    // Without adaptive execution the operators of a codegen stage print as `* Name (id)`, and `[codegen id : N]` in their section.
    const stageOf = (n: Node, cached: boolean): number | undefined => (cached || !adaptive ? stages.get(n) : undefined);
    const cachedNodes = new Set<Node>();
    const lines: string[] = [];
    const write = (n: Node, last: readonly boolean[], cached: boolean): void => {
      if (cached) cachedNodes.add(n);
      const prefix = last.length === 0 ? '' : `${last.slice(0, -1).map((l) => (l ? '   ' : ':  ')).join('')}${last[last.length - 1] ? '+- ' : ':- '}`;
      lines.push(`${prefix}${stageOf(n, cached) === undefined ? '' : '* '}${treeName(n, ids.get(n)!)}`);
      const inner = n.children.filter((c) => c.inner);
      const regular = n.children.filter((c) => !c.inner);
      inner.forEach((c, i) => write(c, [...last, regular.length === 0, i === inner.length - 1], true));
      regular.forEach((c, i) => write(c, [...last, i === regular.length - 1], cached));
    };
    write(root, [], false);
    const sections = order.map((n) => {
      const stage = stageOf(n, cachedNodes.has(n));
      const header = `(${ids.get(n)}) ${nodeName(n)}${stage === undefined ? '' : ` [codegen id : ${stage}]`}`;
      const fields = n === root && adaptive ? [fieldString('Output', outputOf(tree) ?? []), 'Arguments: isFinalPlan=false'] : verboseFields(n);
      return `\n${[header, ...fields].join('\n')}\n`;
    });
    return `== Physical Plan ==\n${lines.join('\n')}\n\n${sections.join('')}\n`;
  });
}
