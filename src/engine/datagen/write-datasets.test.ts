import * as fs from 'node:fs';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateEvents } from './events';
import { IRS_FILE, IRS_SUBSET_FILE, generateIrs } from './irs';
import { WORDS_BYTES_AT_SCALE_1, WORDS_FILE, writeGeneratedDatasets } from './write-datasets';

const irsSubset = new Uint8Array(readFileSync(join(__dirname, '../../../public/datasets', IRS_SUBSET_FILE)));
const out = mkdtempSync(join(tmpdir(), 'flint-gen-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('writeGeneratedDatasets (flint gen)', () => {
  it('writes every dataset at the scale, laid out as under /databricks-datasets', () => {
    const seen: string[] = [];
    const files = writeGeneratedDatasets({ scale: 0.02, outDir: `${out}/`, fs, irsSubset, onFile: (p) => seen.push(p) });
    expect(seen).toEqual(files.map((f) => f.path));
    const irs = readFileSync(join(out, IRS_FILE));
    expect(irs.equals(Buffer.concat(generateIrs(irsSubset, { scale: 0.02 })))).toBe(true);
    expect(irs.toString('utf8').split('\n')).toHaveLength(1 + 3335 + 1);
    expect(readdirSync(join(out, 'structured-streaming/events')).sort()).toEqual(['file-0.json']);
    expect(readFileSync(join(out, 'structured-streaming/events/file-0.json')).equals(Buffer.from(generateEvents(1)[0]))).toBe(true);
    expect(readFileSync(join(out, WORDS_FILE)).length).toBe(Math.round(WORDS_BYTES_AT_SCALE_1 * 0.02));
    expect(files.map((f) => f.bytes)).toEqual(files.map((f) => fs.statSync(f.path).size));
  });

  it('writes only the datasets asked for, and rejects a bad scale', () => {
    const dir = join(out, 'only');
    writeGeneratedDatasets({ scale: 0.1, outDir: dir, fs, irsSubset, datasets: ['events'] });
    expect(readdirSync(dir)).toEqual(['structured-streaming']);
    expect(readdirSync(join(dir, 'structured-streaming/events'))).toHaveLength(5);
    const mtimes = [0, 1, 2, 3, 4].map((i) => fs.statSync(join(dir, `structured-streaming/events/file-${i}.json`)).mtimeMs);
    expect(mtimes.every((t, i) => i === 0 || t > mtimes[i - 1])).toBe(true);
    expect(() => writeGeneratedDatasets({ scale: 0, outDir: dir, fs, irsSubset })).toThrow('scale must be a positive number');
  });
});
