/**
 * The workspace: the person's saved notebooks ("My notebooks") and the course's bundled
 * ones. Create, open, rename, duplicate, delete (with undo); the first visit opens the
 * welcome notebook and every later visit reopens the notebook that was open.
 */
import type { NotebookId } from '../model/ids';
import { newNotebook } from '../model/notebook';
import type { NotebookDoc } from '../model/notebook';
import type { NotebookRepository } from '../persistence/repository';
import { IndexedDbNotebookRepository } from '../persistence/indexeddb-repository';
import { MemoryNotebookRepository } from '../persistence/memory-repository';
import { courseNotebook } from '../courses';
import { setTitle, useNotebook } from '../store';
import { showToast, useWorkspace } from './workspace-store';
import { adoptShown, flushOpen, repository, showSaved, useRepository } from './open-notebook';
import { courseCopies, lastOpen, onOtherTabSaved, rememberCourseCopy } from './workspace-memory';
import { openShareFragment } from './workspace-files';
import { forgetState } from './notebook-states';

export async function refreshList(): Promise<void> {
  useWorkspace.setState({ notebooks: await repository().list() });
}

async function openRepository(): Promise<NotebookRepository> {
  try {
    return await IndexedDbNotebookRepository.open();
  } catch (e) {
    useWorkspace.setState({ volatile: `Notebooks cannot be kept in this browser window (${(e as Error).message}). Export them to keep your work.` });
    return new MemoryNotebookRepository();
  }
}

/** Opens storage and shows the shared link in the URL, the last open notebook, or the welcome. */
export async function initWorkspace(): Promise<void> {
  const shared = location.hash.includes('nb=');
  // A first visit (nothing remembered) shows the welcome notebook already in the store
  // at once, and saves it as the learner's copy once storage is open.
  const firstVisit = !shared && lastOpen() === null;
  if (firstVisit) useWorkspace.setState({ ready: true });
  useRepository(await openRepository(), () => void refreshList());
  onOtherTabSaved(() => void refreshList());
  await refreshList();
  if (firstVisit && useWorkspace.getState().notebooks.length === 0) {
    await adoptWelcome();
    return;
  }
  const opened = (shared && (await openShareFragment(location.hash))) || (await reopenLast());
  if (!opened) await openCourse('welcome');
  useWorkspace.setState({ ready: true });
}

async function adoptWelcome(): Promise<void> {
  const { doc } = useNotebook.getState();
  try {
    await adoptShown();
    rememberCourseCopy('welcome', doc.id);
  } catch (e) {
    showToast((e as Error).message, { tone: 'error' });
  }
  await refreshList();
}

async function reopenLast(): Promise<boolean> {
  const id = lastOpen() ?? useWorkspace.getState().notebooks[0]?.id;
  const stored = id ? await repository().load(id) : null;
  if (!stored) return false;
  showSaved(stored);
  return true;
}

export async function openSaved(id: NotebookId): Promise<void> {
  if (id === useWorkspace.getState().openId) return;
  if (!(await flushOpen())) return;
  const stored = await repository().load(id);
  if (!stored) {
    showToast('That notebook no longer exists (it was deleted in another tab).', { tone: 'error' });
    await refreshList();
    return;
  }
  showSaved(stored);
}

async function saveNew(doc: NotebookDoc): Promise<void> {
  if (!(await flushOpen())) return;
  try {
    showSaved(await repository().save(doc, { expectedRevision: null }));
  } catch (e) {
    showToast((e as Error).message, { tone: 'error' });
  }
  await refreshList();
}

/** A course notebook opens as the learner's own copy, made on first open. */
export async function openCourse(courseId: string): Promise<void> {
  const course = courseNotebook(courseId);
  if (!course?.load) return;
  const copy = courseCopies()[courseId];
  if (copy && (await repository().load(copy))) return openSaved(copy);
  const doc = await course.load();
  rememberCourseCopy(courseId, doc.id);
  await saveNew({ ...doc, metadata: { ...doc.metadata, flintCourse: courseId } });
}

export async function createNotebook(): Promise<void> {
  const taken = new Set(useWorkspace.getState().notebooks.map((n) => n.title));
  let title = 'Untitled notebook';
  for (let i = 2; taken.has(title); i++) title = `Untitled notebook ${i}`;
  await saveNew(newNotebook(title));
}

export async function renameNotebook(id: NotebookId, title: string): Promise<void> {
  const clean = title.trim();
  if (!clean) return;
  if (id === useWorkspace.getState().openId) {
    // Through the open document, so autosave's revision stays the stored one.
    setTitle(clean);
    await flushOpen();
  } else {
    await repository().rename(id, clean).catch((e: Error) => showToast(e.message, { tone: 'error' }));
  }
  await refreshList();
}

export async function duplicateNotebook(id: NotebookId): Promise<void> {
  if (id === useWorkspace.getState().openId && !(await flushOpen())) return;
  try {
    const copy = await repository().duplicate(id);
    await refreshList();
    await openSaved(copy.doc.id);
  } catch (e) {
    showToast((e as Error).message, { tone: 'error' });
  }
}

/** Deletes now and offers undo, which saves the same notebook (same id) back. */
export async function deleteNotebook(id: NotebookId): Promise<void> {
  const isOpen = id === useWorkspace.getState().openId;
  if (isOpen) await flushOpen();
  const stored = await repository().load(id);
  if (!stored) return refreshList();
  await repository().delete(id);
  forgetState(id);
  await refreshList();
  if (isOpen) {
    const next = useWorkspace.getState().notebooks[0];
    if (next) await openSaved(next.id);
    else await createNotebook();
  }
  showToast(`Deleted "${stored.doc.title}".`, {
    undo: () => {
      void repository()
        .save(stored.doc, { expectedRevision: null })
        .then(() => refreshList())
        .then(() => openSaved(stored.doc.id))
        .catch((e: Error) => showToast(e.message, { tone: 'error' }));
    },
  });
}

/** Read-only import or link → the person's own saved, editable notebook. */
export async function makeCopy(): Promise<void> {
  const { doc, runtime } = useNotebook.getState();
  const runtimeMap = new Map(Object.entries(runtime)) as Map<never, never>;
  try {
    const stored = await repository().save({ ...doc }, { expectedRevision: null });
    showSaved(stored, runtimeMap);
    await refreshList();
    if (location.hash.includes('nb=')) history.replaceState(null, '', location.pathname + location.search);
    showToast(`Saved "${doc.title}" to My notebooks.`);
  } catch (e) {
    showToast((e as Error).message, { tone: 'error' });
  }
}
