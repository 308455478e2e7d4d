/** Spark master strings for the local pool. */

/** `local`, `local[N]`, `local[*]` → executor count (`*` = cores - 1, at least 2). */
export function parseMaster(master: string, hardwareConcurrency: number): number {
  const auto = Math.max(2, hardwareConcurrency - 1);
  if (master === 'local') return 1;
  const m = /^local\[(\*|\d+)(?:,\s*\d+)?\]$/.exec(master.trim());
  if (!m) throw new Error(`Could not parse Master URL: '${master}'`);
  if (m[1] === '*') return auto;
  const n = Number(m[1]);
  if (n < 1) throw new Error(`Asked to run locally with ${n} threads`);
  return n;
}
