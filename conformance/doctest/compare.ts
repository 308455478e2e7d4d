/**
 * doctest's output check, as PySpark's runners configure it: exact text, or with
 * ELLIPSIS (`...` matches any text) and NORMALIZE_WHITESPACE (runs of whitespace are
 * equal). For an expected traceback only the last `ExcType: message` line is compared.
 */
export interface DoctestFlags {
  readonly ellipsis: boolean;
  readonly normalizeWhitespace: boolean;
  /** IGNORE_EXCEPTION_DETAIL: only the exception's type (without its module) must match. */
  readonly ignoreExceptionDetail?: boolean;
}

function normalize(text: string, flags: DoctestFlags): string {
  const t = text.replace(/<BLANKLINE>/g, '');
  return flags.normalizeWhitespace ? t.replace(/\s+/g, ' ').trim() : t.replace(/\s+$/, '');
}

function ellipsisMatch(want: string, got: string): boolean {
  const parts = want.split('...');
  if (parts.length === 1) return want === got;
  const first = parts[0]!;
  const last = parts[parts.length - 1]!;
  if (!got.startsWith(first) || got.length < first.length + last.length || !got.endsWith(last)) return false;
  let pos = first.length;
  const end = got.length - last.length;
  for (const part of parts.slice(1, -1)) {
    const at = got.indexOf(part, pos);
    if (at < 0 || at + part.length > end) return false;
    pos = at + part.length;
  }
  return true;
}

export function outputMatches(want: string, got: string, flags: DoctestFlags): boolean {
  const w = normalize(want, flags);
  const g = normalize(got, flags);
  if (w === g) return true;
  if (!flags.ellipsis) return false;
  if (ellipsisMatch(w, g)) return true;
  // doctest matches the want (plus its newline) against the whole output: a trailing `...` line also
  // covers a trailing blank line (show() prints one), which stripping trailing whitespace above loses.
  if (flags.normalizeWhitespace) return false;
  const rawWant = `${want.replace(/<BLANKLINE>/g, '')}\n`;
  return ellipsisMatch(rawWant, got.endsWith('\n') ? got : `${got}\n`);
}

/**
 * The exception text doctest compares: from the first line after the `Traceback (most recent
 * call last):` header that starts with a word character (doctest's _EXCEPTION_RE; the stack, an
 * unindented `...` included, comes before it) to the end, so multi-line messages (Py4JJavaError's)
 * count whole.
 */
export function exceptionLine(traceback: string): string {
  const lines = traceback.split('\n');
  const header = lines.findIndex((l) => l.startsWith('Traceback ('));
  const from = lines.findIndex((l, i) => i > header && /^\w/.test(l));
  return from < 0 ? '' : lines.slice(from).join('\n').replace(/\s+$/, '');
}

function exceptionType(text: string): string {
  const head = text.split(':')[0] ?? '';
  return head.slice(head.lastIndexOf('.') + 1).trim();
}

export function exceptionMatches(want: string, gotTraceback: string, flags: DoctestFlags): boolean {
  const w = exceptionLine(want);
  const g = exceptionLine(gotTraceback);
  if (flags.ignoreExceptionDetail) return exceptionType(w) === exceptionType(g);
  return outputMatches(w, g, flags);
}
