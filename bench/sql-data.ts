/**
 * Deterministic tables for the SQL benchmark: the same seed gives the same rows in Flint and
 * DuckDB, and doubles carry two decimals so their CSV text parses back to the same value.
 */

/** mulberry32: small, fast and identical on every platform, which is all a bench needs. */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Result comparison shared by the bench and the DuckDB differential test. JS-comparable form: integers of any width as numbers (exact below 2^53), decimals via text. */
export function norm(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  return Number(String(v));
}

export function close(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') {
    if (a === b || (Number.isNaN(a) && Number.isNaN(b))) return true;
    return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
  }
  return a === b;
}

/** Sort key that survives last-digit differences in doubles. */
export const sortKey = (r: readonly unknown[]) => JSON.stringify(r.map((v) => (typeof v === 'number' && !Number.isInteger(v) ? v.toPrecision(8) : v)));

export const CATEGORIES = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta'];

export const FACT_SCHEMA = 'id bigint, key int, category string, amount double, name string';
export const FACT_DUCKDB_COLUMNS = "{'id': 'BIGINT', 'key': 'INTEGER', 'category': 'VARCHAR', 'amount': 'DOUBLE', 'name': 'VARCHAR'}";

/** `n` fact rows: id 0..n-1, key in 0..9, 8 categories, amount in [0, 1000) with 2 decimals, 100k names. */
export function factRows(n: number, seed = 42): [bigint, number, string, number, string][] {
  const rnd = seededRandom(seed);
  const rows: [bigint, number, string, number, string][] = new Array(n);
  for (let i = 0; i < n; i++) {
    const key = Math.floor(rnd() * 10);
    const category = CATEGORIES[Math.floor(rnd() * CATEGORIES.length)]!;
    const amount = Math.floor(rnd() * 100000) / 100;
    const name = `name_${Math.floor(rnd() * 100000)}`;
    rows[i] = [BigInt(i), key, category, amount, name];
  }
  return rows;
}

/** The small dimension table joined on `key`: one label per key, two keys share each label. */
export function dimRows(): [number, string][] {
  return Array.from({ length: 10 }, (_, k) => [k, `label_${Math.floor(k / 2)}`] as [number, string]);
}

export function toCsv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  const lines = [header.join(',')];
  for (const r of rows) lines.push(r.map(String).join(','));
  return lines.join('\n') + '\n';
}
