/**
 * glob and fnmatch over the Python VFS, with CPython's rules: `*`, `?`, `[seq]`, `[!seq]`;
 * names starting with '.' match only a pattern starting with '.'; `**` spans directories
 * when recursive=True.
 */
import { ArrayIter, pyErr, toArray, truthy } from '../../values/py';
import { parseArgs } from '../../values/py/methods/define';
import { moduleFrom, registerModule } from './registry';
import { join, split, statOrNull } from './os-path';
import { flushAllFiles, pythonVfs, resolvePath } from './vfs-host';

const MAGIC = /[*?[]/;

/** fnmatch.translate's meaning as a JS regex (whole-string match). */
export function patternRegex(pat: string): RegExp {
  let src = '';
  for (let i = 0; i < pat.length; i++) {
    const c = pat[i]!;
    if (c === '*') src += '[\\s\\S]*';
    else if (c === '?') src += '[\\s\\S]';
    else if (c === '[') {
      let j = i + 1;
      if (pat[j] === '!') j++;
      if (pat[j] === ']') j++;
      while (j < pat.length && pat[j] !== ']') j++;
      if (j >= pat.length) src += '\\[';
      else {
        let body = pat.slice(i + 1, j).replace(/\\/g, '\\\\');
        if (body.startsWith('!')) body = `^${body.slice(1)}`;
        else if (body.startsWith('^')) body = `\\${body}`;
        src += `[${body}]`;
        i = j;
      }
    } else src += c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  return new RegExp(`^(?:${src})$`, 'u');
}

function listNames(dir: string): string[] {
  try {
    return pythonVfs().listDir(resolvePath(dir === '' ? '.' : dir)).map((i) => i.name);
  } catch {
    return [];
  }
}

function isDirPath(p: string): boolean {
  return statOrNull(p === '' ? '.' : p)?.isDir === true;
}

function descendants(dir: string, hidden: boolean): string[] {
  const out: string[] = [];
  for (const name of listNames(dir)) {
    if (!hidden && name.startsWith('.')) continue;
    out.push(name);
    const full = dir === '' ? name : join(dir, name);
    if (isDirPath(full)) for (const sub of descendants(full, hidden)) out.push(join(name, sub));
  }
  return out;
}

function matchIn(dir: string, base: string, recursive: boolean, hidden: boolean): string[] {
  if (recursive && base === '**') return ['', ...descendants(dir, hidden)];
  if (MAGIC.test(base)) {
    const re = patternRegex(base);
    return listNames(dir).filter((n) => (hidden || !n.startsWith('.') || base.startsWith('.')) && re.test(n));
  }
  if (base === '') return isDirPath(dir) ? [''] : [];
  return statOrNull(dir === '' ? base : join(dir, base)) ? [base] : [];
}

export function glob(pattern: string, recursive: boolean, hidden: boolean): string[] {
  if (!MAGIC.test(pattern)) return (pattern.endsWith('/') ? isDirPath(pattern) : statOrNull(pattern) !== null) ? [pattern] : [];
  const [dir, base] = split(pattern);
  const dirs = dir === '' ? [''] : dir !== pattern && MAGIC.test(dir) ? glob(dir, recursive, hidden) : [dir];
  const out: string[] = [];
  for (const d of dirs) for (const name of matchIn(d, base, recursive, hidden)) out.push(d === '' ? name : join(d, name));
  return out;
}

function globArgs(fn: string, a: unknown[]): string[] {
  const [pathname, , , recursive, hidden] = parseArgs(fn, a, ['pathname', 'root_dir', 'dir_fd', 'recursive', 'include_hidden'], 1);
  if (typeof pathname !== 'string') throw pyErr('TypeError', `expected str, bytes or os.PathLike object, not ${typeof pathname}`);
  flushAllFiles();
  return glob(pathname, truthy(recursive ?? false), truthy(hidden ?? false));
}

registerModule('glob', () =>
  moduleFrom('glob', {
    glob: (...a: unknown[]) => globArgs('glob', a),
    iglob: (...a: unknown[]) => new ArrayIter(globArgs('iglob', a)),
    has_magic: (s: unknown) => MAGIC.test(String(s)),
    escape: (s: unknown) => String(s).replace(/([*?[])/g, '[$1]'),
  }),
);

registerModule('fnmatch', () =>
  moduleFrom('fnmatch', {
    fnmatch: (name: unknown, pat: unknown) => patternRegex(String(pat)).test(String(name)),
    fnmatchcase: (name: unknown, pat: unknown) => patternRegex(String(pat)).test(String(name)),
    filter: (names: unknown, pat: unknown) => {
      const re = patternRegex(String(pat));
      return toArray(names).filter((n) => re.test(String(n)));
    },
  }),
);
