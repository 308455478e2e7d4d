/**
 * What the person must know or decide before going on: a read-only import or link (make a
 * copy to edit), a conflict with another tab (reload or keep mine), full storage, lost
 * cluster state, storage that does not persist.
 */
import { useNotebook } from '../notebook/store';
import { dismissStateLost } from '../notebook/run';
import { keepMine, makeCopy, reloadFromStorage, retrySave, useWorkspace } from '../notebook/workspace';
import { Banner } from './Banner';
import { ExportMenu } from './ExportMenu';

export function NotebookBanners() {
  const readOnly = useWorkspace((s) => s.readOnly);
  const conflict = useWorkspace((s) => s.conflict);
  const storageFull = useWorkspace((s) => s.storageFull);
  const volatile = useWorkspace((s) => s.volatile);
  const stateLost = useNotebook((s) => s.stateLost);
  return (
    <div className="banners">
      {readOnly && (
        <Banner
          tone="info"
          label="Read-only notebook"
          actions={
            <button type="button" className="primary" onClick={() => void makeCopy()}>
              Make a copy
            </button>
          }
        >
          You are viewing {readOnly.kind === 'import' ? `"${readOnly.label}"` : readOnly.label} read-only. Nothing has run; run cells to see their
          output, or make a copy to edit and keep it.
        </Banner>
      )}
      {conflict && (
        <Banner
          tone="warning"
          label="Edit conflict"
          actions={
            <>
              <button type="button" onClick={() => void reloadFromStorage()}>
                Reload their version
              </button>
              <button type="button" onClick={() => void keepMine()}>
                Keep mine
              </button>
            </>
          }
        >
          {conflict}
        </Banner>
      )}
      {storageFull && (
        <Banner
          tone="error"
          label="Storage full"
          actions={
            <>
              <button type="button" onClick={() => void retrySave()}>
                Try again
              </button>
              <ExportMenu />
            </>
          }
        >
          {storageFull}
        </Banner>
      )}
      {stateLost && (
        <Banner
          tone="warning"
          label="Cluster state lost"
          actions={
            <button type="button" onClick={dismissStateLost}>
              OK
            </button>
          }
        >
          {stateLost}
        </Banner>
      )}
      {volatile && (
        <Banner tone="warning" label="Notebooks not kept">
          {volatile}
        </Banner>
      )}
    </div>
  );
}
