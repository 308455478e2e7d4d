import { describe, expect, it } from 'vitest';
import v1Course from '../fixtures/flint-v1-course.json?raw';
import type { CellId } from '../../model/ids';
import { newCell, newNotebook } from '../../model/notebook';
import { readFlintJson } from '../flint-json/flint-json';
import { escapeHtml, writeHtml } from './html-export';

const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)>';

function hostileNotebook() {
  const cells = [
    newCell(`print("${hostile}")`),
    newCell(`%md\n# Title ${hostile}\n[click](javascript:alert(3)) and [ok](https://spark.apache.org)`),
    newCell(`%md-sandbox\n<div onclick="x()">${hostile}</div>`),
  ];
  const doc = { ...newNotebook(`Notes ${hostile}`, cells), id: 'n1' as never };
  const runtime = new Map([
    [cells[0]!.id, { executionCount: 1, outputs: [
      { kind: 'stream' as const, name: 'stdout' as const, text: hostile },
      { kind: 'html' as const, html: `<table><tr><td>${hostile}</td></tr></table>` },
      { kind: 'error' as const, error: { ename: 'E', evalue: hostile, traceback: [`E: ${hostile}`] } },
      { kind: 'table' as const, columns: [{ name: hostile, type: 'string' }], rows: [[hostile], [null]], totalRows: 40, truncated: true },
    ] }],
  ]);
  return { doc, runtime };
}

describe('HTML export', () => {
  it('has no script, event handler or javascript: link, whatever the notebook holds', () => {
    const { doc, runtime } = hostileNotebook();
    const html = writeHtml(doc, { withOutputs: true, runtime });
    // HTML outputs live, escaped, in srcdoc attributes of frames that may not run scripts.
    const frames = html.match(/<iframe [^>]*>/g) ?? [];
    expect(frames.length).toBe(1);
    for (const f of frames) expect(f).toMatch(/ sandbox="" /);
    const page = html.replace(/ srcdoc="[^"]*"/g, '');
    expect(page).not.toMatch(/<script/i);
    expect(page).not.toMatch(/<[^>]+\son\w+\s*=/i);
    expect(page).not.toMatch(/href="javascript:/i);
    expect(page).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none';`);
  });

  it('writes a table output as an escaped table with its row count', () => {
    const { doc, runtime } = hostileNotebook();
    const html = writeHtml(doc, { withOutputs: true, runtime });
    expect(html).toContain(`<th title="string">${escapeHtml(hostile)}</th>`);
    expect(html).toContain(`<tr><td>${escapeHtml(hostile)}</td></tr>\n<tr><td>null</td></tr>`);
    expect(html).toContain('<p>Showing the first 2 rows of 40 (truncated).</p>');
  });

  it('escapes code and text outputs', () => {
    const { doc, runtime } = hostileNotebook();
    const html = writeHtml(doc, { withOutputs: true, runtime });
    expect(html).toContain(`<pre><code>print(&quot;${escapeHtml(hostile)}&quot;)</code></pre>`);
    expect(html).toContain(`<pre class="output output-stdout">${escapeHtml(hostile)}</pre>`);
    expect(html).toContain(`<title>Notes ${escapeHtml(hostile)}</title>`);
  });

  it('renders Markdown, with raw HTML shown as text and safe links kept', () => {
    const { doc } = hostileNotebook();
    const html = writeHtml(doc);
    expect(html).toContain(`<h1>Title ${escapeHtml(hostile)}</h1>`);
    expect(html).toContain('<a href="https://spark.apache.org">ok</a>');
    expect(html).toContain(`&lt;div onclick=&quot;x()&quot;&gt;`);
  });

  it('puts HTML outputs in a sandboxed frame unless given a sanitizer', () => {
    const { doc, runtime } = hostileNotebook();
    const framed = writeHtml(doc, { withOutputs: true, runtime });
    expect(framed).toMatch(/<iframe class="output output-frame" sandbox="" style="height:\d+px" srcdoc="[^"]*&lt;table&gt;/);
    const calls: string[] = [];
    const sanitizeHtml = (h: string) => {
      calls.push(h);
      return h.replace(/<script>.*?<\/script>|\son\w+=[^\s>]+/g, '');
    };
    const inline = writeHtml(doc, { withOutputs: true, runtime, sanitizeHtml });
    expect(inline).toContain('<div class="output output-html"><table><tr><td><img src=x></td></tr></table></div>');
    expect(calls.length).toBe(3);
    expect(inline).not.toContain('<iframe');
  });

  it('shows outputs only when asked, hides collapsed ones behind <details>, labels languages', () => {
    const { doc, runtime } = readFlintJson(v1Course);
    expect(writeHtml(doc, { runtime })).not.toContain('<div class="cell-outputs">');
    const html = writeHtml(doc, { withOutputs: true, runtime });
    expect(html).toContain('<pre class="output output-stdout">[0, 1, 4, 9, 16, 25, 36, 49, 64, 81]\n</pre>');
    expect(html).toMatch(/id="cell-c2count">\n<div class="cell-input">.*<\/div>\n<details><summary>Output hidden<\/summary>/s);
    expect(html).toContain('<div class="cell-title">Squares</div>');
    expect(html).toContain('<span class="cell-lang">SQL</span>');
    expect(html).toContain('<span class="cell-lang">%scala</span>');
    expect(html).toContain("<pre class=\"output output-error\">Traceback (most recent call last):\n  File &quot;&lt;cell 5&gt;&quot;");
    expect(writeHtml(doc, { withOutputs: true, runtime })).toBe(html);
  });

  it('keeps a notebook without outputs readable', () => {
    const doc = newNotebook('', [{ ...newCell('x = 1'), id: 'only' as CellId }]);
    const html = writeHtml(doc);
    expect(html).toContain('<title>Notebook</title>');
    expect(html).toContain('<section class="cell cell-python" id="cell-only">');
  });
});
