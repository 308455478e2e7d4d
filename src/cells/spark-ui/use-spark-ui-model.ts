import { useEffect, useState } from 'react';
import { REFRESH_MS, sparkUiModel } from '../../notebook/spark-ui/live';
import type { SparkUiModel } from '../../notebook/spark-ui/model';

export interface ModelTick {
  readonly model: SparkUiModel;
  readonly version: number;
  readonly now: number;
}

function hasRunningJob(m: SparkUiModel): boolean {
  for (const j of m.jobs.values()) if (j.status === 'running') return true;
  return false;
}

/** The Spark UI model, re-read every REFRESH_MS when it changed (or while a job runs, for durations). */
export function useSparkUiModel(): ModelTick {
  const [tick, setTick] = useState<ModelTick>(() => ({ model: sparkUiModel(), version: sparkUiModel().version, now: Date.now() }));
  useEffect(() => {
    const timer = setInterval(() => {
      const m = sparkUiModel();
      setTick((t) => (t.model === m && t.version === m.version && !hasRunningJob(m) ? t : { model: m, version: m.version, now: Date.now() }));
    }, REFRESH_MS);
    return () => clearInterval(timer);
  }, []);
  return tick;
}
