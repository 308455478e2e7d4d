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
      throw new AnalysisException(
        `Reference ${quoteParts(parts.slice(0, q + 1))} is ambiguous, could be: [${found.map((i) => quoteParts([...attrs[i]!.qualifier, attrs[i]!.name])).join(', ')}].`,
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

/** The alias the DataFrame layer gives its generated subqueries: not a name the user wrote, so never suggested. */
const DATAFRAME_ALIAS = '__t';

export function unresolvedColumn(parts: string[], attrs: readonly Attribute[], pos: number, sql: string): AnalysisException {
  // Spark orders the candidates by edit distance to what was written (the last name part for a
  // one-part name, the whole identifier otherwise), keeping the plan's order among equals.
  const wanted = parts.length > 1 ? quoteParts(parts) : parts[0]!;
  const candidates = attrs
    .map((a) => {
      const qualifier = a.qualifier.at(-1) === DATAFRAME_ALIAS ? [] : a.qualifier;
      const text = quoteParts([...qualifier, a.name]);
      return { text, distance: levenshtein(parts.length > 1 ? text : a.name, wanted) };
    })
    .sort((x, y) => x.distance - y.distance)
    .map((c) => c.text);
  // A DataFrame's generated SQL is not the user's text: a position in it would mislead.
  const where = /\) AS `?__t`?(?![\w`])/.test(sql) ? '' : lineAndPos(sql, pos);
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
