/**
 * A notebook as one self-contained HTML page, for reading and printing without Flint.
 * Safe by construction in Node: every piece of text is escaped, Markdown is rendered with
 * raw HTML disabled, HTML outputs go into sandboxed iframes (no scripts), and a CSP meta
 * tag forbids scripts on the page. In the browser, pass `sanitizeHtml` (DOMPurify) to
 * inline HTML outputs and HTML inside Markdown instead.
 */
import MarkdownIt from 'markdown-it';
import type { MarkdownIt as Markdown } from 'markdown-it';
import type { CellOutput } from '../../../workers/protocol';
import { assertNever } from '../../model/assert-never';
import type { CellKind } from '../../model/cell-kind';
import { parseCell } from '../../model/cell-kind';
import type { CellData, NotebookDoc } from '../../model/notebook';
import { cellTitle, runtimeOf } from '../../model/notebook';
import { markdownText, stripAnsi } from '../text-utils';
import type { ExportOptions } from '../types';
import { escapeHtml, tableHtml } from '../table-html';
import { exportStyles } from './html-style';

export interface HtmlExportOptions extends ExportOptions {
  /** Cleans untrusted HTML (DOMPurify.sanitize in the browser). Without it, HTML is escaped or sandboxed. */
  readonly sanitizeHtml?: (html: string) => string;
}

const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data: https:; frame-src 'self'";

export { escapeHtml };

export function writeHtml(doc: NotebookDoc, options: HtmlExportOptions = {}): string {
  const md = new MarkdownIt({ html: options.sanitizeHtml !== undefined, linkify: true });
  const cells = doc.cells.map((c) => renderCell(c, md, options)).join('\n');
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="generator" content="Flint">',
    `<title>${escapeHtml(doc.title || 'Notebook')}</title>`,
    `<style>${exportStyles}</style>`,
    '</head>',
    '<body>',
    '<main>',
    `<h1 class="notebook-title">${escapeHtml(doc.title || 'Notebook')}</h1>`,
    cells,
    '<footer>Exported from Flint.</footer>',
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

const languageLabel: Record<CellKind, string> = { python: 'Python', sql: 'SQL', md: 'Markdown', ts: 'TypeScript', fs: '%fs', unsupported: '' };

function renderCell(cell: CellData, md: Markdown, options: HtmlExportOptions): string {
  const parsed = parseCell(cell.source);
  const title = cellTitle(cell);
  const head = title && cell.metadata['showTitle'] !== false ? `<div class="cell-title">${escapeHtml(title)}</div>\n` : '';
  const open = `<section class="cell cell-${parsed.kind}" id="cell-${escapeHtml(cell.id)}">\n${head}`;
  if (parsed.kind === 'md') {
    const html = md.render(markdownText(cell.source));
    return `${open}<div class="markdown">${options.sanitizeHtml ? options.sanitizeHtml(html) : html}</div>\n</section>`;
  }
  const label = parsed.kind === 'unsupported' ? (parsed.magic ?? '') : languageLabel[parsed.kind];
  const input = `<div class="cell-input"><span class="cell-lang">${escapeHtml(label)}</span><pre><code>${escapeHtml(cell.source)}</code></pre></div>\n`;
  const saved = options.withOutputs ? runtimeOf(options.runtime, cell.id) : undefined;
  const outputs = saved && saved.outputs.length > 0 ? saved.outputs.map((o) => renderOutput(o, options)).join('\n') : '';
  if (outputs === '') return `${open}${input}</section>`;
  const body = `<div class="cell-outputs">\n${outputs}\n</div>`;
  // Collapsed cells keep their outputs one click away; <details> needs no script.
  const wrapped = cell.collapsed ? `<details><summary>Output hidden</summary>\n${body}\n</details>` : body;
  return `${open}${input}${wrapped}\n</section>`;
}

function renderOutput(o: CellOutput, options: HtmlExportOptions): string {
  switch (o.kind) {
    case 'stream':
      return `<pre class="output output-${o.name}">${escapeHtml(stripAnsi(o.text))}</pre>`;
    case 'result':
      return `<pre class="output output-result">${escapeHtml(o.text)}</pre>`;
    case 'notice':
      return `<div class="output output-notice">${escapeHtml(o.text)}</div>`;
    case 'error':
      return `<pre class="output output-error">${escapeHtml(stripAnsi(o.error.traceback.join('\n') || `${o.error.ename}: ${o.error.evalue}`))}</pre>`;
    case 'html':
      if (options.sanitizeHtml) return `<div class="output output-html">${options.sanitizeHtml(o.html)}</div>`;
      return `<iframe class="output output-frame" sandbox="" style="height:${frameHeight(o.html)}px" srcdoc="${escapeHtml(framedDocument(o.html))}"></iframe>`;
    case 'table':
      // Built here from escaped text, so it needs neither a sanitizer nor a frame.
      return `<div class="output output-table">${tableHtml(o)}</div>`;
    default:
      return assertNever(o, 'cell output');
  }
}

/** A sandboxed frame cannot size itself without script, so guess from the rows. */
function frameHeight(html: string): number {
  const rows = (html.match(/<tr[\s>]/gi) ?? []).length;
  const estimate = rows > 0 ? 16 + 27 * rows : 16 + 20 * html.split('\n').length;
  return Math.min(600, Math.max(60, estimate));
}

function framedDocument(html: string): string {
  return `<!doctype html><meta charset="utf-8"><style>body{margin:0;font:13px system-ui,sans-serif}table{border-collapse:collapse}th,td{border:1px solid #d1d9e0;padding:3px 8px;text-align:left}</style>${html}`;
}
