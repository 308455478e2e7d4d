export { SparkContext, BoundFunction } from './context';
export type { SparkContextOptions } from './context';
export { RDD } from './rdd';
export type { Dependency, ShuffleInfo, RecipeContext, PartitionerInfo, UserFunction } from './rdd';
export { DAGScheduler } from './scheduler';
export { runTask, executeTask } from './task-runner';
export { ExecutorState, getBroadcastValue, accumulatorAdd, taskContext, insideTask, reportShuffleRead, reportShuffleWrite, taskExecutorId } from './executor-state';
export type { TaskContextInfo } from './executor-state';
export { Broadcast, Accumulator, BroadcastRef, AccumulatorRef, TaskContextRef } from './handles';
export { StorageLevel } from './storage-level';
export { jsKeySemantics, jsCanon, jsHash, jsCompare } from './js-keys';
export type { KeySemantics } from './js-keys';
export { builtin } from './builtins';
export { FunctionCache, registerFunctionCompiler, functionId, jsFunctionRef, bindRef, isFunctionRef } from './function-loader';
export { InProcessBackend } from './in-process-backend';
export { sliceCollection, sliceRange } from './slicing';
export type { TaskBackend, ExecutorSlot, Completion } from './backend';
export type { SchedulerEvent, SchedulerListener, StageInfo, RddInfo, AccumulatorUpdate, SqlPlanNode, SqlOperatorMetrics, SqlShuffleMetrics, SqlBroadcastMetrics, SqlTaskSpread, StreamingBatchInfo } from './events';
export type {
  TaskDescription, TaskOutcome, TaskMetrics, FunctionRef, ActionSpec, NarrowOp, SourceSpec, Recipe, TaskOutput, MapOutput,
} from './task';
