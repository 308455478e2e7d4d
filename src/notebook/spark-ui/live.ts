/**
 * The application's Spark UI model, fed by the recorder once the UI chunk loads. Views
 * re-read it at most every REFRESH_MS however fast events arrive, so a job sending
 * thousands of task events costs the page one small fold per event and one render per tick.
 */
import { SparkUiModel } from './model';
import { attachSparkUiSink } from './recorder';

export const REFRESH_MS = 100;

let model = new SparkUiModel();
const attached = attachSparkUiSink({
  apply: (e) => model.apply(e),
  reset: () => {
    model = new SparkUiModel();
  },
});

export function sparkUiModel(): SparkUiModel {
  return model;
}

/** Events dropped before the UI loaded (only after a very long session). */
export const droppedEvents = attached.droppedEvents;
