/**
 * The Spark UI panel (loaded lazily): tabs as in Spark's web UI over the application's
 * event stream. The tab list follows the WAI-ARIA tabs pattern (arrow keys, Home, End).
 */
import { useRef } from 'react';
import type { KeyboardEvent } from 'react';
import { SPARK_UI_TABS, closeSparkUi, openSparkUi, useSparkUi } from '../../notebook/spark-ui/recorder';
import type { SparkUiTab } from '../../notebook/spark-ui/recorder';
import { useSparkUiModel } from './use-spark-ui-model';
import { JobsTab } from './JobsTab';
import { StagesTab } from './StagesTab';
import { TasksTab } from './TasksTab';
import { StorageTab } from './StorageTab';
import { ExecutorsTab } from './ExecutorsTab';
import { SqlTab } from './SqlTab';
import { StreamingTab } from './StreamingTab';
import { assertNever } from '../../notebook/model/assert-never';
import './spark-ui.css';

function TabBody({ tab }: { readonly tab: SparkUiTab }) {
  const tick = useSparkUiModel();
  switch (tab) {
    case 'jobs':
      return <JobsTab tick={tick} />;
    case 'stages':
      return <StagesTab tick={tick} />;
    case 'tasks':
      return <TasksTab tick={tick} />;
    case 'storage':
      return <StorageTab tick={tick} />;
    case 'executors':
      return <ExecutorsTab tick={tick} />;
    case 'sql':
      return <SqlTab tick={tick} />;
    case 'streaming':
      return <StreamingTab tick={tick} />;
    default:
      return assertNever(tab, 'Spark UI tab');
  }
}

export default function SparkUiPanel() {
  const tab = useSparkUi((s) => s.tab);
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const i = SPARK_UI_TABS.findIndex((t) => t.id === tab);
    const next =
      e.key === 'ArrowRight' ? (i + 1) % SPARK_UI_TABS.length
        : e.key === 'ArrowLeft' ? (i - 1 + SPARK_UI_TABS.length) % SPARK_UI_TABS.length
          : e.key === 'Home' ? 0
            : e.key === 'End' ? SPARK_UI_TABS.length - 1
              : -1;
    if (next < 0) return;
    e.preventDefault();
    openSparkUi(SPARK_UI_TABS[next]!.id);
    tabs.current[next]?.focus();
  };
  return (
    <aside className="spark-ui" id="spark-ui" aria-label="Spark UI">
      <div className="spark-ui-head">
        <h2>Spark UI</h2>
        <button type="button" onClick={closeSparkUi} aria-label="Close Spark UI">
          ✕
        </button>
      </div>
      <div className="spark-ui-tabs" role="tablist" aria-label="Spark UI views" onKeyDown={onKey}>
        {SPARK_UI_TABS.map((t, i) => (
          <button
            key={t.id}
            ref={(el) => {
              tabs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`spark-ui-tab-${t.id}`}
            aria-selected={t.id === tab}
            aria-controls="spark-ui-tabpanel"
            tabIndex={t.id === tab ? 0 : -1}
            onClick={() => openSparkUi(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div className="spark-ui-body" role="tabpanel" id="spark-ui-tabpanel" aria-labelledby={`spark-ui-tab-${tab}`} tabIndex={0}>
        <TabBody tab={tab} />
      </div>
    </aside>
  );
}
