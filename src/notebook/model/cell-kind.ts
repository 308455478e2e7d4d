/**
 * A cell's language comes from its first line, as in Databricks: `%sql`, `%md`, `%ts`,
 * `%fs`, `%python`; `%sh`, `%scala`, `%r` are recognised so they can say they are not
 * available. No magic means Python.
 */
export type CellKind = 'python' | 'sql' | 'md' | 'ts' | 'fs' | 'unsupported';

const magics: Record<string, CellKind> = {
  '%python': 'python',
  '%py': 'python',
  '%sql': 'sql',
  '%md': 'md',
  // Databricks course material uses it for Markdown with inline HTML; we render it as %md.
  '%md-sandbox': 'md',
  '%ts': 'ts',
  '%typescript': 'ts',
  '%fs': 'fs',
  '%sh': 'unsupported',
  '%scala': 'unsupported',
  '%r': 'unsupported',
};

export interface ParsedCell {
  readonly kind: CellKind;
  /** The magic as written (`%sql`), or null for a plain Python cell. */
  readonly magic: string | null;
  /** The source without the magic line (for `%fs`, the rest of the first line too). */
  readonly body: string;
  /** Lines removed before `body` starts, so error line numbers map back to the editor. */
  readonly lineOffset: number;
}

export function parseCell(source: string): ParsedCell {
  const m = /^[ \t]*(%[A-Za-z]+(?:-[A-Za-z]+)?)(?=\s|$)([^\n]*)(\n?)/.exec(source);
  if (!m) return { kind: 'python', magic: null, body: source, lineOffset: 0 };
  const magic = m[1]!.toLowerCase();
  const kind = magics[magic] ?? 'unsupported';
  const rest = source.slice(m[0].length);
  if (kind === 'fs') return { kind, magic, body: `${m[2]!.trim()}${rest ? `\n${rest}` : ''}`, lineOffset: 0 };
  // Text after the magic on its own line belongs to the cell (`%sql SELECT 1`, `%md # Title`).
  const sameLine = m[2]!.trim();
  if (sameLine !== '') return { kind, magic: m[1]!, body: `${sameLine}${m[3] ? `\n${rest}` : ''}`, lineOffset: 0 };
  return { kind, magic: m[1]!, body: rest, lineOffset: m[3] ? 1 : 0 };
}
