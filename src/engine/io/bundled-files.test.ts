import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED_FILES } from './bundled-manifest';

const repo = join(__dirname, '../../..');
const bundled = join(repo, 'public/datasets');
const shared = join(repo, '../shared/datasets');

function walk(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else out.push(relative(bundled, p).split('\\').join('/'));
  }
  return out;
}

/** Where each bundled file came from in ../shared/datasets (README.md is ours). */
function sharedPathOf(rel: string): string | null {
  if (rel === 'README.md') return null;
  return rel.startsWith('spark/') ? join(shared, rel) : join(shared, 'databricks-datasets', rel);
}

/** RFC 4180 rows: quoted fields may hold commas, quotes ("") and line breaks. */
function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

describe('bundled datasets', () => {
  it('are listed exactly by the manifest (regenerate: node scripts/datasets-manifest.mjs)', () => {
    const onDisk = walk(bundled)
      .sort()
      .map((p) => [p, statSync(join(bundled, p)).size]);
    expect(onDisk).toEqual(BUNDLED_FILES.map(([p, s]) => [p, s]));
  });

  it.skipIf(!existsSync(shared))('are byte-exact copies of ../shared/datasets', () => {
    const sources = BUNDLED_FILES.map(([p]) => sharedPathOf(p)).filter((p): p is string => p !== null);
    expect(sources.length).toBe(BUNDLED_FILES.length - 1);
    for (const [rel] of BUNDLED_FILES) {
      const src = sharedPathOf(rel);
      if (src === null) continue;
      expect(readFileSync(join(bundled, rel)).equals(readFileSync(src)), rel).toBe(true);
    }
  });

  it('has the farmers markets file with 8,551 rows of 59 fields and CRLF line ends', () => {
    const text = readFileSync(join(bundled, 'data.gov/farmers_markets_geographic_data/data-001/market_data.csv'), 'utf8');
    const rows = csvRows(text);
    expect(rows[0]).toHaveLength(59);
    expect(rows[0][0]).toBe('FMID');
    expect(rows.length - 1).toBe(8551);
    expect(rows.filter((r) => r.length !== 59)).toEqual([]);
    expect(text.includes('\r\n')).toBe(true);
  });

  it('has diamonds with 53,940 rows', () => {
    const text = readFileSync(join(bundled, 'Rdatasets/data-001/csv/ggplot2/diamonds.csv'), 'utf8');
    expect(csvRows(text).length - 1).toBe(53940);
  });
});

if (!existsSync(shared)) {
  console.log(`bundled-files.test: skipping the byte-exactness check, ${shared} is absent`);
}
