/** One message at a time at the bottom of the page, with Undo when the action has one. */
import { useEffect } from 'react';
import { dismissToast, useWorkspace } from '../notebook/workspace';

const SHOW_MS = 10_000;

export function Toast() {
  const toast = useWorkspace((s) => s.toast);
  useEffect(() => {
    if (!toast) return;
    const t = setTimeout(() => dismissToast(toast.id), toast.tone === 'error' ? SHOW_MS * 2 : SHOW_MS);
    return () => clearTimeout(t);
  }, [toast]);
  if (!toast) return <div className="toast-region" role="status" aria-live="polite" />;
  return (
    <div className="toast-region" role={toast.tone === 'error' ? 'alert' : 'status'} aria-live={toast.tone === 'error' ? 'assertive' : 'polite'}>
      <div className={`toast toast-${toast.tone}`}>
        <span>{toast.message}</span>
        {toast.undo && (
          <button
            type="button"
            onClick={() => {
              toast.undo!();
              dismissToast(toast.id);
            }}
          >
            Undo
          </button>
        )}
        <button type="button" aria-label="Dismiss message" onClick={() => dismissToast(toast.id)}>
          ✕
        </button>
      </div>
    </div>
  );
}
