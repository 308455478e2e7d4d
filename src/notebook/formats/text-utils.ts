/** Small text helpers shared by the importers and exporters. */
import { parseCell } from '../model/cell-kind';

/** The Markdown of a `%md` cell, including anything written after `%md` on its first line. */
export function markdownText(source: string): string {
  const m = /^[ \t]*%[A-Za-z]+(?:-[A-Za-z]+)?[ \t]*([^\n]*)(?:\n|$)/.exec(source);
  if (!m) return source;
  const sameLine = m[1]!.trimEnd();
  const rest = source.slice(m[0].length);
  if (sameLine === '') return rest;
  return rest === '' && !m[0].endsWith('\n') ? sameLine : `${sameLine}\n${rest}`;
}

/** A `%md` cell for some Markdown. */
export function markdownCell(text: string): string {
  return text === '' ? '%md' : `%md\n${text}`;
}

/** True for cells the Markdown-aware formats (ipynb) carry as Markdown rather than code. */
export function isPlainMarkdownCell(source: string): boolean {
  const p = parseCell(source);
  return p.kind === 'md' && p.magic?.toLowerCase() === '%md';
}

/** The file name without folders and its last extension (`a/b.ipynb` → `b`). */
export function fileStem(fileName: string): string {
  const base = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

/** A title made safe for a download file name. */
export function safeFileName(title: string, extension: string): string {
  const cleaned = title.replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ').replace(/\s+/g, ' ').trim().slice(0, 120);
  return `${cleaned === '' ? 'notebook' : cleaned}${extension}`;
}

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;?]*[A-Za-z]/g;

/** Jupyter tracebacks carry terminal colours; Flint's renderers show plain text. */
export function stripAnsi(text: string): string {
  return text.replace(ANSI, '');
}

/** Normalises Windows line endings, which would otherwise leak `\r` into every cell. */
export function normaliseNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}
