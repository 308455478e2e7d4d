/** A rendered %md cell: markdown-it, then DOMPurify, so no script or handler survives. */
import MarkdownIt from 'markdown-it';
import DOMPurify from 'dompurify';
import { useMemo } from 'react';

const md = new MarkdownIt({ html: true, linkify: true });

export function Markdown({ text }: { readonly text: string }) {
  const html = useMemo(() => DOMPurify.sanitize(md.render(text)), [text]);
  return <div className="markdown" dangerouslySetInnerHTML={{ __html: html }} />;
}
