// Deterministic dataset generators: the same bytes on every run, in Node and in browsers.
export { Rng } from './rng';
export { EVENTS_DIR, EVENTS_SEED, eventsFileCount, eventsFileName, eventsModificationTime, generateEvents } from './events';
export { EVENT_FILES, EVENTS_PER_FILE } from './events-plan';
export {
  IRS_BYTES_AT_SCALE_1,
  IRS_CHUNK_BYTES_AT_SCALE_1,
  IRS_DIR,
  IRS_FILE,
  IRS_SEED,
  IRS_SUBSET_FILE,
  generateIrs,
  irsChunkAtScale1,
  irsChunks,
  type IrsOptions,
} from './irs';
export { parseIrsSubset, type IrsSubset } from './irs-template';
export { IRS_ROWS, IRS_STATES, type IrsState } from './irs-states';
export { WORDS_SEED, generateWords } from './words';
export {
  ALL_GENERATED,
  WORDS_BYTES_AT_SCALE_1,
  WORDS_FILE,
  writeGeneratedDatasets,
  type GenFs,
  type GenOptions,
  type GeneratedDataset,
  type GeneratedFile,
} from './write-datasets';
