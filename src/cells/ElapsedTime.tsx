/** Elapsed time of a cell: ticking while it runs, final once it ends. */
import { useEffect, useState } from 'react';
import type { CellStatus } from '../notebook/model/notebook';

interface Props {
  readonly status: CellStatus;
  readonly startedAt: number | null;
  readonly elapsedMs: number | null;
}

export function ElapsedTime({ status, startedAt, elapsedMs }: Props) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (status !== 'running') return;
    const t = setInterval(() => setNow(Date.now()), 100);
    return () => clearInterval(t);
  }, [status]);
  const ms = status === 'running' && startedAt !== null ? Math.max(0, now - startedAt) : elapsedMs;
  if (ms === null) return null;
  return (
    <div className="cell-timing" aria-label="Elapsed time">
      {status === 'running' ? 'running ' : ''}
      {(ms / 1000).toFixed(2)} s
    </div>
  );
}
