import * as fs from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { VfsBackend } from './backend';
import { MemoryBackend } from './memory-backend';
import { NodeDiskBackend } from './node-disk-backend';
import { Vfs } from './vfs';
import { VfsError } from './vfs-error';

const T = 1_700_000_000_000;

type Kind = 'memory' | 'node-disk';
const scratch = mkdtempSync(join(tmpdir(), 'flint-vfs-ops-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let dirs = 0;

function backend(kind: Kind, clock: () => number): VfsBackend {
  return kind === 'memory' ? new MemoryBackend(clock) : new NodeDiskBackend(fs, join(scratch, `d${dirs++}`));
}

/** A VFS like the browser's: read-only datasets, Spark home, writable /tmp, /FileStore and root. */
function makeVfs(kind: Kind): Vfs {
  const clock = () => T;
  const datasets = backend(kind, clock);
  const vfs0 = new Vfs();
  vfs0.mount('/', datasets);
  vfs0.mkdirs('/data.gov/x');
  vfs0.writeFile('/data.gov/x/a.csv', 'a,b\n1,2\n');
  vfs0.mkdirs('/spark/data/mllib');
  vfs0.writeFile('/spark/data/mllib/kmeans_data.txt', '0.0 0.0 0.0\n');
  vfs0.mkdirs('/spark/examples/src/main/resources');
  vfs0.writeFile('/spark/examples/src/main/resources/people.txt', 'Michael, 29\n');
  const vfs = new Vfs();
  vfs.mount('/', backend(kind, clock));
  vfs.mount('/databricks-datasets', datasets, { readOnly: true, hidden: ['spark'] });
  vfs.mount('/opt/spark', datasets, { readOnly: true, root: 'spark' });
  vfs.mount('/tmp', backend(kind, clock));
  vfs.mount('/FileStore', backend(kind, clock));
  return vfs;
}

function caught(f: () => unknown): VfsError {
  try {
    f();
  } catch (e) {
    if (e instanceof VfsError) return e;
    throw e;
  }
  throw new Error('expected a VfsError');
}

describe.each(['memory', 'node-disk'] as const)('%s backends', (kind) => {
  const make = () => makeVfs(kind);

  describe('Vfs path forms', () => {
    it('reads the same file through every spelling of its path', () => {
      const vfs = make();
      const want = 'a,b\n1,2\n';
      for (const p of [
        '/databricks-datasets/data.gov/x/a.csv',
        'dbfs:/databricks-datasets/data.gov/x/a.csv',
        'dbfs:///databricks-datasets/data.gov/x/a.csv',
        'file:/databricks-datasets/data.gov/x/a.csv',
        'file:///databricks-datasets/data.gov/x/a.csv',
        '/dbfs/databricks-datasets/data.gov/x/a.csv',
        '/databricks-datasets//data.gov/./x/../x/a.csv',
      ]) {
        expect(vfs.readText(p), p).toBe(want);
      }
    });

    it('resolves Spark sample paths to the Spark home unless the working directory has them', () => {
      const vfs = make();
      expect(vfs.readText('data/mllib/kmeans_data.txt')).toBe('0.0 0.0 0.0\n');
      expect(vfs.stat('examples/src/main/resources/people.txt').path).toBe('/opt/spark/examples/src/main/resources/people.txt');
      vfs.writeFile('data/mllib/kmeans_data.txt', 'local\n', { createParents: true });
      expect(vfs.readText('data/mllib/kmeans_data.txt')).toBe('local\n');
      expect(vfs.stat('data/mllib/kmeans_data.txt').path).toBe('/databricks/driver/data/mllib/kmeans_data.txt');
    });

    it('hides the Spark folder under /databricks-datasets and qualifies paths as Spark does', () => {
      const vfs = make();
      expect(vfs.listDir('/databricks-datasets').map((f) => f.name)).toEqual(['data.gov']);
      expect(vfs.exists('/databricks-datasets/spark/data')).toBe(false);
      expect(vfs.qualify('/tmp/x')).toBe('file:/tmp/x');
      expect(vfs.qualify('dbfs:/FileStore/x')).toBe('dbfs:/FileStore/x');
      expect(vfs.qualify('/dbfs/FileStore/x')).toBe('dbfs:/FileStore/x');
      expect(vfs.qualify('rel/y')).toBe('file:/databricks/driver/rel/y');
    });

    it('rejects unknown schemes and empty paths', () => {
      const vfs = make();
      const e = caught(() => vfs.readFile('s3://bucket/key'));
      expect(e.kind).toBe('unsupported-scheme');
      expect(e.spark().message).toBe('No FileSystem for scheme "s3"');
      expect(caught(() => vfs.readFile('')).spark().message).toBe('Can not create a Path from an empty string');
    });
  });

  describe('Vfs errors', () => {
    it('gives Python and Spark forms of a missing path', () => {
      const vfs = make();
      const e = caught(() => vfs.readFile('/tmp/missing.csv'));
      expect(e.python()).toEqual({
        ename: 'FileNotFoundError',
        errno: 2,
        strerror: 'No such file or directory',
        filename: '/tmp/missing.csv',
        message: "[Errno 2] No such file or directory: '/tmp/missing.csv'",
      });
      expect(e.spark()).toEqual({ ename: 'AnalysisException', errorClass: 'PATH_NOT_FOUND', message: '[PATH_NOT_FOUND] Path does not exist: file:/tmp/missing.csv.' });
      expect(e.ename).toBe('FileNotFoundError');
      const d = caught(() => vfs.stat('dbfs:/databricks-datasets/nope'));
      expect(d.spark().message).toBe('[PATH_NOT_FOUND] Path does not exist: dbfs:/databricks-datasets/nope.');
    });

    it('qualifies paths without a scheme as dbfs: when told to, as Databricks does', () => {
      const vfs = new Vfs({ defaultScheme: 'dbfs' });
      vfs.mount('/', new MemoryBackend());
      expect(caught(() => vfs.readFile('/tmp/x')).spark().message).toBe('[PATH_NOT_FOUND] Path does not exist: dbfs:/tmp/x.');
      expect(caught(() => vfs.readFile('file:/tmp/x')).spark().message).toBe('[PATH_NOT_FOUND] Path does not exist: file:/tmp/x.');
      expect(vfs.qualify('rel')).toBe('dbfs:/databricks/driver/rel');
    });

    it('refuses writes to read-only mounts and generated files', () => {
      const vfs = make();
      const e = caught(() => vfs.writeFile('/databricks-datasets/data.gov/new.csv', 'x'));
      expect(e.python().message).toBe("[Errno 30] Read-only file system: '/databricks-datasets/data.gov/new.csv'");
      expect(caught(() => vfs.rm('/databricks-datasets/data.gov/x/a.csv')).kind).toBe('read-only');
      expect(caught(() => vfs.mkdirs('/opt/spark/new')).kind).toBe('read-only');
      expect(caught(() => vfs.mv('/databricks-datasets/data.gov/x/a.csv', '/tmp/a.csv')).kind).toBe('read-only');
      expect(caught(() => vfs.rm('/tmp', true)).kind).toBe('read-only');
    });

    it('follows open() rules: missing parent, directory targets, exclusive create', () => {
      const vfs = make();
      expect(caught(() => vfs.writeFile('/tmp/no/such/dir.txt', 'x')).python().message).toBe(
        "[Errno 2] No such file or directory: '/tmp/no/such/dir.txt'",
      );
      vfs.mkdirs('/tmp/d');
      expect(caught(() => vfs.writeFile('/tmp/d', 'x')).python().ename).toBe('IsADirectoryError');
      expect(caught(() => vfs.readFile('/tmp/d')).python().ename).toBe('IsADirectoryError');
      vfs.writeFile('/tmp/f', 'x');
      expect(caught(() => vfs.writeFile('/tmp/f', 'y', { overwrite: false })).python().ename).toBe('FileExistsError');
      expect(caught(() => vfs.listDir('/tmp/f')).python().ename).toBe('NotADirectoryError');
      expect(caught(() => vfs.writeFile('/tmp/f/g', 'y')).python().ename).toBe('NotADirectoryError');
      expect(caught(() => vfs.rm('/tmp/d/..', false)).kind).toBe('read-only');
    });
  });

  describe('Vfs file operations', () => {
    it('writes, appends, lists with sizes and times, and reads ranges', () => {
      const vfs = make();
      vfs.writeFile('dbfs:/FileStore/tables/t.txt', 'hello', { createParents: true });
      vfs.writeFile('/dbfs/FileStore/tables/t.txt', ' world', { append: true });
      expect(vfs.readText('/FileStore/tables/t.txt')).toBe('hello world');
      expect(new TextDecoder().decode(vfs.readRange('/FileStore/tables/t.txt', 6, 100))).toBe('world');
      expect(vfs.listDir('dbfs:/FileStore/tables')).toEqual([
        { path: '/FileStore/tables/t.txt', name: 't.txt', size: 11, modificationTime: kind === 'memory' ? T : expect.any(Number), isDir: false, synthetic: false, readOnly: false },
      ]);
      expect(vfs.listDir('/').map((f) => `${f.name}${f.isDir ? '/' : ''}`)).toEqual(['FileStore/', 'databricks-datasets/', 'opt/', 'tmp/']);
    });

    it('writes beside mount points, under directories that exist only as mount parents', () => {
      const vfs = make();
      vfs.writeFile('/opt/notes.txt', 'n');
      vfs.mkdirs('/opt/tools/bin');
      vfs.mv('/opt/notes.txt', '/databricks/driver/x/notes.txt');
      expect(vfs.listDir('/opt').map((f) => f.name)).toEqual(['spark', 'tools']);
      expect(vfs.readText('/databricks/driver/x/notes.txt')).toBe('n');
      expect(vfs.exists('')).toBe(false);
      expect(vfs.exists('s3://bucket/key')).toBe(false);
    });

    it('removes trees only when asked to', () => {
      const vfs = make();
      vfs.writeFile('/tmp/out/part-00000', 'a', { createParents: true });
      vfs.writeFile('/tmp/out/_SUCCESS', '', { createParents: true });
      expect(caught(() => vfs.rm('/tmp/out')).python().message).toBe("[Errno 39] Directory not empty: '/tmp/out'");
      expect(vfs.rm('/tmp/out', true)).toBe(true);
      expect(vfs.exists('/tmp/out')).toBe(false);
      expect(vfs.rm('/tmp/out', true)).toBe(false);
    });

    it('copies and moves files and trees, into existing directories and across mounts', () => {
      const vfs = make();
      vfs.cp('/databricks-datasets/data.gov/x/a.csv', '/tmp/copy.csv');
      expect(vfs.readText('/tmp/copy.csv')).toBe('a,b\n1,2\n');
      vfs.mkdirs('/tmp/into');
      vfs.cp('/tmp/copy.csv', '/tmp/into');
      expect(vfs.exists('/tmp/into/copy.csv')).toBe(true);
      expect(caught(() => vfs.cp('/databricks-datasets/data.gov', '/tmp/dg')).kind).toBe('is-a-directory');
      vfs.cp('/databricks-datasets/data.gov', '/tmp/dg', true);
      expect(vfs.readText('/tmp/dg/x/a.csv')).toBe('a,b\n1,2\n');
      vfs.mv('/tmp/dg', '/tmp/moved');
      expect(vfs.exists('/tmp/dg')).toBe(false);
      expect(vfs.readText('/tmp/moved/x/a.csv')).toBe('a,b\n1,2\n');
      vfs.mv('/tmp/moved', 'dbfs:/FileStore/m');
      expect(vfs.exists('/tmp/moved')).toBe(false);
      expect(vfs.readText('/FileStore/m/x/a.csv')).toBe('a,b\n1,2\n');
      expect(caught(() => vfs.mv('/FileStore/m', '/FileStore/m/x/inner')).kind).toBe('invalid-path');
    });
  });

  describe('Vfs globs and input paths', () => {
    function withParts(): Vfs {
      const vfs = make();
      for (const n of ['part-00000', 'part-00001', 'part-00010', '_SUCCESS', '.part-00000.crc']) vfs.writeFile(`/tmp/o/${n}`, n, { createParents: true });
      vfs.writeFile('/tmp/o/year=2016/part-00000.json', '{}', { createParents: true });
      vfs.writeFile('/tmp/j/a.json', '{}', { createParents: true });
      vfs.writeFile('/tmp/j/b.json', '{}', { createParents: true });
      vfs.writeFile('/tmp/j/c.txt', '', { createParents: true });
      return vfs;
    }

    it('expands Hadoop glob syntax', () => {
      const vfs = withParts();
      const names = (p: string) => vfs.glob(p).map((f) => f.path);
      expect(names('/tmp/o/part-*')).toEqual(['/tmp/o/part-00000', '/tmp/o/part-00001', '/tmp/o/part-00010']);
      expect(names('/tmp/j/*.json')).toEqual(['/tmp/j/a.json', '/tmp/j/b.json']);
      expect(names('/tmp/o/part-0000?')).toEqual(['/tmp/o/part-00000', '/tmp/o/part-00001']);
      expect(names('/tmp/o/part-000[01]0')).toEqual(['/tmp/o/part-00000', '/tmp/o/part-00010']);
      expect(names('/tmp/o/part-000[^1]0')).toEqual(['/tmp/o/part-00000']);
      expect(names('/tmp/{o,j}/{a.json,_SUCCESS}')).toEqual(['/tmp/j/a.json', '/tmp/o/_SUCCESS']);
      expect(names('/tmp/*/a.json')).toEqual(['/tmp/j/a.json']);
      expect(names('dbfs:/tmp/o/*')).toContain('/tmp/o/.part-00000.crc');
      expect(names('/tmp/none-*')).toEqual([]);
      expect(names('data/mllib/*.txt')).toEqual(['/opt/spark/data/mllib/kmeans_data.txt']);
    });

    it('lists the data files Spark reads, skipping hidden names, and fails on no match', () => {
      const vfs = withParts();
      expect(vfs.inputFiles('/tmp/o').map((f) => f.path)).toEqual([
        '/tmp/o/part-00000',
        '/tmp/o/part-00001',
        '/tmp/o/part-00010',
        '/tmp/o/year=2016/part-00000.json',
      ]);
      expect(vfs.inputFiles(['/tmp/j/*.json', '/tmp/j/a.json']).map((f) => f.name)).toEqual(['a.json', 'b.json']);
      const e = caught(() => vfs.inputFiles('/tmp/j/*.csv'));
      expect(e.spark().message).toBe('[PATH_NOT_FOUND] Path does not exist: file:/tmp/j/*.csv.');
      expect(e.info.glob).toBe(true);
      expect(caught(() => vfs.inputFiles('/tmp/nope')).info.glob).toBeUndefined();
    });
  });

  describe('Vfs generated files', () => {
    it('lists chunked files without generating them and generates only the chunks a range needs', () => {
      const vfs = make();
      const made: number[] = [];
      const text = ['head\n', 'aaaa\n', 'bbbbbb\n', 'cc\n'];
      vfs.addSynthetic({
        kind: 'chunked',
        path: '/databricks-datasets/gen/big.csv',
        modificationTime: 5,
        chunkSizes: text.map((t) => t.length),
        generateChunk: (i) => {
          made.push(i);
          return new TextEncoder().encode(text[i]);
        },
      });
      expect(vfs.listDir('/databricks-datasets/gen')).toEqual([
        { path: '/databricks-datasets/gen/big.csv', name: 'big.csv', size: 20, modificationTime: 5, isDir: false, synthetic: true, readOnly: true },
      ]);
      expect(vfs.stat('/databricks-datasets/gen')).toMatchObject({ isDir: true, synthetic: true });
      expect(made).toEqual([]);
      expect(new TextDecoder().decode(vfs.readRange('/databricks-datasets/gen/big.csv', 7, 6))).toBe('aa\nbbb');
      expect(made).toEqual([1, 2]);
      expect(vfs.readText('/databricks-datasets/gen/big.csv')).toBe(text.join(''));
      expect(made).toEqual([1, 2, 0, 3]);
      expect(caught(() => vfs.writeFile('/databricks-datasets/gen/big.csv', 'x')).kind).toBe('read-only');
    });

    it('generates whole files once, reading their inputs through the VFS', () => {
      const vfs = make();
      let runs = 0;
      vfs.addSynthetic({
        kind: 'whole',
        path: '/tmp/derived.txt',
        modificationTime: 0,
        generate: (read) => {
          runs++;
          return [read('/databricks-datasets/data.gov/x/a.csv'), new TextEncoder().encode('3,4\n')];
        },
      });
      expect(vfs.readText('/tmp/derived.txt')).toBe('a,b\n1,2\n3,4\n');
      expect(vfs.stat('/tmp/derived.txt').size).toBe(12);
      expect(runs).toBe(1);
      vfs.evictSynthetic();
      expect(vfs.readText('/tmp/derived.txt')).toBe('a,b\n1,2\n3,4\n');
      expect(runs).toBe(2);
      expect(caught(() => vfs.rm('/tmp/derived.txt')).kind).toBe('read-only');
    });
  });
});
