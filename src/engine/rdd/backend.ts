/**
 * The scheduler's view of the executors: slots that each run one task at a time, reached
 * synchronously because the driver blocks on actions as Python code does. The driver
 * worker implements it over shared memory; tests use an in-process one.
 */
export interface ExecutorSlot {
  readonly slot: number;
  readonly executorId: string;
  /** Changes whenever a new executor process takes the slot. */
  readonly generation: number;
  readonly alive: boolean;
}

export interface Completion {
  readonly slot: number;
  readonly generation: number;
  readonly bytes: Uint8Array;
}

export interface TaskBackend {
  slots(): readonly ExecutorSlot[];
  /** Sends a serialised task to an idle, alive slot. */
  submit(slot: number, task: Uint8Array): void;
  /** Blocks until something happens (a result, an executor change) or the timeout passes. */
  poll(timeoutMs: number): Completion[];
  interrupted(): boolean;
  /**
   * Why the executor that ran `generation` of `slot` exited by itself (Spark's executor loss
   * "caused by one of the running tasks"), or undefined when it is alive or was removed for
   * another reason (the host's kill): only the former counts towards the task's failures.
   */
  lossReason?(slot: number, generation: number): string | undefined;
}
