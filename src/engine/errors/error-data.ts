/**
 * Errors cross worker boundaries as data (structured clone drops custom fields), in the
 * nbformat shape `{ename, evalue, traceback}` plus Spark's error class where there is one.
 */
export interface ErrorData {
  readonly ename: string;
  readonly evalue: string;
  /** Lines as a traceback prints them, the last being `ename: evalue`. */
  readonly traceback: readonly string[];
  readonly errorClass?: string;
}

/** An engine error that already knows how it should be shown to the user. */
export class FlintError extends Error {
  constructor(
    readonly ename: string,
    message: string,
    readonly traceback: readonly string[] = [],
    readonly errorClass?: string,
  ) {
    super(message);
    this.name = ename;
  }
}

/** Spark's exception for a job that failed (a task failed spark.task.maxFailures times). */
export class SparkException extends FlintError {
  constructor(message: string, readonly causeData?: ErrorData) {
    super('SparkException', message);
  }
}

/** The user asked to stop (the interrupt flag was set). */
export class KeyboardInterrupt extends FlintError {
  constructor() {
    super('KeyboardInterrupt', '');
  }
}

export function toErrorData(e: unknown): ErrorData {
  if (e instanceof FlintError) {
    const head = e.message ? `${e.ename}: ${e.message}` : e.ename;
    return { ename: e.ename, evalue: e.message, traceback: [...e.traceback, head], errorClass: e.errorClass };
  }
  if (e instanceof Error) {
    const name = e.name || 'Error';
    const frames = (e.stack ?? '')
      .split('\n')
      .slice(1)
      .map((l) => l.trim())
      .filter((l) => l.startsWith('at ') && l.includes('<cell>'));
    return { ename: name, evalue: e.message, traceback: [...frames.map((f) => `  ${f}`), `${name}: ${e.message}`] };
  }
  return { ename: 'Error', evalue: String(e), traceback: [`Error: ${String(e)}`] };
}

export function formatErrorData(err: ErrorData): string {
  return err.traceback.join('\n');
}
