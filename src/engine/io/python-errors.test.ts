import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMemoryVfs } from './create-vfs';
import type { Vfs } from './vfs';
import { VfsError } from './vfs-error';
import type { VfsErrorKind } from './vfs-error';

// CPython's messages, recorded by scripts/datasets-oracle.mjs.
interface OracleCase {
  readonly kind: VfsErrorKind;
  readonly input: string;
  readonly ename: string;
  readonly errno: number;
  readonly message: string;
}

const recordedPath = join(__dirname, 'testdata/python-oserrors.json');
const recorded = JSON.parse(readFileSync(recordedPath, 'utf8')) as OracleCase[];

/** The VFS operation that fails as the oracle's Python code did. */
function fail(vfs: Vfs, c: OracleCase): VfsError {
  const ops: Record<string, () => unknown> = {
    'not-found': () => vfs.readFile(c.input),
    'invalid-path': () => vfs.readFile(c.input),
    'is-a-directory': () => vfs.readFile(c.input),
    'not-a-directory': () => vfs.writeFile(c.input, 'x'),
    'already-exists': () => vfs.writeFile(c.input, 'x', { overwrite: false }),
    'not-empty': () => vfs.rm(c.input),
  };
  try {
    ops[c.kind]();
  } catch (e) {
    if (e instanceof VfsError) return e;
    throw e;
  }
  throw new Error(`no error for ${c.kind} ${JSON.stringify(c.input)}`);
}

function hasPython(): boolean {
  try {
    return execFileSync('python3', ['-c', 'import sys; print(sys.version_info >= (3, 11))'], { encoding: 'utf8' }).trim() === 'True';
  } catch {
    return false;
  }
}

describe("VFS errors as Python's OSError", () => {
  it.each(recorded.map((c) => [c.kind, c.input, c] as const))('%s %j', (_k, _i, c) => {
    const vfs = createMemoryVfs();
    vfs.mkdirs('adir');
    vfs.writeFile('adir/f', '');
    vfs.writeFile('afile', '');
    const e = fail(vfs, c);
    expect(e.kind).toBe(c.kind);
    const py = e.python();
    expect({ ename: py.ename, errno: py.errno, message: py.message }).toEqual({ ename: c.ename, errno: c.errno, message: c.message });
  });

  it.skipIf(!hasPython())('recorded oracle outputs are fresh (node scripts/datasets-oracle.mjs)', async () => {
    // @ts-expect-error: a plain .mjs script without type declarations
    const { runOracle } = (await import('../../../scripts/datasets-oracle.mjs')) as { runOracle(): string };
    expect(JSON.parse(runOracle())).toEqual(recorded);
  });
});
