import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AutosaveStatus } from './autosave';
import { createAutosave } from './autosave';

/** A save whose completion the test controls. */
function controlledSave() {
  const calls: { resolve: () => void; reject: (e: unknown) => void }[] = [];
  const save = vi.fn(
    () =>
      new Promise<void>((resolve, reject) => {
        calls.push({ resolve, reject });
      }),
  );
  return { save, calls };
}

describe('createAutosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves one second after the last edit, once for a burst of edits', async () => {
    const save = vi.fn(async () => undefined);
    const auto = createAutosave({ save });
    auto.edited();
    await vi.advanceTimersByTimeAsync(600);
    auto.edited();
    await vi.advanceTimersByTimeAsync(999);
    expect(save).not.toHaveBeenCalled();
    expect(auto.status.kind).toBe('pending');
    await vi.advanceTimersByTimeAsync(1);
    expect(save).toHaveBeenCalledTimes(1);
    expect(auto.status.kind).toBe('saved');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('still saves during steady typing, at the latest after maxWait', async () => {
    const save = vi.fn(async () => undefined);
    const auto = createAutosave({ save, maxWaitMs: 5000 });
    for (let t = 0; t < 5000; t += 500) {
      auto.edited();
      await vi.advanceTimersByTimeAsync(500);
    }
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('never runs two saves at once, and saves edits made during a save afterwards', async () => {
    const { save, calls } = controlledSave();
    const auto = createAutosave({ save });
    auto.edited();
    await vi.advanceTimersByTimeAsync(1000);
    expect(save).toHaveBeenCalledTimes(1);
    auto.edited();
    await vi.advanceTimersByTimeAsync(3000);
    expect(save).toHaveBeenCalledTimes(1);
    expect(auto.status.kind).toBe('saving');
    calls[0]!.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(save).toHaveBeenCalledTimes(2);
    calls[1]!.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(auto.status.kind).toBe('saved');
  });

  it('reports a failure, pauses, and saves again on flush', async () => {
    const statuses: AutosaveStatus['kind'][] = [];
    const { save, calls } = controlledSave();
    const auto = createAutosave({ save, onStatus: (s) => statuses.push(s.kind) });
    auto.edited();
    await vi.advanceTimersByTimeAsync(1000);
    const boom = new Error('disk full');
    calls[0]!.reject(boom);
    await vi.advanceTimersByTimeAsync(0);
    expect(auto.status).toEqual({ kind: 'failed', error: boom });
    auto.edited();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(save).toHaveBeenCalledTimes(1);
    const flushed = auto.flush();
    await vi.advanceTimersByTimeAsync(0);
    calls[1]!.resolve();
    await flushed;
    expect(statuses).toEqual(['pending', 'saving', 'failed', 'saving', 'saved']);
  });

  it('flush rejects with the error of the save it ran', async () => {
    const auto = createAutosave({ save: () => Promise.reject(new Error('nope')) });
    auto.edited();
    await expect(auto.flush()).rejects.toThrow('nope');
  });

  it('resume lets edits schedule saves again; flush with nothing to save does not save', async () => {
    let fail = true;
    const save = vi.fn(async () => {
      if (fail) throw new Error('conflict');
    });
    const auto = createAutosave({ save });
    await auto.flush();
    expect(save).not.toHaveBeenCalled();
    auto.edited();
    await vi.advanceTimersByTimeAsync(1000);
    expect(auto.status.kind).toBe('failed');
    fail = false;
    auto.resume();
    await vi.advanceTimersByTimeAsync(1000);
    expect(save).toHaveBeenCalledTimes(2);
    expect(auto.status.kind).toBe('saved');
  });

  it('stops saving once disposed', async () => {
    const save = vi.fn(async () => undefined);
    const auto = createAutosave({ save });
    auto.edited();
    auto.dispose();
    auto.edited();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(save).not.toHaveBeenCalled();
  });
});
