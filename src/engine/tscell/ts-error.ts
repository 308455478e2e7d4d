/** Turns an error thrown by a `%ts` cell into error data with the cell's own line numbers. */
import { FlintError, toErrorData } from '../errors';
import type { ErrorData } from '../errors';

export function tsCellErrorData(e: unknown, filename: string, lineOffset: number): ErrorData {
  if (e instanceof FlintError || !(e instanceof Error)) return toErrorData(e);
  const tag = filename.replace(/\s/g, '_');
  const frames: string[] = [];
  for (const line of (e.stack ?? '').split('\n')) {
    const at = line.indexOf(tag);
    if (at < 0) continue;
    const m = /:(\d+):(\d+)\)?\s*$/.exec(line.slice(at + tag.length - 1));
    if (!m) continue;
    // The wrapper puts one line before the cell body.
    frames.push(`  at ${filename}, line ${Number(m[1]) - 1 + lineOffset}, column ${m[2]}`);
  }
  const name = e.name || 'Error';
  return { ename: name, evalue: e.message, traceback: [...frames, `${name}: ${e.message}`] };
}
