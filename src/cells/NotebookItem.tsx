/** One saved notebook in the sidebar: open it, rename it in place, duplicate, delete. */
import { useState } from 'react';
import type { NotebookSummary } from '../notebook/persistence/repository';
import { Icon } from './Icon';
import { deleteNotebook, duplicateNotebook, openSaved, renameNotebook } from '../notebook/workspace';

export function NotebookItem({ summary, open }: { readonly summary: NotebookSummary; readonly open: boolean }) {
  const [renaming, setRenaming] = useState(false);
  const title = summary.title;
  if (renaming) {
    return (
      <li className="nb-item">
        <input
          className="nb-rename"
          aria-label={`New name for ${title}`}
          defaultValue={title}
          autoFocus
          onFocus={(e) => e.target.select()}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              setRenaming(false);
              void renameNotebook(summary.id, e.currentTarget.value);
            } else if (e.key === 'Escape') setRenaming(false);
          }}
          onBlur={(e) => {
            setRenaming(false);
            if (e.target.value.trim() && e.target.value !== title) void renameNotebook(summary.id, e.target.value);
          }}
        />
      </li>
    );
  }
  return (
    <li className={`nb-item${open ? ' nb-item-open' : ''}`}>
      <button type="button" className="nb-open" aria-current={open ? 'page' : undefined} onClick={() => void openSaved(summary.id)}>
        {title}
      </button>
      <span className="nb-actions">
        <button type="button" className="icon" aria-label={`Rename ${title}`} title="Rename" onClick={() => setRenaming(true)}>
          ✎
        </button>
        <button type="button" className="icon" aria-label={`Duplicate ${title}`} title="Duplicate" onClick={() => void duplicateNotebook(summary.id)}>
          <Icon name="copy" />
        </button>
        <button type="button" className="icon" aria-label={`Delete ${title}`} title="Delete" onClick={() => void deleteNotebook(summary.id)}>
          <Icon name="trash" />
        </button>
      </span>
    </li>
  );
}
