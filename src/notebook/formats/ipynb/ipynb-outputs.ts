/** CellOutput ↔ nbformat outputs. */
import type { CellOutput } from '../../../workers/protocol';
import type { ErrorData } from '../../../engine/errors';
import { assertNever } from '../../model/assert-never';
import { stripAnsi } from '../text-utils';
import { tableHtml } from '../table-html';
import { tableText } from '../../table-text';
import { readTableOutput } from '../flint-json/outputs-schema';
import { arrayAt, isObject, objectAt, stringAt } from '../validate';
import type { IpynbOutput, MimeBundle } from './ipynb-types';
import { joinMultiline, toMultiline } from './ipynb-types';

const WHAT = 'Jupyter notebook';

/** Marks a display_data output that was a Flint notice, so it comes back as one. */
const NOTICE_MARK = { flint: { notice: true } };

/**
 * The whole table, typed, beside the text/plain and text/html every Jupyter front end
 * shows: Flint reads it back as a table; others ignore a MIME type they do not know.
 */
export const TABLE_MIME = 'application/vnd.flint.table+json';

export function outputToIpynb(o: CellOutput, executionCount: number | null): IpynbOutput {
  switch (o.kind) {
    case 'stream':
      return { output_type: 'stream', name: o.name, text: toMultiline(o.text) };
    case 'result':
      return { output_type: 'execute_result', data: { 'text/plain': toMultiline(o.text) }, metadata: {}, execution_count: executionCount };
    case 'html':
      return { output_type: 'display_data', data: { 'text/html': toMultiline(o.html) }, metadata: {} };
    case 'notice':
      return { output_type: 'display_data', data: { 'text/plain': toMultiline(o.text) }, metadata: NOTICE_MARK };
    case 'table': {
      const { kind: _kind, ...table } = o;
      return {
        output_type: 'display_data',
        data: { 'text/plain': toMultiline(tableText(o)), 'text/html': toMultiline(tableHtml(o)), [TABLE_MIME]: table },
        metadata: {},
      };
    }
    case 'error':
      // nbformat's error output allows no extra fields, so errorClass is rebuilt from evalue on import.
      return { output_type: 'error', ename: o.error.ename, evalue: o.error.evalue, traceback: [...o.error.traceback] };
    default:
      return assertNever(o, 'cell output');
  }
}

/** Reads one output; unsupported MIME types become a notice and a warning. */
export function outputFromIpynb(v: unknown, path: string, warnings: string[]): CellOutput {
  const o = objectAt(v, WHAT, path);
  const type = o['output_type'];
  switch (type) {
    case 'stream': {
      const name = o['name'] === 'stderr' ? 'stderr' : 'stdout';
      return { kind: 'stream', name, text: multilineAt(o['text'], `${path}.text`) };
    }
    case 'execute_result':
    case 'display_data': {
      const data = objectAt(o['data'] ?? {}, WHAT, `${path}.data`);
      const meta = isObject(o['metadata']) ? o['metadata'] : {};
      return bundleToOutput(data, meta, path, warnings);
    }
    case 'error':
      return { kind: 'error', error: errorFromIpynb(o, path) };
    default:
      warnings.push(`An output of type ${JSON.stringify(type)} was dropped.`);
      return { kind: 'notice', text: `(an output of type ${String(type)} is not shown in Flint)` };
  }
}

function bundleToOutput(data: MimeBundle, meta: Readonly<Record<string, unknown>>, path: string, warnings: string[]): CellOutput {
  const flint = meta['flint'];
  if (TABLE_MIME in data) return readTableOutput(objectAt(data[TABLE_MIME], WHAT, `${path}.data["${TABLE_MIME}"]`), `${path}.data["${TABLE_MIME}"]`, WHAT);
  if ('text/plain' in data && isObject(flint) && flint['notice'] === true) {
    return { kind: 'notice', text: multilineAt(data['text/plain'], `${path}.data["text/plain"]`) };
  }
  if ('text/html' in data) return { kind: 'html', html: multilineAt(data['text/html'], `${path}.data["text/html"]`) };
  if ('text/plain' in data) return { kind: 'result', text: multilineAt(data['text/plain'], `${path}.data["text/plain"]`) };
  const types = Object.keys(data).join(', ') || 'no data';
  warnings.push(`An output of type ${types} is not shown in Flint.`);
  return { kind: 'notice', text: `(an output of type ${types} is not shown in Flint)` };
}

function errorFromIpynb(o: Readonly<Record<string, unknown>>, path: string): ErrorData {
  const ename = stringAt(o['ename'], WHAT, `${path}.ename`);
  const evalue = stringAt(o['evalue'], WHAT, `${path}.evalue`);
  const traceback = arrayAt(o['traceback'] ?? [], WHAT, `${path}.traceback`).map((l, i) =>
    stripAnsi(stringAt(l, WHAT, `${path}.traceback[${i}]`)),
  );
  // Spark writes its error class first in the message: `[UNRESOLVED_COLUMN.WITH_SUGGESTION] ...`.
  const cls = /^\[([A-Z][A-Z0-9_]*(?:\.[A-Z][A-Z0-9_]*)*)\]/.exec(evalue);
  const base = { ename, evalue: stripAnsi(evalue), traceback };
  return cls ? { ...base, errorClass: cls[1]! } : base;
}

export function multilineAt(v: unknown, path: string): string {
  if (typeof v === 'string') return v;
  return joinMultiline(arrayAt(v, WHAT, path).map((l, i) => stringAt(l, WHAT, `${path}[${i}]`)));
}
