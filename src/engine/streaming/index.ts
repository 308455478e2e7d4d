/** Streaming on the driver: the background runner, Structured Streaming's engine side. */
export { background, BackgroundRunner } from './background';
export type { BackgroundTask, Tick, TickContext } from './background';
