/**
 * What the synthetic IRS table learns from the real Alabama subset: the header, the rows
 * themselves (reused verbatim for Alabama), and per-ZIP templates (6 brackets × 110 numeric
 * columns) that other states' ZIPs are scaled from.
 */

export const IRS_VALUE_COLUMNS = 110;
export const IRS_STUBS = 6;

export interface IrsSubset {
  /** The header line including its `\n`. */
  readonly header: Uint8Array;
  /** Data lines including their `\n`, in file order. */
  readonly lines: readonly Uint8Array[];
  /** ZIP code of each data line (`00000` for the state totals). */
  readonly zips: readonly string[];
  /** Values of every complete real ZIP, 6 × 110 numbers each, in file order. */
  readonly templates: readonly Float64Array[];
  /** Names of the 110 value columns, to tell counts (`N…`, `MARS…`) from amounts (`A…`). */
  readonly valueColumns: readonly string[];
}

export function parseIrsSubset(bytes: Uint8Array): IrsSubset {
  const text = new TextDecoder().decode(bytes);
  const starts: number[] = [];
  for (let i = 0; i < bytes.length; i++) if (i === 0 || bytes[i - 1] === 10) starts.push(i);
  const lineBytes = starts.map((s, k) => bytes.subarray(s, k + 1 < starts.length ? starts[k + 1] : bytes.length)).filter((l) => l.length > 0);
  const textLines = text.split('\n').filter((l) => l !== '');
  const header = textLines[0].split(',');
  if (header.length !== 4 + IRS_VALUE_COLUMNS) throw new Error(`IRS subset: expected ${4 + IRS_VALUE_COLUMNS} columns, found ${header.length}`);
  const zips: string[] = [];
  const byZip = new Map<string, number[][]>();
  for (const line of textLines.slice(1)) {
    const f = line.split(',');
    zips.push(f[2]);
    const rows = byZip.get(f[2]) ?? [];
    rows.push(f.slice(4).map(Number));
    byZip.set(f[2], rows);
  }
  const templates: Float64Array[] = [];
  for (const [zip, rows] of byZip) {
    if (zip === '00000' || rows.length !== IRS_STUBS) continue;
    templates.push(Float64Array.from(rows.flat()));
  }
  return { header: lineBytes[0], lines: lineBytes.slice(1), zips, templates, valueColumns: header.slice(4) };
}

/** Counts are rounded to tens in the published table; amounts (`A…`) are whole thousands of dollars. */
export function isCountColumn(name: string): boolean {
  return !name.startsWith('A');
}
