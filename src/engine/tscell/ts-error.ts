/** Turns an error thrown by a `%ts` cell into error data with the cell's own line numbers. */
import { FlintError, toErrorData } from '../errors';
import type { ErrorData } from '../errors';

const WRAPPER_LINES = 3;

export function tsCellErrorData(e: unknown, filename: string, lineOffset: number): ErrorData {
  if (e instanceof FlintError || !(e instanceof Error)) return toErrorData(e);
  const tag = filename.replace(/\s/g, '_');
  const frames: string[] = [];
  for (const line of (e.stack ?? '').split('\n')) {
    const at = line.indexOf(tag);
    if (at < 0) continue;
    const m = /:(\d+):(\d+)\)?\s*$/.exec(line.slice(at + tag.length - 1));
    if (!m) continue;
    // new Function adds two lines and our wrapper one before the cell body; frames of the
    // wrapper itself map to no cell line and are dropped.
    const cellLine = Number(m[1]) - WRAPPER_LINES;
    if (cellLine < 1) continue;
    frames.push(`  at ${filename}, line ${cellLine + lineOffset}, column ${m[2]}`);
  }
  const name = e.name || 'Error';
  return { ename: name, evalue: e.message, traceback: [...frames, `${name}: ${e.message}`] };
}
