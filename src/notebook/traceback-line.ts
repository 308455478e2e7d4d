/**
 * Which line of a cell's editor an error points at, read from the traceback the driver
 * sent. Frame lines already count the magic line (the request carries lineOffset), so
 * they are editor lines. Python lists frames outermost first (the failing one is the last
 * frame in this cell); JavaScript-style traces list the innermost first.
 */
import type { CellOutput } from '../workers/protocol';

const pythonFrame = /File "([^"]+)", line (\d+)/;
const jsFrame = /at (.+?), line (\d+)(?:, column \d+)?/;
const sqlPosition = /\(line (\d+), pos \d+\)/;

export function errorLineOf(outputs: readonly CellOutput[], filename: string, lineOffset: number): number | null {
  for (const o of outputs) {
    if (o.kind !== 'error') continue;
    const lines = o.error.traceback.join('\n').split('\n');
    let python: number | null = null;
    for (const line of lines) {
      const m = pythonFrame.exec(line);
      if (m && m[1] === filename) python = Number(m[2]);
    }
    if (python !== null) return python;
    for (const line of lines) {
      const m = jsFrame.exec(line);
      if (m && m[1]!.trim() === filename) return Number(m[2]);
    }
    const sql = sqlPosition.exec(o.error.evalue);
    if (sql) return Number(sql[1]) + lineOffset;
  }
  return null;
}
