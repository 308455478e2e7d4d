/**
 * The generated course datasets, registered as files of /databricks-datasets: the events
 * files of the Structured Streaming notebook and the full-size IRS table the SQL notebook
 * reads. Both are produced on first read and cached (synthetic stand-ins, flagged so).
 */
import { EVENT_FILES, EVENTS_DIR, eventsModificationTime, IRS_CHUNK_BYTES_AT_SCALE_1, IRS_FILE, IRS_SUBSET_FILE, eventsFileName, generateEvents, irsChunkAtScale1, parseIrsSubset } from '../datagen';
import type { IrsSubset } from '../datagen';
import { BUNDLED_MODIFICATION_TIME } from './bundled-http-backend';
import type { Vfs } from './vfs';

export const DATASETS_MOUNT = '/databricks-datasets';
export const SPARK_HOME = '/opt/spark';
/** Folder of public/datasets that holds the Spark home (`data/`, `examples/`). */
export const SPARK_FOLDER = 'spark';

/** Registers the generated files under `mountPoint` (where public/datasets is mounted). */
export function registerCourseDatasets(vfs: Vfs, mountPoint: string = DATASETS_MOUNT): void {
  let events: Uint8Array[] | null = null;
  const allEvents = () => (events ??= generateEvents());
  for (let i = 0; i < EVENT_FILES; i++) {
    vfs.addSynthetic({
      kind: 'whole',
      path: `${mountPoint}/${EVENTS_DIR}/${eventsFileName(i)}`,
      modificationTime: eventsModificationTime(i),
      generate: () => [allEvents()[i]],
    });
  }
  let subset: IrsSubset | null = null;
  vfs.addSynthetic({
    kind: 'chunked',
    path: `${mountPoint}/${IRS_FILE}`,
    modificationTime: BUNDLED_MODIFICATION_TIME,
    chunkSizes: IRS_CHUNK_BYTES_AT_SCALE_1,
    generateChunk: (i, read) => irsChunkAtScale1((subset ??= parseIrsSubset(read(`${mountPoint}/${IRS_SUBSET_FILE}`))), i),
  });
}
