/** The stylesheet of an exported page: self-contained, no web fonts, readable when printed. */
export const exportStyles = `
:root { color-scheme: light; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --code-bg: #f6f8fa; --err: #b42318; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: #fff; }
main { max-width: 960px; margin: 0 auto; padding: 24px 20px 48px; }
h1.notebook-title { font-size: 1.7rem; margin: 0 0 20px; }
.cell { margin: 0 0 14px; }
.cell-title { font-weight: 600; font-size: .9rem; margin: 0 0 4px; }
.cell-input { position: relative; border: 1px solid var(--line); border-radius: 6px; background: var(--code-bg); }
.cell-lang { position: absolute; top: 4px; right: 8px; font-size: .7rem; color: var(--muted); text-transform: uppercase; letter-spacing: .04em; }
pre { margin: 0; padding: 10px 12px; overflow-x: auto; font: 13px/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; white-space: pre; }
.cell-outputs { padding: 6px 2px 0; }
.output-stderr { color: var(--err); }
.output-error { color: var(--err); border-left: 3px solid var(--err); background: #fef3f2; }
.output-notice { color: var(--muted); font-style: italic; padding: 4px 12px; }
.output-html { overflow-x: auto; }
.output-html table { border-collapse: collapse; font-size: 13px; }
.output-html th, .output-html td { border: 1px solid var(--line); padding: 3px 8px; text-align: left; }
.output-table { overflow-x: auto; }
.output-table table { border-collapse: collapse; font-size: 13px; }
.output-table th, .output-table td { border: 1px solid var(--line); padding: 3px 8px; text-align: left; }
.output-table p { color: var(--muted); font-size: .8rem; margin: 4px 0 0; }
iframe.output-frame { width: 100%; border: 0; }
.markdown img { max-width: 100%; }
.markdown pre { background: var(--code-bg); border-radius: 6px; }
.markdown code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .9em; }
.markdown table { border-collapse: collapse; }
.markdown th, .markdown td { border: 1px solid var(--line); padding: 3px 8px; }
details > summary { color: var(--muted); cursor: pointer; font-size: .85rem; }
footer { margin-top: 32px; color: var(--muted); font-size: .8rem; }
`;
