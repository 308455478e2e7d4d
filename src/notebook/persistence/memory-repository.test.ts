import { describe, expect, it } from 'vitest';
import { newCell, newNotebook } from '../model/notebook';
import { MemoryBackend, MemoryNotebookRepository } from './memory-repository';
import { describeRepositoryContract } from './repository.contract';
import { StorageFullError } from './repository';
import v1Course from '../formats/fixtures/flint-v1-course.json?raw';

let tick = 1_000;
describeRepositoryContract('MemoryNotebookRepository', {
  fresh: async () => {
    const backend = new MemoryBackend();
    return { tab: async () => new MemoryNotebookRepository(backend, () => (tick += 10)) };
  },
});

describe('MemoryNotebookRepository', () => {
  it('fails with StorageFullError past its quota and keeps the stored copy', async () => {
    const backend = new MemoryBackend(3_000);
    const repo = new MemoryNotebookRepository(backend);
    const d = newNotebook('Small', [newCell('x = 1')]);
    await repo.save(d, { expectedRevision: null });
    const big = { ...d, cells: [newCell('x'.repeat(5_000))] };
    await expect(repo.save(big, { expectedRevision: 1 })).rejects.toBeInstanceOf(StorageFullError);
    expect((await repo.load(d.id))?.doc).toEqual(d);
    expect((await repo.load(d.id))?.revision).toBe(1);
  });

  it('migrates notebooks stored by an older Flint when loading them', async () => {
    const backend = new MemoryBackend();
    const file = JSON.parse(v1Course) as { id: string; title: string };
    backend.records.set(file.id, JSON.stringify({ id: file.id, title: file.title, cellCount: 6, revision: 4, updatedAt: 1, file }));
    const repo = new MemoryNotebookRepository(backend);
    const stored = await repo.load(file.id as never);
    expect(stored?.revision).toBe(4);
    expect(stored?.doc.cells.find((c) => c.id === 'c2count')?.collapsed).toBe(true);
  });

  it('never stores outputs', async () => {
    const backend = new MemoryBackend();
    await new MemoryNotebookRepository(backend).save(newNotebook('n'), { expectedRevision: null });
    expect([...backend.records.values()][0]).not.toContain('outputs');
  });
});
