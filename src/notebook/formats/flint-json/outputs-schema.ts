/**
 * Checks saved cell outputs. Outputs are the CellOutput union of workers/protocol.ts as it
 * stood when the file was written; if that union changes incompatibly, the next format
 * version must migrate old outputs rather than loosen this check.
 */
import type { CellOutput } from '../../../workers/protocol';
import type { ErrorData } from '../../../engine/errors';
import { arrayAt, intAt, invalid, objectAt, stringAt } from '../validate';

const WHAT = 'Flint notebook';

export function readOutputs(v: unknown, path: string): CellOutput[] {
  return arrayAt(v, WHAT, path).map((o, i) => readOutput(o, `${path}[${i}]`));
}

function readOutput(v: unknown, path: string): CellOutput {
  const o = objectAt(v, WHAT, path);
  const kind = o['kind'];
  switch (kind) {
    case 'stream': {
      const name = o['name'];
      if (name !== 'stdout' && name !== 'stderr') throw invalid(WHAT, `${path}.name`, '"stdout" or "stderr"', name);
      return { kind, name, text: stringAt(o['text'], WHAT, `${path}.text`) };
    }
    case 'result':
    case 'notice':
      return { kind, text: stringAt(o['text'], WHAT, `${path}.text`) };
    case 'html':
      return { kind, html: stringAt(o['html'], WHAT, `${path}.html`) };
    case 'error':
      return { kind, error: readErrorData(o['error'], `${path}.error`) };
    default:
      throw invalid(WHAT, `${path}.kind`, 'one of "stream", "result", "error", "html", "notice"', kind);
  }
}

function readErrorData(v: unknown, path: string): ErrorData {
  const e = objectAt(v, WHAT, path);
  const traceback = arrayAt(e['traceback'], WHAT, `${path}.traceback`).map((l, i) => stringAt(l, WHAT, `${path}.traceback[${i}]`));
  const base = { ename: stringAt(e['ename'], WHAT, `${path}.ename`), evalue: stringAt(e['evalue'], WHAT, `${path}.evalue`), traceback };
  const errorClass = e['errorClass'];
  return errorClass === undefined ? base : { ...base, errorClass: stringAt(errorClass, WHAT, `${path}.errorClass`) };
}

export function readExecutionCount(v: unknown, path: string): number | null {
  return v === undefined || v === null ? null : intAt(v, WHAT, path);
}
