import * as fs from 'node:fs';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateEvents } from '../datagen';
import { IRS_BYTES_AT_SCALE_1 } from '../datagen';
import { BUNDLED_FILES } from './bundled-manifest';
import { createBrowserVfs, createMemoryVfs, createNodeVfs } from './create-vfs';
import { dbutilsHead, dbutilsLs } from './dbutils-view';
import type { Vfs } from './vfs';
import { VfsError } from './vfs-error';

const datasetsDir = join(__dirname, '../../../public/datasets');
const scratch = mkdtempSync(join(tmpdir(), 'flint-vfs-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function nodeVfs(hostDir?: string): Vfs {
  return createNodeVfs({ fs, datasetsDir, tempRoot: join(scratch, `t${Math.random().toString(36).slice(2)}`), hostDir });
}

/** A browser VFS whose synchronous "XHR" reads public/datasets from disk and counts requests. */
function browserVfs() {
  const requests: string[] = [];
  const { vfs, bundled } = createBrowserVfs({
    baseUrl: '/datasets/',
    fetchSync: (url) => {
      requests.push(url);
      const p = join(datasetsDir, decodeURIComponent(url.slice('/datasets/'.length)));
      return fs.existsSync(p) ? new Uint8Array(readFileSync(p)) : null;
    },
  });
  return { vfs, bundled, requests };
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

const MARKETS = '/databricks-datasets/data.gov/farmers_markets_geographic_data/data-001/market_data.csv';
const marketsBytes = readFileSync(join(datasetsDir, 'data.gov/farmers_markets_geographic_data/data-001/market_data.csv'));

describe.each([
  ['node', () => nodeVfs()],
  ['browser', () => browserVfs().vfs],
])('%s VFS layout', (_name, make) => {
  it('serves the bundled files byte for byte under every path form', () => {
    const vfs = make();
    for (const p of [MARKETS, `dbfs:${MARKETS}`, `/dbfs${MARKETS}`, `file:${MARKETS}`]) {
      expect(Buffer.from(vfs.readFile(p)).equals(marketsBytes), p).toBe(true);
    }
    expect(new TextDecoder().decode(vfs.readRange(MARKETS, 0, 4))).toBe('FMID');
  });

  it('lists /databricks-datasets like Databricks, with the generated folders and no Spark home', () => {
    const vfs = make();
    expect(vfs.listDir('/databricks-datasets').map((f) => f.name)).toEqual(['README.md', 'Rdatasets', 'data.gov', 'structured-streaming']);
    expect(vfs.listDir('/databricks-datasets/data.gov/irs_zip_code_data/data-001')).toEqual([
      expect.objectContaining({ name: '2013_soi_zipcode_agi.SUBSET-first-2999-rows-AL-only.csv', synthetic: false, readOnly: true }),
      expect.objectContaining({ name: '2013_soi_zipcode_agi.csv', size: IRS_BYTES_AT_SCALE_1, synthetic: true, readOnly: true }),
    ]);
    expect(vfs.stat('/databricks-datasets/structured-streaming').isDir).toBe(true);
    const subset = readFileSync(join(datasetsDir, 'data.gov/irs_zip_code_data/data-001/2013_soi_zipcode_agi.SUBSET-first-2999-rows-AL-only.csv'));
    const head = vfs.readRange('dbfs:/databricks-datasets/data.gov/irs_zip_code_data/data-001/2013_soi_zipcode_agi.csv', 0, 100_000);
    expect(Buffer.from(head).equals(subset.subarray(0, 100_000))).toBe(true);
  });

  it('resolves Spark sample paths through the Spark home', () => {
    const vfs = make();
    expect(vfs.readText('data/mllib/kmeans_data.txt')).toBe(readFileSync(join(datasetsDir, 'spark/data/mllib/kmeans_data.txt'), 'utf8'));
    expect(vfs.readText('examples/src/main/resources/people.txt')).toBe('Michael, 29\nAndy, 30\nJustin, 19\n');
    expect(vfs.listDir('/opt/spark').map((f) => f.name)).toEqual(['data', 'examples']);
    expect(caught(() => vfs.readFile('data/mllib/nope.txt')).spark().message).toBe(
      '[PATH_NOT_FOUND] Path does not exist: file:/databricks/driver/data/mllib/nope.txt.',
    );
  });

  it('writes to /tmp, dbfs:/FileStore and the working directory, and nowhere read-only', () => {
    const vfs = make();
    vfs.writeFile('/tmp/a.txt', 'tmp');
    vfs.writeFile('dbfs:/FileStore/tables/b.txt', 'fs', { createParents: true });
    vfs.writeFile('c.txt', 'cwd');
    expect(vfs.readText('/tmp/a.txt') + vfs.readText('/dbfs/FileStore/tables/b.txt') + vfs.readText('/databricks/driver/c.txt')).toBe('tmpfscwd');
    expect(caught(() => vfs.writeFile(MARKETS, 'x')).kind).toBe('read-only');
    expect(caught(() => vfs.writeFile('/opt/spark/data/x', 'x')).kind).toBe('read-only');
    expect(caught(() => vfs.rm('/databricks-datasets/structured-streaming/events/file-0.json')).kind).toBe('read-only');
  });
});

describe('generated course datasets in the VFS', () => {
  const events = generateEvents();

  it('lists the events files sorted by name, flagged synthetic, and reads their bytes', () => {
    const vfs = createMemoryVfs({ now: () => 0 });
    const ls = vfs.listDir('/databricks-datasets/structured-streaming/events/');
    expect(ls.slice(0, 4).map((f) => f.name)).toEqual(['file-0.json', 'file-1.json', 'file-10.json', 'file-11.json']);
    expect(ls).toHaveLength(50);
    expect(ls.every((f) => f.synthetic && f.readOnly && !f.isDir)).toBe(true);
    expect(ls[0]).toMatchObject({ path: '/databricks-datasets/structured-streaming/events/file-0.json', size: 72530 });
    expect(Buffer.from(vfs.readFile('dbfs:/databricks-datasets/structured-streaming/events/file-7.json')).equals(Buffer.from(events[7]))).toBe(true);
    expect(vfs.inputFiles('/databricks-datasets/structured-streaming/events/')).toHaveLength(50);
    expect(vfs.glob('/databricks-datasets/structured-streaming/events/file-4?.json').map((f) => f.name)).toEqual(
      Array.from({ length: 10 }, (_, i) => `file-4${i}.json`),
    );
  });
});

describe('dbutils views', () => {
  it('shows %fs ls and %fs head of the events folder as the notebook does', () => {
    const vfs = createMemoryVfs();
    const ls = dbutilsLs(vfs, '/databricks-datasets/structured-streaming/events/');
    expect(ls.slice(0, 3)).toEqual([
      { path: 'dbfs:/databricks-datasets/structured-streaming/events/file-0.json', name: 'file-0.json', size: 72530, modificationTime: 1469750400000 },
      { path: 'dbfs:/databricks-datasets/structured-streaming/events/file-1.json', name: 'file-1.json', size: 72961, modificationTime: 1469750460000 },
      { path: 'dbfs:/databricks-datasets/structured-streaming/events/file-10.json', name: 'file-10.json', size: 73025, modificationTime: 1469751000000 },
    ]);
    const byTime = vfs.listDir('/databricks-datasets/structured-streaming/events').sort((a, b) => a.modificationTime - b.modificationTime);
    expect(byTime.slice(0, 4).map((f) => f.name)).toEqual(['file-0.json', 'file-1.json', 'file-2.json', 'file-3.json']);
    expect(dbutilsLs(vfs, '/databricks-datasets/')).toContainEqual(
      expect.objectContaining({ path: 'dbfs:/databricks-datasets/structured-streaming/', name: 'structured-streaming/', size: 0 }),
    );
    const head = dbutilsHead(vfs, '/databricks-datasets/structured-streaming/events/file-0.json');
    expect(head.truncated).toBe(true);
    expect(head.text.length).toBe(65536);
    expect(head.text.startsWith('{"time":1469501107,"action":"Open"}\n{"time":1469501147,"action":"Open"}\n')).toBe(true);
  });
});

describe('Node disk VFS', () => {
  it('shares writes through the disk, hides dot files, and mounts the host directory as the working directory', () => {
    const host = mkdtempSync(join(scratch, 'host-'));
    fs.mkdirSync(join(host, 'data/mllib'), { recursive: true });
    fs.writeFileSync(join(host, 'data/mllib/kmeans_data.txt'), 'mine\n');
    fs.writeFileSync(join(host, 'local.csv'), 'a\n');
    const vfs = nodeVfs(host);
    expect(vfs.cwd).toBe(host);
    expect(vfs.readText('local.csv')).toBe('a\n');
    expect(vfs.readText('data/mllib/kmeans_data.txt')).toBe('mine\n');
    expect(vfs.readText('data/mllib/pagerank_data.txt')).toBe(readFileSync(join(datasetsDir, 'spark/data/mllib/pagerank_data.txt'), 'utf8'));
    vfs.writeFile('out/part-00000', 'x', { createParents: true });
    expect(readFileSync(join(host, 'out/part-00000'), 'utf8')).toBe('x');
    vfs.mv('out', '/tmp/out');
    expect(fs.existsSync(join(host, 'out'))).toBe(false);
    expect(vfs.readText('/tmp/out/part-00000')).toBe('x');
    expect(vfs.exists('/databricks-datasets/.gitattributes')).toBe(false);
    vfs.writeFile('/tmp/out/.part-00000.crc', 'c');
    expect(vfs.listDir('/tmp/out').map((f) => f.name)).toEqual(['.part-00000.crc', 'part-00000']);
  });
});

describe('browser bundled files', () => {
  it('lists from the manifest without requests, fetches once on read, and can be prefetched', async () => {
    const { vfs, bundled, requests } = browserVfs();
    const ls = vfs.listDir('/databricks-datasets/Rdatasets/data-001/csv/ggplot2');
    expect(ls).toEqual([expect.objectContaining({ name: 'diamonds.csv', size: 3192560 })]);
    expect(requests).toEqual([]);
    vfs.readFile(MARKETS);
    vfs.readFile(`dbfs:${MARKETS}`);
    expect(requests).toEqual(['/datasets/data.gov/farmers_markets_geographic_data/data-001/market_data.csv']);
    const pre = 'spark/examples/src/main/resources/people.json';
    await bundled.prefetch([pre], async (url) => new TextEncoder().encode(`fetched ${url}`));
    expect(vfs.readText('examples/src/main/resources/people.json')).toBe('fetched /datasets/spark/examples/src/main/resources/people.json');
    expect(requests).toHaveLength(1);
    expect(BUNDLED_FILES.length).toBeGreaterThan(30);
  });

  it('without a synchronous fetcher, says which file must be prefetched', () => {
    const { vfs } = createBrowserVfs({ baseUrl: '/datasets' });
    expect(() => vfs.readFile(MARKETS)).toThrow('bundled file data.gov/farmers_markets_geographic_data/data-001/market_data.csv is not loaded yet');
  });
});
