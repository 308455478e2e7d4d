/** The header's "Spark UI" button: opens and closes the Spark UI panel. */
import { toggleSparkUi, useSparkUi } from '../notebook/spark-ui/recorder';

export function SparkUiToggle() {
  const open = useSparkUi((s) => s.open);
  return (
    <button type="button" aria-expanded={open} aria-controls={open ? 'spark-ui' : undefined} onClick={toggleSparkUi}>
      Spark UI
    </button>
  );
}
