/** Copies a `#nb=` link to the notebook's cells; the link opens it read-only anywhere. */
import { shareLinkOfOpen, showToast } from '../notebook/workspace';

async function share(): Promise<void> {
  let url: string;
  try {
    url = await shareLinkOfOpen();
  } catch (e) {
    showToast((e as Error).message, { tone: 'error' });
    return;
  }
  try {
    await navigator.clipboard.writeText(url);
    showToast('Share link copied. It holds the cells, not the outputs; it opens read-only.');
  } catch {
    // Clipboard refused (no permission): show the link so it can be copied by hand.
    window.prompt('Copy this share link:', url);
  }
}

export function ShareButton() {
  return (
    <button type="button" onClick={() => void share()}>
      Share link
    </button>
  );
}
