/**
 * Byte-size settings of the session conf (`10485760`, `10m`, `64kb`, `-1`), shared by the
 * stage planner and JoinSelection; a leaf module so EXPLAIN's join planning does not import
 * the stage planner.
 */
export function confNumber(conf: ReadonlyMap<string, string>, key: string, dflt: number): number {
  const v = conf.get(key);
  if (v === undefined) return dflt;
  // Negative values count: autoBroadcastJoinThreshold=-1 turns broadcasts off.
  const m = /^\s*(-?\d+)\s*([kmg]?)b?\s*$/i.exec(v);
  if (!m) return dflt;
  const unit = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2]!.toLowerCase() as '' | 'k' | 'm' | 'g'];
  return Number(m[1]) * unit;
}
