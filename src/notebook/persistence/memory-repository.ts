/**
 * Notebooks in memory, for tests and for Node. Records are kept as JSON text, as a real
 * store would serialise them, and two repositories over one backend behave like two tabs
 * sharing one browser profile. A byte quota lets tests see StorageFullError.
 */
import type { NotebookId } from '../model/ids';
import { newNotebookId } from '../model/ids';
import type { NotebookDoc } from '../model/notebook';
import type { NotebookRecord } from './records';
import { nextRecord, sortSummaries, storedFromRecord, summaryFromRecord } from './records';
import type { NotebookRepository, NotebookSummary, SaveOptions, StoredNotebook } from './repository';
import { NotebookNotFoundError, StorageFullError } from './repository';

export class MemoryBackend {
  readonly records = new Map<string, string>();
  constructor(
    /** Total characters all records may take; Infinity means no limit. */
    public quotaChars = Infinity,
  ) {}

  usedChars(): number {
    let total = 0;
    for (const text of this.records.values()) total += text.length;
    return total;
  }
}

export class MemoryNotebookRepository implements NotebookRepository {
  constructor(
    readonly backend = new MemoryBackend(),
    private readonly now: () => number = Date.now,
  ) {}

  async list(): Promise<NotebookSummary[]> {
    return sortSummaries([...this.backend.records.values()].map((t) => summaryFromRecord(JSON.parse(t) as NotebookRecord)));
  }

  async load(id: NotebookId): Promise<StoredNotebook | null> {
    const record = this.get(id);
    return record ? storedFromRecord(record) : null;
  }

  async save(doc: NotebookDoc, options: SaveOptions): Promise<StoredNotebook> {
    return this.put(nextRecord(this.get(doc.id), doc, options, this.now()));
  }

  async delete(id: NotebookId): Promise<void> {
    this.backend.records.delete(id);
  }

  async rename(id: NotebookId, title: string): Promise<StoredNotebook> {
    const current = this.get(id);
    if (!current) throw new NotebookNotFoundError(id);
    const { doc } = storedFromRecord(current);
    return this.put(nextRecord(current, { ...doc, title }, { expectedRevision: current.revision }, this.now()));
  }

  async duplicate(id: NotebookId, title?: string): Promise<StoredNotebook> {
    const current = this.get(id);
    if (!current) throw new NotebookNotFoundError(id);
    const { doc } = storedFromRecord(current);
    const copy: NotebookDoc = { ...doc, id: newNotebookId(), title: title ?? `${doc.title} (copy)` };
    return this.put(nextRecord(undefined, copy, { expectedRevision: null }, this.now()));
  }

  private get(id: string): NotebookRecord | undefined {
    const text = this.backend.records.get(id);
    return text === undefined ? undefined : (JSON.parse(text) as NotebookRecord);
  }

  private put(record: NotebookRecord): StoredNotebook {
    const text = JSON.stringify(record);
    const previous = this.backend.records.get(record.id)?.length ?? 0;
    if (this.backend.usedChars() - previous + text.length > this.backend.quotaChars) throw new StorageFullError();
    this.backend.records.set(record.id, text);
    return storedFromRecord(record);
  }
}
