/** os.path (posixpath): string operations as CPython's on Linux, queries over the Python VFS. */
import { PyBytes, call, mkFloat, pyErr, truthy, tuple, typeName, typeOf } from '../../values/py';
import { importModule, moduleFrom, registerModule } from './registry';
import { flushAllFiles, pythonCwd, pythonVfs, resolvePath, withVfs } from './vfs-host';
import type { VfsFileInfo } from '../../io';

function pathArg(x: unknown, fn: string): string {
  if (typeof x === 'string') return x;
  if (x instanceof PyBytes) return new TextDecoder().decode(x.b);
  const f = typeOf(x).lookup('__fspath__');
  if (f !== undefined && f !== null) return String(call(f, [x]));
  throw pyErr('TypeError', `${fn}() argument must be str, bytes, or os.PathLike object, not '${typeName(x)}'`);
}

export function join(a: unknown, ...rest: unknown[]): string {
  let out = pathArg(a, 'join');
  for (const r of rest) {
    const p = pathArg(r, 'join');
    if (p.startsWith('/')) out = p;
    else if (out === '' || out.endsWith('/')) out += p;
    else out += `/${p}`;
  }
  return out;
}

export function split(p: string): [string, string] {
  const i = p.lastIndexOf('/') + 1;
  let head = p.slice(0, i);
  const tail = p.slice(i);
  if (head && head !== '/'.repeat(head.length)) head = head.replace(/\/+$/, '');
  return [head, tail];
}

export function splitext(p: string): [string, string] {
  const slash = p.lastIndexOf('/');
  const dot = p.lastIndexOf('.');
  if (dot <= slash) return [p, ''];
  let i = slash + 1;
  while (i < dot && p[i] === '.') i++;
  return i === dot ? [p, ''] : [p.slice(0, dot), p.slice(dot)];
}

export function normpath(p: string): string {
  if (p === '') return '.';
  const initial = p.startsWith('/') ? (p.startsWith('//') && !p.startsWith('///') ? 2 : 1) : 0;
  const out: string[] = [];
  for (const c of p.split('/')) {
    if (c === '' || c === '.') continue;
    if (c !== '..' || (!initial && !out.length) || (out.length && out[out.length - 1] === '..')) out.push(c);
    else if (out.length) out.pop();
  }
  const s = '/'.repeat(initial) + out.join('/');
  return s || '.';
}

export function abspath(p: string): string {
  return normpath(p.startsWith('/') ? p : join(pythonCwd(), p));
}

function relpath(p: unknown, start?: unknown): string {
  const path = pathArg(p, 'relpath');
  if (path === '') throw pyErr('ValueError', 'no path specified');
  const from = abspath(start === undefined || start === null ? '.' : pathArg(start, 'relpath')).split('/').filter(Boolean);
  const to = abspath(path).split('/').filter(Boolean);
  let i = 0;
  while (i < from.length && i < to.length && from[i] === to[i]) i++;
  const parts = [...Array(from.length - i).fill('..'), ...to.slice(i)];
  return parts.length ? parts.join('/') : '.';
}

/** Status of a path for exists/isfile/isdir: never raises, as os.path's predicates do not. */
export function statOrNull(x: unknown): VfsFileInfo | null {
  let p: string;
  try {
    p = pathArg(x, 'exists');
  } catch {
    return null;
  }
  if (p === '') return null;
  flushAllFiles();
  try {
    return pythonVfs().tryStat(resolvePath(p));
  } catch {
    return null;
  }
}

function statOrRaise(p: unknown, fn: string): VfsFileInfo {
  const path = pathArg(p, fn);
  flushAllFiles();
  return withVfs(path, (vfs) => vfs.stat(resolvePath(path)));
}

function commonprefix(list: unknown): string {
  const items = (Array.isArray(list) ? list : []).map(String);
  if (!items.length) return '';
  const lo = items.reduce((a, b) => (a < b ? a : b));
  const hi = items.reduce((a, b) => (a > b ? a : b));
  for (let i = 0; i < lo.length; i++) if (lo[i] !== hi[i]) return lo.slice(0, i);
  return lo;
}

export function makePathModule() {
  return moduleFrom('posixpath', {
    sep: '/',
    altsep: null,
    extsep: '.',
    pathsep: ':',
    curdir: '.',
    pardir: '..',
    devnull: '/dev/null',
    join,
    split: (p: unknown) => tuple(split(pathArg(p, 'split'))),
    splitext: (p: unknown) => tuple(splitext(pathArg(p, 'splitext'))),
    basename: (p: unknown) => split(pathArg(p, 'basename'))[1],
    dirname: (p: unknown) => split(pathArg(p, 'dirname'))[0],
    normpath: (p: unknown) => normpath(pathArg(p, 'normpath')),
    abspath: (p: unknown) => abspath(pathArg(p, 'abspath')),
    realpath: (p: unknown) => abspath(pathArg(p, 'realpath')),
    relpath,
    isabs: (p: unknown) => pathArg(p, 'isabs').startsWith('/'),
    exists: (p: unknown) => statOrNull(p) !== null,
    lexists: (p: unknown) => statOrNull(p) !== null,
    isfile: (p: unknown) => statOrNull(p)?.isDir === false,
    isdir: (p: unknown) => statOrNull(p)?.isDir === true,
    islink: () => false,
    ismount: (p: unknown) => pathArg(p, 'ismount') === '/',
    getsize: (p: unknown) => statOrRaise(p, 'getsize').size,
    getmtime: (p: unknown) => mkFloat(statOrRaise(p, 'getmtime').modificationTime / 1000),
    getctime: (p: unknown) => mkFloat(statOrRaise(p, 'getctime').modificationTime / 1000),
    getatime: (p: unknown) => mkFloat(statOrRaise(p, 'getatime').modificationTime / 1000),
    expanduser: (p: unknown) => {
      const s = pathArg(p, 'expanduser');
      return s === '~' || s.startsWith('~/') ? `/root${s.slice(1)}` : s;
    },
    expandvars: (p: unknown) => pathArg(p, 'expandvars'),
    commonprefix,
    commonpath: (list: unknown) => {
      const items = (Array.isArray(list) ? list : []).map(String);
      if (!items.length) throw pyErr('ValueError', 'commonpath() arg is an empty sequence');
      const abs = items.map((s) => s.startsWith('/'));
      if (abs.some((a) => a !== abs[0])) throw pyErr('ValueError', "Can't mix absolute and relative paths");
      const parts = items.map((s) => s.split('/').filter((c) => c && c !== '.'));
      let n = 0;
      while (parts.every((ps) => n < ps.length && ps[n] === parts[0]![n])) n++;
      return (abs[0] ? '/' : '') + parts[0]!.slice(0, n).join('/');
    },
    samefile: (a: unknown, b: unknown) => truthy(abspath(pathArg(a, 'samefile')) === abspath(pathArg(b, 'samefile'))),
  });
}

registerModule('posixpath', makePathModule);
registerModule('os.path', () => importModule('posixpath', true));
