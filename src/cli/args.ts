/** Command-line parsing for `flint`. */
export interface RunArgs {
  readonly command: 'run';
  readonly file: string;
  readonly master: string;
  readonly out: string | undefined;
  /** Spark-style INFO lines for jobs and tasks on stderr. */
  readonly verbose: boolean;
}

export interface GenArgs {
  readonly command: 'gen';
  readonly scale: number;
  readonly out: string;
  readonly only: readonly string[] | undefined;
}

export type CliArgs = RunArgs | GenArgs | { readonly command: 'help' } | { readonly command: 'version' };

export const USAGE = `Usage: flint run FILE [--master local[N]] [--out executed.json] [--verbose]
       flint gen [--scale N] [--out DIR] [--only irs,events,words]

Runs FILE on a local Flint cluster (a driver and N executor threads):
  .ts                  TypeScript, as a %ts cell (sc in scope, top-level await)
  .py                  a Python program (sc, spark, dbutils, display predefined)
  .sql                 a SQL script
  .ipynb, .json        a notebook (Jupyter or Flint JSON), cell by cell
Options:
  --master local[N]    number of executors (default local[*]: cores - 1, at least 2)
  --out FILE           write the executed notebook with its outputs as Flint JSON
  --verbose            log jobs and tasks (which executor ran each) to stderr

flint gen writes the synthetic course datasets (full IRS table, streaming events, word
text for benchmarks) at a scale, deterministically: the same bytes every time.
`;

export class UsageError extends Error {}

export function parseArgs(argv: readonly string[]): CliArgs {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') return { command: 'help' };
  if (argv[0] === '--version' || argv[0] === '-V') return { command: 'version' };
  if (argv[0] === 'gen') return parseGen(argv.slice(1));
  if (argv[0] !== 'run') throw new UsageError(`unknown command '${argv[0]}'`);
  let file: string | undefined;
  let master = 'local[*]';
  let out: string | undefined;
  let verbose = false;
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i]!;
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = () => {
      if (inline !== undefined) return inline;
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    if (flag === '--master') master = value();
    else if (flag === '--out') out = value();
    else if (flag === '--verbose' || flag === '-v') verbose = true;
    else if (flag.startsWith('-')) throw new UsageError(`unknown option '${flag}'`);
    else if (file === undefined) file = a;
    else throw new UsageError(`unexpected argument '${a}'`);
  }
  if (!file) throw new UsageError('run needs a FILE');
  return { command: 'run', file, master, out, verbose };
}

function parseGen(argv: readonly string[]): GenArgs {
  let scale = 1;
  let out = 'flint-datasets';
  let only: string[] | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const [flag, inline] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    if (flag === '--scale') {
      scale = Number(value());
      if (!(scale > 0)) throw new UsageError('--scale must be a positive number');
    } else if (flag === '--out') out = value();
    else if (flag === '--only') only = value().split(',').map((s) => s.trim()).filter((s) => s !== '');
    else throw new UsageError(`unknown option '${flag}' for gen`);
  }
  return { command: 'gen', scale, out, only };
}
