import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { NotebookDoc } from '../model/notebook';
import { newCell, newNotebook } from '../model/notebook';
import { MemoryBackend, MemoryNotebookRepository } from './memory-repository';
import { createNotebookAutosave } from './notebook-autosave';
import { ConflictError, StorageFullError } from './repository';

describe('createNotebookAutosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves the latest document within a second and carries the revision forward', async () => {
    const repo = new MemoryNotebookRepository();
    let doc: NotebookDoc = newNotebook('A', [newCell('x = 1')]);
    const saved: number[] = [];
    const auto = createNotebookAutosave({ repository: repo, getDoc: () => doc, revision: null, onSaved: (s) => saved.push(s.revision) });
    doc = { ...doc, title: 'B' };
    auto.edited();
    await vi.advanceTimersByTimeAsync(1000);
    doc = { ...doc, title: 'C' };
    auto.edited();
    await vi.advanceTimersByTimeAsync(1000);
    expect(saved).toEqual([1, 2]);
    expect(auto.revision).toBe(2);
    expect((await repo.load(doc.id))?.doc.title).toBe('C');
  });

  it('pauses on a conflict with another tab, then keeps mine or rebases', async () => {
    const backend = new MemoryBackend();
    const [tabA, tabB] = [new MemoryNotebookRepository(backend), new MemoryNotebookRepository(backend)];
    let doc = newNotebook('shared');
    await tabA.save(doc, { expectedRevision: null });
    await tabB.save({ ...doc, title: 'from B' }, { expectedRevision: 1 });
    const auto = createNotebookAutosave({ repository: tabA, getDoc: () => doc, revision: 1 });
    doc = { ...doc, title: 'from A' };
    auto.edited();
    await vi.advanceTimersByTimeAsync(1000);
    expect(auto.status.kind).toBe('failed');
    expect((auto.status as { error: unknown }).error).toBeInstanceOf(ConflictError);
    expect((await tabA.load(doc.id))?.doc.title).toBe('from B');

    await auto.keepMine();
    expect(auto.status.kind).toBe('saved');
    expect(await tabA.load(doc.id)).toMatchObject({ revision: 3, doc: { title: 'from A' } });

    await tabB.save({ ...doc, title: 'B again' }, { expectedRevision: 3 });
    doc = { ...doc, title: 'A again' };
    auto.edited();
    await vi.advanceTimersByTimeAsync(1000);
    expect(auto.status.kind).toBe('failed');
    const theirs = (await tabA.load(doc.id))!;
    doc = theirs.doc;
    auto.rebase(theirs.revision);
    doc = { ...doc, title: 'B again, then A' };
    auto.edited();
    await vi.advanceTimersByTimeAsync(1000);
    expect(await tabA.load(doc.id)).toMatchObject({ revision: 5, doc: { title: 'B again, then A' } });
  });

  it('surfaces a full disk as a failed status, never silently', async () => {
    const repo = new MemoryNotebookRepository(new MemoryBackend(500));
    const doc = newNotebook('big', [newCell('x'.repeat(1000))]);
    const auto = createNotebookAutosave({ repository: repo, getDoc: () => doc, revision: null });
    auto.edited();
    await vi.advanceTimersByTimeAsync(1000);
    expect(auto.status.kind).toBe('failed');
    expect((auto.status as { error: unknown }).error).toBeInstanceOf(StorageFullError);
    await expect(auto.flush()).rejects.toBeInstanceOf(StorageFullError);
  });
});
