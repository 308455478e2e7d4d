/** The engine's public surface: worker entries import from here and nowhere else. */
export { Session } from './session';
export type { SessionHost, CellOutput, CellLanguage, CellRequest, CellRunResult } from './session';
export { FunctionCache, ExecutorState, runTask, executeTask, registerFunctionCompiler, SparkContext } from './rdd';
export type { TaskBackend, ExecutorSlot, Completion, SchedulerEvent, TaskDescription, TaskOutcome } from './rdd';
export { serialize, deserialize } from './values';
export { toErrorData, formatErrorData } from './errors';
export type { ErrorData } from './errors';
export { createNodeVfs, createBrowserVfs, xhrSyncFetcher } from './io';
export { setPythonVfs } from './dsl';
export { writeGeneratedDatasets, IRS_SUBSET_FILE, ALL_GENERATED } from './datagen';
export type { GeneratedDataset, GenFs } from './datagen';
export type { Vfs, NodeFsLike } from './io';
export type { OptimizerTrace } from './catalog';
