/**
 * The behaviour every NotebookRepository must have, as a reusable suite: the in-memory
 * repository runs it in Node, the IndexedDB one against a stand-in here and in the browser
 * later. `open` must return repositories sharing one storage, like two tabs.
 */
import { describe, expect, it } from 'vitest';
import type { NotebookId } from '../model/ids';
import { newCell, newNotebook } from '../model/notebook';
import type { NotebookRepository } from './repository';
import { ConflictError, NotebookNotFoundError } from './repository';

export interface ContractHarness {
  /**
   * A fresh, empty storage; calling `tab()` again gives another repository over it. Tabs
   * must share a clock that advances on every reading, so "most recent first" is testable.
   */
  readonly fresh: () => Promise<{ tab: () => Promise<NotebookRepository> }>;
}

async function rejection(p: Promise<unknown>): Promise<unknown> {
  return p.then(
    () => {
      throw new Error('expected a rejection');
    },
    (e: unknown) => e,
  );
}

export function describeRepositoryContract(name: string, harness: ContractHarness): void {
  describe(`${name}: NotebookRepository contract`, () => {
    const doc = () => newNotebook('Lesson', [newCell('x = 1', { title: 'Setup' }), { ...newCell('%sql\nSELECT 1'), collapsed: true }]);

    it('saves, loads and lists notebooks with growing revisions', async () => {
      const repo = await (await harness.fresh()).tab();
      const d = doc();
      expect(await repo.load(d.id)).toBeNull();
      const first = await repo.save(d, { expectedRevision: null });
      expect(first.revision).toBe(1);
      expect(first.doc).toEqual(d);
      const second = await repo.save({ ...d, title: 'Lesson, edited' }, { expectedRevision: 1 });
      expect(second.revision).toBe(2);
      expect((await repo.load(d.id))?.doc.title).toBe('Lesson, edited');
      expect(await repo.list()).toEqual([{ id: d.id, title: 'Lesson, edited', cellCount: 2, revision: 2, updatedAt: second.updatedAt }]);
    });

    it('refuses a save based on a stale revision from another tab', async () => {
      const storage = await harness.fresh();
      const [a, b] = [await storage.tab(), await storage.tab()];
      const d = doc();
      await a.save(d, { expectedRevision: null });
      await b.save({ ...d, title: 'from b' }, { expectedRevision: 1 });
      const e = await rejection(a.save({ ...d, title: 'from a' }, { expectedRevision: 1 }));
      expect(e).toBeInstanceOf(ConflictError);
      expect(e).toMatchObject({ expectedRevision: 1, actualRevision: 2 });
      expect((await a.load(d.id))?.doc.title).toBe('from b');
      const forced = await a.save({ ...d, title: 'from a' }, { expectedRevision: 1, force: true });
      expect(forced.revision).toBe(3);
      expect((await b.load(d.id))?.doc.title).toBe('from a');
    });

    it('reports a notebook deleted elsewhere, or created twice, as a conflict', async () => {
      const repo = await (await harness.fresh()).tab();
      const d = doc();
      await repo.save(d, { expectedRevision: null });
      expect(await rejection(repo.save(d, { expectedRevision: null }))).toMatchObject({ expectedRevision: null, actualRevision: 1 });
      await repo.delete(d.id);
      await repo.delete(d.id);
      const e = await rejection(repo.save(d, { expectedRevision: 1 }));
      expect(e).toMatchObject({ actualRevision: null });
      expect((e as Error).message).toContain('deleted in another tab');
      expect(await repo.list()).toEqual([]);
    });

    it('renames and duplicates, bumping the revision of the renamed one', async () => {
      const repo = await (await harness.fresh()).tab();
      const d = doc();
      await repo.save(d, { expectedRevision: null });
      const renamed = await repo.rename(d.id, 'Renamed');
      expect(renamed).toMatchObject({ revision: 2, doc: { title: 'Renamed', cells: d.cells } });
      const copy = await repo.duplicate(d.id);
      expect(copy.doc.id).not.toBe(d.id);
      expect(copy).toMatchObject({ revision: 1, doc: { title: 'Renamed (copy)', cells: d.cells } });
      expect((await repo.duplicate(d.id, 'Mine')).doc.title).toBe('Mine');
      expect((await repo.list()).map((s) => s.title).sort()).toEqual(['Mine', 'Renamed', 'Renamed (copy)']);
      expect(await rejection(repo.rename('nope' as NotebookId, 'x'))).toBeInstanceOf(NotebookNotFoundError);
      expect(await rejection(repo.duplicate('nope' as NotebookId))).toBeInstanceOf(NotebookNotFoundError);
    });

    it('lists the most recently updated first', async () => {
      const repo = await (await harness.fresh()).tab();
      const [x, y] = [doc(), doc()];
      await repo.save({ ...x, title: 'x' }, { expectedRevision: null });
      await repo.save({ ...y, title: 'y' }, { expectedRevision: null });
      await repo.save({ ...x, title: 'x2' }, { expectedRevision: 1 });
      expect((await repo.list()).map((s) => s.title)).toEqual(['x2', 'y']);
    });

    it('keeps outputs with the cells: a save without outputs or a rename leaves them, a deleted cell takes its own', async () => {
      const repo = await (await harness.fresh()).tab();
      const d = doc();
      const [a, b] = d.cells;
      const table = { kind: 'table' as const, columns: [{ name: 'n', type: 'int' }], rows: [['1']], totalRows: 1, truncated: false };
      const outputs = { [a!.id]: { outputs: [{ kind: 'result' as const, text: '1' }], executionCount: 1 }, [b!.id]: { outputs: [table], executionCount: 2 } };
      await repo.save(d, { expectedRevision: null, outputs });
      const loaded = (await repo.load(d.id))!;
      expect(loaded.runtime?.get(b!.id)).toMatchObject({ status: 'done', executionCount: 2, outputs: [table] });
      await repo.save({ ...d, cells: [b!] }, { expectedRevision: 1 });
      await repo.rename(d.id, 'Renamed');
      const after = (await repo.load(d.id))!;
      expect([...(after.runtime?.keys() ?? [])]).toEqual([b!.id]);
      expect(after.runtime?.get(b!.id)?.outputs).toEqual([table]);
    });
  });
}
