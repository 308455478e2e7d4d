/** Name resolution over an operator's input attributes (case-insensitive, as Spark's default). */
import { AnalysisException } from '../errors';
import type { Attribute } from '../logical';

export interface Scope {
  readonly attrs: readonly Attribute[];
  /** The enclosing query's scope, for correlated references. */
  readonly outer: Scope | null;
}

export interface ColumnMatch {
  readonly index: number;
  readonly attr: Attribute;
  /** Struct fields still to extract after the attribute (`s.a.b`). */
  readonly fields: string[];
}

const eq = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

function matches(attrs: readonly Attribute[], qualifier: string[], name: string): number[] {
  const out: number[] = [];
  attrs.forEach((a, i) => {
    if (!eq(a.name, name)) return;
    if (qualifier.length === 0) out.push(i);
    else {
      // `t.a` matches qualifier [.., t]; `db.t.a` matches [db, t].
      const fits = (q: readonly string[]) => q.length >= qualifier.length && qualifier.every((p, k) => eq(p, q[q.length - qualifier.length + k]!));
      if (fits(a.qualifier) || (a.alsoQualifiers ?? []).some(fits)) out.push(i);
    }
  });
  return out;
}

/** Resolves `parts` to a column (plus trailing struct fields), trying the longest qualifier first. */
export function resolveColumn(attrs: readonly Attribute[], parts: string[]): ColumnMatch | null {
  for (let q = Math.min(parts.length - 1, 3); q >= 0; q--) {
    const qualifier = parts.slice(0, q);
    const name = parts[q]!;
    let found = matches(attrs, qualifier, name);
    if (found.length > 1 && found.some((i) => !attrs[i]!.hidden)) found = found.filter((i) => !attrs[i]!.hidden);
    if (found.length === 1) return { index: found[0]!, attr: attrs[found[0]!]!, fields: parts.slice(q + 1) };
    if (found.length > 1) {
      // The same attribute reachable twice (USING join outputs) is not ambiguous.
      const ids = new Set(found.map((i) => attrs[i]!.id));
      if (ids.size === 1) return { index: found[0]!, attr: attrs[found[0]!]!, fields: parts.slice(q + 1) };
      // A DataFrame's column (`df.k`) reachable on both sides of a join: the DataFrame was joined with itself.
      if (q === 1 && isDataFrameQualifier(parts[0]!)) throw ambiguousSelfJoin(attrs[found[0]!]!);
      throw new AnalysisException(
        `Reference ${quoteParts(parts.slice(0, q + 1))} is ambiguous, could be: [${found.map((i) => quoteParts([...userQualifier(attrs[i]!.qualifier), attrs[i]!.name])).join(', ')}].`,
        'AMBIGUOUS_REFERENCE',
      );
    }
  }
  return null;
}

export function quoteParts(parts: readonly string[]): string {
  return parts.map((p) => '`' + p + '`').join('.');
}

/** Edit distance (insert, delete, substitute; case-sensitive), as commons-text's LevenshteinDistance. */
function levenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur.push(Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * The DataFrame API names each DataFrame's plan `__df<id>` when it is the input of another
 * operation, and a DataFrame's columns (`df.k`, `df["k"]`) are references qualified by it, as
 * PySpark's columns are bound to their DataFrame's plan (`__t`, `__l`, `__r`, ... are Flint's other
 * internal subquery aliases). None of them is a name the user wrote, so messages never show them.
 */
export function isDataFrameQualifier(q: string): boolean {
  return /^__df\d+$/.test(q);
}

/** A qualifier as messages show it: without Flint's internal subquery aliases. */
export function userQualifier(qualifier: readonly string[]): readonly string[] {
  return qualifier.length && qualifier[qualifier.length - 1]!.startsWith('__') ? [] : qualifier;
}

/** Spark's DetectAmbiguousSelfJoin failure: a DataFrame's column that both sides of a self-join have. */
function ambiguousSelfJoin(a: Attribute): AnalysisException {
  return new AnalysisException(
    `Column ${a.name}#${a.id}${a.type.kind === 'long' ? 'L' : ''} are ambiguous. It's probably because you joined several Datasets together, and some of these Datasets are the same. `
    + 'This column points to one of the Datasets but Spark is unable to figure out which one. Please alias the Datasets with different names via `Dataset.as` before joining them, '
    + 'and specify the column using qualified name, e.g. `df.as("a").join(df.as("b"), $"a.id" > $"b.id")`. You can also set spark.sql.analyzer.failAmbiguousSelfJoin to false to disable this check.',
  );
}

/**
 * A DataFrame's column used where its DataFrame is not an input (`df1.select(df2.x)`): Spark's
 * CheckAnalysis failure for an attribute missing from the operator's input.
 */
function missingDataFrameColumn(name: string, attrs: readonly Attribute[]): AnalysisException {
  const input = attrs.filter((a) => !a.hidden);
  // Spark names the operator too (`in operator !Project [v#4]`); its unbound expressions are not at hand here.
  const missing = `Resolved attribute(s) "${name}" missing from ${input.map((a) => `"${a.name}"`).join(', ')}.`;
  const same = input.filter((a) => eq(a.name, name));
  if (same.length) {
    return new AnalysisException(
      `${missing} Attribute(s) with the same name appear in the operation: "${same[0]!.name}".\nPlease check if the right attribute(s) are used.`,
      'MISSING_ATTRIBUTES.RESOLVED_ATTRIBUTE_APPEAR_IN_OPERATION',
    );
  }
  return new AnalysisException(missing, 'MISSING_ATTRIBUTES.RESOLVED_ATTRIBUTE_MISSING_FROM_INPUT');
}

export function unresolvedColumn(parts: string[], attrs: readonly Attribute[], pos: number, sql: string): AnalysisException {
  if (parts.length > 1 && isDataFrameQualifier(parts[0]!)) return missingDataFrameColumn(parts[1]!, attrs);
  // Spark orders the candidates by edit distance to what was written (the last name part for a
  // one-part name, the whole identifier otherwise), keeping the plan's order among equals.
  const wanted = parts.length > 1 ? quoteParts(parts) : parts[0]!;
  const candidates = attrs
    .map((a) => {
      const text = quoteParts([...userQualifier(a.qualifier), a.name]);
      return { text, distance: levenshtein(parts.length > 1 ? text : a.name, wanted) };
    })
    .sort((x, y) => x.distance - y.distance)
    .map((c) => c.text);
  // A DataFrame's generated SQL is not the user's text: a position in it would mislead.
  const where = /\) AS `?__(t|df\d+)`?(?![\w`])/.test(sql) ? '' : lineAndPos(sql, pos);
  if (candidates.length === 0) {
    return new AnalysisException(`A column or function parameter with name ${quoteParts(parts)} cannot be resolved.${where ? ` ${where}` : ''}`, 'UNRESOLVED_COLUMN.WITHOUT_SUGGESTION');
  }
  return new AnalysisException(
    `A column or function parameter with name ${quoteParts(parts)} cannot be resolved. Did you mean one of the following? [${candidates.slice(0, 5).join(', ')}].${where ? `; ${where}` : ''}`,
    'UNRESOLVED_COLUMN.WITH_SUGGESTION',
  );
}

export function lineAndPos(sql: string, pos: number): string {
  const before = sql.slice(0, pos);
  return `line ${before.split('\n').length} pos ${pos - (before.lastIndexOf('\n') + 1)}`;
}
