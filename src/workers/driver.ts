/**
 * The driver: one per open notebook. Runs cell code synchronously against the engine's
 * Session, with the executors reached through shared memory. Environment-neutral: the
 * browser and Node entries only expose it.
 */
import { Session } from '../engine';
import type { DriverApi, DriverEvent, DriverEventSink, DriverInit, RunCellRequest, RunCellResult, StorageConfig } from './protocol';
import type { Vfs } from '../engine';
import { SharedMemoryBackend } from './driver-backend';
import { interruptView } from './shared-memory';

const FLUSH_EVERY = 64;
const FLUSH_MS = 50;

/** Batches events: one message per flush instead of one per task event. */
class EventBatcher {
  private buffer: DriverEvent[] = [];
  private lastFlush = 0;

  constructor(private readonly sink: (events: readonly DriverEvent[]) => void) {}

  push(event: DriverEvent, urgent: boolean): void {
    const last = this.buffer[this.buffer.length - 1];
    if (
      last?.kind === 'output' && event.kind === 'output' && last.cellId === event.cellId &&
      last.output.kind === 'stream' && event.output.kind === 'stream' && last.output.name === event.output.name
    ) {
      this.buffer[this.buffer.length - 1] = { ...last, output: { ...last.output, text: last.output.text + event.output.text } };
    } else {
      this.buffer.push(event);
    }
    const now = performance.now();
    if (urgent || this.buffer.length >= FLUSH_EVERY || now - this.lastFlush > FLUSH_MS) this.flush(now);
  }

  flush(now = performance.now()): void {
    if (this.buffer.length === 0) return;
    const events = this.buffer;
    this.buffer = [];
    this.lastFlush = now;
    this.sink(events);
  }
}

/** What differs per host: how the driver gets its file system. */
export interface DriverEnvironment {
  makeVfs(storage: StorageConfig | undefined): Vfs | undefined;
}

export function createDriver(env: DriverEnvironment = { makeVfs: () => undefined }): DriverApi {
  let session: Session | undefined;
  let events = new EventBatcher(() => {});
  // Background ticks (streaming queries) run on this timer while no cell runs.
  let busy = false;
  let idleTimer: ReturnType<typeof setTimeout> | undefined;
  const scheduleIdle = (): void => {
    if (idleTimer !== undefined) clearTimeout(idleTimer);
    idleTimer = undefined;
    if (!session || busy) return;
    const delay = session.backgroundDelay();
    if (delay === Infinity) return;
    idleTimer = setTimeout(() => {
      idleTimer = undefined;
      if (!session || busy) return;
      session.runBackground();
      events.flush();
      scheduleIdle();
    }, Math.max(1, delay));
  };

  return {
    async init(init: DriverInit, onEvents: DriverEventSink) {
      events = new EventBatcher((batch) => void onEvents(batch));
      const backend = new SharedMemoryBackend(init.memory, () => events.flush());
      session = new Session({
        backend,
        master: init.master,
        interruptFlag: interruptView(init.memory.control),
        vfs: env.makeVfs(init.storage),
        // Streams coalesce and wait for the next flush (at most 50 ms, or before the driver blocks).
        emitOutput: (cellId, output) => events.push({ kind: 'output', cellId, output }, output.kind !== 'stream'),
        emitScheduler: (cellId, event) => events.push({ kind: 'scheduler', cellId, event }, event.kind === 'jobEnd'),
      });
      return { executors: backend.slots().length };
    },

    async runCell(request: RunCellRequest): Promise<RunCellResult> {
      if (!session) throw new Error('driver used before init');
      busy = true;
      if (idleTimer !== undefined) clearTimeout(idleTimer);
      let result: RunCellResult;
      const rddsBefore = session.sc.rddsCreated;
      const queriesBefore = session.queriesAnalyzed;
      try {
        result = await session.runCell(request);
      } finally {
        busy = false;
      }
      events.push(
        { kind: 'cellDone', cellId: request.cellId, result, rddsCreated: session.sc.rddsCreated - rddsBefore, queriesAnalyzed: session.queriesAnalyzed - queriesBefore },
        true,
      );
      scheduleIdle();
      return result;
    },

    async optimizerTrace(executionId: number) {
      return session?.sqlOptimizerTrace(executionId) ?? null;
    },
  };
}
