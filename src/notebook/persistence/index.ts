export type { NotebookRepository, NotebookSummary, SaveOptions, StoredNotebook } from './repository';
export { ConflictError, NotebookNotFoundError, StorageFullError } from './repository';
export { MemoryBackend, MemoryNotebookRepository } from './memory-repository';
export { IndexedDbNotebookRepository } from './indexeddb-repository';
export { AUTOSAVE_DELAY_MS, AUTOSAVE_MAX_WAIT_MS, createAutosave } from './autosave';
export type { Autosave, AutosaveOptions, AutosaveStatus } from './autosave';
export { createNotebookAutosave } from './notebook-autosave';
export type { NotebookAutosave, NotebookAutosaveOptions } from './notebook-autosave';
