import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IRS_BYTES_AT_SCALE_1, IRS_CHUNK_BYTES_AT_SCALE_1, IRS_SUBSET_FILE, generateIrs, irsChunkAtScale1 } from './irs';
import { parseIrsSubset } from './irs-template';
import { IRS_STATES } from './irs-states';

interface IrsScan {
  readonly header: string;
  /** Per data row: state code, ZIP string, agi_stub. */
  readonly state: string[];
  readonly zip: string[];
  readonly stub: Uint8Array;
  /** Rows whose field count is not 114, and malformed numbers (first few, as text). */
  readonly badRows: number[];
  readonly badValues: string[];
  /** Per "state|stub": the 00000 row's values, and the sum of the state's other rows. */
  readonly totals: Map<string, Float64Array>;
  readonly sums: Map<string, Float64Array>;
  /** Per state: sum of A02650 over all rows, and the row count. */
  readonly a02650: Map<string, { sum: number; rows: number }>;
}

const COMMA = 44;
const NL = 10;

/** `fromRow`: the first row whose number format is checked (the real rows come before it). */
function scanIrs(chunks: readonly Uint8Array[], fromRow: number): IrsScan {
  const total = chunks.reduce((a, c) => a + c.length, 0);
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  let p = bytes.indexOf(NL);
  const header = new TextDecoder().decode(bytes.subarray(0, p));
  const names = header.split(',');
  const isCount = names.slice(4).map((n) => !n.startsWith('A'));
  const a02650 = names.indexOf('A02650') - 4;
  p++;
  const scan: IrsScan = { header, state: [], zip: [], stub: new Uint8Array(200000), badRows: [], badValues: [], totals: new Map(), sums: new Map(), a02650: new Map() };
  const text = (s: number, e: number) => String.fromCharCode(...bytes.subarray(s, e));
  const values = new Float64Array(110);
  let row = 0;
  while (p < total) {
    const end = bytes.indexOf(NL, p);
    const fields: number[] = [p];
    for (let i = p; i < end; i++) if (bytes[i] === COMMA) fields.push(i + 1);
    fields.push(end + 1);
    if (fields.length !== 115) scan.badRows.push(row);
    const state = text(fields[1], fields[2] - 1);
    const zip = text(fields[2], fields[3] - 1);
    const stub = bytes[fields[3]] - 48;
    scan.state.push(state);
    scan.zip.push(zip);
    scan.stub[row] = stub;
    for (let j = 0; j < 110 && j + 5 < fields.length; j++) {
      const s = fields[j + 4];
      const e = fields[j + 5] - 1;
      let i = s;
      const neg = bytes[i] === 45;
      if (neg) i++;
      let v = 0;
      const digitsStart = i;
      while (i < e && bytes[i] >= 48 && bytes[i] <= 57) v = v * 10 + (bytes[i++] - 48);
      const intLen = i - s;
      let ok = i > digitsStart && bytes[i] === 46;
      let decimals = 0;
      for (i++; i < e; i++, decimals++) if (bytes[i] !== 48) ok = false;
      ok = ok && decimals === Math.min(4, Math.max(1, 11 - intLen)) && (!isCount[j] || v % 10 === 0);
      if (!ok && row >= fromRow && scan.badValues.length < 5) scan.badValues.push(`${state} ${zip} ${names[j + 4]}=${text(s, e)}`);
      values[j] = neg ? -v : v;
    }
    const key = `${state}|${stub}`;
    if (zip === '00000') {
      scan.totals.set(key, values.slice());
    } else {
      const sum = scan.sums.get(key) ?? new Float64Array(110);
      for (let j = 0; j < 110; j++) sum[j] += values[j];
      scan.sums.set(key, sum);
    }
    const a = scan.a02650.get(state) ?? { sum: 0, rows: 0 };
    a.sum += values[a02650];
    a.rows++;
    scan.a02650.set(state, a);
    row++;
    p = end + 1;
  }
  return { ...scan, stub: scan.stub.slice(0, row) };
}

const subsetBytes = new Uint8Array(readFileSync(join(__dirname, '../../../public/datasets', IRS_SUBSET_FILE)));
const subsetLines = new TextDecoder().decode(subsetBytes).split('\n').slice(0, -1);
const chunks = generateIrs(subsetBytes);
const scan = scanIrs(chunks, 2999);

describe('synthetic IRS 2013 zip-code table', () => {
  it('has the real header, 114 columns and 166,740 rows ending in a newline', () => {
    expect(scan.header).toBe(subsetLines[0]);
    expect(scan.header.split(',')).toHaveLength(114);
    const last = chunks[chunks.length - 1];
    expect(last[last.length - 1]).toBe(10);
    expect(scan.state).toHaveLength(166740);
    expect(scan.badRows).toEqual([]);
    expect(chunks.reduce((a, c) => a + c.length, 0)).toBe(IRS_BYTES_AT_SCALE_1);
    expect(chunks.map((c) => c.length)).toEqual(IRS_CHUNK_BYTES_AT_SCALE_1);
  });

  it('generates any one chunk alone, identical to the same chunk of the whole file', () => {
    const subset = parseIrsSubset(subsetBytes);
    for (const i of [0, 1, 2, 34, 51]) expect(Buffer.from(irsChunkAtScale1(subset, i)).equals(Buffer.from(chunks[i])), `chunk ${i}`).toBe(true);
  });

  it('starts with the real Alabama subset, row for row', () => {
    const head = new TextDecoder().decode(chunks[1].subarray(0, subsetBytes.length * 2)).split('\n');
    expect(head.slice(0, 2999)).toEqual(subsetLines.slice(1));
  });

  it('has 6 agi_stub rows per ZIP, state totals first and "other" last, in FIPS and ZIP order', () => {
    const perStub = [0, 0, 0, 0, 0, 0, 0];
    scan.stub.forEach((s) => perStub[s]++);
    expect(perStub.slice(1)).toEqual([27790, 27790, 27790, 27790, 27790, 27790]);
    expect(scan.zip.findIndex((z, i) => scan.stub[i] !== (i % 6) + 1 || (i % 6 > 0 && z !== scan.zip[i - 1]))).toBe(-1);
    expect([...new Set(scan.state)]).toEqual(IRS_STATES.map((s) => s.code));
    for (const st of IRS_STATES) {
      const zips = scan.zip.filter((_, i) => scan.state[i] === st.code && scan.stub[i] === 1);
      expect(zips, st.code).toHaveLength(st.zips);
      expect(zips[0]).toBe('00000');
      expect(zips[zips.length - 1]).toBe('99999');
      expect(zips.every((z, i) => /^\d{5}$/.test(z) && (i === 0 || z > zips[i - 1])), st.code).toBe(true);
      const prefixes = zips.slice(1, -1).map((z) => Number(z.slice(0, 3)));
      expect(prefixes.every((p) => st.prefixes.some(([lo, hi]) => p >= lo && p <= hi)), st.code).toBe(true);
    }
  });

  it('writes numbers as the IRS file does (at most 12 characters, up to 4 decimals), counts in tens', () => {
    expect(scan.badValues).toEqual([]);
  });

  it('makes state totals the sums of the state rows (outside Alabama, whose totals are real)', () => {
    for (const st of IRS_STATES.filter((s) => s.code !== 'AL')) {
      for (let stub = 1; stub <= 6; stub++) {
        const key = `${st.code}|${stub}`;
        expect([...scan.sums.get(key)!], key).toEqual([...scan.totals.get(key)!]);
      }
    }
  });

  it("reproduces the course's avg(total_income_amount) per state (COURSE-NOTEBOOKS.md §2.3)", () => {
    const quoted: Record<string, string> = {
      AZ: '184981.2064590542',
      SC: '96920.34577777778',
      LA: '83006.56901615272',
      MN: '74854.02570585757',
      NJ: '209996.5740402194',
    };
    for (const [code, avg] of Object.entries(quoted)) {
      const a = scan.a02650.get(code)!;
      expect(a.sum / a.rows, code).toBe(Number(avg));
    }
  });

  it('is deterministic', () => {
    const hash = createHash('sha256');
    for (const c of chunks) hash.update(c);
    expect(hash.digest('hex')).toBe('68ec74093a0c593046de8fa25bdbc62b4aaca50d26b79bdb21ba5a0b288785e6');
  });

  it('scales the row count', () => {
    const small = generateIrs(subsetBytes, { scale: 0.01 });
    const t = small.map((c) => new TextDecoder().decode(c)).join('');
    expect(t.split('\n').length - 2).toBe(1667);
    expect(t).toBe(`${subsetLines.slice(0, 1668).join('\n')}\n`);
  });
});
