import { describe, expect, it } from 'vitest';
import { newCell, newNotebook } from '../model/notebook';
import { FakeIndexedDb } from './fake-indexeddb';
import { IndexedDbNotebookRepository, storageError } from './indexeddb-repository';
import { describeRepositoryContract } from './repository.contract';
import { ConflictError, StorageFullError } from './repository';

let tick = 5_000;
const clock = () => (tick += 10);

describeRepositoryContract('IndexedDbNotebookRepository (on a stand-in IndexedDB)', {
  fresh: async () => {
    const idb = new FakeIndexedDb();
    return { tab: () => IndexedDbNotebookRepository.open('flint-test', idb.asFactory(), clock) };
  },
});

describe('IndexedDbNotebookRepository', () => {
  it('turns a quota failure into StorageFullError and keeps the stored copy', async () => {
    const repo = await IndexedDbNotebookRepository.open('q', new FakeIndexedDb(3_000).asFactory(), clock);
    const d = newNotebook('Small', [newCell('x = 1')]);
    await repo.save(d, { expectedRevision: null });
    await expect(repo.save({ ...d, cells: [newCell('x'.repeat(5_000))] }, { expectedRevision: 1 })).rejects.toBeInstanceOf(StorageFullError);
    expect(await repo.load(d.id)).toMatchObject({ revision: 1, doc: d });
  });

  it('lets exactly one of two racing saves from the same revision win', async () => {
    const idb = new FakeIndexedDb();
    const [a, b] = [await IndexedDbNotebookRepository.open('r', idb.asFactory(), clock), await IndexedDbNotebookRepository.open('r', idb.asFactory(), clock)];
    const d = newNotebook('Race');
    await a.save(d, { expectedRevision: null });
    const results = await Promise.allSettled([a.save({ ...d, title: 'a' }, { expectedRevision: 1 }), b.save({ ...d, title: 'b' }, { expectedRevision: 1 })]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const lost = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(lost.reason).toBeInstanceOf(ConflictError);
    expect((await a.load(d.id))?.revision).toBe(2);
  });

  it('maps only quota errors to StorageFullError', () => {
    expect(storageError(new DOMException('full', 'QuotaExceededError'))).toBeInstanceOf(StorageFullError);
    const other = new DOMException('x', 'DataCloneError');
    expect(storageError(other)).toBe(other);
  });
});
