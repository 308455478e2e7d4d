/** "Saved", "Saving…", "Not saved" beside the title, announced politely to screen readers. */
import { useWorkspace } from '../notebook/workspace';
import type { SaveState } from '../notebook/workspace';

const text: Record<SaveState, string> = {
  saved: 'Saved',
  pending: 'Unsaved changes',
  saving: 'Saving…',
  failed: 'Not saved',
  off: '',
};

export function SaveStatus() {
  const save = useWorkspace((s) => s.save);
  const readOnly = useWorkspace((s) => s.readOnly);
  return (
    <span className={`save-status save-${save}`} role="status" aria-label="Save status">
      {readOnly ? 'Read-only' : text[save]}
    </span>
  );
}
