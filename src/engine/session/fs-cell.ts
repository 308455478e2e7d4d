/**
 * `%fs` cells, as Databricks reads them: `ls [path]`, `head path`, `cat path`, `mkdirs path`,
 * `rm [-r] path`, `cp [-r] from to`, `mv from to`, over the session's VFS.
 */
import type { Vfs } from '../io';
import { dbutilsHead, dbutilsLs } from '../io';
import { FlintError } from '../errors';
import type { CellOutput } from './outputs';

const USAGE = 'Usage: %fs ls [path] | head path | cat path | mkdirs path | rm [-r] path | cp [-r] from to | mv from to';

export function runFsCommand(vfs: Vfs, line: string): CellOutput[] {
  const words = line.trim().split(/\s+/).filter((w) => w !== '');
  const [command, ...rest] = words;
  const recursive = rest[0] === '-r';
  const args = recursive ? rest.slice(1) : rest;
  const need = (n: number) => {
    if (args.length !== n) throw new FlintError('IllegalArgumentException', `%fs ${command ?? ''}: wrong number of arguments. ${USAGE}`);
  };
  switch (command) {
    case 'ls': {
      // A result grid, as Databricks shows `%fs ls` (and display(dbutils.fs.ls(...))).
      const rows = dbutilsLs(vfs, args[0] ?? '/').map((e) => [e.path, e.name, String(e.size), String(e.modificationTime)]);
      const columns = [
        { name: 'path', type: 'string' },
        { name: 'name', type: 'string' },
        { name: 'size', type: 'bigint' },
        { name: 'modificationTime', type: 'bigint' },
      ];
      return [{ kind: 'table', columns, rows, totalRows: rows.length, truncated: false }];
    }
    case 'head': {
      need(1);
      const r = dbutilsHead(vfs, args[0]!);
      return [{ kind: 'stream', name: 'stdout', text: `${r.truncated ? '[Truncated to first 65536 bytes]\n' : ''}${r.text}` }];
    }
    case 'cat':
      need(1);
      return [{ kind: 'stream', name: 'stdout', text: vfs.readText(args[0]!) }];
    case 'mkdirs':
      need(1);
      vfs.mkdirs(args[0]!);
      return [{ kind: 'result', text: 'True' }];
    case 'rm':
      need(1);
      vfs.rm(args[0]!, recursive);
      return [{ kind: 'result', text: 'True' }];
    case 'cp':
      need(2);
      vfs.cp(args[0]!, args[1]!, recursive);
      return [{ kind: 'result', text: 'True' }];
    case 'mv':
      need(2);
      vfs.mv(args[0]!, args[1]!);
      return [{ kind: 'result', text: 'True' }];
    default:
      throw new FlintError('IllegalArgumentException', `%fs: unknown command '${command ?? ''}'. ${USAGE}`);
  }
}
