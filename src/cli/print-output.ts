/** How the CLI shows a cell output on a terminal: results and streams to stdout, errors to stderr. */
import type { CellOutput } from '../workers/protocol';

function assertNever(value: never): never {
  throw new Error(`unexpected output ${JSON.stringify(value)}`);
}

export function printOutput(output: CellOutput): void {
  switch (output.kind) {
    case 'stream':
      (output.name === 'stdout' ? process.stdout : process.stderr).write(output.text);
      return;
    case 'result':
      process.stdout.write(`${output.text}\n`);
      return;
    case 'error':
      process.stderr.write(`${output.error.traceback.join('\n')}\n`);
      return;
    case 'html':
      process.stdout.write(`${output.html}\n`);
      return;
    case 'notice':
      process.stderr.write(`${output.text}\n`);
      return;
    default:
      assertNever(output);
  }
}
