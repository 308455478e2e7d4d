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
