/** Renders one cell output; the switch covers every output kind and ends in a never-check. */
import { assertNever } from '../notebook/model/assert-never';
import type { CellOutput } from '../workers/protocol';
import { Suspense, lazy } from 'react';
import { TableOutputView } from './TableOutputView';

// DOMPurify loads with the first HTML output, not with the page.
const SafeHtmlFrame = lazy(() => import('./SafeHtmlFrame').then((m) => ({ default: m.SafeHtmlFrame })));

export function Output({ output }: { readonly output: CellOutput }) {
  switch (output.kind) {
    case 'stream':
      return <pre className={`output output-${output.name}`}>{output.text}</pre>;
    case 'result':
      return <pre className="output output-result">{output.text}</pre>;
    case 'error':
      return (
        <pre className="output output-error" role="alert">
          {output.error.traceback.join('\n')}
        </pre>
      );
    case 'html':
      return (
        <Suspense fallback={<p className="loading">Loading HTML output…</p>}>
          <SafeHtmlFrame html={output.html} />
        </Suspense>
      );
    case 'notice':
      return <p className="output output-notice">{output.text}</p>;
    case 'table':
      return <TableOutputView table={output} />;
    default:
      return assertNever(output, 'output');
  }
}
