/** HTML output (displayHTML) lives in a sandboxed iframe without scripts, sanitized first. */
import DOMPurify from 'dompurify';

export function SafeHtmlFrame({ html }: { readonly html: string }) {
  const clean = DOMPurify.sanitize(html, { WHOLE_DOCUMENT: false });
  return <iframe className="output output-html" title="HTML output" sandbox="" srcDoc={clean} />;
}
