/** Where the Spark UI panel goes: loaded on first open, so the initial bundle stays small. */
import { Suspense, lazy } from 'react';
import { useSparkUi } from '../notebook/spark-ui/recorder';

const SparkUiPanel = lazy(() => import('./spark-ui/SparkUiPanel'));

export function SparkUiSlot() {
  const open = useSparkUi((s) => s.open);
  if (!open) return null;
  return (
    <Suspense fallback={<aside className="spark-ui-loading" aria-label="Spark UI" aria-busy="true">Loading the Spark UI…</aside>}>
      <SparkUiPanel />
    </Suspense>
  );
}
