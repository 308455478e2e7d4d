/**
 * Small facts kept across visits outside the notebooks themselves (localStorage), and the
 * channel that tells other tabs a notebook was saved so their lists stay current.
 */
import type { NotebookId } from '../model/ids';

const LAST_OPEN = 'flint.lastOpen';
const COURSE_COPIES = 'flint.courseCopies';
const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('flint-notebooks');

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Storage refused (private window, full): the notebooks themselves are still saved.
  }
}

export function lastOpen(): NotebookId | null {
  return read(LAST_OPEN) as NotebookId | null;
}

export function rememberLastOpen(id: NotebookId): void {
  write(LAST_OPEN, id);
}

/** The learner's saved copy of each course notebook, by course id. */
export function courseCopies(): Record<string, NotebookId> {
  try {
    const parsed: unknown = JSON.parse(read(COURSE_COPIES) ?? '{}');
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, NotebookId>) : {};
  } catch {
    return {};
  }
}

export function rememberCourseCopy(courseId: string, id: NotebookId): void {
  write(COURSE_COPIES, JSON.stringify({ ...courseCopies(), [courseId]: id }));
}

export function announceSaved(id: NotebookId): void {
  channel?.postMessage({ kind: 'saved', id });
}

export function onOtherTabSaved(listener: () => void): void {
  channel?.addEventListener('message', listener);
}
