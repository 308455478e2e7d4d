/**
 * Debounced saving: a save starts `delayMs` after the last edit, and at the latest
 * `maxWaitMs` after the first unsaved one, so steady typing still gets saved. Saves never
 * overlap (each is based on the revision the previous one produced). A failed save pauses
 * autosave: retrying a conflict or a full disk on every keystroke would only repeat the
 * error; the caller resolves it and calls flush() or resume().
 */
export type AutosaveStatus =
  | { readonly kind: 'saved' }
  | { readonly kind: 'pending' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'failed'; readonly error: unknown };

export interface AutosaveOptions {
  readonly save: () => Promise<void>;
  readonly delayMs?: number;
  readonly maxWaitMs?: number;
  readonly onStatus?: (status: AutosaveStatus) => void;
}

export interface Autosave {
  /** Call after every change to the notebook. */
  edited(): void;
  /** Saves now if anything is unsaved (also after a failure); rejects with the save's error. */
  flush(): Promise<void>;
  /** Lets edits schedule saves again after a failure, without saving now. */
  resume(): void;
  /** Stops the timers; unsaved edits stay unsaved (call flush() first to keep them). */
  dispose(): void;
  readonly status: AutosaveStatus;
}

export const AUTOSAVE_DELAY_MS = 1000;
export const AUTOSAVE_MAX_WAIT_MS = 5000;

export function createAutosave(options: AutosaveOptions): Autosave {
  const delayMs = options.delayMs ?? AUTOSAVE_DELAY_MS;
  const maxWaitMs = options.maxWaitMs ?? AUTOSAVE_MAX_WAIT_MS;
  let status: AutosaveStatus = { kind: 'saved' };
  let dirty = false;
  let paused = false;
  let disposed = false;
  let debounce: ReturnType<typeof setTimeout> | null = null;
  let deadline: ReturnType<typeof setTimeout> | null = null;
  let inFlight: Promise<void> | null = null;

  const setStatus = (next: AutosaveStatus) => {
    status = next;
    options.onStatus?.(next);
  };

  const clearTimers = () => {
    if (debounce !== null) clearTimeout(debounce);
    if (deadline !== null) clearTimeout(deadline);
    debounce = deadline = null;
  };

  /** One save of the current state, after any save already running. */
  const saveNow = async (): Promise<void> => {
    clearTimers();
    while (inFlight) await inFlight.catch(() => undefined);
    if (!dirty) return;
    dirty = false;
    setStatus({ kind: 'saving' });
    const run = options.save();
    inFlight = run;
    try {
      await run;
      paused = false;
      setStatus(dirty ? { kind: 'pending' } : { kind: 'saved' });
    } catch (error) {
      dirty = true;
      paused = true;
      clearTimers();
      setStatus({ kind: 'failed', error });
      throw error;
    } finally {
      inFlight = null;
    }
  };

  const fromTimer = () => {
    // Failures are reported through onStatus; a timer has no caller to throw to.
    saveNow().catch(() => undefined);
  };

  const schedule = () => {
    if (paused || disposed) return;
    if (debounce !== null) clearTimeout(debounce);
    debounce = setTimeout(fromTimer, delayMs);
    if (deadline === null) deadline = setTimeout(fromTimer, maxWaitMs);
  };

  return {
    edited() {
      if (disposed) return;
      dirty = true;
      if (status.kind !== 'failed' && status.kind !== 'saving') setStatus({ kind: 'pending' });
      schedule();
    },
    flush: () => saveNow(),
    resume() {
      paused = false;
      if (dirty) schedule();
    },
    dispose() {
      disposed = true;
      clearTimers();
    },
    get status() {
      return status;
    },
  };
}
