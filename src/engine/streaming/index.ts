/** Streaming on the driver: the background runner, Structured Streaming's engine side. */
export { background, BackgroundRunner } from './background';
export type { BackgroundTask, Tick, TickContext } from './background';
export { jsonReadSettings, readWithSchema } from './formats';
export type { ReadOptions } from './formats';
export { Checkpoint } from './checkpoint';
export { MemoryBlocks, openSource, rateValueAt } from './sources';
export type { Offset, SourceDef, StreamSource } from './sources';
export { CallbackSink, ConsoleSink, FileSink, MemorySink, formatRows, sinkLogFiles } from './sinks';
export type { Sink } from './sinks';
export { StreamExecution, StreamingAnalysisError, checkStreamingPlan } from './query';
export type { OutputMode, Progress, QueryDef, Trigger, WatermarkDef } from './query';
